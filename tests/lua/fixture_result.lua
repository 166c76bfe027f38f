-- fixture_result.lua: a hand-built result structure for the format tests.
-- Scenario 1 is DeepSeek-R1 as reported, all exact: 101,000 + 5,000 + 41,000
-- GPU-hours at $2 = $202,000 + $10,000 + $82,000 = $294,000. Energy uses
-- 0.7 kW × 0.75 × PUE 1.25 = 0.65625 kWh per GPU-hour and 0.4 kg CO2e/kWh.
-- Scenario 2 adds the V3 base model, experiments and staff with uncertain
-- values (summaries), a reconciliation and a sensitivity block. Awkward text
-- (a '|', a comma, a quote, an ampersand, non-ASCII, a URL) is deliberate.
-- Formats must not modify it; test_formats checks that by rendering twice.

local function hist(lo, hi, counts) return { lo = lo, hi = hi, counts = counts } end

local function S(mean, p5, p50, p95, h)
  return { mean = mean, sd = (p95 - p5) / 3.29, min = p5 * 0.8, max = p95 * 1.2,
    p5 = p5, p25 = (p5 + p50) / 2, p50 = p50, p75 = (p50 + p95) / 2, p95 = p95, hist = h }
end

-- 20 bins, 10,000 samples, skewed right like a sum of log-normals.
local RENTAL_COUNTS = { 40, 120, 310, 620, 980, 1250, 1330, 1260, 1090, 850,
  640, 470, 340, 240, 170, 120, 80, 50, 25, 15 }
local OWN_COUNTS = { 60, 200, 480, 900, 1300, 1450, 1380, 1150, 900, 680,
  500, 340, 230, 150, 100, 70, 45, 30, 20, 15 }

local function reported()
  local function phase(name, stage, gpus, hours, gpu_hours)
    local kwh = gpu_hours * 0.65625
    return { name = name, stage = stage, headline = true, gpu = "H800 SXM", gpus = gpus, hours = hours,
      gpu_hours = gpu_hours, energy_kwh = kwh, carbon_kg = kwh * 0.4, cost = { rental = gpu_hours * 2 } }
  end
  return {
    name = "DeepSeek-R1, as reported",
    description = "The $294K figure from the Nature supplement (Table 7): three RL-era stages at $2 per "
      .. "H800 GPU-hour, nothing else.",
    file = "examples/deepseek_r1_reported.lua", line = 5,
    pricing = { { key = "rental", label = "Rental at $2/GPU-h", kind = "rental" } },
    phases = {
      phase("R1-Zero RL", "rl", 512, 198, 101000),   -- $202,000
      phase("SFT data creation", "sft", nil, nil, 5000), -- $10,000
      phase("R1 RL", "rl", 512, 80, 41000),          -- $82,000
    },
    other = {},
    totals = { gpu_hours = 147000, energy_kwh = 96468.75, carbon_kg = 38587.5, other_cost = 0,
      cost = { rental = 294000 } },
    figures = {
      { name = "R1-Zero wall-clock time", value = 8.25, unit = "days", note = "198 h on 512 GPUs" },
      { name = "Average rate", value = 2, unit = "USD/GPU-h" },
    },
    reconciliation = nil,
    sensitivity = nil,
  }
end

