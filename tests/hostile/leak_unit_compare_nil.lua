-- expect: leak_unit_compare_nil.lua:3: <=: needs numbers, uncertain values or values with units (got nil)
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
local x = rate <= nil
