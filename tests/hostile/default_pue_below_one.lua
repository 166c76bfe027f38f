-- expect: default_pue_below_one.lua:4: assumption 'pue': field 'pue' must be a ratio, >= 1 (got 0.5)
-- Naming a built-in default skipped the range its field has (red team F38):
-- energy = { pue = 0.5 } was refused, assume "pue" { 0.5 } was not.
assume "pue" { 0.5, source = "x" }
scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rate = 2 } } }
