-- expect: expected a function(phase) returning USD
local m = custom "x" (42)
