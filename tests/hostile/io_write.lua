-- expect: io.write is not available
io.write("owned")
