-- expect: field 'gpu_hours' must be a finite number or an uncertain value in GPU-hour (got
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 0/0 }, pricing = { rental { rate = 2 } } }
