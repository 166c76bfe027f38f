-- lang/expect.lua: expectations, the published figures a scenario states it
-- must reproduce. declare() checks what `expect "energy" { ... }` says;
-- evaluate() compares each with the summarized result and attaches the
-- outcome to its scenario as s.checks, which every format shows and
-- `tcost validate` collects. Which measures exist, where their values sit in
-- the result and which units a published figure may use is said here only.
local fields = require "tcost.lang.fields"
local units = require "tcost.lib.units"

local M = {}

local USD = { USD = 1, kUSD = 1e3, MUSD = 1e6 }

-- Each measure: its field in a scenario's totals and in a phase row (nil: not
-- per phase), whether it needs a pricing model, its base unit, and the units a
-- published figure may be written in (factor to the base unit).
M.MEASURES = {
  gpu_hours = { total = "gpu_hours", phase = "gpu_hours", unit = "GPU-h",
    units = { ["GPU-h"] = 1, ["GPU-hours"] = 1, ["chip-h"] = 1, ["chip-hours"] = 1 } },
  energy = { total = "energy_kwh", phase = "energy_kwh", unit = "kWh",
    units = { Wh = 1e-3, kWh = 1, MWh = 1e3, GWh = 1e6 } },
  carbon = { total = "carbon_kg", phase = "carbon_kg", unit = "kg CO2e",
    units = { ["kg CO2e"] = 1, ["t CO2e"] = 1e3 } },
  energy_cost = { total = "energy_cost", phase = "energy_cost", unit = "USD", units = USD },
  cost = { pricing = true, phase = "cost", unit = "USD", units = USD },
  cost_per_trillion_tokens = { pricing = true, unit = "USD", units = USD },
  flops = { total = "flops", phase = "flops", unit = "FLOP", units = { FLOP = 1 } },
  mfu = { total = "mfu", unit = "ratio", units = { ratio = 1, ["%"] = 0.01 } },
  days = { total = "days", phase = "days", unit = "days", units = { days = 1, hours = 1 / 24 } },
}

-- inside = 0.9 tests p5..p95, inside = 0.5 tests p25..p75: the percentiles every summary holds
local INTERVALS = { [0.9] = { "p5", "p95" }, [0.5] = { "p25", "p75" } }

M.DEFAULT_WITHIN = 0.01

