-- expect: limit of
-- args: --memory-limit 64 --time-limit 3
local t = {} while true do t[#t + 1] = coroutine.create(function() end) end
