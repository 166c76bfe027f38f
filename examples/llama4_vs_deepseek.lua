-- Llama 4 Maverick and Scout beside DeepSeek-V3: GPU-hours, cost at the same
-- $2 rate, all training GPU-hours per trillion tokens, FLOPs (6·N·D) and implied MFU.
-- Shows: several scenarios in one file and derived figures per scenario.
-- Sources: Meta Llama 4 model card [meta-llama-model-cards-2025]; DeepSeek-V3 report
-- [deepseek-v3-report-2024].
-- The model cards' GPU-hours cover all training, so the implied MFU is a floor.

local h100, h800 = hw "H100 SXM", hw "H800"

assume "rate" { 2.00, unit = "USD/GPU-hour",
  source = "DeepSeek-V3 Table 1 ($2 per H800 GPU-hour), applied to every model for comparison" }

-- One scenario per model; the same shape each time. Every figure counts all
-- the training GPU-hours the source gives (pre-training and after), so the
-- three compare; deepseek_v3_reported.lua counts V3's pre-training hours alone.
local function model(name, gpu, gpu_hours, active, tokens, src)
  local flops = train_flops(active, tokens)
  scenario(name) {
    phase "Training" { gpu = gpu, gpu_hours = gpu_hours, stage = "pre-training", source = src },
    pricing = { rental { rate = rate } },
    figure "All training GPU-hours per trillion tokens" { value = gpu_hours / (tokens / 1e12),
      unit = "GPU-h per trillion tokens", note = "every training GPU-hour the source gives over the pre-training tokens" },
    figure "Training FLOPs (6·N·D, active parameters)" { value = flops, unit = "FLOP" },
    figure "Implied MFU vs dense BF16 peak" { value = implied_mfu(flops, gpu.tflops.bf16, gpu_hours), unit = "ratio" },
  }
end

model("Llama 4 Maverick", h100, 2.38e6, 17e9, 22e12,
  "Llama 4 model card: 2.38M H100-80GB GPU-hours, ~22T tokens, 17B active parameters")
model("Llama 4 Scout", h100, 5.0e6, 17e9, 40e12,
  "Llama 4 model card: 5.0M H100-80GB GPU-hours, ~40T tokens, 17B active parameters")
model("DeepSeek-V3", h800, 2.788e6, 37e9, 14.8e12,
  "DeepSeek-V3 report: 2.788M H800 GPU-hours, 14.8T tokens, 37B active parameters")
