-- paper.lua: V3 + R1 at the figures DeepSeek's papers assume. Compare with
-- market.lua: tcost diff examples/shared_assumptions/paper.lua examples/shared_assumptions/market.lua
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "DeepSeek-V3 Table 1; R1 Table 7" }
assume "unit_price" { 24900, unit = "USD/GPU", source = "The Register, 19 Sep 2025: > $51M / 2,048 GPUs" }

scenario "DeepSeek V3 + R1" {
  require "phases",
  pricing = { rental { rate = rate }, own { units = 2048, unit_price = unit_price, life_years = 4, utilization = 0.7 } },
}
