-- expect: time limit
-- args: --time-limit 1
coroutine.wrap(function() while true do end end)()
