-- T5 11B (Google, 2019), as Patterson et al. 2021 account for it: 512 TPU v3
-- chips for 20 days at 310 W measured average system power per chip, PUE 1.12,
-- grid factor 0.545 kg CO2e/kWh. Published: 85.7 MWh, 46.7 t CO2e.
-- tcost: 512 × 20 d × 24 h = 245,760 chip-h × 0.310 kW × 1.12 = 85,328 kWh
-- (-0.43%: the paper rounds days and watts); × 0.545 = 46.5 t (-0.42%).

local tpu_v3 = hw { name = "TPU v3 (Patterson)", vendor = "Google", year = 2018,
  tdp_w = 310, tflops = { bf16 = 123 }, note = "Google publishes no TDP for TPU v3: the run's measured average power stands in",
  source = "Google Cloud TPU v3: 123 TFLOPS bf16 per chip (cloud.google.com/tpu/docs/v3); power: Patterson et al. 2021, Table 4 [patterson-carbon-2021]" }

scenario "T5 11B" {
  description = "Patterson et al. 2021, Table 4: chips × days × measured watts × PUE × grid factor.",
  phase "Training" { gpu = tpu_v3, gpus = 512, days = 20, watts = 310, stage = "pre-training",
    source = "Patterson et al. 2021, Table 4 [patterson-carbon-2021]" },
  energy = { method = "gpu-tdp", pue = 1.12, kg_co2e_per_kwh = 0.545 },
  pricing = { rental { rate = 1.00, source = "not in the paper: an illustrative TPU v3 chip-hour rate" } },
}

local src = "Patterson et al. 2021, Table 4 [patterson-carbon-2021]"
expect "energy" { 85.7, unit = "MWh", within = 0.01, source = src }
expect "carbon" { 46.7, unit = "t CO2e", within = 0.01, source = src }
