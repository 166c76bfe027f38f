-- test_lang.lua: the second edition of the scenario language (lang/api.lua):
-- magnitudes, strict names, one call shape, renamed fields, values kept as
-- validated. Each expected message is the one a user should read.
local runner = require "tcost.model.runner"
local api = require "tcost.lang.api"

local files = helper("scenario_files")("lang")
local run = files.run

local function err(src, opts) return raises(function() run(src, opts) end) end
local function has(m, part) truthy(m:find(part, 1, true), m) end

-- A scenario around one phase and one pricing model, at the given fields.
local function one(phase_fields, pricing)
  return 'scenario "s" {\n  phase "p" { gpu = hw "H800", ' .. phase_fields .. ' },\n  pricing = { ' ..
    (pricing or "rental { rate = 2 }") .. ' } }'
end

-- Magnitudes ---------------------------------------------------------------

test("cost_of_capital_percent_suggests_fraction", function()
  local m = err(one("gpu_hours = 1000", "own { units = 8, unit_price = 25000, life_years = 4, utilization = 0.5, cost_of_capital = 10 }"))
  has(m, ":3: own: field 'cost_of_capital' must be a fraction per year, 0 to 1 (got 10); did you mean 0.10?")
end)

test("utilization_percent_suggests_fraction", function()
  local m = err(one("gpu_hours = 1000", "own { units = 8, unit_price = 25000, life_years = 4, utilization = 70 }"))
  has(m, "field 'utilization' must be a fraction, above 0, at most 1 (got 70); did you mean 0.70?")
end)

test("mfu_over_one_says_the_range_plainly", function()
  -- 1.2 is no percent slip (0.012 is below the usual 0.05): the message says what 1 is
  local m = err(one("gpu_hours = 1000, mfu = 1.2"))
  has(m, ":2: phase 'p': field 'mfu' must be a fraction, above 0, at most 1 (got 1.2, that is 120%; 1 is 100%)")
  has(err(one("gpu_hours = 1000, mfu = 35")), "field 'mfu' must be a fraction, above 0, at most 1 (got 35); did you mean 0.35?")
end)

test("help_says_which_bounds_are_excluded", function()
  local help = require("tcost.cmd.help").topic("amortized")
  -- interconnect: 0 allowed, 1 not (max_open); mfu: 0 not, 1 allowed
  has(help, "[fraction; from 0, below 1;")
  has(require("tcost.cmd.help").topic("phase"), "[fraction; above 0, at most 1;")
end)

