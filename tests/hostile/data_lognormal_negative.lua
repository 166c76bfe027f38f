-- expect: lo must be > 0
assume "x" { range(-1, 3), source = "test" }
