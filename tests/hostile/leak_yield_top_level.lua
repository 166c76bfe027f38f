-- expect: leak_yield_top_level.lua:2: attempt to yield from outside a coroutine
coroutine.yield(1)
