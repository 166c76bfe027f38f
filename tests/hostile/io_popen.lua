-- expect: io.popen is not available
io.popen("id")
