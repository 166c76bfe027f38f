-- expect: os.remove is not available
os.remove("/tmp/anything")
