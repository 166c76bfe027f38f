-- dsl.lua: the scenario language. Each run makes a fresh instance with new();
-- its functions become the globals of the scenario's sandbox. Constructors
-- only check and record what the scenario says; model.lua computes.
local catalog = require "tcost.c.catalog"
local mc = require "tcost.c.mc"
local prim = require "tcost.c.prim"
local fields = require "tcost.fields"
local expect = require "tcost.lang.expect"

local fail, check = fields.fail, fields.check

local M = {}

-- What kind of spec each table made here is. Kept aside, in a weak table
-- only this module holds, so a scenario can neither see nor forge it.
local kinds = setmetatable({}, { __mode = "k" })

local function spec(kind, t)
  kinds[t] = kind
  return setmetatable(t, { __metatable = "tcost " .. kind, __name = "tcost." .. kind })
end

---The kind of a tcost spec ("phase", "pricing", "other", "figure", "scenario") or nil.
function M.kind(v)
  return kinds[v]
end

M.STAGES = { "pre-training", "context-extension", "post-training", "sft", "rl", "data-generation", "experiments", "other" }

local PHASE_FIELDS = {
  gpu = "any", gpu_hours = "value>=0", gpus = "value>0", hours = "value>=0", days = "value>=0",
  flops = "value>=0", params = "value>0", active_params = "value>0", tokens = "value>0",
  mfu = "fraction", precision = "string", stage = "string", headline = "boolean", watts = "value>0",
  note = "string", source = "string",
}

local function contains(list, v)
  for _, x in ipairs(list) do if x == v then return true end end
  return false
end

