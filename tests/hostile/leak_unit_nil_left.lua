-- expect: leak_unit_nil_left.lua:4: *: needs numbers, uncertain values or values with units (got nil)
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
local cfg = {}
local x = cfg.hourz * rate
