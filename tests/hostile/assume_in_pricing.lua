-- expect: assume 'late': declared while the model is being built
scenario "x" { phase "a" { gpu = hw "H800", gpu_hours = 10 },
  pricing = { custom "spot" (function(p) assume "late" { 1, unit = "x", source = "s" } return 1 end) } }
