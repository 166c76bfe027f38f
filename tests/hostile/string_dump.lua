-- expect: string.dump is not available
local b = string.dump(function() end)
