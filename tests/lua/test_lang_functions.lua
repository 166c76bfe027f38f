-- test_lang_functions.lua: every built-in function a scenario may call is
-- declared (lang/api.lua) and listed by `tcost help functions` with what it
-- returns; each C primitive declares its arguments' units and its result's,
-- so values built from them carry units (hand-computed cases below).
local api = require "tcost.lang.api"
local dsl = require "tcost.lang.dsl"
local prim = require "tcost.c.prim"
local units = require "tcost.lang.units"
local generate = require "tcost.lang.generate"

local files = helper("scenario_files")("lfun")
local run = files.run

local function err(src) return raises(function() run(src) end) end
local function has(m, part) truthy(m:find(part, 1, true), m) end

-- A scenario around one phase whose figure is `expr`: that figure's value and unit.
local function figure(expr, pre)
  local r = run((pre or "") .. 'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, ' ..
    'pricing = { rental { rate = 2 } },\n  figure "f" { value = ' .. expr .. ' } }')
  local f = r.scenarios[1].figures[#r.scenarios[1].figures]
  return f.value, f.unit
end

test("every_sandbox_global_is_declared", function()
  local G = dsl.new({ overrides = {}, used = {}, shared_used = {} })
  local declared = {}
  for _, c in ipairs(api.constructors) do declared[c.name] = "constructor" end
  for _, d in ipairs(api.DISTRIBUTIONS) do declared[d.name] = "distribution" end
  for _, m in ipairs(api.MULTIPLIERS) do declared[m[1]] = "multiplier" end
  for _, p in ipairs(prim.list()) do declared[p.name] = "formula" end
  for name in pairs(api.INTERNAL) do declared[name] = "internal" end
  local names = {}
  for k in pairs(G) do names[#names + 1] = k end
  table.sort(names)
  for _, k in ipairs(names) do truthy(declared[k], "the global '" .. k .. "' is declared in lang/api.lua") end
  for k in pairs(declared) do truthy(G[k] ~= nil, "the declared '" .. k .. "' is a global of the language") end
end)

test("help_functions_lists_every_function_with_its_result", function()
  local help = generate.functions_help()
  for _, d in ipairs(api.DISTRIBUTIONS) do has(help, "\n  " .. d.name .. "(") end
  local flat = help:gsub("%s+", " ") -- lines wrap at any space
  for _, p in ipairs(prim.list()) do
    has(help, "\n  " .. p.name .. "(")
    has(flat, " " .. p.name .. "(" .. table.concat(p.args, " ", 1, 1))
    truthy(flat:match(" " .. p.name .. "%([^)]*%) %-> " .. api.FUNCTIONS[p.name].returns:gsub("%p", "%%%0") .. ":"),
      p.name .. " -> " .. api.FUNCTIONS[p.name].returns)
  end
  for _, c in ipairs(api.constructors) do
    if c.shape == "function" or c.shape == "value" then has(help, "\n  " .. c.name .. " -> " .. c.what .. ":") end
  end
  for name in pairs(api.INTERNAL) do truthy(not help:find("\n  " .. name, 1, true), name .. " is not for authors") end
end)

test("every_primitive_declares_units_that_parse", function()
  for _, p in ipairs(prim.list()) do
    local sig = api.FUNCTIONS[p.name]
    truthy(sig, p.name .. " has units in api.FUNCTIONS")
    eq(#sig.args, #p.args, p.name .. ": one unit per argument")
    for _, u in ipairs(sig.args) do truthy(units.parse(u), p.name .. ": " .. u .. " parses") end
    truthy(units.parse(sig.returns), p.name .. ": " .. sig.returns .. " parses")
  end
  for name in pairs(api.FUNCTIONS) do truthy(prim[name], name .. " is a primitive") end
end)

test("results_carry_their_units", function()
  -- 1e6 USD × (1 − 0.1) / 4 years = 225,000 USD a year; 48 months (730 h each) are 4 years (8760 h)
  local v, u = figure('straight_line_per_year(quantity(1e6, "USD"), 0.1, quantity(48, "month"))')
  near(v, 225000, 1e-12, "straight line")
  eq(u, "USD/year", "its unit")
  -- 2 MWh = 2,000 kWh × 0.1 USD/kWh = 200 USD
  v, u = figure('energy_cost(quantity(2, "MWh"), 0.1)')
  near(v, 200, 1e-12, "energy cost")
  eq(u, "USD", "its unit")
  -- 1,000 kWh / 1.2 × 1.8 L/kWh + 1,000 kWh × 3.1 L/kWh = 1,500 + 3,100 = 4,600 L
  v, u = figure('water_litres(quantity(1000, "kWh"), 1.2, 1.8, 3.1)')
  near(v, 4600, 1e-12, "water")
  eq(u, "L", "its unit")
  -- 8,760,000 USD a year / (100 GPUs × 8,760 h × 0.5) = 20 USD per GPU-hour
  v, u = figure('owned_rate(quantity(8760e3, "USD/year"), 100, 0.5)')
  near(v, 20, 1e-12, "owned rate")
  eq(u, "USD/GPU-hour", "its unit")
end)

test("a_rate_times_hours_is_money_from_any_source", function()
  -- rent_as_of's H100 3-year rate of 2025-03 is a USD/GPU-hour value: × 1,000 GPU-hours is USD
  local v, u = figure('rent_as_of("H100", "2025-03", "3-year") * quantity(1000, "GPU-hour")')
  eq(u, "USD", "unit")
  truthy(v > 0, "a cost")
  -- a yearly amount is no amount: it needs the years it runs for
  has(err('fixed { amount = maintenance_per_year(quantity(1e6, "USD"), 0.05) }'),
    ":1: fixed: field 'amount' is USD (money) but the value given is USD/year; it is per unit of time: " ..
    "multiply it by the years (or hours) it runs for")
  -- and money plus energy is refused where it is written
  has(err('local c = rental_cost(quantity(10, "GPU-hour"), 2, 0)\nlocal e = energy_kwh(10, 700, 1, 1, 1)\nlocal x = c + e'),
    ":3: cannot add USD and kWh: different dimensions")
end)

test("an_uncertain_value_first_keeps_the_other_side_unit", function()
  -- range(1, 2) * rate: the node's * hands the value with a unit its own arithmetic
  local r = run('assume "rate" { 2, unit = "USD/GPU-hour", source = "x" }\n' ..
    'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { rental { rate = point(1.5) * rate } },\n' ..
    '  figure "f" { value = point(3) * quantity(1000, "GPU-hour") * rate } }')
  -- point() is uncertain in form only: every sample is the same, so the mean is exact
  near(r.scenarios[1].totals.cost.rental.mean, 3000, 1e-12, "1,000 GPU-h × 1.5 × $2")
  local f = r.scenarios[1].figures[#r.scenarios[1].figures]
  eq(f.unit, "USD", "3 × 1,000 GPU-h × $2/GPU-h is USD")
  near(f.value.mean, 6000, 1e-12, "and $6,000")
  has(err('local h = range(1, 2) * quantity(10, "GPU-hour")\nlocal x = range(1, 2) + quantity(5, "kWh") + h'),
    ":2: cannot add kWh and GPU-hour: different dimensions")
end)

test("a_wrong_operand_is_named_at_the_scenario_line", function()
  local pre = 'assume "rate" { 2, unit = "USD/GPU-hour", source = "x" }\n'
  has(err(pre .. 'local x = {} + rate'), ":2: +: needs numbers, uncertain values or values with units (got table)")
  has(err(pre .. 'local x = rate * "2"'), ":2: *: needs numbers, uncertain values or values with units (got string)")
  has(err(pre .. 'local n = #rate'), ":2: #: a value with a unit has no length (its number is .value)")
end)

test("a_region_typo_gets_did_you_mean", function()
  has(err('local r = region "chna"'), ":1: unknown region 'chna' (did you mean 'china'?)")
  has(err('scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, energy = { region = "irland" },\n' ..
    '  pricing = { rental { rate = 2 } } }'), "energy: unknown region 'irland' (did you mean 'ireland'?)")
  has(err('local r = region "mars"'), ":1: unknown region 'mars'; known: us-industrial, ")
  -- a part of a key gets the same guess in a scenario as in `tcost hw --regions`
  has(err('local r = region "texas"'), ":1: unknown region 'texas' (did you mean 'us-texas-industrial'?)")
end)
