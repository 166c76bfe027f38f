-- expect: scenario needs a name string first
scenario(42) {}