---Creates a scenario-language instance.
---@param ctx table { overrides = {[name]={value=,text=}}, shared = {[name]=def}, used = {}, env = table }
---@return table G globals for the sandbox
---@return table reg what the scenario declared
function M.new(ctx)
  local reg = { assumptions = {}, by_name = {}, scenarios = {}, by_scenario = {}, formats = {},
    correlations = {}, customs = {}, expects = {} }
  local G = {}

  -- Accelerators ---------------------------------------------------------
  local function find_gpu(name)
    local key = name:lower():gsub("[%s_%-]", "")
    for _, e in ipairs(reg.customs) do
      if e.name:lower():gsub("[%s_%-]", "") == key then return e end
    end
    local e, msg = catalog.get(name)
    if not e then fail("%s", msg) end
    return e
  end

  ---hw "H800" -> the catalog entry; hw { name = ..., tdp_w = ..., tflops = {...}, source = ... } defines one.
  function G.hw(x)
    if type(x) == "table" then
      local ok, e = pcall(catalog.validate, x)
      if not ok then fail("%s", tostring(e):gsub("^[^:]*:%d+: ", "")) end
      e.file, e.line = fields.where():match("^(.*):(%d+)$")
      reg.customs[#reg.customs + 1] = e
      return e
    end
    fields.name("hw", x)
    return find_gpu(x)
  end

  ---region "china" -> { usd_per_kwh =, kg_co2e_per_kwh =, sources = ... }
  function G.region(name)
    fields.name("region", name)
    local r, msg = catalog.region(name)
    if not r then fail("%s", msg) end
    return r
  end

  -- Assumptions ----------------------------------------------------------
  local function record(name, def, is_default)
    local value = def[1]
    if def.value ~= nil then
      if value ~= nil then fail("assumption '%s': give the value once (positionally or as value =)", name) end
      value = def.value
    end
    if value == nil then fail("assumption '%s': missing value", name) end
    if not fields.is_value(value) then
      fail("assumption '%s': value must be a finite number or an uncertain value (got %s)", name,
        type(value) == "number" and tostring(value) or type(value))
    end
    if reg.by_name[name] then
      local prev = reg.by_name[name]
      fail("assumption '%s' is already defined at %s:%d", name, prev.file or "?", prev.line or 0)
    end
    -- a built-in default is declared by tcost itself, not at a line of the scenario
    local file, line
    if not is_default then file, line = fields.where():match("^(.*):(%d+)$") end
    local a = { name = name, value = value, unit = def.unit, source = def.source, note = def.note,
      file = file, line = tonumber(line), overridden = false, default = is_default or nil }
    local shared = ctx.shared and ctx.shared[name]
    if shared then
      a.value, a.source, a.note = shared.value, shared.source, shared.note
      a.unit = shared.unit or a.unit
      a.from = shared.file
      ctx.shared_used[name] = true
    end
    local ov = ctx.overrides and ctx.overrides[name]
    if ov then
      a.value, a.overridden, a.override_text = ov.value, true, ov.text
      ctx.used[name] = true
    end
    if mc.isnode(a.value) then pcall(mc.label, a.value, name) end
    reg.assumptions[#reg.assumptions + 1] = a
    reg.by_name[name] = a
    if ctx.env and name:match("^[%a_][%w_]*$") and rawget(ctx.env, name) == nil then
      rawset(ctx.env, name, a.value)
    end
    return a.value
  end

  ---assume "rate" { 2.00, unit = "USD/GPU-hour", source = "...", note = "..." } -> the value
  function G.assume(name)
    fields.name("assume", name)
    -- Lua calls assume "x" before it builds the table, so a distribution
    -- that fails inside { ... } can name the assumption it was meant for
    reg.assuming = name
    return function(def)
      reg.assuming = nil
      if type(def) ~= "table" or mc.isnode(def) then def = { def } end
      check("assumption '" .. name .. "'", def, { value = "any", unit = "string", source = "string", note = "string" })
      if #def > 1 then fail("assumption '%s': one value only, then named fields", name) end
      return record(name, def)
    end
  end

  ---The value of a built-in default assumption, declared on first use so it is listed with its source.
  function reg.default(name, def)
    local a = reg.by_name[name]
    if a then return a.value end
    return record(name, def, true)
  end

  -- Phases ---------------------------------------------------------------
  function G.phase(name)
    fields.name("phase", name)
    return function(def)
      local what = "phase '" .. name .. "'"
      check(what, def, PHASE_FIELDS, { "gpu" })
      if #def > 0 then fail("%s: unexpected positional value; name every field", what) end
      local gpu = def.gpu
      if type(gpu) == "string" then gpu = find_gpu(gpu)
      elseif type(gpu) ~= "table" or type(gpu.name) ~= "string" or type(gpu.tflops) ~= "table" then
        fail("%s: field 'gpu' must be an accelerator from hw \"...\" or its name", what)
      end
      local forms = {}
      if def.gpu_hours ~= nil then forms[#forms + 1] = "gpu_hours" end
      if def.hours ~= nil or def.days ~= nil then
        if def.hours ~= nil and def.days ~= nil then fail("%s: give hours or days, not both", what) end
        if def.gpus == nil then fail("%s: %s needs gpus (the cluster size)", what, def.hours and "hours" or "days") end
        forms[#forms + 1] = "gpus × " .. (def.hours and "hours" or "days")
      end
      if def.flops ~= nil then forms[#forms + 1] = "flops" end
      if def.params ~= nil or def.active_params ~= nil or def.tokens ~= nil then
        if def.tokens == nil then fail("%s: params needs tokens (6·N·D)", what) end
        if def.params == nil and def.active_params == nil then fail("%s: tokens needs params or active_params", what) end
        forms[#forms + 1] = "params × tokens"
      end
      if #forms == 0 then
        fail("%s: give the work as gpu_hours, gpus with hours (or days), flops with mfu, or params and tokens with mfu", what)
      elseif #forms > 1 then
        fail("%s: give the work one way only (got %s)", what, table.concat(forms, " and "))
      end
      local needs_mfu = forms[1] == "flops" or forms[1] == "params × tokens"
      if needs_mfu and def.mfu == nil then fail("%s: %s needs mfu (the utilization of peak FLOPS)", what, forms[1]) end
      if not needs_mfu and def.mfu ~= nil then fail("%s: mfu applies only to flops or params × tokens", what) end
      if def.precision and not contains(catalog.precisions(), def.precision) then
        local hint = fields.suggest(def.precision, catalog.precisions())
        fail("%s: unknown precision '%s'%s", what, def.precision, hint and (" (did you mean '" .. hint .. "'?)") or "")
      end
      if needs_mfu then
        local p = def.precision or "bf16"
        if not gpu.tflops[p] then fail("%s: %s has no %s peak in the catalog", what, gpu.name, p) end
      end
      if def.watts == nil and not gpu.tdp_w then
        fail("%s: %s has no TDP in the catalog; give watts = ... (power per accelerator) for its energy", what,
          gpu.name)
      end
      if def.stage and not contains(M.STAGES, def.stage) then
        local hint = fields.suggest(def.stage, M.STAGES)
        fail("%s: unknown stage '%s' (%s)", what, def.stage,
          hint and ("did you mean '" .. hint .. "'?") or ("known: " .. table.concat(M.STAGES, ", ")))
      end
      local file, line = fields.where():match("^(.*):(%d+)$")
      local p = { name = name, form = forms[1], file = file, line = tonumber(line) }
      for k, v in pairs(def) do p[k] = v end
      p.gpu = gpu
      return spec("phase", p)
    end
  end

  -- Pricing models -------------------------------------------------------
  local function pricing(kind, fieldspec, required)
    return function(def)
      check(kind, def, fieldspec, required)
      local p = { kind = kind }
      for k, v in pairs(def) do p[k] = v end
      return spec("pricing", p)
    end
  end

  ---rental { rate = 2 } or rental { rates = { H800 = 2, H100 = 2.5 } }; optional discount (0..1) for commitments.
  G.rental = function(def)
    local p = pricing("rental", { rate = "value>=0", rates = "table", discount = "fraction",
      name = "string", label = "string", source = "string" })(def)
    if (p.rate == nil) == (p.rates == nil) then fail("rental: give rate (one for every accelerator) or rates (per accelerator)") end
    if p.rates then
      local byname, keys = {}, {}
      for k in pairs(p.rates) do
        if type(k) ~= "string" then fail("rental: rates are keyed by accelerator name") end
        keys[#keys + 1] = k
      end
      table.sort(keys) -- checked in a fixed order, so the same error every run
      for _, k in ipairs(keys) do
        if not fields.is_value(p.rates[k]) then fail("rental: rate for '%s' must be a finite number", k) end
        byname[find_gpu(k).name] = p.rates[k]
      end
      p.rates = byname
    end
    return p
  end
  G.own = pricing("ownership", { units = "value>0", unit_price = "value>=0", server_factor = "value>0",
    network_factor = "value>0", life_years = "value>0", residual = "fraction", depreciation = "string",
    oom_per_year = "value>=0", cost_of_capital = "value>=0", utilization = "fraction", maintenance = "value>=0",
    energy = "boolean", name = "string", label = "string", source = "string" },
    { "units", "unit_price", "life_years", "utilization" })
  G.buy = pricing("purchase", { units = "value>0", unit_price = "value>=0", server_factor = "value>0",
    network_factor = "value>0", name = "string", label = "string", source = "string" }, { "units", "unit_price" })

  ---custom "name" (function(phase) return usd end): a pricing model written in Lua.
  function G.custom(name)
    fields.name("custom", name)
    return function(fn)
      if type(fn) ~= "function" then fail("custom '%s': expected a function(phase) returning USD", name) end
      return spec("pricing", { kind = "custom", name = name, fn = fn })
    end
  end

  -- Other costs ----------------------------------------------------------
  local function other(kind, default_name, fieldspec, required)
    fieldspec.name, fieldspec.source, fieldspec.note = "string", "string", "string"
    return function(def)
      check(kind, def, fieldspec, required)
      local o = { kind = kind, name = def.name or default_name }
      for k, v in pairs(def) do o[k] = v end
      local file, line = fields.where():match("^(.*):(%d+)$")
      o.file, o.line = file, tonumber(line)
      return spec("other", o)
    end
  end
  G.staff = other("staff", "Staff", { headcount = "value>=0", annual_cost = "value>=0", years = "value>=0" },
    { "headcount", "annual_cost", "years" })
  G.data = other("data", "Data", { units = "value>=0", unit_price = "value>=0", amount = "value>=0" })
  G.fixed = other("fixed", "Fixed cost", { amount = "value>=0" }, { "amount" })
  G.experiments = other("experiments", "Experiments and ablations", { multiple = "value>=0", phases = "table" },
    { "multiple" })

  ---figure "Implied MFU" { value = ..., unit = "ratio", note = "..." }: a derived number to show.
  function G.figure(name)
    fields.name("figure", name)
    return function(def)
      check("figure '" .. name .. "'", def, { value = "value", unit = "string", note = "string", source = "string" },
        { "value" })
      return spec("figure", { name = name, value = def.value, unit = def.unit, note = def.note, source = def.source })
    end
  end

  -- Scenarios ------------------------------------------------------------
  -- tokens, params and flops describe what the run trained on, for its
  -- training FLOPs, implied MFU and cost per trillion tokens
  local SCENARIO_FIELDS = { pricing = "table", description = "string", energy = "table", reconcile = "table",
    phases = "table", tokens = "value>0", params = "value>0", flops = "value>0", precision = "string" }
  function G.scenario(name)
    fields.name("scenario", name)
    local file, line = fields.where():match("^(.*):(%d+)$")
    return function(def)
      local what = "scenario '" .. name .. "'"
      check(what, def, SCENARIO_FIELDS)
      if reg.by_scenario[name] then fail("%s is defined twice (first at line %d)", what, reg.by_scenario[name].line) end
      local s = { name = name, description = def.description, file = file, line = tonumber(line),
        phases = {}, other = {}, figures = {}, pricing = {}, energy = def.energy or {}, reconcile = def.reconcile,
        tokens = def.tokens, params = def.params, flops = def.flops, precision = def.precision }
      if def.flops ~= nil and def.params ~= nil then fail("%s: give flops or params with tokens, not both", what) end
      if def.params ~= nil and def.tokens == nil then fail("%s: params needs tokens (6·N·D)", what) end
      if def.precision and not contains(catalog.precisions(), def.precision) then
        local hint = fields.suggest(def.precision, catalog.precisions())
        fail("%s: unknown precision '%s'%s", what, def.precision, hint and (" (did you mean '" .. hint .. "'?)") or "")
      end
      local seen = {}
      local function add(item, depth)
        local k = M.kind(item)
        if k == "phase" then
          if seen[item.name] then fail("%s: two phases named '%s'", what, item.name) end
          seen[item.name] = true
          s.phases[#s.phases + 1] = item
        elseif k == "other" then s.other[#s.other + 1] = item
        elseif k == "figure" then s.figures[#s.figures + 1] = item
        elseif k == "pricing" then s.pricing[#s.pricing + 1] = item
        elseif type(item) == "table" and k == nil and depth < 8 then
          local named
          for key in next, item do
            if math.type(key) ~= "integer" and (named == nil or tostring(key) < named) then named = tostring(key) end
          end
          if named then
            fail("%s: a table with named fields in the list (%s = ...); write phase \"name\" { ... }", what, named)
          end
          for _, x in ipairs(item) do add(x, depth + 1) end
        else
          fail("%s: unexpected %s in the list (expected phases, costs, figures or lists of them)", what, type(item))
        end
      end
      for _, item in ipairs(def) do add(item, 0) end
      for _, item in ipairs(def.phases or {}) do add(item, 0) end
      for _, p in ipairs(def.pricing or {}) do
        if M.kind(p) ~= "pricing" then fail("%s: pricing must list rental{...}, own{...}, buy{...} or custom", what) end
        add(p, 0)
      end
      if #s.pricing == 0 and (#s.phases > 0) then
        fail("%s: no pricing model; add pricing = { rental { rate = ... } }", what)
      end
      local keys = {}
      for _, p in ipairs(s.pricing) do
        local key = p.name or ({ rental = "rental", ownership = "own", purchase = "buy" })[p.kind] or p.kind
        if keys[key] then fail("%s: two pricing models named '%s'; give each a name = \"...\"", what, key) end
        keys[key] = true
        p.key = key
      end
      local energy_fields = { pue = "value>0", power_ratio = "value>0", server_factor = "value>0",
        price = "value>=0", carbon = "value>=0", region = "string" }
      check(what .. " energy", s.energy, energy_fields)
      local sc = spec("scenario", s)
      reg.scenarios[#reg.scenarios + 1] = sc
      reg.by_scenario[name] = sc
      return sc
    end
  end

  -- Expectations ---------------------------------------------------------
  ---expect "energy" { 433e3, unit = "kWh", within = 0.01, source = "..." }: a published figure the
  ---scenario must reproduce; checked after the run (see lang/expect.lua for the names and fields).
  function G.expect(name)
    fields.name("expect", name)
    return function(def)
      local e = expect.declare(name, def)
      e.file, e.line = fields.where():match("^(.*):(%d+)$")
      e.line = tonumber(e.line)
      reg.expects[#reg.expects + 1] = e
    end
  end

  -- Uncertainty ----------------------------------------------------------
  local function wrap(fname, f)
    return function(...)
      local ok, v = pcall(f, ...)
      if not ok then
        local msg = tostring(v):gsub("^[^:]*:%d+: ", "")
        if reg.assuming then msg = "assumption '" .. reg.assuming .. "': " .. msg end
        fail("%s", msg)
      end
      return v
    end
  end
  for _, n in ipairs({ "point", "uniform", "normal", "lognormal", "range", "triangular", "pert", "beta",
    "choice", "mixture", "truncate" }) do
    G[n] = wrap(n, mc[n])
  end
  G.lognormal_ms = wrap("lognormal_ms", mc.lognormal_ms)
  ---min/max of numbers or uncertain values.
  G.min = function(a, b) if mc.isnode(a) or mc.isnode(b) then return mc.min(a, b) end return math.min(a, b) end
  G.max = function(a, b) if mc.isnode(a) or mc.isnode(b) then return mc.max(a, b) end return math.max(a, b) end
  ---P(x:gt(1e7)) or P(x, ">", 1e7): the probability, reported as an uncertain 0/1 whose mean is it.
  function G.P(x, op, y)
    if op ~= nil then
      local m = ({ [">"] = "gt", [">="] = "ge", ["<"] = "lt", ["<="] = "le" })[op]
      if not m then fail("P: operator must be one of > >= < <= (got %s)", tostring(op)) end
      if not mc.isnode(x) then fail("P: the first argument must be an uncertain value") end
      x = x[m](x, y)
    end
    return x
  end
  ---correlate("rate", "h800_price", 0.6): rank correlation between two uncertain assumptions.
  function G.correlate(a, b, rho)
    local where = fields.where()
    reg.correlations[#reg.correlations + 1] = { a = a, b = b, rho = rho, where = where }
  end

  -- Primitives, under their own names --------------------------------------
  for _, p in ipairs(prim.list()) do
    G[p.name] = wrap(p.name, prim[p.name])
  end

  ---format "latex" (function(result, out) ... end): a user-defined output format.
  function G.format(name)
    fields.name("format", name)
    local file, line = fields.where():match("^(.*):(%d+)$")
    return function(fn)
      if type(fn) ~= "function" then fail("format '%s': expected a function(result, out)", name) end
      reg.formats[name] = { fn = fn, file = file, line = tonumber(line) }
    end
  end

  ---bundled("module", function(...) ... end): a module inlined by `tcost bundle`.
  function G.bundled(name, fn)
    fields.name("bundled", name)
    if type(fn) ~= "function" then fail("bundled '%s': expected a function", name) end
    ctx.bundled = ctx.bundled or {}
    ctx.bundled[name] = fn
  end

  return G, reg
end

return M
