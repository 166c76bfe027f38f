-- expect: leak_tostring_table.lua:3: '__tostring' must return a string
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
print(setmetatable({}, {__tostring = function() return {} end}))
