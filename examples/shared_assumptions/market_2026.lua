-- market_2026.lua: a team's shared assumptions, applied over any scenario with
--   tcost run examples/shared_assumptions/paper.lua --assumptions examples/shared_assumptions/market_2026.lua
assume "rate" { 2.35, unit = "USD/GPU-hour",
  source = "H100 1-year contract, Mar 2026 (SemiAnalysis rental index, secondary) [h100-market-2026]" }
assume "unit_price" { 30000, unit = "USD/GPU",
  source = "H100 per-card price ~$25K-$40K since launch (secondary) [h100-market-2026]; mid-low point" }
