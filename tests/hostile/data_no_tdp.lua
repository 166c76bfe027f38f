-- expect: TPU v5e has no TDP in the catalog; give watts
scenario "t" { phase "p" { gpu = hw "TPU v5e", gpu_hours = 100 }, pricing = { rental { rate = 1 } } }
