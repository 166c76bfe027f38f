-- Switch Transformer 1.5T (Google, 2021), as Patterson et al. 2021 account
-- for it: 1,024 TPU v3 chips for 27 days at 245 W, PUE 1.10, grid factor
-- 0.33 kg CO2e/kWh. Published: 179 MWh, 59.1 t CO2e.
-- tcost: 1,024 × 27 d × 24 h = 663,552 chip-h × 0.245 kW × 1.10 = 178,827 kWh
-- (-0.10%); × 0.33 = 59.0 t (-0.15%).

local tpu_v3 = hw { name = "TPU v3 (Patterson)", vendor = "Google", year = 2018,
  tdp_w = 245, tflops = { bf16 = 123 }, note = "Google publishes no TDP for TPU v3: the run's measured average power stands in",
  source = "Google Cloud TPU v3: 123 TFLOPS bf16 per chip (cloud.google.com/tpu/docs/v3); power: Patterson et al. 2021, Table 4 [patterson-carbon-2021]" }

scenario "Switch Transformer" {
  description = "Patterson et al. 2021, Table 4.",
  phase "Training" { gpu = tpu_v3, gpus = 1024, days = 27, watts = 245, stage = "pre-training",
    source = "Patterson et al. 2021, Table 4 [patterson-carbon-2021]" },
  energy = { method = "gpu-tdp", pue = 1.10, kg_co2e_per_kwh = 0.33 },
  pricing = { rental { rate = 1.00, source = "not in the paper: an illustrative TPU v3 chip-hour rate" } },
}

local src = "Patterson et al. 2021, Table 4 [patterson-carbon-2021]"
expect "energy" { 179, unit = "MWh", within = 0.01, source = src }
expect "carbon" { 59.1, unit = "t CO2e", within = 0.01, source = src }
