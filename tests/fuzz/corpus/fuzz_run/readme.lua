local h800 = hw "H800"
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "DeepSeek-R1 supplementary Table 7" }

scenario "DeepSeek-R1, as reported" {
  phase "R1-Zero RL"        { gpu = h800, gpu_hours = 101e3 },
  phase "SFT data creation" { gpu = h800, gpu_hours = 5e3 },
  phase "R1 RL"             { gpu = h800, gpu_hours = 41e3 },
  pricing = { rental { rate = rate } },
}
