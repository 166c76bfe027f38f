-- expect: two phases named 'p'
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, phase "p" { gpu = hw "H800", gpu_hours = 2 },
  pricing = { rental { rate = 2 } } }
