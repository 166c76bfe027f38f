-- expect: leak_unit_compare_string.lua:3: <: needs numbers, uncertain values or values with units (got string)
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
local x = rate < "3"
