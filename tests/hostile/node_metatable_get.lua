-- expect: cannot read a field of a string value
getmetatable(range(1, 2)).__add = nil
