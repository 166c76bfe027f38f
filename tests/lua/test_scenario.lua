-- test_scenario.lua: the scenario language end to end (runner.run on small
-- scenario files), with every expected value worked out by hand in a comment.
local runner = require "tcost.model.runner"

local files = helper("scenario_files")("s")
local file, run = files.file, files.run

local R1 = [[
local h800 = hw "H800"
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "R1 Table 7" }
scenario "R1" {
  phase "R1-Zero RL"        { gpu = h800, gpu_hours = 101e3, headline = true },
  phase "SFT data creation" { gpu = h800, gpu_hours = 5e3, headline = true },
  phase "R1 RL"             { gpu = h800, gpus = 512, hours = 80, headline = true },
  pricing = { rental { rate = rate } },
}
]]

test("r1_reported_294K", function()
  local r = run(R1)
  local s = r.scenarios[1]
  -- 101,000 × $2 = $202,000; 5,000 × $2 = $10,000; 512 × 80 = 40,960 GPU-h × $2 = $81,920
  eq(s.phases[1].cost.rental, 202000, "R1-Zero")
  eq(s.phases[2].cost.rental, 10000, "SFT")
  eq(s.phases[3].gpu_hours, 40960, "512 × 80 h")
  eq(s.phases[3].cost.rental, 81920, "R1 RL")
  -- 202,000 + 10,000 + 81,920 = 293,920
  eq(s.totals.cost.rental, 293920, "total")
  eq(s.totals.gpu_hours, 146960, "GPU-hours")
  -- wall clock: 40,960 / 512 / 24 = 3.333… days
  near(s.phases[3].days, 40960 / 512 / 24, 1e-15, "days")
end)

test("the_issue_example_prints_294000", function()
  local r = run([[
local h800 = hw "H800"
assume "rate" { 2.00, unit = "USD/GPU-hour", source = "DeepSeek-R1 paper, suppl. Table: rental price assumed" }

scenario "DeepSeek-R1, as reported" {
  phase "R1-Zero RL"        { gpu = h800, gpu_hours = 101e3 },
  phase "SFT data creation" { gpu = h800, gpu_hours = 5e3 },
  phase "R1 RL"             { gpu = h800, gpu_hours = 41e3 },
  pricing = { rental { rate = rate } },
}
]])
  -- 147,000 GPU-h × $2 = $294,000
  eq(r.scenarios[1].totals.cost.rental, 294000, "total")
end)

test("set_overrides_and_marks", function()
  local r = run(R1, { sets = { "rate=2.5" } })
  -- 146,960 × $2.50 = $367,400
  eq(r.scenarios[1].totals.cost.rental, 367400, "total at 2.5")
  eq(r.assumptions[1].overridden, true, "marked")
  eq(r.run.overrides[1].name, "rate", "listed in provenance")
end)

test("set_unknown_name_lists_known", function()
  raises(function() run(R1, { sets = { "rat=3" } }) end, "unknown assumption 'rat' (did you mean 'rate'?); known: ")
end)

test("set_distribution_value", function()
  local r = run(R1, { sets = { "rate=uniform(1, 3)" }, samples = 2000, seed = 7 })
  local t = r.scenarios[1].totals.cost.rental
  -- mean of uniform(1, 3) is 2 → mean cost 146,960 × 2; 2,000 samples: sd of the mean
  -- is 146,960 × (2/√12)/√2000 ≈ 1,897, so 5 sd ≈ 9,500 ≈ 3.3% of 293,920
  near(t.mean, 293920, 0.033, "mean")
end)

