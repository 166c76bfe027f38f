-- expect: default_residual_over_one.lua:3: assumption 'residual': field 'residual' must be a fraction, 0 to 1 (got 5)
-- Once refused only inside a primitive, with no file and no line (red team F38).
assume "residual" { 5, source = "x" }
scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 100 },
  pricing = { own { units = 8, unit_price = 1000, life_years = 4, utilization = 0.5 } } }
