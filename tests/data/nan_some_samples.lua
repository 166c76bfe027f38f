-- nan_some_samples.lua: GPU-hours are 1,000 in every sample where x >= 0 and
-- NaN (a negative number to the power 0.5) where x < 0: a constant with NaNs
-- among it, which the per-chunk moments must not mistake for a constant.
assume "x" { uniform(-1, 1), source = "test: half the samples negative" }
scenario "Some NaN" {
  phase "Run" { gpu = hw "H800", gpu_hours = 1000 + 0 * x ^ 0.5 },
  pricing = { rental { rate = 2 } },
}
