-- expect: where_format_tail_call.lua:4: format 'x': out() takes strings or numbers (got table)
-- args: -f x -n 0
scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rate = 2 } } }
format "x" (function(r, out) return out({}) end)
