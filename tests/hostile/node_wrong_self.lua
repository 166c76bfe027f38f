-- expect: bad argument #1
local n = range(1, 2)
n.gt(5, 3)