local function sorted(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  return keys
end

---The measures an expectation may name, sorted.
---@return string[]
function M.measure_names()
  return sorted(M.MEASURES)
end

---Checks an expectation as written and returns it normalized; raises a
---one-line error at the scenario's line on a mistake. Its fields are
---declared in lang/api.lua (constructor expect); what depends on the
---measure (units, phase, pricing) is checked here.
---@param name string the measure: gpu_hours, energy, carbon, energy_cost, cost, cost_per_trillion_tokens, flops, mfu, days
---@param def table { value, unit=, within=, source=, phase=, pricing=, scenario=, percentile=, inside=, fails=, note= }
---@return table
function M.declare(name, def)
  local what = "expect '" .. name .. "'"
  local m = M.MEASURES[name]
  if not m then
    local hint = fields.suggest(name, sorted(M.MEASURES))
    fields.fail("%s: unknown measure%s", what, hint and (" (did you mean '" .. hint .. "'?)") or
      (" (known: " .. table.concat(sorted(M.MEASURES), ", ") .. ")"))
  end
  if type(def) ~= "table" then def = { def } end
  fields.validate(what, def, require("tcost.lang.api").constructor("expect").fields, {}, "expect")
  local value = def[1]
  if #def ~= 1 or math.type(value) == nil or value ~= value or value == math.huge or value == -math.huge
    or value == 0 then
    fields.fail("%s: give the published figure first, one finite non-zero number (e.g. expect \"%s\" { 1.2e6, ... })",
      what, name)
  end
  local unit = def.unit or m.unit
  if not m.units[unit] then
    fields.fail("%s: unit '%s' does not measure %s (units: %s)", what, unit, name, table.concat(sorted(m.units), ", "))
  end
  if def.phase and not m.phase then fields.fail("%s: %s is a total of the run; drop phase =", what, name) end
  if def.pricing and not m.pricing then fields.fail("%s: pricing = applies to cost only", what) end
  if def.inside ~= nil and (def.percentile ~= nil or def.within ~= nil) then
    fields.fail("%s: inside tests the interval; percentile and within do not apply", what)
  end
  return { name = name, value = value, unit = unit, within = def.within or M.DEFAULT_WITHIN, source = def.source,
    note = def.note, phase = def.phase, pricing = def.pricing, scenario = def.scenario,
    percentile = def.percentile, inside = def.inside, fails = def.fails }
end

local function located(e, fmt, ...)
  error(string.format("%s:%d: ", e.file or "?", e.line or 0) .. string.format(fmt, ...), 0)
end

-- The value (a number or a summary) an expectation compares with.
local function value_of(e, s)
  local m = M.MEASURES[e.name]
  local key
  if m.pricing then
    key = e.pricing
    if not key then
      if #s.pricing ~= 1 then
        located(e, "expect '%s': scenario '%s' has %d pricing models; say which with pricing = \"...\"", e.name,
          s.name, #s.pricing)
      end
      key = s.pricing[1].key
    end
    local known = false
    for _, p in ipairs(s.pricing) do known = known or p.key == key end
    if not known then
      local keys = {}
      for _, p in ipairs(s.pricing) do keys[#keys + 1] = p.key end
      located(e, "expect '%s': scenario '%s' has no pricing model '%s' (models: %s)", e.name, s.name, key,
        table.concat(keys, ", "))
    end
  end
  local where = s.totals
  if e.phase then
    where = nil
    for _, r in ipairs(s.phases) do if r.name == e.phase then where = r end end
    if not where then located(e, "expect '%s': scenario '%s' has no phase '%s'", e.name, s.name, e.phase) end
  end
  local v
  if e.name == "cost" then
    v = where.cost[key]
  elseif e.name == "cost_per_trillion_tokens" then
    local tokens = s.totals.tokens
    if type(tokens) ~= "number" then
      located(e, "expect '%s': scenario '%s' needs a known number of tokens = ...", e.name, s.name)
    end
    v = M.scale(where.cost[key], 1e12 / tokens)
  else
    v = where[e.phase and m.phase or m.total]
  end
  if v == nil then
    local why = ({ flops = "give the scenario tokens and params (or flops)",
      mfu = "give the scenario tokens and params (or flops), on accelerators with a peak for its precision",
      days = "give every phase its gpus" })[e.name] or "no such value"
    located(e, "expect '%s': scenario '%s' has no %s (%s)", e.name, s.name, e.name, why)
  end
  return v, key
end

---A number or summary multiplied by k (every statistic of a summary scales).
function M.scale(v, k)
  if type(v) == "number" then return v * k end
  local out = {}
  for f, x in pairs(v) do out[f] = (type(x) == "number" and f ~= "sd") and x * k or x end
  if v.sd then out.sd = v.sd * math.abs(k) end
  out.hist = nil
  return out
end

-- Compares one expectation with its value; returns the check.
local function compare(e, v, key)
  local factor = M.MEASURES[e.name].units[e.unit]
  local c = { measure = e.name, phase = e.phase, pricing = key, unit = e.unit, published = e.value,
    within = e.within, percentile = e.percentile, inside = e.inside, reason = e.fails, source = e.source,
    note = e.note, file = e.file, line = e.line }
  local passed
  if e.inside then
    local lo, hi
    if type(v) == "number" then lo, hi = v, v else
      local f = INTERVALS[e.inside]
      lo, hi = v[f[1]], v[f[2]]
    end
    c.low, c.high = lo / factor, hi / factor
    c.value = (type(v) == "number" and v or v.p50) / factor
    c.within = nil
    passed = c.low <= e.value and e.value <= c.high
  else
    local x = type(v) == "number" and v or (e.percentile and v["p" .. e.percentile] or v.mean)
    c.value = x / factor
    passed = math.abs(c.value - e.value) <= e.within * math.abs(e.value)
  end
  c.diff = (c.value - e.value) / math.abs(e.value)
  if passed then c.status = e.fails and "unexpected pass" or "pass"
  else c.status = e.fails and "expected fail" or "fail" end
  c.ok = c.status == "pass" or c.status == "expected fail"
  return c
end

---Compares every expectation with the summarized scenarios; each scenario
---gets s.checks (in the order written). Raises, located at the expectation,
---when one names no scenario, phase or pricing model of the run.
---@param scenarios table[] summarized scenarios of the result
---@param expects table[] from declare(), with file and line
function M.evaluate(scenarios, expects)
  local by_name = {}
  for _, s in ipairs(scenarios) do by_name[s.name] = s end
  for _, e in ipairs(expects) do
    local s
    if e.scenario then
      s = by_name[e.scenario]
      if not s then located(e, "expect '%s': no scenario named '%s' in this file", e.name, e.scenario) end
    elseif #scenarios == 1 then
      s = scenarios[1]
    else
      located(e, "expect '%s': this file has %d scenarios; say which with scenario = \"...\"", e.name, #scenarios)
    end
    local v, key = value_of(e, s)
    s.checks = s.checks or {}
    s.checks[#s.checks + 1] = compare(e, v, key)
  end
end

---A short name of what a check compares: "energy", "cost [rental]", "carbon (Pre-training) p50".
---@param c table a check
---@return string
function M.label(c)
  local parts = { c.measure }
  if c.pricing then parts[#parts + 1] = "[" .. c.pricing .. "]" end
  if c.phase then parts[#parts + 1] = "(" .. c.phase .. ")" end
  if c.percentile then parts[#parts + 1] = "p" .. c.percentile end
  if c.inside then parts[#parts + 1] = string.format("in %g%% interval", c.inside * 100) end
  return table.concat(parts, " ")
end

---A check's figures in the unit to show them in: a percentage is shown as a
---ratio (the formatter prints it as a percentage), any other unit as written.
---@param c table a check
---@return number published, number value, number|nil low, number|nil high, string unit
function M.shown(c)
  if c.unit == "%" then
    return c.published / 100, c.value / 100, c.low and c.low / 100, c.high and c.high / 100, "ratio"
  end
  return c.published, c.value, c.low, c.high, c.unit
end

---The relative difference and the tolerance of a check as text: "+0.18%", "±1%".
---@param c table a check
---@return string diff, string within
function M.tolerance(c)
  local within = c.inside and string.format("inside p%d–p%d", c.inside == 0.9 and 5 or 25, c.inside == 0.9 and 95 or 75)
    or string.format("±%g%%", c.within * 100)
  local diff = math.abs(c.diff) < 5e-5 and "+0.00%" or string.format("%+.2f%%", c.diff * 100) -- never "-0.00%"
  return diff, within
end

---The cells of a check as text: published, tcost, difference, tolerance.
---@param c table a check
---@return string published, string tcost, string diff, string within
function M.cells(c)
  local pub, val, lo, hi, unit = M.shown(c)
  local f = units.formatter(unit)
  local diff, within = M.tolerance(c)
  -- The published figure is shown with the digits its source gave (1,287 MWh,
  -- not 1290), and tcost's with as many, so the two read side by side.
  local n = M.digits(pub)
  return f(pub, n), c.inside and (f(lo, n) .. "–" .. f(hi, n)) or f(val, n), diff, within
end

---The significant figures a published number was given with: 3 at least (the
---reports' rule), 6 at most.
---@param x number
---@return integer
function M.digits(x)
  for n = 3, 5 do
    local shown = tonumber(string.format("%." .. (n - 1) .. "e", x))
    if math.abs(shown - x) <= 1e-9 * math.abs(x) then return n end
  end
  return 6
end

---One line saying what went wrong with a check that is not ok, located at its expectation.
---@param c table a check
---@param scenario string
---@return string
function M.problem(c, scenario)
  local published, value, diff, within = M.cells(c)
  local head = string.format("%s:%d: check %s of '%s' ", c.file or "?", c.line or 0, M.label(c), scenario)
  if c.status == "unexpected pass" then
    return head .. string.format("was expected to fail (%s) but passes: published %s, tcost %s (%s, %s)", c.reason,
      published, value, diff, within)
  end
  return head .. string.format("failed: published %s, tcost %s (%s, allowed %s)", published, value, diff, within)
end

---Every check of a result that is not ok, as lines for stderr.
---@param result table
---@return string[]
function M.problems(result)
  local lines = {}
  for _, s in ipairs(result.scenarios or {}) do
    for _, c in ipairs(s.checks or {}) do
      if not c.ok then lines[#lines + 1] = M.problem(c, s.name) end
    end
  end
  return lines
end

return M
