-- expect: (error object is a table value)
error(setmetatable({}, { __tostring = function() return string.rep("x", 2^40) end }))
