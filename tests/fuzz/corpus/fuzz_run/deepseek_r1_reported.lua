-- DeepSeek-R1 as DeepSeek reported it: 147K H800 GPU-hours at $2 = $294,000.
-- Shows: the simplest scenario form (phases given in GPU-hours, one rental
-- rate), and the same phases from the cluster view (512 GPUs × hours), whose
-- small differences are the paper's rounding.
-- Sources: DeepSeek-AI, Nature (17 Sep 2025), supplementary Table 7 and B.4.4
-- (same text as arXiv 2501.12948v2, Appendix B.4.4) [deepseek-r1-nature-2025].

local h800 = hw "H800"

assume "rate" { 2.00, unit = "USD/GPU-hour",
  source = "DeepSeek-R1 supplementary Table 7: \"assuming the rental price of H800 is $2 per GPU hour\"" }

scenario "DeepSeek-R1, as reported" {
  description = "The three stages of Table 7, in GPU-hours as published.",
  phase "R1-Zero RL"        { gpu = h800, gpu_hours = 101e3, stage = "rl", headline = true,
                              source = "Table 7: 101K GPU-hours, $202K" },
  phase "SFT data creation" { gpu = h800, gpu_hours = 5e3, stage = "data-generation", headline = true,
                              source = "B.4.4: \"we use 5K GPU hours\"; Table 7: $10K" },
  phase "R1 RL"             { gpu = h800, gpu_hours = 41e3, stage = "rl", headline = true,
                              source = "Table 7: 41K GPU-hours, $82K" },
  pricing = { rental { rate = rate } },
}

-- The cluster view: 64×8 H800s for ~198 h (R1-Zero) and ~80 h (R1).
-- 512 × 198 = 101,376 GPU-h and 512 × 80 = 40,960 GPU-h: within 0.4% of the table.
scenario "DeepSeek-R1, cluster view" {
  description = "Stages as 512 GPUs × wall-clock hours (B.4.4); SFT data creation as published.",
  phase "R1-Zero RL"        { gpu = h800, gpus = 512, hours = 198, stage = "rl", headline = true,
                              source = "B.4.4: \"64*8 H800 GPUs ... approximately 198 hours\"" },
  phase "SFT data creation" { gpu = h800, gpu_hours = 5e3, stage = "data-generation", headline = true,
                              source = "B.4.4: \"we use 5K GPU hours\"" },
  phase "R1 RL"             { gpu = h800, gpus = 512, hours = 80, stage = "rl", headline = true,
                              source = "B.4.4: \"about 4 days, or roughly 80 hours\" on the same 64*8 GPUs" },
  pricing = { rental { rate = rate } },
}
