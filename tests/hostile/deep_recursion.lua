-- expect: stack overflow
-- args: --time-limit 60
local function f(n) return f(n + 1) + 1 end
f(1)
