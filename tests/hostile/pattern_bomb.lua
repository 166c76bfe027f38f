-- expect: time limit
-- args: --time-limit 1
string.find(string.rep("a", 5000), ".-.-.-.-.-.-b")
