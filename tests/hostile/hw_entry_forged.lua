-- expect: hw_entry_forged.lua:5: phase 'p': field 'gpu' must be an accelerator from hw "..." or its name
-- A table that looks like a catalog entry is not one: it passed no check (red team F15).
local g = { name = "\27[2J", tdp_w = 1, tflops = { bf16 = 1 } }
scenario "S" {
  phase "p" { gpu = g, gpu_hours = 100 }, pricing = { rental { rate = 2 } } }
