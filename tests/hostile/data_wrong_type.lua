-- expect: field 'gpu_hours' must be a finite number or an uncertain value in GPU-hour (got "101e3")
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = "101e3" }, pricing = { rental { rate = 2 } } }
