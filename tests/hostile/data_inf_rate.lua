-- expect: field 'rate' must be a finite number or an uncertain value in USD/GPU-hour (got inf)
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, pricing = { rental { rate = math.huge } } }
