-- expect: only text chunks
load("return 1", "x", "b")
