-- expect: leak_unit_label_self.lua:3: label: call it with ':' on a value with a unit (x:label())
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
local x = rate.label(1)
