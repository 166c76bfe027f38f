-- Gopher 280B (DeepMind, 2021): 4,096 TPU v3 chips for 920 hours, 3,768,320
-- chip-hours, on 300B tokens (Rae et al. 2021). The PaLM paper lists Gopher's
-- MFU as 32.5%; 6·N·D over the chip-hours gives 6 × 280e9 × 300e9 = 5.04e23 /
-- (3,768,320 × 3,600 × 123e12) = 30.2%.

local tpu_v3 = hw { name = "TPU v3 (Patterson)", vendor = "Google", year = 2018, tdp_w = 288,
  tflops = { bf16 = 123 }, note = "Google publishes no TDP for TPU v3: the measured average of Meena and GShard stands in",
  source = "Google Cloud TPU v3: 123 TFLOPS bf16 per chip (cloud.google.com/tpu/docs/v3); power: Patterson et al. 2021, Table 4 [patterson-carbon-2021]" }

scenario "Gopher 280B" {
  description = "Rae et al. 2021 (arXiv 2112.11446): 4,096 TPU v3 for 920 hours.",
  params = 280e9, tokens = 300e9,
  phase "Training" { gpu = tpu_v3, gpus = 4096, hours = 920, stage = "pre-training",
    source = "Gopher paper: 4,096 TPU v3 chips for 920 hours [rae-gopher-2021]" },
  pricing = { rental { rate = 1.00, source = "not in the paper: an illustrative TPU v3 chip-hour rate" } },
}

expect "gpu_hours" { 3768320, within = 0.0001, source = "Gopher paper: 4,096 × 920 chip-hours [rae-gopher-2021]" }
expect "mfu" { 0.325, within = 0.02, source = "PaLM paper, Table 3: Gopher 32.5% MFU [chowdhery-palm-2022]",
  fails = "6·N·D over Gopher's 920 hours on 4,096 chips gives 30.2%" }