test("work_forms", function()
  local r = run([[
local h = hw "H800"
scenario "forms" {
  phase "days"   { gpu = h, gpus = 512, days = 2 },
  phase "flops"  { gpu = h, flops = 3.2856e24, precision = "bf16", mfu = 0.4 },
  phase "6ND"    { gpu = h, params = 671e9, active_params = 37e9, tokens = 14.8e12, mfu = 0.4 },
  pricing = { rental { rate = 1 } },
}
]])
  local p = r.scenarios[1].phases
  eq(p[1].gpu_hours, 512 * 48, "512 GPUs × 2 days × 24 h = 24,576")
  -- 3.2856e24 / (989e12 × 0.4 × 3600) = 2,307,044.152… GPU-h
  near(p[2].gpu_hours, 2307044.152342433, 1e-12, "from FLOPs")
  -- 6 × 37e9 × 14.8e12 = 3.2856e24 FLOPs: the same
  near(p[3].flops, 3.2856e24, 1e-15, "6ND flops")
  near(p[3].gpu_hours, 2307044.152342433, 1e-12, "from 6ND")
end)

test("ownership_and_purchase", function()
  local r = run([[
local h = hw "H800"
scenario "own" {
  phase "all" { gpu = h, gpu_hours = 2935e3 },
  energy = { usd_per_kwh = 0.088 },
  pricing = { buy { units = 2048, unit_price = 24900 },
              own { units = 2048, unit_price = 24900, life_years = 4, utilization = 0.5 } },
}
]])
  local s = r.scenarios[1]
  -- 2,048 × $24,900 = $50,995,200
  eq(s.totals.cost.buy, 50995200, "purchase")
  -- yearly: 50,995,200 / 4 = 12,748,800; share: 2,935,000 / (2,048 × 8,760 × 0.5) = 0.32719… years
  -- → 4,171,318.49; energy (Epoch's method, H100 family): 2,935,000 × 0.7 kW × 0.75 × (10.2 / 8 / 0.7)
  -- × 1.25 = 2,935,000 × 1.1953125 = 3,508,242.1875 kWh × $0.088 = 308,725.3125
  near(s.phases[1].energy_kwh, 3508242.1875, 1e-15, "kWh")
  near(s.totals.cost.own, 4171318.493150685 + 308725.3125, 1e-12, "own")
end)

test("other_costs_and_reconciliation", function()
  local r = run([[
local h = hw "H800"
scenario "full" {
  phase "R1" { gpu = h, gpu_hours = 147e3, headline = true },
  phase "V3" { gpu = h, gpu_hours = 2788e3 },
  staff "R&D" { headcount = 150, annual_cost = 330e3, years = 1, source = "test" },
  data { amount = 1e6, source = "test" },
  experiments { multiple = 0.5, phases = { "V3" }, source = "test" },
  pricing = { rental { rate = 2 } },
}
]])
  local s = r.scenarios[1]
  -- experiments: 0.5 × 2,788,000 = 1,394,000 GPU-h × $2 = $2,788,000
  eq(s.phases[3].gpu_hours, 1394000, "experiments GPU-h")
  -- staff 150 × 330,000 = 49,500,000; data 1,000,000
  eq(s.totals.other_cost, 50500000, "other")
  -- 294,000 + 5,576,000 + 2,788,000 + 50,500,000 = 59,158,000
  eq(s.totals.cost.rental, 59158000, "total")
  local st = s.reconciliation.steps
  eq(st[1].total, 294000, "headline")
  eq(st[2].total, 5870000, "+ V3")
  -- 5,870,000 / 294,000 = 19.9659…
  near(st[2].ratio, 19.965986394557824, 1e-14, "ratio")
  eq(st[#st].total, 59158000, "last step is the total")
end)

test("custom_and_per_accelerator_pricing", function()
  local r = run([[
scenario "mix" {
  phase "a" { gpu = hw "H800", gpu_hours = 1000 },
  phase "b" { gpu = hw "H100 SXM", gpu_hours = 100 },
  pricing = { rental { rates = { H800 = 2, ["h100"] = 3 } },
              rental "committed" { rate = 2, discount = 0.25 },
              custom "double" (function(p) return p.gpu_hours * 2 * 2 end) },
}
]])
  local t = r.scenarios[1].totals.cost
  eq(t.rental, 1000 * 2 + 100 * 3, "per accelerator")
  eq(t.committed, 1100 * 2 * 0.75, "25% discount")
  eq(t.double, 1100 * 4, "custom")
end)

test("shared_assumptions_file", function()
  local shared = file([[assume "rate" { 3, unit = "USD/GPU-hour", source = "team sheet" }]], "shared")
  local r = runner.run(file(R1), { assumptions = { shared } })
  eq(r.scenarios[1].totals.cost.rental, 146960 * 3, "rate from the shared file")
  eq(r.assumptions[1].source, "team sheet", "its source")
  eq(r.assumptions[1].from, shared, "marked")
end)

test("uncertain_report_has_summaries_and_tornado", function()
  local r = run([[
assume "rate" { range(1.5, 3), source = "t" }
assume "hours" { uniform(90e3, 110e3), source = "t" }
scenario "u" { phase "p" { gpu = hw "H800", gpu_hours = hours }, pricing = { rental { rate = rate } } }
]], { samples = 20000, seed = 3 })
  local t = r.scenarios[1].totals.cost.rental
  truthy(t.p5 < t.p50 and t.p50 < t.p95, "ordered percentiles")
  local tor = r.scenarios[1].sensitivity.rental.tornado
  eq(#tor, 2, "two inputs")
  eq(tor[1].input, "rate", "rate drives more than hours")
  -- rate at p5 = 1.5 with hours at its median 100,000 → 150,000
  near(tor[1].low_total, 150000, 1e-9, "rate at p5")
  near(tor[1].high_total, 300000, 1e-9, "rate at p95")
end)

test("samples_zero_is_the_median_point", function()
  local r = run([[
assume "rate" { range(1, 4), source = "t" }
scenario "u" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { rental { rate = rate } } }
]], { samples = 0 })
  -- median of a lognormal with 90% interval 1..4 is √(1·4) = 2
  near(r.scenarios[1].totals.cost.rental, 2000, 1e-12, "median cost")
end)

-- Validation: each rule, its message and the reported line.
local function err(src) return raises(function() run(src) end) end

test("error_unknown_field_with_line", function()
  local m = err('local h = hw "H800"\nscenario "x" {\n  phase "p" { gpu = h, gpu_hour = 1 },\n  pricing = { rental { rate = 2 } } }')
  truthy(m:find(":3: phase 'p': unknown field 'gpu_hour' (did you mean 'gpu_hours'?)", 1, true), m)
end)

test("error_missing_field", function()
  local m = err('scenario "x" { phase "p" { gpu_hours = 1 }, pricing = { rental { rate = 2 } } }')
  truthy(m:find(":1: phase 'p': missing required field 'gpu'", 1, true), m)
end)

test("error_wrong_type", function()
  local m = err('scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = {} }, pricing = { rental { rate = 2 } } }')
  truthy(m:find("field 'gpu_hours' must be a finite number or an uncertain value in GPU-hour (got table)", 1, true), m)
end)

test("error_negative_and_nan", function()
  local m = err('\n\nscenario "x" { phase "p" { gpu = hw "H800", gpu_hours = -1 }, pricing = { rental { rate = 2 } } }')
  truthy(m:find(":3: phase 'p': field 'gpu_hours' must be", 1, true), m)
  m = err('scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, pricing = { rental { rate = 0/0 } } }')
  truthy(m:find("rental: field 'rate' must be", 1, true), m)
end)

test("error_unknown_accelerator", function()
  local m = err('local h = hw "H900"')
  truthy(m:find(":1: unknown accelerator 'H900'; did you mean 'H800'?", 1, true), m)
end)

test("error_duplicate_phase", function()
  local m = err('local h = hw "H800"\nscenario "x" { phase "p" { gpu = h, gpu_hours = 1 },\n phase "p" { gpu = h, gpu_hours = 1 }, pricing = { rental { rate = 2 } } }')
  truthy(m:find("two phases named 'p'", 1, true), m)
end)

test("error_conflicting_forms", function()
  local m = err('scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1, flops = 1e20, mfu = 0.3 }, pricing = { rental { rate = 2 } } }')
  truthy(m:find("give the work one way only (got gpu_hours and flops)", 1, true), m)
end)

test("error_mfu_without_flops_and_missing_mfu", function()
  local m = err('scenario "x" { phase "p" { gpu = hw "H800", flops = 1e20 }, pricing = { rental { rate = 2 } } }')
  truthy(m:find("flops needs mfu", 1, true), m)
end)

test("error_precision_absent", function()
  local m = err('scenario "x" { phase "p" { gpu = hw "A100 SXM 80GB", flops = 1e20, precision = "fp8", mfu = 0.3 }, pricing = { rental { rate = 2 } } }')
  truthy(m:find("has no fp8 peak in the catalog", 1, true), m)
end)

test("error_no_pricing", function()
  local m = err('scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1 } }')
  truthy(m:find("no pricing model", 1, true), m)
end)

test("error_two_unnamed_rentals", function()
  local m = err('scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, pricing = { rental { rate = 2 }, rental { rate = 3 } } }')
  truthy(m:find("two pricing models named 'rental'", 1, true), m)
end)

test("error_primitive_argument_named", function()
  local m = err('local x = rental_cost(10, -2, 0)')
  truthy(m:find(":1: rental_cost: rate must be a finite number >= 0 (got -2)", 1, true), m)
end)

test("watts_where_the_catalog_has_no_tdp", function()
  local r = run('scenario "t" { phase "p" { gpu = hw "TPU v5e", gpu_hours = 100, watts = 200 },\n' ..
    '  pricing = { rental { rate = 1 } } }')
  -- Epoch's method for a TPU: 100 GPU-h × 0.2 kW × 0.43 (power/TDP) × 1.56 (server) × 1.25 (PUE)
  -- = 20 × 0.8385 = 16.77 kWh
  near(r.scenarios[1].phases[1].energy_kwh, 16.77, 1e-15, "kWh")
end)

test("goodput: billed hours are useful hours over goodput", function()
  local r = run([[
scenario "g" {
  goodput = 0.9,
  phase "a" { gpu = hw "H100", gpu_hours = 900 },
  phase "b" { gpu = hw "H100", gpu_hours = 800, goodput = 0.8 },
  pricing = { rental "r" { rate = 2 } },
}
]])
  local s = r.scenarios[1]
  -- a: the scenario's 0.9: 900 / 0.9 = 1,000 billed; b: its own 0.8: 800 / 0.8 = 1,000
  near(s.phases[1].gpu_hours, 1000, 1e-12, "a billed")
  eq(s.phases[1].useful_gpu_hours, 900, "a useful")
  near(s.phases[2].gpu_hours, 1000, 1e-12, "b billed")
  -- 1,700 useful, 2,000 billed at $2 = $4,000
  eq(s.totals.useful_gpu_hours, 1700, "useful total")
  near(s.totals.cost.r, 4000, 1e-12, "billed cost")
  raises(function() run('scenario "x" { goodput = 0, phase "p" { gpu = hw "H100", gpu_hours = 1 }, '
    .. 'pricing = { rental "r" { rate = 2 } } }') end, "goodput")
  -- a cluster held for wall-clock time was paid for every hour: the scenario's goodput leaves it alone
  -- (512 × 80 h = 40,960 GPU-h billed), and a phase's own goodput there is an error
  local w = run([[
scenario "w" { goodput = 0.5, phase "p" { gpu = hw "H100", gpus = 512, hours = 80 },
  pricing = { rental "r" { rate = 2 } } }
]]).scenarios[1]
  eq(w.phases[1].gpu_hours, 40960, "wall-clock phase untouched")
  raises(function() run('scenario "x" { phase "p" { gpu = hw "H100", gpus = 8, hours = 1, goodput = 0.9 }, '
    .. 'pricing = { rental "r" { rate = 2 } } }') end, "goodput applies to work")
end)

test("market prices in a scenario: nearest observation, fallback, spread", function()
  local r = run([[
scenario "m" {
  phase "p" { gpu = hw "H100", gpu_hours = 1000 },
  pricing = {
    rental "asof" { rate = rent_as_of("H100", "2025-03", "3-year") },
    rental "pcie" { rate = rent_as_of("H100 PCIe", "2025-03", "3-year") },
    rental "market" { rate = market("H100", "2026-03", "on-demand", { window = 1 }) },
  },
}
]], { samples = 2000, seed = 1 })
  local s = r.scenarios[1]
  -- Google Cloud 3-year $4.86 (17 Mar 2025): 1,000 × 4.86 = $4,860
  near(s.totals.cost.asof, 4860, 1e-9, "3-year as of 2025-03")
  -- H100 PCIe has no 3-year price: Cudo on-demand $2.45 × (1 − 0.56) = $1.078; × 1,000 = $1,078
  near(s.totals.cost.pcie, 1078, 1e-9, "Epoch fallback")
  -- March 2026 on demand: $1.47 and $6.88, each equally likely: mean $4.175, × 1,000 = $4,175
  local m = s.totals.cost.market
  truthy(m.min == 1470 and m.max == 6880, "the spread's ends are the observations")
  near(m.mean, 4175, 0.05, "mean of two equally likely observations")
end)

test("cluster cost lines: sourced default shares of the GPU cost, shown per line", function()
  local r = run([[
scenario "c" {
  phase "p" { gpu = hw "H100", gpu_hours = 1000 },
  pricing = {
    rental "r" { rate = 2, cluster_costs = true },
    rental "r2" { rate = 2, cluster_costs = { storage = 0.03, support = true } },
  },
}
]])
  local s = r.scenarios[1]
  -- defaults for a rental, read from the ClusterMAX hyperscaler column (4,096 GPUs, 36 months,
  -- GPUs $6,423,183 a month): storage $1,856, CPU $3,318, support $321,422, setup $3,278,258 once
  -- over 36 months, debugging $16,667 a month. The lines add up to the page's $6,989,395 monthly
  -- subtotal with goodput $131,804 and network $82, which is how the columns were read:
  eq(6423183 + 1856 + 82 + 3318 + 321422 + 131804 + 16667 + math.floor(3278258 / 36 + 0.5), 6989395,
    "the hyperscaler column adds up")
  local shares = (1856 + 3318 + 321422 + 3278258 / 36 + 16667) / 6423183
  -- GPU cost 1,000 × $2 = $2,000
  near(s.totals.cost.r, 2000 * (1 + shares), 1e-12, "rental with its default lines")
  -- storage given as 3%, support by default: 2,000 × (1 + 0.03 + 0.05004)
  near(s.totals.cost.r2, 2000 * (1 + 0.03 + 321422 / 6423183), 1e-12, "given and default lines")
  eq(#s.cluster_lines, 7, "five lines for r, two for r2")
  eq(s.cluster_lines[1].name, "Storage", "storage first, in report order")
  -- 1,856 / 6,423,183 = 0.0289% of $2,000 = $0.578
  near(s.cluster_lines[1].cost, 2000 * 1856 / 6423183, 1e-12, "storage by default")
  eq(s.cluster_lines[6].name, "Storage", "named")
  near(s.cluster_lines[6].cost, 60, 1e-12, "3% of $2,000")
  raises(function() run('scenario "x" { phase "p" { gpu = hw "H100", gpu_hours = 1 }, '
    .. 'pricing = { rental "r" { rate = 2, cluster_costs = { control_plane = true } } } }') end,
    "cluster line 'control_plane' has no default share")
  raises(function() run('scenario "x" { phase "p" { gpu = hw "H100", gpu_hours = 1 }, '
    .. 'pricing = { rental "r" { rate = 2, cluster_costs = { storgae = 0.1 } } } }') end,
    "unknown cluster cost line 'storgae' (did you mean 'storage'?)")
end)

test("carbon method, water and embodied carbon", function()
  local r = run([[
scenario "w" {
  energy = { pue = 1.25, power_ratio = 1, server_power_factor = 1 },
  phase "p" { gpu = hw "A100", gpu_hours = 1000 },
  pricing = { rental "r" { rate = 2 } },
}
]])
  local s = r.scenarios[1]
  -- 1,000 GPU-h × 0.4 kW × 1 × 1 × 1.25 = 500 kWh; US grid 0.367 kg/kWh (EIA) = 183.5 kg, location-based
  near(s.totals.energy_kwh, 500, 1e-12, "energy")
  near(s.totals.carbon_kg, 183.5, 1e-12, "location-based carbon")
  eq(s.energy.carbon_method, "location", "the method is named")
  -- Li et al. US average: 500 / 1.25 × 0.55 + 500 × 3.14 = 220 + 1,570 = 1,790 L
  near(s.totals.water_l, 1790, 1e-12, "water")
  eq(s.energy.water_basis, "U.S. average", "no region: the U.S. average, named")
  -- LLMCarbon's method: GA100 826 mm^2 × 1.6 kg/cm^2 = 13.216 kg, over 5 years:
  -- 1,000 × 13.216 / (5 × 8,766) = 0.3015 kg
  near(s.totals.embodied_kg, 1000 * 13.216 / (5 * 8766), 1e-12, "embodied")

  local m = run([[
scenario "m" {
  energy = { region = "ireland", carbon_method = "market", market_kg_co2e_per_kwh = 0.4, pue = 1.25,
    power_ratio = 1, server_power_factor = 1, wue_l_per_kwh = 0, grid_water_l_per_kwh = 2, embodied_kg_per_gpu = 0 },
  phase "p" { gpu = hw "A100", gpu_hours = 1000 },
  pricing = { rental "r" { rate = 2 } },
}
]]).scenarios[1]
  -- market-based as given: 500 kWh × 0.4 = 200 kg; water 500 × 2 = 1,000 L
  near(m.totals.carbon_kg, 200, 1e-12, "market-based carbon")
  eq(m.energy.carbon_method, "market", "market method named")
  near(m.totals.water_l, 1000, 1e-12, "grid water only")
  eq(m.energy.water_basis, "given", "both water figures given")
  local nl = run([[
scenario "nl" { energy = { region = "netherlands", pue = 1.25, power_ratio = 1, server_power_factor = 1 },
  phase "p" { gpu = hw "A100", gpu_hours = 1000 }, pricing = { rental "r" { rate = 2 } } }
]]).scenarios[1]
  -- Netherlands: Ember 268 g/kWh (2023) × 500 kWh = 134 kg; water from the U.S. averages (no Dutch figure)
  near(nl.totals.carbon_kg, 134, 1e-9, "Dutch grid")
  eq(nl.energy.water_basis, "U.S. average", "the fallback is named")
  near(nl.totals.water_l, 1790, 1e-12, "U.S. average water")
  raises(function() run([[
scenario "x" { energy = { region = "ireland", carbon_method = "market" },
  phase "p" { gpu = hw "A100", gpu_hours = 1 }, pricing = { rental "r" { rate = 2 } } }
]]) end, "carbon_method = \"market\" needs a market-based intensity: region ireland publishes none here")
end)

test("carbon basis: named per scenario, and a report that mixes bases says so", function()
  local view = require "tcost.report.view"
  local r = run([[
local p = phase "p" { gpu = hw "A100", gpu_hours = 1000 }
local rent = rental "r" { rate = 2 }
scenario "us" { p, pricing = { rent } }
scenario "tx" { p, energy = { region = "us-texas-industrial" }, pricing = { rent } }
scenario "own" { p, energy = { kg_co2e_per_kwh = 0.1 }, pricing = { rent } }
]])
  -- EIA's U.S. figure counts CO2 at the plants; Electricity Maps' ERCOT figure lifecycle CO2e; a given one is as given
  eq(r.scenarios[1].energy.carbon_basis, "CO2, direct combustion", "no region: the U.S. average's basis")
  eq(r.scenarios[2].energy.carbon_basis, "CO2e, lifecycle", "the region's basis")
  eq(r.scenarios[3].energy.carbon_basis, "given", "a figure the scenario gives")
  local v = view.build(r)
  local cmp = v.sections[1].blocks[1]
  truthy(cmp.footnote and cmp.footnote:find("differ in basis (CO2, direct combustion; CO2e, lifecycle; given)", 1, true),
    "the side-by-side table says the bases differ")
  local records = view.records(r)
  eq(records[1].carbon_basis, "CO2, direct combustion", "records carry the basis")
  local one = run('scenario "a" { phase "p" { gpu = hw "A100", gpu_hours = 1 }, pricing = { rental "r" { rate = 2 } } }'
    .. ' scenario "b" { phase "p" { gpu = hw "A100", gpu_hours = 2 }, pricing = { rental "r" { rate = 2 } } }')
  eq(view.build(one).sections[1].blocks[1].footnote, nil, "one basis: nothing to say")
end)

test("price basis: a region without a published price is priced at the U.S. one, and says so", function()
  local view = require "tcost.report.view"
  local r = run([[
local p = phase "p" { gpu = hw "A100", gpu_hours = 1000 }
scenario "nordics" { p, energy = { region = "nordics", pue = 1.25, power_ratio = 1, server_power_factor = 1 },
  pricing = { own "o" { units = 1, unit_price = 10000, life_years = 4, utilization = 0.5 } } }
scenario "china" { p, energy = { region = "china" }, pricing = { rental "r" { rate = 2 } } }
scenario "given" { p, energy = { usd_per_kwh = 0.1 }, pricing = { rental "r" { rate = 2 } } }
scenario "none" { p, pricing = { rental "r" { rate = 2 } } }
]])
  local n = r.scenarios[1]
  -- 1,000 GPU-h × 0.4 kW × 1.25 = 500 kWh × $0.0806 (EIA U.S. industrial; no Nordic price) = $40.30
  near(n.totals.energy_cost, 40.3, 1e-9, "U.S. price")
  eq(n.energy.price_basis, "U.S. industrial, none for nordics", "the fallback is named")
  eq(r.scenarios[2].energy.price_basis, "China, industrial average", "the region's own price")
  eq(r.scenarios[3].energy.price_basis, "given", "a price the scenario gives")
  eq(r.scenarios[4].energy.price_basis, "U.S. industrial average", "no region: the default, no warning")
  eq(#r.warnings, 1, "one warning, for nordics' owner only")
  truthy(r.warnings[1].message:find("region 'nordics' publishes no electricity price: energy is priced at the U.S. "
    .. "industrial average ($0.0806/kWh), in the total, break-even and NPV of o;", 1, true), "the warning names the price")
  local rent = run([[scenario "n" { energy = { region = "nordics" }, phase "p" { gpu = hw "A100", gpu_hours = 1 },
  pricing = { rental "r" { rate = 2 } } }]])
  eq(#rent.warnings, 0, "in a renter's rate the U.S. price moves no figure: no warning")
  eq(rent.scenarios[1].energy.price_basis, "U.S. industrial, none for nordics", "but the basis is named")
  local set = run([[
scenario "n" { energy = { region = "nordics", pue = 1.25, power_ratio = 1, server_power_factor = 1 },
  phase "p" { gpu = hw "A100", gpu_hours = 1000 },
  pricing = { own "o" { units = 1, unit_price = 10000, life_years = 4, utilization = 0.5 } } }]],
    { sets = { "electricity_price=0.05" } })
  -- a price set on the command line is no longer the U.S. stand-in: 500 kWh × $0.05 = $25, no warning
  near(set.scenarios[1].totals.energy_cost, 25, 1e-9, "the price set")
  eq(set.scenarios[1].energy.price_basis, "given (electricity_price overridden)", "named as given")
  eq(#set.warnings, 0, "no U.S.-price warning")
  local rows = {}
  for _, sec in ipairs(view.build(r).sections) do
    for _, b in ipairs(sec.blocks or {}) do
      for _, row in ipairs(b.rows or {}) do rows[#rows + 1] = row[1] and row[1].v end
    end
  end
  local text = table.concat(rows, "\n")
  truthy(text:find("Energy cost (electricity; in the rate when renting)\nElectricity price (U.S. industrial, none for "
    .. "nordics)", 1, true), "the row under the energy cost names the price")
  truthy(text:find("Energy in the total, o (at the U.S. industrial price)", 1, true), "and where it enters a total")
  eq(view.records(r)[1].price_basis, "U.S. industrial, none for nordics", "records carry the price basis")
end)

test("carbon unit follows the basis: CO2-only intensities print t CO2, never CO2e", function()
  local view = require "tcost.report.view"
  local units = require "tcost.lib.units"
  local r = run([[
local p = phase "p" { gpu = hw "A100", gpu_hours = 1000 }
scenario "us" { p, energy = { pue = 1.25, power_ratio = 1, server_power_factor = 1 }, pricing = { rental "r" { rate = 2 } } }
scenario "ie" { p, energy = { region = "ireland" }, pricing = { rental "r" { rate = 2 } } }
]])
  local us = r.scenarios[1]
  -- 500 kWh × EIA's 0.367 kg CO2/kWh (CO2 at the plants) = 183.5 kg CO2
  near(us.totals.carbon_kg, 183.5, 1e-12, "U.S. carbon")
  eq(view.carbon_unit(us), "kg CO2", "a CO2-only basis: kg CO2")
  eq(units.short(183.5e3, "kg CO2"), "184 t CO2", "shown as t CO2")
  eq(units.short(1.2230389e6, view.carbon_unit(us)), "1.22 kt CO2", "the audit's 1.22 kt, without the e")
  eq(view.carbon_unit(r.scenarios[2]), "kg", "Ember's lifecycle CO2e stays CO2e")
  eq(us.totals.carbon_basis, "CO2, direct combustion", "the totals carry the basis (JSON readers)")
  eq(us.phases[1].carbon_basis, "CO2, direct combustion", "and every phase")
  local unit
  for _, a in ipairs(r.assumptions) do if a.name == "grid_intensity" then unit = a.unit end end
  eq(unit, "kg CO2/kWh", "the assumption's unit follows its source (0.81 lb CO2/kWh)")
  local ie_unit
  for _, a in ipairs(r.assumptions) do if a.name == "grid_intensity.ireland" then ie_unit = a.unit end end
  eq(ie_unit, "kg CO2e/kWh", "a CO2e source keeps CO2e")
end)

test("carbon basis: a region's intensity overridden with --set is as given, not the region's", function()
  local src = 'scenario "tx" { phase "p" { gpu = hw "A100", gpu_hours = 1000 }, '
    .. 'energy = { region = "us-texas-industrial" }, pricing = { rental { rate = 2 } } }'
  eq(run(src).scenarios[1].energy.carbon_basis, "CO2e, lifecycle", "the region's own")
  local r = run(src, { sets = { "grid_intensity.us-texas-industrial=0.2" } })
  eq(r.scenarios[1].energy.carbon_basis, "given", "overridden: the basis is no longer the source's")
  eq(run('scenario "us" { phase "p" { gpu = hw "A100", gpu_hours = 1 }, pricing = { rental { rate = 2 } } }',
    { sets = { "grid_intensity=0.2" } }).scenarios[1].energy.carbon_basis, "given", "the U.S. fallback too")
end)

test("embodied carbon: an accelerator without a published figure is named, never a silent 0", function()
  local r = run([[
scenario "m" {
  phase "a" { gpu = hw "B200", gpu_hours = 1000 },
  phase "b" { gpu = hw "A100", gpu_hours = 1000 },
  phase "c" { gpu = hw "B200", gpu_hours = 10 },
  pricing = { rental "r" { rate = 2 } },
}
]])
  local s = r.scenarios[1]
  eq(s.phases[1].embodied_kg, nil, "no figure for the B200")
  eq(s.phases[1].embodied_unpublished, "B200", "named on the phase")
  eq(s.totals.embodied_unpublished, { "B200" }, "named once in the totals")
  -- only the A100's: 1,000 × 13.216 / (5 × 8,766)
  near(s.totals.embodied_kg, 1000 * 13.216 / (5 * 8766), 1e-12, "the A100's alone")
end)
