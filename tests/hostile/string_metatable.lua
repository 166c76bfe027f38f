-- expect: cannot read a field of a boolean value
getmetatable("").__index = { format = function() return "pwned" end }
