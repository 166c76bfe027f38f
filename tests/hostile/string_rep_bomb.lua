-- expect: memory limit
-- args: --memory-limit 64
local s = string.rep("x", 2^30)
