-- expect: attempt to index a string value
getmetatable(range(1, 2)).__add = nil
