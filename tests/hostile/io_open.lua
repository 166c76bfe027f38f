-- expect: io.open is not available in scenarios
local f = io.open("/etc/passwd")
