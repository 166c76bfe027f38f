-- GShard 600B mixture of experts (Google, 2020), as Patterson et al. 2021
-- account for it: 1,024 TPU v3 chips for 3.1 days at 288 W, PUE 1.09, grid
-- factor 0.177 kg CO2e/kWh. Published: 24.1 MWh, 4.3 t CO2e.
-- tcost: 1,024 × 3.1 d × 24 h = 76,186 chip-h × 0.288 kW × 1.09 = 23,916 kWh
-- (-0.76%); × 0.177 = 4.23 t (-1.6%: 4.3 t is given to two figures, ±1.2%).

local tpu_v3 = hw { name = "TPU v3 (Patterson)", vendor = "Google", year = 2018,
  tdp_w = 288, tflops = { bf16 = 123 }, note = "Google publishes no TDP for TPU v3: the run's measured average power stands in",
  source = "Google Cloud TPU v3: 123 TFLOPS bf16 per chip (cloud.google.com/tpu/docs/v3); power: Patterson et al. 2021, Table 4 [patterson-carbon-2021]" }

scenario "GShard 600B" {
  description = "Patterson et al. 2021, Table 4: the sparse model that used a tenth of GPT-3's energy.",
  phase "Training" { gpu = tpu_v3, gpus = 1024, days = 3.1, watts = 288, stage = "pre-training",
    source = "Patterson et al. 2021, Table 4 [patterson-carbon-2021]" },
  energy = { method = "gpu-tdp", pue = 1.09, kg_co2e_per_kwh = 0.177 },
  pricing = { rental { rate = 1.00, source = "not in the paper: an illustrative TPU v3 chip-hour rate" } },
}

local src = "Patterson et al. 2021, Table 4 [patterson-carbon-2021]"
expect "energy" { 24.1, unit = "MWh", within = 0.01, source = src }
expect "carbon" { 4.3, unit = "t CO2e", within = 0.02, source = src,
  note = "published to two figures; 3.1 days is rounded too" }
