-- GPT-3 175B (OpenAI, 2020), as Patterson et al. 2021 account for it:
-- 10,000 V100 GPUs for 14.8 days at 330 W measured system power per
-- accelerator, PUE 1.10 and 0.429 kg CO2e/kWh. Published: 1,287 MWh, 552.1 t.
-- tcost: 10,000 × 14.8 d × 24 h = 3,552,000 GPU-h × 0.330 kW × 1.10
-- = 1,289,376 kWh (+0.18%: the paper rounds the days); × 0.429 = 553.1 t.
-- Training FLOPs 3.14e23 (Brown et al. 2020, Table D.1); implied MFU is then
-- against the V100's 125 TFLOPS FP16 tensor peak.

local v100 = hw { name = "V100 SXM2 (Patterson)", vendor = "NVIDIA", year = 2017, tdp_w = 300,
  tflops = { fp16 = 125 }, source = "NVIDIA V100 datasheet: 125 TFLOPS tensor FP16, 300 W (SXM2)" }

scenario "GPT-3 175B" {
  description = "Patterson et al. 2021, Table 4: accelerators × days × measured watts × PUE × grid factor.",
  flops = 3.14e23, tokens = 300e9, precision = "fp16",
  phase "Training" { gpu = v100, gpus = 10000, days = 14.8, watts = 330, stage = "pre-training",
    source = "Patterson et al. 2021, Table 4 [patterson-carbon-2021]" },
  energy = { method = "gpu-tdp", pue = 1.10, kg_co2e_per_kwh = 0.429 },
  pricing = { rental { rate = 1.60, source = "not in the paper: an illustrative V100 cloud rate" } },
}

expect "energy" { 1287, unit = "MWh", within = 0.01, source = "Patterson et al. 2021, Table 4 [patterson-carbon-2021]" }
expect "carbon" { 552.1, unit = "t CO2e", within = 0.01, source = "Patterson et al. 2021, Table 4 [patterson-carbon-2021]" }
expect "days" { 14.8, within = 0.001, source = "Patterson et al. 2021, Table 4 [patterson-carbon-2021]" }
-- Two published accounts disagree: 3.14e23 FLOPs over Patterson's 3.552M
-- GPU-hours is 19.6% of peak, not the 21.3% the PaLM paper lists for GPT-3.
expect "mfu" { 0.213, within = 0.02, fails = "PaLM's 21.3% is not reproduced by Patterson's GPU-days and 3.14e23 FLOPs (19.6%)",
  source = "PaLM paper (Chowdhery et al. 2022), Table 3: GPT-3 MFU 21.3% [chowdhery-palm-2022]" }
