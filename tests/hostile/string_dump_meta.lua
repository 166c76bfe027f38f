-- expect: 'dump' does not exist (nil), so it cannot be called
local b = ("x").dump(function() end)
