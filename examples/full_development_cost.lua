-- The "what is not included" list made explicit, with honest ranges: the final
-- runs (V3 + R1), experiments and ablations, research staff, data, hardware
-- ownership and electricity. Shows: uncertain assumptions, other costs, the
-- distribution of the total and the tornado of what drives it.
-- Sources: [deepseek-v3-report-2024], [deepseek-r1-nature-2025], [register-deepseek-cost-2025],
-- [h100-market-2026] and Epoch AI's development-cost method [cottier-rising-costs-2024].

local h800 = hw "H800"

assume "dev_multiplier" { truncate(range(1.2, 4), 1, nil), unit = "x",
  source = "Epoch AI (arXiv 2405.21015, §2.5): total development compute / final run, 90% CI 1.2x-4x" }
assume "rate" { range(1.5, 3), unit = "USD/GPU-hour",
  source = "H100 rental, 2023-2026: $1.70 cycle low to ~$3 on-demand [h100-market-2026]; DeepSeek assumed $2" }
assume "staff_fte" { range(100, 200), unit = "FTE",
  source = "assumption of this example: DeepSeek publishes no headcount",
  note = "a research team of 100-200 full-time equivalents for one year" }
-- Epoch's three figures (5th percentile $210K, median $330K, 95th $690K) are
-- skewed beyond a lognormal's reach (one on $210K-$690K has its median at
-- $381K); $150K plus a lognormal on $60K-$540K meets all three exactly.
assume "staff_cost" { 150e3 + range(60e3, 540e3), unit = "USD/FTE-year",
  source = "Epoch AI (arXiv 2405.21015, §2.5.1): total compensation 90% CI $210K-$690K, median $330K (US labs)",
  note = "likely lower in China" }
assume "data_cost" { range(1e6, 10e6), unit = "USD",
  source = "assumption of this example: no published figure",
  note = "licensing, collection and annotation" }
assume "unit_price" { range(20000, 30000), unit = "USD/GPU",
  source = "The Register, 19 Sep 2025 ($24.9K per GPU derived from > $51M / 2,048); H100 list $25K-$40K" }

correlate(rate, unit_price, 0.6)

scenario "DeepSeek V3 + R1, full development cost" {
  description = "Final runs plus what the headline leaves out, with ranges.",
  phase "V3 (all stages)" { gpu = h800, gpu_hours = 2788e3, stage = "pre-training", source = "V3 Table 1" },
  phase "R1 (all stages)" { gpu = h800, gpu_hours = 147e3, stage = "rl", headline = true, source = "R1 Table 7" },
  experiments { multiple = dev_multiplier - 1, source = "Epoch AI development multiplier, minus the final run" },
  staff "R&D staff" { headcount = staff_fte, annual_cost = staff_cost, years = 1,
          source = "see assumptions staff_fte and staff_cost" },
  data "Data" { amount = data_cost, source = "see assumption data_cost" },
  energy = { region = "china" },
  pricing = {
    rental { rate = rate },
    own { units = 2048, unit_price = unit_price, life_years = 4, utilization = 0.7,
          source = "life: Epoch A.3 (>= 3.7 years); utilization: assumption" },
  },
}
