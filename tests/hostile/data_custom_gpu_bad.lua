-- expect: field 'tdp_w' must be > 0 W (got -1)
local g = hw { name = "MyChip", tdp_w = -1, tflops = { bf16 = 100 } }
