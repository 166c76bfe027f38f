-- expect: declares no scenario
local x = 1
