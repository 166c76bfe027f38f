-- expect: leak_wide_uniform.lua:4: rental: field 'rate' must be finite (got inf, the median of an uncertain value too wide for a double)
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
local x = uniform(-1e308, 1e308)
scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rate = x } } }
