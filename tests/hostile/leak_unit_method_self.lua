-- expect: leak_unit_method_self.lua:3: gt: call it with ':' on a value with a unit (x:gt(y))
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
local x = rate.gt(5, 1)
