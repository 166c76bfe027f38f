-- expect: attempt to call a nil value
local b = ("x").dump(function() end)
