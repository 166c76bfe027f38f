-- expect: where_tail_call_hw.lua:3: unknown accelerator 'nonexistent-gpu'
local x = 1
return hw "nonexistent-gpu"
