-- expect: bad argument #1 to 'rawset'
rawset(getmetatable(""), "__index", {})
