-- The claims the seeds compare, as uncertain scenarios side by side:
-- GPT-4 "more than $100M", LLaMA "tens of millions", DeepSeek-V3 "$5.5-6M".
-- Shows: compute from FLOPs with an uncertain MFU, uncertain rental rates,
-- and P(cost > threshold) as a figure.
-- Sources: [meta-llama-model-cards-2025], [notable-ai-models-2024], [wired-altman-gpt4-2023],
-- [h100-market-2026], [chowdhery-palm-2022]. GPT-4's FLOPs are Epoch's estimate (S).

local a100, h100, h800 = hw "A100 SXM 80GB", hw "H100 SXM", hw "H800"

assume "gpt4_flops" { 2.1e25, unit = "FLOP",
  source = "Epoch AI Notable AI Models (secondary) [notable-ai-models-2024]" }
assume "gpt4_mfu" { range(0.25, 0.45), unit = "ratio",
  source = "GPT-3 21.3%, MT-NLG 30.2%, BLOOM 48% MFU [chowdhery-palm-2022] [cottier-rising-costs-2024]; A100-era range" }
assume "a100_rate" { range(1.81, 5.12), unit = "USD/GPU-hour",
  source = "AWS p4de (A100 80GB), Dec 2022: $1.81 (3-year) to $5.12 (on-demand) per GPU-hour [epoch-training-cost-trends-2024]" }
assume "h100_rate" { range(2.59, 5.00), unit = "USD/GPU-hour",
  source = "H100 SXM in 2023-24: Oblivus $2.59 (3-year, Feb 2024) to MosaicML $5.00 (Jun 2023) per GPU-hour [epoch-training-cost-trends-2024]" }
assume "h800_rate" { range(1.5, 3), unit = "USD/GPU-hour",
  source = "DeepSeek assumed $2; H100-class market $1.70-$3 in 2024-2026 [h100-market-2026]" }

local gpt4_hours = gpu_hours_from_flops(gpt4_flops, a100.tflops.bf16, gpt4_mfu)
scenario "GPT-4 (claim: more than $100M)" {
  phase "Training" { gpu = a100, gpu_hours = gpt4_hours, source = "Epoch AI FLOPs at an A100-era MFU" },
  pricing = { rental { rate = a100_rate } },
  figure "P(compute cost > $100M)" { value = P(rental_cost(gpt4_hours, a100_rate, 0), ">", 100e6),
    unit = "probability", note = "the share of samples above Altman's \"more than $100M\"" },
}
scenario "Llama 3.1 405B (claim: tens of millions)" {
  phase "Training" { gpu = h100, gpu_hours = 30.84e6, source = "Llama 3.1 model card: 30.84M H100 GPU-hours" },
  pricing = { rental { rate = h100_rate } },
}
scenario "DeepSeek-V3 (claim: $5.5-6M)" {
  phase "Training" { gpu = h800, gpu_hours = 2.788e6, source = "DeepSeek-V3 Table 1" },
  pricing = { rental { rate = h800_rate } },
}
