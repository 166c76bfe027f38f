-- expect: field 'gpu_hours' must be >= 0 GPU-hour (got -5)
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = -5 }, pricing = { rental { rate = 2 } } }
