-- OPT-175B (Meta, 2022), as the LLaMA paper recomputes it beside its own
-- models (Table 15): 809,472 A100-80GB GPU-hours × 400 W × PUE 1.1 ×
-- 0.385 kg CO2e/kWh, the US average, whatever grid the run used.
-- tcost: 809,472 × 0.4 kW × 1.1 = 356,168 kWh; × 0.385 = 137.1 t.

scenario "OPT-175B" {
  description = "OPT-175B in the LLaMA paper's Table 15; 180B tokens (OPT paper).",
  params = 175e9, tokens = 180e9,
  phase "Training" { gpu = hw "A100 SXM 80GB", gpu_hours = 809472, gpus = 992, stage = "pre-training",
    source = "LLaMA paper, Table 15: 809,472 GPU-hours on 992 A100-80GB [touvron-llama-2023]" },
  energy = { method = "gpu-tdp", pue = 1.1, kg_co2e_per_kwh = 0.385 },
  pricing = { rental { rate = 2.00, source = "not in the paper: an illustrative A100 rate" } },
}

local src = "LLaMA paper, Table 15 [touvron-llama-2023]"
expect "energy" { 356, unit = "MWh", within = 0.005, source = src }
expect "carbon" { 137, unit = "t CO2e", within = 0.005, source = src }
