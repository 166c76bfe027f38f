-- saved with a byte-order mark
scenario "bom" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { rental { rate = 2 } } }
