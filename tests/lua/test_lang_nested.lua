-- test_lang_nested.lua: nested tables of the language (reconcile steps,
-- per-accelerator rates, cluster cost shares, cloud listings and discounts)
-- and expect are checked entry by entry from lang/api.lua's declaration.
-- Each expected message is written by hand from the declaration.
local generate = require "tcost.lang.generate"

local run = helper("scenario_files")("nested").run
local function err(src, opts) return raises(function() run(src, opts) end) end
local function has(m, part) truthy(m:find(part, 1, true), m) end

local PHASES = 'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, '

test("reconcile_step_typo", function()
  has(err(PHASES .. 'pricing = { rental { rate = 2 } },\n' ..
    '  reconcile = { steps = { { "pre", phase = { "p" } } } } }'),
    ":1: scenario 's' reconcile steps[1]: unknown field 'phase' (did you mean 'phases'?)")
end)

test("reconcile_step_second_positional", function()
  has(err(PHASES .. 'pricing = { rental { rate = 2 } },\n' ..
    '  reconcile = { steps = { { "pre", "p" } } } }'),
    ":1: scenario 's' reconcile steps[1]: unexpected positional value after 1; name every field")
end)

test("reconcile_step_phase_names", function()
  has(err(PHASES .. 'pricing = { rental { rate = 2 } },\n' ..
    '  reconcile = { steps = { { "pre", phases = { 3 } } } } }'),
    "reconcile steps[1]: field 'phases': entry 1 must be a name, a non-empty string (got 3)")
end)

test("reconcile_steps_must_be_a_list", function()
  has(err(PHASES .. 'pricing = { rental { rate = 2 } },\n' ..
    '  reconcile = { steps = { pre = { phases = { "p" } } } } }'),
    "reconcile: field 'steps' must be a list, { {...}, {...} } (found key \"pre\")")
end)

test("reconcile_valid_steps_still_run", function()
  -- two phases of 1 and 3 GPU-hours at $2: steps of $2 then $6, total $8
  local r = run('scenario "s" { phase "a" { gpu = hw "H800", gpu_hours = 1 }, ' ..
    'phase "b" { gpu = hw "H800", gpu_hours = 3 }, pricing = { rental { rate = 2 } },\n' ..
    '  reconcile = { steps = { { "a", phases = { "a" } }, { label = "b", phases = { "b" } } } } }')
  local st = r.scenarios[1].reconciliation.steps
  eq(st[1].label, "a", "positional label")
  eq(st[2].label, "b", "named label")
  eq(st[2].total, 8, "1×2 + 3×2")
end)

test("rates_entry_checked_with_its_path", function()
  has(err(PHASES .. 'pricing = { rental { rates = { H800 = "two" } } } }'),
    "rental: field 'rates.H800' must be a finite number or an uncertain value in USD/GPU-hour (got \"two\")")
  has(err(PHASES .. 'pricing = { rental { rates = { H800 = -1 } } } }'),
    "rental: field 'rates.H800' must be >= 0 USD/GPU-hour (got -1)")
  has(err(PHASES .. 'pricing = { rental { rates = { 2 } } } }'),
    "rental: field 'rates' is keyed by accelerator names (got the key 1)")
end)

test("rates_entry_unit_checked", function()
  has(err('assume "p" { 0.1, unit = "USD/kWh", source = "x" }\n' ..
    PHASES .. 'pricing = { rental { rates = { H800 = p } } } }'),
    ":2: rental: field 'rates.H800' is USD/GPU-hour (a rental rate) but the value given is USD/kWh (an energy price)")
end)

test("cluster_cost_share_range", function()
  has(err(PHASES .. 'pricing = { rental { rate = 2, cluster_costs = { storage = 5 } } } }'),
    "rental: field 'cluster_costs.storage' must be a fraction, 0 to 2 (got 5)")
  has(err(PHASES .. 'pricing = { rental { rate = 2, cluster_costs = false } } }'),
    "rental: field 'cluster_costs' must be true or a table keyed by cluster cost line names (got boolean)")
end)

test("cloud_listing_fields", function()
  has(err(PHASES .. 'pricing = { cloud { provider = "AWS", date = "2024-01-01",\n' ..
    '  prices = { { gpu = "H800", provider = "AWS", date = "2023-01-01", ["3-year"] = 2 } } } } }'),
    ":1: cloud prices[1]: missing required field 'source'")
  has(err(PHASES .. 'pricing = { cloud { provider = "AWS", date = "2024-01-01",\n' ..
    '  prices = { { gpu = "H800", provider = "AWS", date = "2023-01-01", ["3-yeer"] = 2, source = "x" } } } } }'),
    "cloud prices[1]: unknown field '3-yeer' (did you mean '3-year'?)")
end)

test("cloud_discount_percent", function()
  has(err(PHASES .. 'pricing = { cloud { provider = "AWS", discounts = { AWS = { ["1-year"] = 41 } } } } }'),
    "cloud discounts.AWS: field '1-year' must be a fraction, from 0, below 1 (got 41); did you mean 0.41?")
end)

test("expect_fields_from_the_declaration", function()
  has(err('expect "energy" { 1, within = 5, source = "x" }'),
    ":1: expect 'energy': field 'within' must be a fraction, above 0, at most 1 (got 5); did you mean 0.05?")
  has(err('expect "energy" { 1, sorce = "x" }'), ":1: expect 'energy': unknown field 'sorce' (did you mean 'source'?)")
  has(err('expect "cost" { 1, inside = 0.8, source = "x" }'),
    "expect 'cost': field 'inside' must be one of 0.9, 0.5 (got 0.8)")
end)

test("meta_and_help_from_the_declaration", function()
  local meta = generate.meta()
  has(meta, "---@class tcost.ExpectFields\n---@field [1] number the published figure")
  has(meta, "---@class tcost.ReconcileStepsFields\n---@field [1]? string the step's label")
  has(meta, "---@field rates? table<string, tcost.Value>")
  has(meta, "---@field cluster_costs? true|table<string, true|tcost.Value>")
  local help = require("tcost.cmd.help").topic("expect")
  has(help, "Names (the measure): carbon, cost, cost_per_trillion_tokens, days, energy,")
  has(help, "  within           the relative tolerance (0.01 is 1%)\n                   [fraction; above 0, at most 1; default 0.01]")
end)
