-- expect: os.tmpname is not available
local t = os.tmpname()
