-- expect: custom pricing 'bad' returned
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { custom "bad" (function(p) return 0/0 end) } }
