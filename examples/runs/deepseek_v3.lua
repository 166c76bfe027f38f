-- DeepSeek-V3 (DeepSeek-AI, December 2024): Table 1 of the technical report
-- prices 2,788K H800 GPU-hours at an assumed $2 per GPU-hour: $5.576M.
-- §1: 180K GPU-hours per trillion tokens, "3.7 days on our cluster with 2048
-- H800 GPUs"; pre-training took "less than two months".
-- tcost: 2,664K + 119K + 5K = 2,788K GPU-h × $2 = $5,576,000;
-- pre-training 2,664K / 2,048 / 24 = 54.2 days.

scenario "DeepSeek-V3" {
  description = "DeepSeek-V3 technical report (arXiv 2412.19437), Table 1 and §1.",
  params = 37e9, tokens = 14.8e12,
  phase "Pre-training" { gpu = hw "H800", gpu_hours = 2664e3, gpus = 2048, stage = "pre-training",
    source = "Table 1: 2,664K GPU-hours [deepseek-v3-report-2024]" },
  phase "Context extension" { gpu = hw "H800", gpu_hours = 119e3, gpus = 2048, stage = "context-extension",
    source = "Table 1: 119K GPU-hours [deepseek-v3-report-2024]" },
  phase "Post-training" { gpu = hw "H800", gpu_hours = 5e3, gpus = 2048, stage = "post-training",
    source = "Table 1: 5K GPU-hours [deepseek-v3-report-2024]" },
  pricing = { rental { rate = 2.00, source = "Table 1: the rental price of H800 is $2 per GPU hour [deepseek-v3-report-2024]" } },
}

local src = "DeepSeek-V3 report, Table 1 [deepseek-v3-report-2024]"
expect "gpu_hours" { 2.788e6, within = 0.001, source = src }
expect "cost" { 5.576e6, within = 0.001, source = src }
expect "cost" { 5.328e6, phase = "Pre-training", within = 0.001, source = src }
expect "cost" { 0.238e6, phase = "Context extension", within = 0.001, source = src }
-- "less than two months": 54.2 days of pre-training on 2,048 GPUs
expect "days" { 54.2, phase = "Pre-training", within = 0.01,
  source = "§1: 2,664K GPU-hours on 2,048 H800 GPUs, \"less than two months\" [deepseek-v3-report-2024]" }
