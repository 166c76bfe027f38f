-- expect: resulting string too large
local s = string.rep("x", 2^40)
