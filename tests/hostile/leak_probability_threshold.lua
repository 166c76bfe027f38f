-- expect: leak_probability_threshold.lua:3: P: argument 3 must be a number or an uncertain value (got string)
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
local x = P(range(1,2), ">", "1")
