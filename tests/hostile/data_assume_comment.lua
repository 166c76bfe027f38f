-- expect: data_assume_comment.lua:2: assume "hw": 'hw' is a built-in name
assume "hw" { 1, source = "x" } -- assume "hw"
