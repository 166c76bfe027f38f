-- expect: os.rename is not available
os.rename("a", "b")
