-- expect: assumption 'x': uniform: lo must be < hi
assume "x" { uniform(3, 1), source = "test" }
