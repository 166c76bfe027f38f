-- market.lua: the same V3 + R1 compute at 2026 market figures, taken from the
-- team's shared file market_2026.lua (required here, so its assumptions and
-- their sources are part of this scenario).
require "market_2026"

scenario "DeepSeek V3 + R1" {
  require "phases",
  pricing = { rental { rate = rate }, own { units = 2048, unit_price = unit_price, life_years = 4, utilization = 0.7 } },
}
