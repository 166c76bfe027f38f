-- expect: time limit
-- args: --time-limit 1
while true do end
