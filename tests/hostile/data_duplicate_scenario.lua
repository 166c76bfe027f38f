-- expect: is defined twice
local p = phase "p" { gpu = hw "H800", gpu_hours = 1 }
scenario "x" { p, pricing = { rental { rate = 2 } } }
scenario "x" { p, pricing = { rental { rate = 2 } } }
