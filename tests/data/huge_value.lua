-- huge_value.lua: values near the largest double must render; chart axes overflowed to inf and looped (found by fuzzing).
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1e300 }, pricing = { rental { rate = 1.7e8 } } }
