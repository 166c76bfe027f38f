-- expect: assumption 'rate' is already defined
assume "rate" { 2, source = "a" }
assume "rate" { 3, source = "b" }
