-- The critics' reconciliation: DeepSeek's $294K headline for R1 is the RL stage
-- only; adding the V3 base model it starts from gives $5.87M, about 20× more.
-- Shows: headline phases, then each added phase as a step of the waterfall.
-- Sources: R1 supplementary Table 7; V3 report Table 1 ([deepseek-v3-report-2024], [deepseek-r1-nature-2025]);
-- The Register, 19 Sep 2025: "the true cost ... was roughly 20x that".

local h800 = hw "H800"

assume "rate" { 2.00, unit = "USD/GPU-hour",
  source = "DeepSeek-V3 Table 1 and R1 Table 7: both assume $2 per H800 GPU-hour" }

scenario "DeepSeek-R1, full compute" {
  description = "From the reported $294K to the compute of V3 and R1 together.",
  -- the headline: R1's own stages (Table 7)
  phase "R1-Zero RL"        { gpu = h800, gpu_hours = 101e3, stage = "rl", headline = true, source = "R1 Table 7" },
  phase "SFT data creation" { gpu = h800, gpu_hours = 5e3, stage = "data-generation", headline = true, source = "R1 Table 7" },
  phase "R1 RL"             { gpu = h800, gpu_hours = 41e3, stage = "rl", headline = true, source = "R1 Table 7" },
  -- what the headline leaves out: the base model (V3 Table 1)
  phase "V3 pre-training"      { gpu = h800, gpu_hours = 2664e3, stage = "pre-training", source = "V3 Table 1" },
  phase "V3 context extension" { gpu = h800, gpu_hours = 119e3, stage = "context-extension", source = "V3 Table 1" },
  phase "V3 post-training"     { gpu = h800, gpu_hours = 5e3, stage = "post-training", source = "V3 Table 1" },
  pricing = { rental { rate = rate } },
  reconcile = { pricing = "rental", steps = {
    { "DeepSeek's headline: R1 stages", phases = { "R1-Zero RL", "SFT data creation", "R1 RL" } },
    { "+ V3 pre-training", phases = { "V3 pre-training" } },
    { "+ V3 context extension and post-training", phases = { "V3 context extension", "V3 post-training" } },
  } },
}
