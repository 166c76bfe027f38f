scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, pricing = { rental { rate = 2, name = "\xff" }, rental { rate = 3, name = "\xfe" } } }
