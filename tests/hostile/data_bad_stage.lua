-- expect: unknown stage 'pretraining' (did you mean 'pre-training'?)
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1, stage = "pretraining" }, pricing = { rental { rate = 2 } } }
