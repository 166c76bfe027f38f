-- expect: setmetatable: argument 1: table expected, got an uncertain value
setmetatable(range(1, 2), {})
