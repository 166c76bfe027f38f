-- LLaMA 65B (Meta, February 2023), as the LLaMA paper accounts for it (§6,
-- Table 15): GPU-hours × 400 W per A100-80GB × PUE 1.1 × 0.385 kg CO2e/kWh
-- (the US national average the paper uses for every model it lists).
-- tcost: 1,022,362 h × 0.4 kW × 1.1 = 449,839 kWh; × 0.385 = 173.2 t.
-- The paper also says the whole development used 2,048 A100-80GB GPUs for
-- "approximately 5 months", 2,638 MWh and 1,015 t: at 400 W and PUE 1.1 that
-- energy is 5.995M GPU-hours, about 122 days on 2,048 GPUs, not 5 months.

local a100 = hw "A100 SXM 80GB"
local energy = { method = "gpu-tdp", pue = 1.1, kg_co2e_per_kwh = 0.385 }
local rental = rental { rate = 2.00, source = "not in the paper: an illustrative A100 rate" }

scenario "LLaMA 65B" {
  description = "LLaMA paper (Touvron et al. 2023), Table 15; 1.4T tokens.",
  params = 65.2e9, tokens = 1.4e12,
  phase "Training" { gpu = a100, gpu_hours = 1022362, gpus = 2048, stage = "pre-training",
    source = "LLaMA paper, Table 15: 1,022,362 GPU-hours on 2,048 A100-80GB [touvron-llama-2023]" },
  energy = energy, pricing = { rental },
}

scenario "LLaMA development, 5 months" {
  description = "All of LLaMA's development as the paper describes it: 2,048 A100-80GB for about 5 months.",
  phase "Development" { gpu = a100, gpus = 2048, days = 5 * 365.25 / 12, stage = "experiments",
    source = "LLaMA paper §6: 2,048 A100-80GB for approximately 5 months [touvron-llama-2023]" },
  energy = energy, pricing = { rental },
}

local src = "LLaMA paper, Table 15 [touvron-llama-2023]"
expect "energy" { 449, unit = "MWh", scenario = "LLaMA 65B", within = 0.005, source = src }
expect "carbon" { 173, unit = "t CO2e", scenario = "LLaMA 65B", within = 0.005, source = src }
-- 1,022,362 / 2,048 / 24 = 20.8 days: the paper's "approximately 21 days"
expect "days" { 21, scenario = "LLaMA 65B", within = 0.01,
  source = "LLaMA paper §2.4: about 21 days on 2,048 GPUs for 1.4T tokens [touvron-llama-2023]" }
-- §2.4: "around 380 tokens/sec/GPU"; × 6 × 65.2e9 FLOPs per token / 312e12 = 47.6% of peak
expect "mfu" { 380 * 6 * 65.2e9 / 312e12, scenario = "LLaMA 65B", within = 0.01,
  source = "LLaMA paper §2.4: about 380 tokens/sec/GPU on 2,048 A100-80GB [touvron-llama-2023]" }
expect "energy" { 2638, unit = "MWh", scenario = "LLaMA development, 5 months", within = 0.05,
  source = "LLaMA paper §6: 2,638 MWh for the whole development [touvron-llama-2023]",
  fails = "2,638 MWh at 400 W and PUE 1.1 is about 4 months on 2,048 GPUs, not 5" }
