-- expect: --set power_ratio.gpu=2: assumption 'power_ratio.gpu': field 'power_ratio' must be a fraction, above 0, at most 1.5 (got 2)
-- args: --set power_ratio.gpu=2
-- --set on a built-in default skipped its field's range (red team F38).
scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rate = 2 } } }
