-- expect: debug.getregistry is not available
local r = debug.getregistry()
