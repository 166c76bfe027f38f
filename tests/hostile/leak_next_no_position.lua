-- expect: leak_next_no_position.lua:2: invalid key to 'next'
next({}, "nokey")
