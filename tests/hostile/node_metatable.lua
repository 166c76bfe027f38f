-- expect: bad argument #1 to 'setmetatable'
setmetatable(range(1, 2), {})
