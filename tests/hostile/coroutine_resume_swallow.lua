-- expect: time limit
-- args: --time-limit 1
while true do coroutine.resume(coroutine.create(function() while true do end end)) end
