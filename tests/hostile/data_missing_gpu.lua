-- expect: missing required field 'gpu'
scenario "x" { phase "p" { gpu_hours = 1 }, pricing = { rental { rate = 2 } } }
