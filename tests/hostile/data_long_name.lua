-- expect: scenario name is longer than 200 bytes
scenario(string.rep("x", 100000)) {}
