scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1e-300 }, pricing = { rental { rate = 2 } } }
