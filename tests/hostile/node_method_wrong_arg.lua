-- expect: gt: needs numbers or uncertain values (got table)
local n = range(1, 2)
local x = n:gt({})
