-- expect: io.lines is not available
for l in io.lines("/etc/passwd") do end
