-- expect: debug.getinfo is not available
local i = debug.getinfo(1)
