-- expect: os.execute is not available
os.execute("touch /tmp/tcost-pwned")
