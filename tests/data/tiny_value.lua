-- tiny_value.lua: values far below 1e-97 must still render (units asked for > 99 decimals; found by fuzzing).
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1e-300 }, pricing = { rental { rate = 2 } } }
