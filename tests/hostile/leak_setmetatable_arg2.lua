-- expect: leak_setmetatable_arg2.lua:3: setmetatable: argument 2: nil or table expected, got number
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
setmetatable({}, 1)
