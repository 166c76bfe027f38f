-- expect: unknown field 'gpu_hour' (did you mean 'gpu_hours'?)
scenario "x" { phase "p" { gpu = hw "H800", gpu_hour = 1 }, pricing = { rental { rate = 2 } } }
