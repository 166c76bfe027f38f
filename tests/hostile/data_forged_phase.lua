-- expect: a table with named fields in the list
-- A phase forged from a plain table is refused, not silently dropped.
scenario "x" { { name = "p", gpu = hw "H800", gpu_hours = -5 }, pricing = { rental { rate = 2 } } }
