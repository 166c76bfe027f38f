-- expect: where_custom_tail_call.lua:3: unknown accelerator 'nope'
scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = {
  custom "c" (function(p) return hw "nope" end) } }
