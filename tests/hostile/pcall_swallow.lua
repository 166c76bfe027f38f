-- expect: time limit
-- args: --time-limit 1
for i = 1, 1e9 do pcall(function() while true do end end) end
