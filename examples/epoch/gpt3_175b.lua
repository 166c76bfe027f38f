-- GPT-3 175B priced the way Epoch AI prices it (Cottier et al. 2024 and the
-- training-cost-trends code [epoch-training-cost-trends-2024]), from Epoch's
-- own inputs: amortized hardware + energy, and the cloud price.
-- Epoch's results (model_costs.csv, in December 2024 dollars): hardware +
-- energy $2,198,105; cloud $4,336,473; up-front acquisition $242,000,906
-- (10,000 × $18,625 / 0.81 = $229,938,272 × 119.349 / 113.4).
--   acquisition: DGX-1 $149,000 / 8 = $18,625 per V100, server included; the
--   price (2017-07) predates the V100 DGXS release (2018-03-27), so Epoch takes
--   release + 90 days = 2018-06-25; training start 2019-10-01 (Epoch's fixed date).
--   value at start: 18,625 / (1 − 0.19) × 10^(−0.14 × 463 / 365.25) = $15,280.7
--   amortized: 15,280.7 × 0.14 × ln 10 / 8,766 h × 3,552,000 chip-h = $1,995,993
--   energy: 3,552,000 × 0.25 kW × 1.6667 × 0.75 × 1.25 (PUE) × $0.0667 = $92,546
--   → $2,088,539 of May 2020 × 119.349 / 113.4 (PPI) = $2,198,105
--   cloud: Azure V100 3-year $1.16 (listed 2018-12-30, the last before the
--   purchase date 2019-08-02 = start − 60 days) × 3,552,000 = $4,120,320 → $4,336,473
-- No residual: both totals match Epoch's to the dollar.

assume "pue" { 1.25, unit = "ratio", source = "Epoch AI: PUE 1.25 outside hyperscalers (OpenAI) [cottier-rising-costs-2024]" }
assume "electricity_price" { 0.0667, unit = "USD/kWh",
  source = "Epoch AI energy_price(2020): US industrial average of the publication year [epoch-training-cost-trends-2024]" }

local v100 = hw { name = "V100 DGXS 32GB (Epoch)", vendor = "NVIDIA", year = 2018, tdp_w = 250,
  tflops = { fp16 = 125 },
  source = "Epoch chip dataset: NVIDIA Tesla V100 DGXS 32 GB, 250 W, released 2018-03-27 [epoch-training-cost-trends-2024]" }

scenario "GPT-3 175B (Epoch AI)" {
  description = "Epoch AI's amortized hardware + energy and cloud estimates, in December 2024 dollars.",
  phase "Training" { gpu = v100, gpus = 10000, hours = 355.2, stage = "pre-training",
    source = "Epoch database: 10,000 V100 for 355.2 hours [epoch-training-cost-trends-2024]" },
  dates = { start = "2019-10-01", published = "2020-05-28" },
  dollars = "2024-12",
  energy = { method = "epoch", pue = pue, usd_per_kwh = electricity_price },
  pricing = {
    amortized { unit_price = 18625, acquired = "2018-06-25",
      source = "DGX-1 at release $149,000 / 8 GPUs [epoch-training-cost-trends-2024]" },
    -- Epoch's third estimate, the up-front acquisition: every GPU at its price, plus interconnect
    buy { units = 10000, unit_price = 18625, network_factor = 1 / (1 - 0.19),
      source = "DGX-1 at release $149,000 / 8 GPUs; interconnect 19% of cost [epoch-training-cost-trends-2024]" },
    cloud { provider = "Microsoft Azure", tier = "3-year", date = "2019-08-02", prices = {
      { gpu = "V100 DGXS 32GB (Epoch)", provider = "Microsoft Azure", date = "2018-12-30", ["on-demand"] = 3.06,
        ["1-year"] = 1.95, ["3-year"] = 1.16, source = "Azure NC6 v3 [epoch-training-cost-trends-2024]" },
      { gpu = "V100 DGXS 32GB (Epoch)", provider = "Microsoft Azure", date = "2019-08-06", ["on-demand"] = 3.06,
        ["1-year"] = 1.95, ["3-year"] = 1.16, source = "Azure V100 [epoch-training-cost-trends-2024]" },
    } },
  },
}

expect "cost" { 2198105, pricing = "amortized", within = 0.01,
  source = "Epoch model_costs.csv: Hardware_Capex_Energy_Cost [epoch-training-cost-trends-2024]" }
expect "cost" { 4336473, pricing = "cloud", within = 0.01,
  source = "Epoch model_costs.csv: Cloud_Cost [epoch-training-cost-trends-2024]" }
expect "cost" { 242000906, pricing = "buy", within = 0.01,
  source = "Epoch model_costs.csv: Hardware_Acquisition_Cost [epoch-training-cost-trends-2024]" }
