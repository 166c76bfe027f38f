-- expect: memory limit
-- args: --memory-limit 64
local s = "x" for i = 1, 64 do s = s .. s end
