-- engine_bench.lua: the benchmark model written straight against the engine
-- (tcost.c.mc and tcost.c.prim), to time sampling and summaries from Lua.
-- Compare with floor.c, the same model in plain C. Usage: engine_bench.lua [samples]
-- Model: pre-training GPU-hours 2.664e6 × range(0.9, 1.1) plus fixed
-- 119e3 + 5e3 + 147e3; rental at range(1.5, 3) $/GPU-hour; capex 2048 ×
-- range(20000, 30000); energy = GPU-hours × 0.7 kW × PUE range(1.1, 1.5) ×
-- range(0.06, 0.12) $/kWh.
local mc = require "tcost.c.mc"
local prim = require "tcost.c.prim"

local n = math.tointeger(tonumber(arg and arg[1] or "")) or 1000000

local function input(name, lo, hi) return mc.label(mc.range(lo, hi), name) end

local hours = 2.664e6 * input("pretrain_scale", 0.9, 1.1) + 119e3 + 5e3 + 147e3
local rental = prim.rental_cost(hours, input("rate", 1.5, 3), 0)
local capex = prim.cluster_capex(2048, input("gpu_price", 20000, 30000), 1, 1)
local kwh = prim.energy_kwh(hours, 700, 1, 1, input("pue", 1.1, 1.5))
local energy = prim.energy_cost(kwh, input("usd_per_kwh", 0.06, 0.12))

local names = { "gpu_hours", "rental_cost", "capex", "energy_cost" }
local stats = mc.run({ hours, rental, capex, energy }, { samples = n, seed = 42, percentiles = { 5, 50, 95 } })
for i, s in ipairs(stats) do
  print(string.format("%-12s mean %.6g  p5 %.6g  p50 %.6g  p95 %.6g", names[i], s.mean, s.p[5], s.p[50], s.p[95]))
end
