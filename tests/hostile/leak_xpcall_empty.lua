-- expect: leak_xpcall_empty.lua:3: xpcall: argument 2: function expected, got nil
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "x" }
local x = xpcall()
