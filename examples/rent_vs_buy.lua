-- The same DeepSeek compute priced three ways: renting at $2/GPU-hour, buying
-- the 2,048-GPU cluster outright (the analysts' "$51M"), and owning it,
-- amortized over a useful life with energy, at several fleet utilizations.
-- Shows: pricing models side by side, break-even figures, and a sweep:
--   tcost sweep examples/rent_vs_buy.lua --set rate=1:4:0.5
-- Sources: [deepseek-v3-report-2024], [deepseek-r1-nature-2025], [register-deepseek-cost-2025],
-- [cottier-rising-costs-2024].

local h800 = hw "H800"

assume "rate" { 2.00, unit = "USD/GPU-hour", source = "DeepSeek-V3 Table 1 and R1 Table 7" }
assume "unit_price" { 24900, unit = "USD/GPU",
  source = "The Register, 19 Sep 2025: over $51M for the 256 servers (2,048 GPUs); $51M / 2,048 = $24.9K, server included",
  note = "derived: includes each GPU's share of its 8-GPU server" }
assume "life_years" { 4, unit = "years",
  source = "Epoch AI (arXiv 2405.21015, A.3): failure rates imply a lifetime of at least 3.7 years" }
assume "cost_of_capital" { 0.08, unit = "per year",
  source = "assumption of this example: no published figure for High-Flyer",
  note = "a typical corporate cost of capital" }

local phases = {
  phase "V3 pre-training"      { gpu = h800, gpu_hours = 2664e3, stage = "pre-training", source = "V3 Table 1" },
  phase "V3 context extension" { gpu = h800, gpu_hours = 119e3, stage = "context-extension", source = "V3 Table 1" },
  phase "V3 post-training"     { gpu = h800, gpu_hours = 5e3, stage = "post-training", source = "V3 Table 1" },
  phase "R1 (all stages)"      { gpu = h800, gpu_hours = 147e3, stage = "rl", headline = true, source = "R1 Table 7" },
}

local function own_at(util)
  return own(string.format("own_%d", util * 100)) { units = 2048, unit_price = unit_price,
    life_years = life_years, cost_of_capital = cost_of_capital, utilization = util }
end

scenario "DeepSeek V3 + R1: rent, buy or own" {
  description = "2,935K H800 GPU-hours priced as rental, outright purchase, and ownership at 50/70/90% utilization.",
  phases,
  energy = { region = "china" },
  pricing = {
    rental { rate = rate },
    buy { units = 2048, unit_price = unit_price, source = "The Register: > $51M for the servers" },
    own_at(0.5), own_at(0.7), own_at(0.9),
  },
}
