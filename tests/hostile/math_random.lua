-- expect: math.random is not available
local x = math.random()
