-- Llama 3 70B (Meta, April 2024): the model card's carbon table. 6.4M H100-80GB
-- GPU-hours at 700 W emitted 1,900 t CO2e. The grid factor, 0.4249 kg/kWh, is
-- derived from the card's total (2,290 t over 5,390 MWh; see llama3_8b.lua).
-- tcost: 6.4M × 0.7 kW = 4,480 MWh × 0.4249 = 1,903 t (+0.18%).
-- Over 15T tokens 6·70B·15T = 6.3e24 FLOPs: an implied 27.6% of BF16 peak.

scenario "Llama 3 70B" {
  description = "Llama 3 model card, Hardware and Software.",
  params = 70e9, tokens = 15e12,
  phase "Pre-training" { gpu = hw "H100 SXM", gpu_hours = 6.4e6, stage = "pre-training",
    source = "Llama 3 model card: 6.4M GPU hours, H100-80GB, 700 W [meta-llama-model-cards-2025]" },
  energy = { method = "gpu-tdp", pue = 1.0, kg_co2e_per_kwh = 2290e3 / (7.7e6 * 0.7) },
  pricing = { rental { rate = 2.00, source = "not in the card: an illustrative H100 rate" } },
}

expect "carbon" { 1900, unit = "t CO2e", within = 0.01,
  source = "Llama 3 model card: 1900 tCO2eq [meta-llama-model-cards-2025]" }
