-- expect: gt: argument 1: tcost.Uncertain expected, got number
local n = range(1, 2)
n.gt(5, 3)
