-- expect: where_custom_unit.lua:2: custom pricing 'c' for phase 'p' is USD (money) but the value given is kWh (energy)
scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { custom "c" (function(p) return quantity(5, "kWh") end) } }
