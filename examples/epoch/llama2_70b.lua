-- Llama 2 70B priced the way Epoch AI prices it [epoch-training-cost-trends-2024],
-- from Epoch's own inputs. Epoch's results (model_costs.csv, December 2024
-- dollars): hardware + energy $1,102,561; cloud $3,153,948; up-front acquisition
-- $30,967,792 (1,000 × $24,875 / 0.81 = $30,709,877 × 119.349 / 118.355).
--   value: DGX A100 $199,000 / 8 = $24,875 per GPU (the earliest A100 DGX
--   price, 2020-05-21, before the A100 80GB release 2020-11-16, so acquired at
--   release + 90 days = 2021-02-14) / (1 − 0.19) = $30,709.9; training start
--   2023-07-18 − 1,728 h − 60 d = 2023-03-08: × 10^(−0.14 × 752 / 365.25) = $15,814
--   amortized: 15,814 × 0.14 × ln 10 / 8,766 × 1,720,320 = $1,000,434
--   energy: 1,720,320 × 0.4 kW × 2.03125 × 0.75 × 1.1 (Meta) × $0.0806 = $92,944
--   → $1,093,378 of July 2023 × 119.349 / 118.355 = $1,102,561
--   cloud: AWS p4de A100 80GB 3-year $1.81 (listed 2022-12-09, the last before
--   the purchase date 2023-01-07) × 1,720,320 = $3,113,779 → $3,139,930.
-- Residual: cloud −0.44%. Epoch's cloud estimate multiplies hardware quantity
-- by training time, 1,000 × 1,728 h = 1,728,000 chip-hours, where the
-- database (and the Llama 2 paper) give 1,720,320 GPU-hours.

assume "pue" { 1.1, unit = "ratio", source = "Epoch AI: PUE 1.1 for hyperscalers (Meta) [cottier-rising-costs-2024]" }
assume "electricity_price" { 0.0806, unit = "USD/kWh",
  source = "Epoch AI energy_price(2023): US industrial average of the publication year [epoch-training-cost-trends-2024]" }

local a100 = hw "A100 SXM 80GB"

scenario "Llama 2 70B (Epoch AI)" {
  description = "Epoch AI's amortized hardware + energy and cloud estimates, in December 2024 dollars.",
  phase "Training" { gpu = a100, gpu_hours = 1720320, stage = "pre-training",
    source = "Llama 2 paper, Table 2: 1,720,320 GPU-hours for 70B [touvron-llama2-2023]" },
  dates = { start = "2023-03-08", published = "2023-07-18" },
  dollars = "2024-12",
  energy = { method = "epoch", pue = pue, usd_per_kwh = electricity_price },
  pricing = {
    amortized { unit_price = 24875, acquired = "2021-02-14",
      source = "DGX A100 at release $199,000 / 8 GPUs [epoch-training-cost-trends-2024]" },
    -- Epoch's up-front acquisition: every GPU at its price, plus interconnect
    buy { units = 1000, unit_price = 24875, network_factor = 1 / (1 - 0.19),
      source = "DGX A100 at release $199,000 / 8 GPUs; interconnect 19% of cost [epoch-training-cost-trends-2024]" },
    -- no prices = ...: the catalog's dated AWS listings (tcost hw "A100 SXM 80GB" --prices)
    cloud { provider = "Amazon Web Services", tier = "3-year", date = "2023-01-07",
      source = "AWS p4de listings [epoch-training-cost-trends-2024]" },
  },
}

expect "cost" { 1102561, pricing = "amortized", within = 0.01,
  source = "Epoch model_costs.csv: Hardware_Capex_Energy_Cost [epoch-training-cost-trends-2024]" }
expect "cost" { 3153948, pricing = "cloud", within = 0.01,
  source = "Epoch model_costs.csv: Cloud_Cost [epoch-training-cost-trends-2024]" }
expect "cost" { 30967792, pricing = "buy", within = 0.01,
  source = "Epoch model_costs.csv: Hardware_Acquisition_Cost [epoch-training-cost-trends-2024]" }
