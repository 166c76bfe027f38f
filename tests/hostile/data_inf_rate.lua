-- expect: field 'rate' must be a finite number >= 0
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, pricing = { rental { rate = math.huge } } }
