-- expect: field 'gpu_hours' must be a finite number >= 0 or an uncertain value (got "101e3")
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = "101e3" }, pricing = { rental { rate = 2 } } }