local function fuller()
  local rental_total = S(35857000, 29200000, 35100000, 45100000, hist(26000000, 52000000, RENTAL_COUNTS))
  local own_total = S(31096900, 27000000, 30600000, 37800000, hist(25000000, 41000000, OWN_COUNTS))
  return {
    name = "DeepSeek-R1 with V3, experiments & staff",
    description = "What critics add: the DeepSeek-V3 base model (2.788M GPU-h), experiments at Epoch's "
      .. "1.2×–4× development multiplier, and a research team — über-rough, 粗略估计.",
    file = "examples/deepseek_r1_full.lua", line = 12,
    pricing = {
      { key = "rental", label = "Rental at $1.5–$3/GPU-h", kind = "rental" },
      { key = "own", label = "Own 2,048 H800, 4-year life", kind = "own" },
    },
    phases = {
      { name = "DeepSeek-V3 pre-training", stage = "pretrain", headline = false, gpu = "H800 SXM", gpus = 2048,
        gpu_hours = 2664000, flops = 3.29e24, energy_kwh = 1748250, carbon_kg = 699300,
        cost = { rental = S(5860800, 4210000, 5860000, 7780000), own = S(3900000, 3500000, 3880000, 4350000) } },
      { name = "V3 context extension and post-training", stage = "posttrain", headline = false, gpu = "H800 SXM",
        gpu_hours = 124000, energy_kwh = 81375, carbon_kg = 32550,
        cost = { rental = S(272800, 196000, 272000, 362000), own = S(181600, 163000, 181000, 202000) } },
      { name = "R1 RL stages (R1-Zero, SFT data, R1)", stage = "rl", headline = true, gpu = "H800 SXM", gpus = 512,
        gpu_hours = 147000, energy_kwh = 96468.75, carbon_kg = 38587.5,
        cost = { rental = S(323400, 232000, 323000, 429000), own = S(215300, 193000, 215000, 240000) } },
      { name = "Experiments & ablations", stage = "experiments", headline = false, gpu = "H800 SXM",
        gpu_hours = S(3600000, 600000, 2900000, 8900000), energy_kwh = S(2362500, 393750, 1903125, 5840625),
        carbon_kg = S(945000, 157500, 761250, 2336250),
        cost = { rental = S(7900000, 1300000, 6400000, 19600000), own = S(5300000, 890000, 4300000, 13100000) } },
    },
    other = {
      { name = "R&D staff", kind = "staff", cost = 20000000,
        source = "Epoch AI https://epoch.ai/blog/how-much-does-it-cost-to-train-frontier-ai-models",
        note = "139 researchers at $144K for one year (illustrative)" },
      { name = 'Data, "curation" | labelling — 数据标注', kind = "data", cost = 1500000,
        source = 'Illustrative guess ("rough") & unaudited', note = nil },
    },
    totals = { gpu_hours = S(6535000, 3535000, 5835000, 11835000),
      energy_kwh = S(4288593.75, 2319843.75, 3829218.75, 7766718.75),
      carbon_kg = S(1715437.5, 927937.5, 1531687.5, 3106687.5), other_cost = 21500000,
      cost = { rental = rental_total, own = own_total } },
    figures = {
      { name = "Implied MFU vs BF16 dense peak", value = 0.347, unit = "ratio", note = "6·N·D, 37B active" },
      { name = "Rental rate used", value = S(2.2, 1.58, 2.2, 2.92), unit = "USD/GPU-h" },
      { name = "V3 pre-training wall-clock", value = 54.2, unit = "days", note = "2,048 GPUs" },
      { name = "Training compute", value = 3.29e24, unit = "FLOP", note = "6 × 37e9 × 14.8e12" },
    },
    reconciliation = { pricing = "rental", steps = {
      { label = "DeepSeek's headline: R1 RL stages", add = 294000, total = 294000, ratio = 1 },
      { label = "+ DeepSeek-V3 base model", add = 5576000, total = 5870000, ratio = 5870000 / 294000 },
      { label = "+ experiments and ablations", add = S(7200000, 1200000, 5800000, 17800000),
        total = S(13070000, 7070000, 11670000, 23670000), ratio = S(13070000 / 294000, 24.05, 39.69, 80.51) },
      { label = "+ staff and data", add = 21500000, total = S(34570000, 28570000, 33170000, 45170000),
        ratio = S(34570000 / 294000, 97.18, 112.82, 153.64) },
    } },
    sensitivity = {
      rental = {
        tornado = {
          { input = "experiment_multiple", lo = 1.2, hi = 4, low_total = 29500000, high_total = 46000000,
            swing = 16500000 },
          { input = "rate", lo = 1.58, hi = 2.92, low_total = 32100000, high_total = 39800000, swing = 7700000 },
          { input = "staff_cost", lo = 18000000, hi = 22000000, low_total = 33857000, high_total = 37857000,
            swing = 4000000 },
        },
        rankcorr = { { input = "experiment_multiple", rho = 0.81 }, { input = "rate", rho = 0.47 },
          { input = "staff_cost", rho = 0.2 } },
      },
      own = {
        tornado = {
          { input = "experiment_multiple", lo = 1.2, hi = 4, low_total = 27300000, high_total = 38200000,
            swing = 10900000 },
        },
        rankcorr = { { input = "experiment_multiple", rho = 0.88 } },
      },
    },
  }
end

return {
  tool = { name = "tcost", version = "0.1.0", catalog = "2026-11-23" },
  run = { seed = 1, samples = 10000,
    fingerprint = "9b2f4c0d6a1e83f57c2d9e0b4a6f1c3d5e7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c",
    files = {
      { path = "examples/deepseek_r1_reported.lua",
        sha256 = "1f3a5c7e9b0d2f4a6c8e0b2d4f6a8c0e1f3a5c7e9b0d2f4a6c8e0b2d4f6a8c0e" },
      { path = "examples/deepseek_r1_full.lua",
        sha256 = "2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d0f2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d0f" },
    },
    overrides = { { name = "pue", value = "1.25" } },
    assumption_files = { "examples/shared_assumptions/team.lua" },
    date = nil },
  assumptions = {
    { name = "rate", value = S(2.2, 1.58, 2.2, 2.92), unit = "USD/GPU-hour",
      source = "DeepSeek-R1 paper, Table 7: https://arxiv.org/abs/2501.12948", note = nil, overridden = false,
      file = "examples/deepseek_r1_full.lua", line = 4, display = "range(1.5, 3)" },
    { name = "experiment_multiple", value = S(2.4, 1.2, 2.2, 4), unit = "x",
      source = "Epoch AI, arXiv 2405.21015 §2.5 (90% CI 1.2×–4×)", note = "total development compute / final run",
      overridden = false, file = "examples/deepseek_r1_full.lua", line = 6, display = "lognormal(1.2, 4)" },
    { name = "pue", value = 1.25, unit = "ratio", source = "Epoch AI (arXiv 2405.21015, A.4)",
      note = "set on the command line", overridden = true, file = "examples/shared_assumptions/team.lua",
      line = 2, display = "1.25" },
    { name = "staff_cost", value = 20000000, unit = "USD", source = nil,
      note = 'Team of 139 at $144K — a guess, "rough" | not audited', overridden = false,
      file = "examples/shared_assumptions/team.lua", line = 5, display = "20e6" },
    { name = "gpu_price", value = 24900, unit = "USD",
      source = "The Register, 19 Sep 2025 https://www.theregister.com/2025/09/19/deepseek_cost_train/",
      note = "≈ $51M / 256 servers / 8 GPUs", overridden = false,
      file = "examples/deepseek_r1_full.lua", line = 8, display = "24900" },
  },
  scenarios = { reported(), fuller() },
}
