-- Meena 2.6B (Google, 2020), as Patterson et al. 2021 account for it: 1,024
-- TPU v3 chips for 30 days at 289 W measured average system power per chip,
-- PUE 1.09. Published: 232 MWh.
-- tcost: 1,024 × 30 d × 24 h = 737,280 chip-h × 0.289 kW × 1.09 = 232,251 kWh (+0.11%).

local tpu_v3 = hw { name = "TPU v3 (Patterson)", vendor = "Google", year = 2018,
  tdp_w = 289, tflops = { bf16 = 123 }, note = "Google publishes no TDP for TPU v3: the run's measured average power stands in",
  source = "Google Cloud TPU v3: 123 TFLOPS bf16 per chip (cloud.google.com/tpu/docs/v3); power: Patterson et al. 2021, Table 4 [patterson-carbon-2021]" }

scenario "Meena 2.6B" {
  description = "Patterson et al. 2021, Table 4.",
  phase "Training" { gpu = tpu_v3, gpus = 1024, days = 30, watts = 289, stage = "pre-training",
    source = "Patterson et al. 2021, Table 4 [patterson-carbon-2021]" },
  energy = { method = "gpu-tdp", pue = 1.09 },
  pricing = { rental { rate = 1.00, source = "not in the paper: an illustrative TPU v3 chip-hour rate" } },
}

expect "energy" { 232, unit = "MWh", within = 0.01, source = "Patterson et al. 2021, Table 4 [patterson-carbon-2021]" }
