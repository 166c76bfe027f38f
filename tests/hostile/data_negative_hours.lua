-- expect: field 'gpu_hours' must be a finite number >= 0 or an uncertain value (got -5)
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = -5 }, pricing = { rental { rate = 2 } } }
