-- expect: os.time is not available
local t = os.time()
