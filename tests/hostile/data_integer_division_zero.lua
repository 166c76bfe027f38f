local x = 1 // 0
-- expect: data_integer_division_zero.lua:1: x // 0: an integer division by zero; write x / 0 for inf
