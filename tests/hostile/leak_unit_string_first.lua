-- expect: leak_unit_string_first.lua:3: *: needs numbers, uncertain values or values with units (got string)
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
local x = "2" * rate
