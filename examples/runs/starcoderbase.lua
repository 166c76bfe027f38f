-- StarCoderBase 15.5B (BigCode, 2023): 320,256 A100-80GB GPU-hours at an
-- average 280 W per GPU; the StarCoder paper (§5.7) puts the energy at
-- 89,671.68 kWh, with no PUE. tcost: 320,256 × 0.280 kW = 89,671.68 kWh.
-- 1T tokens; 6 × 15.5e9 × 1e12 = 9.3e22 FLOPs: an implied 25.8% of BF16 peak.

scenario "StarCoderBase 15.5B" {
  description = "Li et al. 2023 (arXiv 2305.06161), §5.7.",
  params = 15.5e9, tokens = 1e12,
  phase "Training" { gpu = hw "A100 SXM 80GB", gpu_hours = 320256, watts = 280, stage = "pre-training",
    source = "StarCoder paper §5.7: 320,256 GPU-hours at 280 W [li-starcoder-2023]" },
  energy = { method = "gpu-tdp", pue = 1.0 },
  pricing = { rental { rate = 2.00, source = "not in the paper: an illustrative A100 rate" } },
}

expect "energy" { 89671.68, unit = "kWh", within = 0.0001,
  source = "StarCoder paper §5.7: 89,671.68 kWh [li-starcoder-2023]" }
