-- expect: rawset: argument 1: table expected, got boolean
rawset(getmetatable(""), "__index", {})
