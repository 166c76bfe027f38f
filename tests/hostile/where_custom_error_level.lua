-- expect: where_custom_error_level.lua:2: mine
scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { custom "c" (function(p) error("mine", 3) end) } }
