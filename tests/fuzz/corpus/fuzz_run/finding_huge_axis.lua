scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1e300 }, pricing = { rental { rate = 1.7e8 } } }
