-- PaLM 540B (Google, 2022): 6,144 TPU v4 chips for 1,200 hours and 3,072
-- chips for 336 hours, 8,404,992 chip-hours in all (the paper's appendix on
-- its compute), on 780B tokens. Its headline utilization is 46.2% MFU, a
-- measured training throughput. 6·N·D over all the chip-hours gives less:
-- 6 × 540.35e9 × 780e9 = 2.53e24 FLOPs / (8,404,992 h × 3,600 × 275e12) = 30.4%.

local tpu_v4 = hw "TPU v4"
local src = "PaLM paper, appendix: 6,144 TPU v4 chips for 1,200 hours and 3,072 for 336 hours [chowdhery-palm-2022]"

scenario "PaLM 540B" {
  description = "Chowdhery et al. 2022: two TPU v4 pods, then one.",
  params = 540.35e9, tokens = 780e9,
  phase "Two pods" { gpu = tpu_v4, gpus = 6144, hours = 1200, stage = "pre-training", source = src },
  phase "One pod" { gpu = tpu_v4, gpus = 3072, hours = 336, stage = "pre-training", source = src },
  pricing = { rental { rate = 3.22, source = "tcost catalog: TPU v4 on-demand $3.22 per chip-hour" } },
}

expect "gpu_hours" { 8404992, within = 0.0001, source = src }
expect "days" { 64, within = 0.01, source = "1,200 h + 336 h = 1,536 hours, 64 days [chowdhery-palm-2022]" }
expect "mfu" { 0.462, within = 0.02, source = "PaLM paper, Table 3: 46.2% MFU [chowdhery-palm-2022]",
  fails = "46.2% is the measured throughput; 6·N·D over all 8.4M chip-hours is 30.4%" }
