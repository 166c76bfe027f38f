-- BLOOM 176B (BigScience, 2022), as Luccioni et al. 2022 estimate its
-- footprint: 1,082,990 A100-80GB GPU-hours at the GPU's 400 W TDP give the
-- dynamic power 433,196 kWh; on the French grid (57 g CO2e/kWh) 24.69 t.
-- (50.5 t with idle power and embodied emissions, which tcost does not model.)
-- tcost: 1,082,990 × 0.4 kW = 433,196 kWh; × 0.057 = 24,692 kg.
-- Tokens 366B (BLOOM paper); 6·176B·366B = 3.87e23 FLOPs.

scenario "BLOOM 176B" {
  description = "Luccioni, Viguier and Ligozat 2022 (arXiv 2211.02001), Tables 2 and 3.",
  params = 176e9, tokens = 366e9,
  phase "Training" { gpu = hw "A100 SXM 80GB", gpu_hours = 1082990, gpus = 384, stage = "pre-training",
    source = "Luccioni et al. 2022, Table 2: 1,082,990 GPU-hours on 384 A100 80GB [luccioni-bloom-carbon-2022]" },
  energy = { method = "gpu-tdp", pue = 1.0, kg_co2e_per_kwh = 0.057 },
  pricing = { rental { rate = 2.00, source = "not in the paper: an illustrative A100 cloud rate" } },
}

expect "energy" { 433196, unit = "kWh", within = 0.001,
  source = "Luccioni et al. 2022, Table 3: dynamic power 433,196 kWh [luccioni-bloom-carbon-2022]" }
expect "carbon" { 24.69, unit = "t CO2e", within = 0.005,
  source = "Luccioni et al. 2022, Table 3: 24.69 t CO2e dynamic power [luccioni-bloom-carbon-2022]" }
expect "carbon" { 50.5, unit = "t CO2e", within = 0.05, fails = "50.5 t adds idle power and embodied emissions, which tcost does not model",
  source = "Luccioni et al. 2022, Table 4: 50.5 t CO2e in all [luccioni-bloom-carbon-2022]" }
-- BLOOM reached 150 TFLOP/s per A100, 48% of peak, while training; 6·N·D
-- over all 1,082,990 GPU-hours is 31.8%: the hours include more than that
-- steady state.
expect "mfu" { 0.48, within = 0.02, source = "Cottier et al. 2024, A.8, citing the BLOOM paper: 48% MFU [cottier-rising-costs-2024]",
  fails = "48% is the measured throughput; 6·N·D over all the GPU-hours gives 31.8%" }
