-- expect: time limit
-- args: --time-limit 1
string.gsub(string.rep("a", 5000), ".-.-.-.-.-b", "x")
