-- model.lua: the benchmark scenario of `make bench` (issue: faster than numpy).
-- Pre-training GPU-hours 2.664e6 × range(0.9, 1.1) plus fixed 119e3 + 5e3 + 147e3;
-- rental rate range(1.5, 3) $/GPU-hour; capex 2,048 × range(20000, 30000);
-- energy = GPU-hours × 0.7 kW × PUE range(1.1, 1.5) × price range(0.06, 0.12) $/kWh.
-- The same model as tests/bench/floor.c, the plain-C speed floor.
local h800 = hw "H800" -- TDP 700 W

assume "pretrain_scale" { range(0.9, 1.1), source = "benchmark model" }
assume "rate" { range(1.5, 3), unit = "USD/GPU-hour", source = "benchmark model" }
assume "gpu_price" { range(20000, 30000), unit = "USD/GPU", source = "benchmark model" }
assume "pue" { range(1.1, 1.5), source = "benchmark model" }
assume "electricity_price" { range(0.06, 0.12), unit = "USD/kWh", source = "benchmark model" }

scenario "benchmark" {
  phase "pre-training" { gpu = h800, gpu_hours = 2.664e6 * pretrain_scale },
  phase "fixed"        { gpu = h800, gpu_hours = 119e3 + 5e3 + 147e3 },
  energy = { power_ratio = 1, server_power_factor = 1 },
  pricing = { rental { rate = rate }, buy { units = 2048, unit_price = gpu_price } },
}
