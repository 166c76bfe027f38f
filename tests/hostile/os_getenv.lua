-- expect: os.getenv is not available
local home = os.getenv("HOME")