test("params_70_warns_with_e9", function()
  -- 70 parameters is below the plausible 1e6; 70e9 is nearest the declared middle (1e11)
  local r = run(one("params = 70, tokens = 15e12, mfu = 0.4"))
  eq(#r.warnings, 1, "one warning")
  has(r.warnings[1].message, "phase 'p': params = 70 parameters, outside the usual 1e6 to 1e14; did you mean 70e9 (70 * billion)?")
  eq(r.warnings[1].line, 2, "the phase's line")
end)

test("strict_makes_warning_an_error", function()
  local m = err(one("params = 70, tokens = 15e12, mfu = 0.4"), { strict = true })
  has(m, ":2: phase 'p': params = 70 parameters, outside the usual")
  has(m, "(an error under --strict)")
end)

test("mfu_above_plausible_warns", function()
  local r = run(one("params = 70e9, tokens = 15e12, mfu = 0.9"))
  has(r.warnings[1].message, "mfu = 0.9, outside the usual 0.05 to 0.8")
end)

test("rental_rate_250_warns", function()
  local r = run(one("gpu_hours = 1000", "rental { rate = 250 }"))
  has(r.warnings[1].message, "rental: rate = 250 USD/GPU-hour, outside the usual 0.05 to 50")
end)

test("uncertain_value_checked_at_its_median", function()
  -- uniform(5, 15) has median 10: a percentage, not a fraction
  local m = err(one("gpu_hours = 1000",
    "own { units = 8, unit_price = 25000, life_years = 4, utilization = 0.5, cost_of_capital = uniform(5, 15) }"))
  has(m, "field 'cost_of_capital' must be a fraction per year, 0 to 1 (got 10, the median of an uncertain value)")
end)

test("multipliers_read_naturally", function()
  -- 6 × 70e9 × 15e12 = 6.3e24 FLOP
  local r = run(one("params = 70 * billion, tokens = 15 * trillion, mfu = 0.4"))
  near(r.scenarios[1].phases[1].flops, 6.3e24, 1e-12, "flops")
  eq(#r.warnings, 0, "no warning")
end)

-- Strict names ---------------------------------------------------------------

test("unknown_global_did_you_mean_assumption", function()
  local m = err('assume "rate" { 2, source = "x" }\n' .. 'scenario "s" {\n  phase "p" { gpu = hw "H800", gpu_hours = 1 },\n' ..
    '  pricing = { rental { rate = ratte } } }')
  has(m, ":4: unknown name 'ratte' (did you mean 'rate'?)")
end)

test("unknown_constructor_did_you_mean", function()
  local m = err('\nphse "x" { }')
  has(m, ":2: unknown name 'phse' (did you mean 'phase'?)")
end)

test("accelerator_as_global", function()
  local m = err('local p = phase "p" { gpu = H800, gpu_hours = 1 }')
  has(m, ":1: unknown name 'H800': accelerators are not globals; write hw \"H800\"")
end)

test("assume_name_not_an_identifier", function()
  local m = err('assume "GPU price" { 2, source = "x" }')
  has(m, "assume \"GPU price\": 'GPU price' is not a Lua name")
end)

test("assume_builtin_name_local_form", function()
  -- local d = assume "data" {...}: recorded, and the constructor data keeps its meaning
  local path = files.file('local d = assume "data" { 2e6, unit = "USD", source = "x" }\n' ..
    'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, data { amount = d }, ' ..
    'pricing = { rental { rate = 2 } } }', "builtin_local")
  local reg = runner.load(path, {})
  eq(reg.by_name.data.value, 2e6, "the assumption")
  eq(reg.scenarios[1].other[1].amount, 2e6, "data { amount = d } took it")
end)

test("assume_builtin_name_as_a_statement_is_refused", function()
  -- a statement cannot bind 'data' (the cost constructor) and its value would be lost
  local m = err('assume "data" { 2e6, unit = "USD", source = "x" }')
  has(m, ":1: assume \"data\": 'data' is a built-in name (data { ... } makes a cost), so the assumption " ..
    "cannot be a global of that name; write local d = assume \"data\" { ... } and use d")
  has(err('x = 1\nassume "print" { 1, source = "x" }'), ":2: assume \"print\": 'print' is a built-in name")
  has(err('assume "end" { 1, source = "x" }'), "'end' is a Lua keyword, so no global can hold it; write local e =")
end)

test("assume_unbindable_name_local_form_on_two_lines", function()
  -- the value is used when the line above ends in '=' (or the call follows '=', '(', ',', '{' ...)
  local path = files.file('local g =\n  assume "GPU price" { 2, unit = "USD/GPU-hour", source = "x" } -- the rate\n' ..
    'local t = { assume "data" { 3, unit = "USD", source = "x" } }\n' ..
    'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { rental { rate = g } } }', "unbindable_local")
  local reg = runner.load(path, {})
  eq(reg.by_name["GPU price"].value, 2, "the assumption")
  eq(reg.by_name.data.value, 3, "in a table constructor")
  eq(reg.scenarios[1].pricing[1].rate, 2, "rental { rate = g } took it")
end)

test("set_value_outside_usual_range_names_the_flag", function()
  -- 0.5 a year is above the usual 0.3: a warning that names --set, with no magnitude "fix" for a fraction
  local r = run('assume "cost_of_capital" { 0.08, unit = "1/year", source = "x" }\n' ..
    'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { own { units = 8, ' ..
    'unit_price = 25000, life_years = 4, utilization = 0.5, cost_of_capital = cost_of_capital } } }',
    { sets = { "cost_of_capital=0.5" } })
  eq(#r.warnings, 1, "one warning")
  eq(r.warnings[1].message, "--set cost_of_capital=0.5: own: cost_of_capital = 0.5, outside the usual 0 to 0.3", "message")
  eq(r.warnings[1].line, 2, "the line that uses it")
end)

test("percent_assumption_is_a_fraction_per_year", function()
  -- 10 percent = 0.10; given to cost_of_capital (1/year) it is 0.10 a year
  local path = files.file('assume "cost_of_capital" { 10, unit = "percent", source = "x" }\n' ..
    'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { own { units = 8, ' ..
    'unit_price = 25000, life_years = 4, utilization = 0.5, cost_of_capital = cost_of_capital } } }',
    "percent_coc")
  local reg = runner.load(path, {})
  near(reg.scenarios[1].pricing[1].cost_of_capital, 0.10, 1e-15, "10 percent a year")
  has(err('assume "c" { 0.1, unit = "USD", source = "x" }\n' ..
    'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, pricing = { own { units = 8, ' ..
    'unit_price = 25000, life_years = 4, utilization = 0.5, cost_of_capital = c } } }'),
    "own: field 'cost_of_capital' is 1/year (a fraction per unit of time) but the value given is USD (money)")
end)

-- One call shape, renamed fields -------------------------------------------------

test("pricing_and_costs_named_or_not", function()
  -- 1,000 GPU-h × $2 = $2,000; × $3 = $3,000; fixed $5 in both
  local r = run('scenario "s" {\n  phase "p" { gpu = hw "H800", gpu_hours = 1000 },\n  fixed "licence" { amount = 5 },\n' ..
    '  pricing = { rental { rate = 2 }, rental "spot" { rate = 3 } } }')
  local t = r.scenarios[1].totals.cost
  eq(t.rental, 2005, "unnamed rental")
  eq(t.spot, 3005, "named rental")
  eq(r.scenarios[1].other[1].name, "licence", "named cost")
end)

test("name_as_field_points_to_name_first", function()
  local m = err(one("gpu_hours = 1", 'rental { name = "spot", rate = 2 }'))
  has(m, "rental: give the name first, rental \"spot\" { ... }, not as a field")
end)

test("old_spellings_name_the_new_one", function()
  has(err(one("gpu_hours = 1", "buy { units = 8, unit_price = 1e4, server_factor = 1.5 }")),
    "buy: 'server_factor' is now called 'capex_factor'")
  has(err('scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, energy = { price = 0.1 },\n' ..
    'pricing = { rental { rate = 2 } } }'), "scenario 's' energy: 'price' is now called 'usd_per_kwh'")
  has(err('scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, energy = { carbon = 0.5 },\n' ..
    'pricing = { rental { rate = 2 } } }'), "'carbon' is now called 'kg_co2e_per_kwh'")
end)

test("correlate_takes_values", function()
  has(err('assume "a" { range(1, 2), source = "x" }\nassume "b" { range(1, 2), source = "x" }\ncorrelate("a", "b", 0.5)'),
    ":3: correlate takes the values, not their names: correlate(a, b, 0.5)")
end)

test("region_object_where_a_name_goes", function()
  -- the same region by object and by name gives the same electricity price
  local a = run('scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, energy = { region = region "china" },\n' ..
    'pricing = { rental { rate = 2 } } }')
  local b = run('scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, energy = { region = "china" },\n' ..
    'pricing = { rental { rate = 2 } } }')
  eq(a.scenarios[1].energy.usd_per_kwh, b.scenarios[1].energy.usd_per_kwh, "price")
  eq(a.scenarios[1].energy.region, b.scenarios[1].energy.region, "region")
end)

-- Values stay as validated ---------------------------------------------------

test("spec_is_read_only_after_validation", function()
  local m = err('local p = phase "p" { gpu = hw "H800", gpu_hours = 1 }\np.gpu_hours = -5')
  has(m, ":2: phase 'p' is read-only once declared; set 'gpu_hours' inside its { ... }")
end)

test("table_changed_after_the_call_is_not_used", function()
  -- the model uses the copy taken at the call: 1,000 GPU-h × $2 = $2,000, not the later -5
  local r = run('local f = { gpu = hw "H800", gpu_hours = 1000 }\nlocal p = phase "p" (f)\nf.gpu_hours = -5\n' ..
    'local rates = { H800 = 2 }\nlocal m = rental { rates = rates }\nrates.H800 = -1\n' ..
    'scenario "s" { p, pricing = { m } }')
  eq(r.scenarios[1].totals.cost.rental, 2000, "cost")
end)

test("pairs_metamethod_cannot_feed_the_check", function()
  -- __pairs would show the check a valid table; the copy is made with next()
  -- (the raw fields), so the -5 it hides is what is checked
  local m = err('local t = setmetatable({ gpu = hw "H800", gpu_hours = -5 }, { __pairs = function() ' ..
    'return next, { gpu = "H800", gpu_hours = 1 } end })\nphase "p" (t)')
  has(m, "field 'gpu_hours' must be >= 0 GPU-hour (got -5)")
end)

test("warnings_in_the_report", function()
  -- the same warning as the run prints, in the report's "Checks of the inputs" section
  local view = require "tcost.report.view"
  local r = run(one("params = 70, tokens = 15e12, mfu = 0.4"))
  local v = view.build(r)
  local found
  for _, sec in ipairs(v.sections) do
    if sec.id == "warnings" then found = sec.blocks[1].rows[1][2].v end
  end
  has(found or "", "params = 70 parameters, outside the usual 1e6 to 1e14; did you mean 70e9 (70 * billion)?")
end)

test("declaration_is_complete", function()
  -- every field has a kind and a doc; every value field a unit
  for _, c in ipairs(api.constructors) do
    truthy(c.doc and c.example, c.name .. " has doc and example")
    for _, f in ipairs(c.fields or {}) do
      truthy(f.kind and f.doc, c.name .. "." .. f[1] .. " has kind and doc")
      if f.kind == "value" and c.name ~= "figure" then truthy(f.unit, c.name .. "." .. f[1] .. " has a unit") end
    end
  end
end)

-- Syntax errors and raw Lua messages ------------------------------------------

local messages = require "tcost.lang.messages"

test("missing_comma_reported_at_the_field_before", function()
  local m = err('local h800 = hw "H800"\nscenario "x" {\n  phase "p" { gpu = h800\n    gpu_hours = 5 },\n' ..
    '  pricing = { rental { rate = 2 } } }')
  has(m, ":3: missing ',' after this field? (before 'gpu_hours' on line 4)")
end)

test("number_suffix_explained", function()
  has(err('local x = 70B'), ":1: '70B' is not a number in Lua; write 70e9 or 70 * billion")
  has(err('local x = 15T'), "write 15e12 or 15 * trillion")
end)

test("unclosed_string", function()
  has(err('local x = "abc\n'), ":1: a string is not closed")
end)

test("raw_runtime_messages_reworded", function()
  local function rt(src)
    local ok, e = pcall(run, src)
    assert(not ok)
    return messages.runtime(tostring(e))
  end
  local m = rt('local t = {}\nt.foo()')
  has(m, ":2: 'foo' does not exist (nil), so it cannot be called")
  truthy(not m:find("attempt to call", 1, true), m)
  m = rt('local x = wall_days("a", 2)')
  has(m, ":1: wall_days: argument 1: number expected, got string")
  truthy(not m:find("'?'", 1, true), m)
  has(rt('local r = rental { rate = 2 } { rate = 3 }'), "a pricing model is already complete: one { ... } too many after it?")
  has(messages.runtime("f.lua:3: bad argument #1 to '?' (number expected, got nil)"), "f.lua:3: argument 1: number expected, got nil")
  has(messages.runtime("f.lua:3: attempt to perform arithmetic on a nil value (field 'x')"),
    "f.lua:3: field 'x' is nil (not defined?), so cannot do arithmetic with it")
end)

-- Units ----------------------------------------------------------------------

local units = require "tcost.lang.units"

test("unit_mismatch_names_field_and_both_units", function()
  local m = err('assume "price" { 0.1, unit = "USD/kWh", source = "x" }\n' ..
    'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1 },\n  pricing = { rental { rate = price } } }')
  has(m, ":3: rental: field 'rate' is USD/GPU-hour (a rental rate) but the value given is USD/kWh (an energy price)")
end)

test("hours_for_gpu_hours_names_the_missing_factor", function()
  has(err('assume "h" { 100, unit = "hours", source = "x" }\n' ..
    'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = h }, pricing = { rental { rate = 2 } } }'),
    ":2: phase 'p': field 'gpu_hours' is GPU-hour but the value given is hours (a duration); " ..
    "converting would need a factor in GPU")
end)

test("compatible_units_convert", function()
  -- 88 USD/MWh = 0.088 USD/kWh; 2 days = 48 hours: 8 GPUs × 48 h = 384 GPU-h
  local r = run('assume "elec" { 88, unit = "USD/MWh", source = "x" }\nassume "d" { 2, unit = "days", source = "x" }\n' ..
    'scenario "s" { phase "p" { gpu = hw "H800", gpus = 8, hours = d },\n' ..
    '  energy = { usd_per_kwh = elec }, pricing = { rental { rate = 2 } } }')
  local s = r.scenarios[1]
  near(s.energy.usd_per_kwh, 0.088, 1e-12, "USD/kWh")
  near(s.phases[1].gpu_hours, 384, 1e-12, "GPU-hours")
end)

test("arithmetic_carries_units", function()
  -- GPU-hour × USD/GPU-hour = USD; 147,000 × 2 = 294,000
  local r = run('assume "rate" { 2, unit = "USD/GPU-hour", source = "x" }\n' ..
    'assume "gh" { 147e3, unit = "GPU-hours", source = "x" }\n' ..
    'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = gh }, pricing = { rental { rate = rate } },\n' ..
    '  figure "cost" { value = gh * rate } }')
  local f = r.scenarios[1].figures[#r.scenarios[1].figures]
  eq(f.value, 294000, "value")
  eq(f.unit, "USD", "unit")
end)

test("adding_different_dimensions_fails_where_written", function()
  local m = err('assume "rate" { 2, unit = "USD", source = "x" }\nassume "e" { 5, unit = "kWh", source = "x" }\n' ..
    'local bad = rate + e')
  has(m, ":3: cannot add USD and kWh: different dimensions")
end)

test("currency_needs_declared_rate", function()
  local m = err('assume "rate" { 1.8, unit = "EUR/GPU-hour", source = "x" }')
  has(m, "EUR needs a declared exchange rate: currency \"EUR\" { usd = ..., source = \"...\" }")
  -- 1.8 EUR × 1.10 USD/EUR = 1.98 USD per GPU-hour; 1,000 GPU-h → $1,980
  local r = run('currency "EUR" { usd = 1.10, source = "test rate" }\n' ..
    'assume "rate" { 1.8, unit = "EUR/GPU-hour", source = "x" }\n' ..
    'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { rental { rate = rate } } }')
  near(r.scenarios[1].totals.cost.rental, 1980, 1e-12, "converted")
end)

test("unknown_unit_is_an_error", function()
  has(err('assume "x" { 1, unit = "bananas", source = "x" }'), "unknown unit 'bananas' in 'bananas'")
end)

test("uncertain_values_keep_units_without_sampling_cost", function()
  -- the quantity wraps an ordinary node: the model receives the node itself
  local r = run('assume "rate" { range(1.5, 2.5), unit = "USD/GPU-hour", source = "x" }\n' ..
    'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { rental { rate = rate * 1 } } }',
    { samples = 100 })
  truthy(r.scenarios[1].totals.cost.rental.mean > 1500, "sampled")
  local u = units.parse("kg CO2e/kWh")
  truthy(units.same_dims(u, units.parse("t CO2e/MWh")), "t CO2e/MWh is kg CO2e/kWh")
  near(units.parse("t CO2e/MWh").s / u.s, 1, 1e-12, "and the same size")
end)

test("unit_words_fold_case_and_plurals", function()
  -- "MWH" is MWh (1,000 kWh), "Tonnes" is tonne (1,000 kg), "GPUS" is GPU; a
  -- miss is remembered but says the same the second time
  eq(units.parse("MWH").s, 1e3, "MWH")
  truthy(units.same_dims(units.parse("MWH"), units.parse("kWh")), "MWH is energy")
  eq(units.parse("Tonnes").s, 1e3, "Tonnes")
  eq(units.parse("USD/GPUS").d.gpu, -1, "GPUS")
  for _ = 1, 2 do
    local u, e = units.parse("share of capex")
    eq(u, nil, "no unit")
    eq(e, "unknown unit 'of' in 'share of capex'", "the word that is no unit")
  end
end)

test("set_overrides_a_united_assumption", function()
  -- --set rate=3 stays in USD/GPU-hour: 1,000 × 3 = 3,000
  local r = run('assume "rate" { 2, unit = "USD/GPU-hour", source = "x" }\n' ..
    'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { rental { rate = rate } } }',
    { sets = { "rate=3" } })
  eq(r.scenarios[1].totals.cost.rental, 3000, "total")
end)

test("function_arguments_convert", function()
  -- wall_days takes GPU-hours and GPUs: 48 GPU-hours on 2 GPUs = 1 day; given as 2 days × 24 h... in hours
  local r = run('assume "gh" { 48, unit = "GPU-hours", source = "x" }\n' ..
    'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = gh }, pricing = { rental { rate = 2 } },\n' ..
    '  figure "days" { value = wall_days(gh, 2) } }')
  local f = r.scenarios[1].figures[#r.scenarios[1].figures]
  eq(f.value, 1, "days")
  eq(f.unit, "day", "unit")
  has(err('assume "e" { 5, unit = "kWh", source = "x" }\nlocal d = wall_days(e, 2)'),
    ":2: wall_days: argument 1 is GPU-hour but the value given is kWh (energy)")
end)

test("reconcile_fields_checked_from_the_declaration", function()
  has(err('scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, pricing = { rental { rate = 2 } },\n' ..
    '  reconcile = { stepz = {} } }'), ":1: scenario 's' reconcile: unknown field 'stepz' (did you mean 'steps'?)")
end)
