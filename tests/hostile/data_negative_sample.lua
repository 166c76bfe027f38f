-- expect: in sample
assume "rate" { normal(0.1, 1), source = "test: a normal that goes negative" }
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rate = rate } } }
