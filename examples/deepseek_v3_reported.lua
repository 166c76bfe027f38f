-- DeepSeek-V3 as DeepSeek reported it: 2,788K H800 GPU-hours at $2 = $5.576M.
-- Shows: stages, wall-clock days on the 2,048-GPU cluster, and derived figures:
-- GPU-hours per trillion tokens and the implied MFU from 6·N·D.
-- Sources: DeepSeek-V3 technical report, arXiv 2412.19437, Table 1 and §1 [deepseek-v3-report-2024].

local h800 = hw "H800"

assume "rate" { 2.00, unit = "USD/GPU-hour",
  source = "DeepSeek-V3 report, Table 1: \"assuming the rental price of H800 is $2 per GPU hour\"" }
assume "tokens" { 14.8e12, unit = "tokens", source = "DeepSeek-V3 report, abstract: 14.8T tokens" }
assume "active_params" { 37e9, unit = "parameters",
  source = "DeepSeek-V3 report, abstract: 671B total, 37B activated per token" }

-- values with units: the figures below are checked and converted by unit
local pretrain_hours = quantity(2664e3, "GPU-hour")
local trillion_tokens = quantity(1e12, "tokens")

scenario "DeepSeek-V3, as reported" {
  description = "Table 1 of the V3 report: pre-training, context extension, post-training.",
  phase "Pre-training"      { gpu = h800, gpu_hours = pretrain_hours, gpus = 2048, stage = "pre-training",
                              headline = true, source = "Table 1: 2,664K GPU-hours, $5.328M" },
  phase "Context extension" { gpu = h800, gpu_hours = 119e3, gpus = 2048, stage = "context-extension",
                              headline = true, source = "Table 1: 119K GPU-hours, $0.238M" },
  phase "Post-training"     { gpu = h800, gpu_hours = 5e3, gpus = 2048, stage = "post-training",
                              headline = true, source = "Table 1: 5K GPU-hours, $0.01M" },
  pricing = { rental { rate = rate } },

  -- §1: "180K H800 GPU hours per trillion tokens, i.e., 3.7 days on our cluster with 2048 H800 GPUs"
  figure "Pre-training GPU-hours per trillion tokens" { value = pretrain_hours / tokens,
    unit = "GPU-h per trillion tokens", note = "2,664K / 14.8 = 180K; the paper says 180K (pre-training hours " ..
      "only; all 2,788K training hours give 188K, as llama4_vs_deepseek.lua counts)" },
  figure "Days per trillion tokens on 2,048 GPUs" { value = wall_days(pretrain_hours / tokens * trillion_tokens, 2048),
    unit = "days", note = "the paper says 3.7 days" },
  figure "Training FLOPs, 6·N·D with active parameters" { value = train_flops(active_params, tokens), unit = "FLOP",
    note = "6 × 37e9 × 14.8e12; attention and MTP FLOPs ignored" },
  figure "Implied MFU vs H800 dense BF16 peak" {
    value = implied_mfu(train_flops(active_params, tokens), h800.tflops.bf16, pretrain_hours), unit = "ratio",
    note = "not reported by DeepSeek; derived here" },
  figure "Implied MFU vs H800 dense FP8 peak" {
    value = implied_mfu(train_flops(active_params, tokens), h800.tflops.fp8, pretrain_hours), unit = "ratio",
    note = "V3 trained mostly in FP8" },
}
