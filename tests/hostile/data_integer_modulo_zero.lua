local x = 1 % 0
-- expect: data_integer_modulo_zero.lua:1: x % 0: the remainder of a division by zero (integers); write x % 0.0 for nan
