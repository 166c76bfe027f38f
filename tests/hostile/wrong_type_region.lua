-- expect: region needs a name string first
local r = region(5)
