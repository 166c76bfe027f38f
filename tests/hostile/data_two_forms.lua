-- expect: give the work one way only (got gpu_hours and gpus × hours)
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1, gpus = 8, hours = 2 }, pricing = { rental { rate = 2 } } }
