-- lang/dsl.lua: the scenario language. Each run makes a fresh instance with new();
-- its functions become the globals of the scenario's sandbox. Constructors
-- only check and record what the scenario says; model.lua computes.
local catalog = require "tcost.c.catalog"
local mc = require "tcost.c.mc"
local prim = require "tcost.c.prim"
local fields = require "tcost.lang.fields"
local market = require "tcost.model.market"
local cluster = require "tcost.model.cluster"
local expect = require "tcost.lang.expect"
local messages = require "tcost.lang.messages"
local units = require "tcost.lang.units"
local api = require "tcost.lang.api"
local dates = require "tcost.model.dates"

local fail = fields.fail

local M = {}

-- What kind of spec each handle made here is, and the validated copy behind
-- it. Kept aside, in weak tables only this module holds, so a scenario can
-- neither see nor forge them, nor change a spec after it was checked: the
-- handle a scenario holds is read-only, and the model reads the copy.
local kinds = setmetatable({}, { __mode = "k" })
local datas = setmetatable({}, { __mode = "k" })

local function spec(kind, t)
  local handle = setmetatable({}, {
    __metatable = "tcost " .. kind, __name = "tcost." .. kind,
    __index = function(_, k) local v = t[k]; if type(v) == "table" then return fields.copy(v) end return v end,
    __newindex = function(_, k)
      error(string.format("%s '%s' is read-only once declared; set '%s' inside its { ... }", kind,
        tostring(t.name or t.kind), tostring(k)), 2)
    end,
  })
  kinds[handle], datas[handle] = kind, t
  return handle
end

---The kind of a tcost spec ("phase", "pricing", "other", "figure", "scenario") or nil.
function M.kind(v)
  return kinds[v]
end

---The validated data behind a spec handle (nil for anything else).
function M.data(v)
  return datas[v]
end

M.STAGES = api.STAGES

local function decl(name) return assert(api.constructor(name), name).fields end

-- An ISO date field ("2019-10-01") as a parsed date, or a clear error.
local function date_field(what, field, v)
  if v == nil then return nil end
  local d, err = dates.parse(v)
  if not d then fail("%s: field '%s': %s", what, field, err) end
  return d
end

---Creates a scenario-language instance.
---@param ctx table { overrides = {[name]={value=,text=}}, shared = {[name]=def}, used = {}, env = table }
---@return table G globals for the sandbox
---@return table reg what the scenario declared
function M.new(ctx)
  local reg = { assumptions = {}, by_name = {}, scenarios = {}, by_scenario = {}, formats = {},
    correlations = {}, customs = {}, warnings = {}, expects = {},
    rates = {} }
  local G = {}

  -- A value outside its plausible range: a warning, located at the scenario line.
  local function warn(msg)
    if ctx.strict then fail("%s (an error under --strict)", msg) end
    local file, line = fields.where():match("^(.*):(%d+)$")
    reg.warnings[#reg.warnings + 1] = { file = file, line = tonumber(line), message = msg }
  end
  -- A value with a unit given to a field: converted to the field's unit, or
  -- an error naming both units. A plain number takes the field's unit.
  local function convert(what, f, v)
    if not units.is(v) then return v end
    if not f.unit then
      fail("%s: field '%s' takes a plain number, not a value in %s", what, f[1], units.show(units.unit(v)))
    end
    local ok, r = pcall(units.convert, v, f.unit, what .. ": field '" .. f[1] .. "'", reg.rates)
    if not ok then fail("%s", r) end
    return r
  end
  local function check_unit(what, f, text)
    local u, err = units.parse(text, reg.rates)
    if not u then fail("%s: field '%s': %s", what, f[1], err) end
  end
  local vopts = { warn = warn, convert = convert, unit = check_unit }

  -- Calls build(name, def) for `kind "name" { ... }`, and, where the name is
  -- optional, for `kind { ... }` too.
  local function shaped(kind, optional, build)
    return function(x)
      if type(x) == "string" then
        fields.name(kind, x)
        return function(def)
          if type(def) ~= "table" or kinds[def] then
            fail("%s \"%s\" takes a table of fields: %s \"%s\" { ... } (got %s)", kind, x, kind, x, type(def))
          end
          return build(x, def)
        end
      end
      if optional and type(x) == "table" and not kinds[x] then
        if rawget(x, "name") ~= nil then
          -- a name must be printable before a message shows it
          if type(rawget(x, "name")) == "string" then fields.name(kind, rawget(x, "name")) end
          fail("%s: give the name first, %s \"%s\" { ... }, not as a field", kind, kind, tostring(rawget(x, "name")))
        end
        return build(nil, x)
      end
      if optional then
        fail("%s takes a table of fields, optionally after a name: %s { ... } or %s \"name\" { ... } (got %s)",
          kind, kind, kind, type(x))
      end
      fail("%s needs a name string first, e.g. %s \"name\" { ... } (got %s)", kind, kind, type(x))
    end
  end

  -- Accelerators ---------------------------------------------------------
  local function find_gpu(name)
    for _, e in ipairs(reg.customs) do
      if catalog.same_name(e.name, name) then return e end
    end
    local e, msg = catalog.get(name)
    if not e then fail("%s", msg) end
    return e
  end

  ---hw "H800" -> the catalog entry; hw { name = ..., tdp_w = ..., tflops = {...}, source = ... } defines one.
  function G.hw(x)
    if type(x) == "table" then
      local ok, e = pcall(catalog.validate, fields.copy(x))
      if not ok then fail("%s", tostring(e):gsub("^[^:]*:%d+: ", "")) end
      e.file, e.line = fields.where():match("^(.*):(%d+)$")
      reg.customs[#reg.customs + 1] = e
      return fields.copy(e)
    end
    fields.name("hw", x)
    return find_gpu(x)
  end

  -- Regions are tables marked here, so a region object works wherever a region name does.
  local regions = setmetatable({}, { __mode = "k" })
  ---region "china" -> { key =, name =, usd_per_kwh =, kg_co2e_per_kwh =, sources = ... }
  function G.region(name)
    fields.name("region", name)
    local r, msg = catalog.region(name)
    if not r then fail("%s", msg) end
    regions[r] = r.key
    -- a metatable keeps it one object through the copies of validation
    return setmetatable(r, { __metatable = "tcost region", __newindex = function()
      error("a region is read-only", 2)
    end })
  end
  local function region_key(what, v)
    if type(v) == "table" and regions[v] then return regions[v] end
    if type(v) ~= "string" then fail("%s: field 'region' must be region \"NAME\" or a region's name (got %s)", what, type(v)) end
    local r, msg = catalog.region(v)
    if not r then fail("%s: %s", what, msg) end
    return r.key
  end

  -- Dated market prices (model/market.lua) ------------------------------
  -- Each answer is declared as a built-in assumption named after the
  -- question, so the report lists it with the observations' sources.
  local function market_args(fn, gpu, date, opts)
    if type(gpu) == "table" and type(gpu.name) == "string" then gpu = gpu.name end
    if type(gpu) ~= "string" then fail("%s: the accelerator must be a name or hw \"...\" (got %s)", fn, type(gpu)) end
    local e = find_gpu(gpu)
    if e.custom then fail("%s: %s is a custom accelerator: it has no built-in prices", fn, e.name) end
    if type(date) ~= "string" then fail("%s: the date must be a string like \"2026-03\" (got %s)", fn, type(date)) end
    if opts ~= nil and type(opts) ~= "table" then fail("%s: options must be a table (got %s)", fn, type(opts)) end
    opts = opts or {}
    opts = fields.copy(opts)
    fields.validate(fn, opts, decl(fn), {}, fn)
    return e, opts
  end
  local function protected(fn, f, ...)
    local ok, a, b, c = pcall(f, ...)
    if not ok then fail("%s: %s", fn, tostring(a)) end
    return a, b, c
  end

  ---rent_as_of("H100", "2026-03", "3-year", { class = "hyperscaler" }) -> USD per GPU-hour: the
  ---observation nearest that date, or Epoch's fallback (3-year -> 1-year -> on-demand) with its discounts.
  function G.rent_as_of(gpu, date, commitment, opts)
    local e
    e, opts = market_args("rent_as_of", gpu, date, opts)
    local usd, o, how = protected("rent_as_of", market.rent_as_of, e.key, date, commitment, opts)
    local name = string.format("rent.%s.%s.%s%s", e.key, date, commitment, opts.class and ("." .. opts.class) or "")
    local src = how .. "; " .. o.source.source .. " [" .. o.source.status .. ", " .. o.source.date .. "]"
    if o.commitment ~= commitment then src = src .. "; " .. market.DISCOUNT_SOURCE end
    return reg.default(name, { usd, unit = "USD/GPU-hour", source = src, note = o.note })
  end

  ---price_as_of("H100", "2023-06", { scope = "server" }) -> USD per GPU: the purchase observation nearest that date.
  function G.price_as_of(gpu, date, opts)
    local e
    e, opts = market_args("price_as_of", gpu, date, opts)
    local usd, o, how = protected("price_as_of", market.price_as_of, e.key, date, opts)
    local name = string.format("price.%s.%s%s", e.key, date, opts.scope and ("." .. opts.scope) or "")
    return reg.default(name, { usd, unit = "USD", note = o.note,
      source = how .. "; " .. o.source.source .. " [" .. o.source.status .. ", " .. o.source.date .. "]" })
  end

  ---market("H100", "2026-03", "on-demand", { class =, window = 6 }) -> the spread of the rental
  ---observations within `window` months of the date, as an uncertain value (each observation equally likely).
  function G.market(gpu, date, commitment, opts)
    local e
    e, opts = market_args("market", gpu, date, opts)
    local values, obs = protected("market", market.spread, e.key, date, commitment, opts)
    local lo, hi = math.huge, -math.huge
    for _, v in ipairs(values) do lo, hi = math.min(lo, v), math.max(hi, v) end
    local value = lo == hi and lo or mc.choice(values)
    local name = string.format("market.%s.%s.%s%s", e.key, date, commitment, opts.class and ("." .. opts.class) or "")
    local src = string.format("%d %s %s observations within %g months of %s, $%s to $%s per GPU-hour: %s",
      #values, e.name, commitment, opts.window or 6, date, market.money(lo), market.money(hi), market.cite(obs))
    return reg.default(name, { value, unit = "USD/GPU-hour", source = src,
      note = "the spread of dated observations, each equally likely (tcost hw " .. e.key .. " --prices)" })
  end

  -- Assumptions ----------------------------------------------------------
  local function record(name, def, is_default)
    local value = def[1]
    if def.value ~= nil then
      if value ~= nil then fail("assumption '%s': give the value once (positionally or as value =)", name) end
      value = def.value
    end
    if value == nil then fail("assumption '%s': missing value", name) end
    -- a value with a unit: converted to the declared unit, or its own unit when none is declared
    if units.is(value) then
      if def.unit then
        local ok, r = pcall(units.convert, value, def.unit, "assumption '" .. name .. "'", reg.rates)
        if not ok then fail("%s", r) end
        value = r
      else
        def.unit = units.show(units.unit(value))
        value = units.raw(value)
      end
    end
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
      a.replaced = a.value -- what --set replaced (a correlation may name it: model.build)
      a.value, a.overridden, a.override_text = ov.value, true, ov.text
      ctx.used[name] = true
    end
    if mc.isnode(a.value) then pcall(mc.label, a.value, name) end
    reg.assumptions[#reg.assumptions + 1] = a
    reg.by_name[name] = a
    -- an assumption with a unit (other than a plain fraction or ratio) is a
    -- quantity in the scenario, so its unit is checked wherever it goes
    local bound = a.value
    local u = a.unit and units.parse(a.unit, reg.rates)
    if u and not (units.dimensionless(u) and u.s == 1) then bound = units.new(a.value, u) end
    if is_default then return a.value end -- the model's own default: a plain value
    if ctx.env then rawset(ctx.env, name, bound) end
    return bound
  end

  -- Why `assume "name"` cannot bind a global of that name, or nil when it can.
  local function unbindable(name)
    if not name:match("^[%a_][%w_]*$") then
      return "is not a Lua name (letters, digits and _, not starting with a digit), so no global can hold it"
    end
    local reserved = { ["and"] = 1, ["break"] = 1, ["do"] = 1, ["else"] = 1, ["elseif"] = 1, ["end"] = 1,
      ["false"] = 1, ["for"] = 1, ["function"] = 1, ["goto"] = 1, ["if"] = 1, ["in"] = 1, ["local"] = 1,
      ["nil"] = 1, ["not"] = 1, ["or"] = 1, ["repeat"] = 1, ["return"] = 1, ["then"] = 1, ["true"] = 1,
      ["until"] = 1, ["while"] = 1 }
    if reserved[name] then return "is a Lua keyword" end
    if ctx.env and rawget(ctx.env, name) ~= nil and not reg.by_name[name] then
      return "is a built-in name of the language; choose another name (e.g. '" .. name .. "_value')"
    end
    return nil
  end

  ---assume "rate" { 2.00, unit = "USD/GPU-hour", source = "...", note = "..." } -> the value
  function G.assume(name)
    if reg.building then fail("assume '%s': declared while the model is being built (inside a pricing function?); declare it at the top level of the file", tostring(name)) end
    fields.name("assume", name)
    local why = unbindable(name)
    if why then fail("assume \"%s\": '%s' %s", name, name, why) end
    -- Lua calls assume "x" before it builds the table, so a distribution
    -- that fails inside { ... } can name the assumption it was meant for
    reg.assuming = name
    return function(def)
      reg.assuming = nil
      if type(def) ~= "table" or mc.isnode(def) then def = { def } else def = fields.copy(def) end
      fields.validate("assumption '" .. name .. "'", def, decl("assume"), vopts, "assume")
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
  G.phase = shaped("phase", false, function(name, def)
    local what = "phase '" .. name .. "'"
    def = fields.copy(def)
    if #def > 0 then fail("%s: unexpected positional value; name every field", what) end
    fields.validate(what, def, decl("phase"), vopts, "phase")
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
    if def.start ~= nil or def.finish ~= nil then
      if def.start == nil or def.finish == nil then fail("%s: give both start and finish (ISO dates)", what) end
      if def.gpus == nil then fail("%s: start and finish need gpus (the cluster size)", what) end
      forms[#forms + 1] = "gpus × dates"
    end
    if def.flops ~= nil then forms[#forms + 1] = "flops" end
    if def.params ~= nil or def.active_params ~= nil or def.tokens ~= nil then
      if def.tokens == nil then fail("%s: params needs tokens (6·N·D)", what) end
      if def.params == nil and def.active_params == nil then fail("%s: tokens needs params or active_params", what) end
      forms[#forms + 1] = "params × tokens"
    end
    -- gpus alone: the run's wall clock comes from the scenario's dates (start → finish)
    if #forms == 0 and def.gpus ~= nil and def.mfu == nil then forms[1] = "gpus × scenario dates" end
    if #forms == 0 then
      fail("%s: give the work as gpu_hours, gpus with hours (or days, or start and finish dates), flops with " ..
        "mfu, or params and tokens with mfu", what)
    elseif #forms > 1 then
      fail("%s: give the work one way only (got %s)", what, table.concat(forms, " and "))
    end
    local needs_mfu = forms[1] == "flops" or forms[1] == "params × tokens"
    if needs_mfu and def.mfu == nil then fail("%s: %s needs mfu (the utilization of peak FLOPS)", what, forms[1]) end
    if not needs_mfu and def.mfu ~= nil then fail("%s: mfu applies only to flops or params × tokens", what) end
    if needs_mfu then
      local p = def.precision or "bf16"
      if not gpu.tflops[p] then fail("%s: %s has no %s peak in the catalog", what, gpu.name, p) end
    end
    if def.watts == nil and not gpu.tdp_w then
      fail("%s: %s has no TDP in the catalog; give watts = ... (power per accelerator) for its energy", what,
        gpu.name)
    end
    local file, line = fields.where():match("^(.*):(%d+)$")
    def.name, def.form, def.file, def.line = name, forms[1], file, tonumber(line)
    def.gpu = fields.copy(gpu)
    def.start, def.finish = date_field(what, "start", def.start), date_field(what, "finish", def.finish)
    return spec("phase", def)
  end)

  -- Pricing models -------------------------------------------------------
  local KIND = { rental = "rental", own = "own", buy = "buy", amortized = "amortized", cloud = "cloud" }
  -- cluster_costs = true | { line = share | true }: the non-GPU lines (model/cluster.lua)
  local function cluster_lines(what, v, kind)
    if v ~= true then
      if type(v) ~= "table" then fail("%s: cluster_costs must be true or a table of shares (got %s)", what, type(v)) end
      local keys = {}
      for k in next, v do
        if type(k) ~= "string" then fail("%s: cluster_costs is keyed by line names", what) end
        keys[#keys + 1] = k
      end
      table.sort(keys)
      for _, k in ipairs(keys) do
        if not cluster.line(k) then
          local hint = fields.suggest(k, cluster.keys())
          fail("%s: unknown cluster cost line '%s'%s", what, k, hint and (" (did you mean '" .. hint .. "'?)")
            or (" (lines: " .. table.concat(cluster.keys(), ", ") .. ")"))
        end
        local x = v[k]
        if x ~= true and x ~= false then
          if not fields.is_value(x) then fail("%s: cluster_costs.%s must be a share, true or false", what, k) end
          fields.magnitude(what, { "cluster_costs." .. k, kind = "value", unit = "fraction", min = 0, max = 2,
            plausible = { 0, 0.5 } }, x, warn)
        end
      end
    end
    local ok, lines = pcall(cluster.resolve, v, kind)
    if not ok then fail("%s: %s", what, tostring(lines)) end
    return lines
  end

  local function pricing(ctor, check)
    return shaped(ctor, true, function(name, def)
      def = fields.copy(def)
      local what = name and (ctor .. " '" .. name .. "'") or ctor
      fields.validate(what, def, decl(ctor), vopts, ctor)
      if #def > 0 then fail("%s: unexpected positional value; name every field", what) end
      def.kind, def.name = KIND[ctor], name
      if def.cluster_costs ~= nil then def.cluster_lines = cluster_lines(what, def.cluster_costs, def.kind) end
      if check then check(what, def) end
      return spec("pricing", def)
    end)
  end

  ---rental { rate = 2 } or rental "name" { rates = { H800 = 2, H100 = 2.5 } }; optional discount (0..1).
  G.rental = pricing("rental", function(what, p)
    if (p.rate == nil) == (p.rates == nil) then fail("%s: give rate (one for every accelerator) or rates (per accelerator)", what) end
    if p.rates then
      local f = api.field(decl("rental"), "rates")
      local byname, keys = {}, {}
      for k in next, p.rates do
        if type(k) ~= "string" then fail("%s: rates are keyed by accelerator name", what) end
        keys[#keys + 1] = k
      end
      table.sort(keys) -- checked in a fixed order, so the same error every run
      for _, k in ipairs(keys) do
        local v = convert(what, setmetatable({ "rates." .. k }, { __index = f }), p.rates[k])
        if not fields.is_value(v) then fail("%s: rate for '%s' must be a finite number", what, k) end
        fields.magnitude(what, setmetatable({ "rates." .. k }, { __index = f }), v, warn)
        byname[find_gpu(k).name] = v
      end
      p.rates = byname
    end
  end)
  -- a cluster's accelerator: hw "H100" or its name
  local function cluster_gpu(what, p)
    if p.others ~= nil then
      if M.kind(p.others) ~= "pricing" then
        fail("%s: field 'others' must be a pricing model (e.g. others = rental { rate = 2 })", what)
      end
      p.others = datas[p.others]
    end
    if p.gpu == nil then return end
    if type(p.gpu) == "string" then p.gpu = find_gpu(p.gpu)
    elseif type(p.gpu) ~= "table" or type(p.gpu.name) ~= "string" then
      fail("%s: field 'gpu' must be an accelerator from hw \"...\" or its name", what)
    end
  end
  ---own { units =, unit_price =, utilization =, life_years = (straight) | depreciation = "exponential", gpu = }
  G.own = pricing("own", cluster_gpu)
  ---buy { units =, unit_price = }: the whole purchase, shared among phases by GPU-hours.
  G.buy = pricing("buy", cluster_gpu)
  ---amortized { unit_price =, acquired = "YYYY-MM-DD", start = }: Epoch AI's amortized hardware + energy.
  G.amortized = pricing("amortized", function(what, p)
    cluster_gpu(what, p)
    p.acquired = date_field(what, "acquired", p.acquired)
    p.start = date_field(what, "start", p.start)
  end)
  ---cloud { provider =, tier = "3-year", date =, prices = { { gpu =, provider =, date =, ["3-year"] = }, ... } }
  G.cloud = pricing("cloud", function(what, p)
    p.date = date_field(what, "date", p.date)
    if p.prices == nil then return end -- the catalog's dated prices
    local rows = {}
    for i, row in ipairs(p.prices) do
      local at = what .. ": prices[" .. i .. "]"
      if type(row) ~= "table" then fail("%s: expected a table", at) end
      for _, k in ipairs({ "gpu", "provider", "date", "source" }) do
        if type(row[k]) ~= "string" then fail("%s: field '%s' must be a string", at, k) end
      end
      local r = { gpu = find_gpu(row.gpu).name, provider = row.provider, date = date_field(at, "date", row.date),
        source = row.source, note = row.note }
      for _, t in ipairs({ "3-year", "1-year", "on-demand" }) do
        local v = row[t]
        if v ~= nil and not (fields.is_value(v) and (mc.isnode(v) or v >= 0)) then
          fail("%s: field '%s' must be a price >= 0 in USD/GPU-hour", at, t)
        end
        r[t] = v
      end
      rows[i] = r
    end
    p.prices = rows
  end)

  ---custom "name" (function(phase) return usd end): a pricing model written in Lua.
  function G.custom(name)
    fields.name("custom", name)
    return function(fn)
      if type(fn) ~= "function" then fail("custom '%s': expected a function(phase) returning USD", name) end
      return spec("pricing", { kind = "custom", name = name, fn = fn })
    end
  end

  -- Other costs ----------------------------------------------------------
  local function other(ctor)
    local c = api.constructor(ctor)
    return shaped(ctor, true, function(name, def)
      def = fields.copy(def)
      local what = name and (ctor .. " '" .. name .. "'") or ctor
      fields.validate(what, def, c.fields, vopts, ctor)
      if #def > 0 then fail("%s: unexpected positional value; name every field", what) end
      local file, line = fields.where():match("^(.*):(%d+)$")
      def.kind, def.name, def.file, def.line = ctor, name or c.default_name, file, tonumber(line)
      return spec("other", def)
    end)
  end
  G.staff = other("staff")
  G.data = other("data")
  G.fixed = other("fixed")
  G.experiments = other("experiments")

  ---figure "Implied MFU" { value = ..., unit = "ratio", note = "..." }: a derived number to show.
  G.figure = shaped("figure", false, function(name, def)
    def = fields.copy(def)
    if units.is(def.value) then
      def.unit = def.unit or units.show(units.unit(def.value))
      if units.parse(def.unit, reg.rates) then
        def.value = convert("figure '" .. name .. "'", { "value", unit = def.unit }, def.value)
      else
        def.value = units.raw(def.value)
      end
    end
    fields.validate("figure '" .. name .. "'", def, decl("figure"), {}, "figure")
    return spec("figure", { name = name, value = def.value, unit = def.unit, note = def.note, source = def.source })
  end)

  -- Scenarios ------------------------------------------------------------
  -- While the model is built (model.build sets reg.building), pricing
  -- functions run: declaring a scenario, an assumption or a correlation there
  -- would grow what is being built, without end when it recurses. Refused.
  local function not_while_building(what)
    if reg.building then
      fail("%s: declared while the model is being built (inside a pricing function?); declare it at the top level of the file", what)
    end
  end

  function G.scenario(name)
    not_while_building("scenario '" .. tostring(name) .. "'")
    fields.name("scenario", name)
    local file, line = fields.where():match("^(.*):(%d+)$")
    return function(def)
      local what = "scenario '" .. name .. "'"
      if type(def) ~= "table" or kinds[def] then
        fail("%s takes a table: scenario \"%s\" { ... } (got %s)", what, name, type(def))
      end
      def = fields.copy(def)
      if type(def.energy) == "table" and def.energy.region ~= nil then
        def.energy.region = region_key(what .. " energy", def.energy.region)
      end
      fields.validate(what, def, decl("scenario"), vopts, "scenario")
      if reg.by_scenario[name] then fail("%s is defined twice (first at line %d)", what, reg.by_scenario[name].line) end
      local s = { name = name, description = def.description, file = file, line = tonumber(line),
        phases = {}, other = {}, figures = {}, pricing = {}, energy = def.energy or {}, reconcile = def.reconcile,
        tokens = def.tokens, params = def.params, flops = def.flops, precision = def.precision,
        dollars = def.dollars, goodput = def.goodput }
      if def.dates then
        s.dates = {}
        for _, k in ipairs({ "start", "finish", "published", "priced" }) do
          s.dates[k] = date_field(what .. " dates", k, def.dates[k])
        end
      end
      if def.dollars ~= nil and math.type(def.dollars) ~= "integer" and type(def.dollars) ~= "string" then
        fail("%s: dollars must be a year (2024) or a month (\"2024-12\")", what)
      end
      if def.flops ~= nil and def.params ~= nil then fail("%s: give flops or params with tokens, not both", what) end
      if def.params ~= nil and def.tokens == nil then fail("%s: params needs tokens (6·N·D)", what) end
      local seen = {}
      local function add(item, depth)
        local k = M.kind(item)
        local d = datas[item]
        if k == "phase" then
          if seen[d.name] then fail("%s: two phases named '%s'", what, d.name) end
          seen[d.name] = true
          s.phases[#s.phases + 1] = d
        elseif k == "other" then s.other[#s.other + 1] = d
        elseif k == "figure" then s.figures[#s.figures + 1] = d
        elseif k == "pricing" then s.pricing[#s.pricing + 1] = d
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
        if M.kind(p) ~= "pricing" then
          fail("%s: pricing must list rental{...}, own{...}, buy{...}, amortized{...}, cloud{...} or custom", what)
        end
        add(p, 0)
      end
      if #s.pricing == 0 and (#s.phases > 0) then
        fail("%s: no pricing model; add pricing = { rental { rate = ... } }", what)
      end
      local keys = {}
      for _, p in ipairs(s.pricing) do
        local key = p.name or p.kind
        if keys[key] then fail("%s: two pricing models named '%s'; give each a name: %s \"name\" { ... }", what, key,
          p.kind) end
        keys[key] = true
        p.key = key
      end
      local sc = spec("scenario", s)
      reg.scenarios[#reg.scenarios + 1] = s
      reg.by_scenario[name] = s
      return sc
    end
  end

  ---quantity(2664e3, "GPU-hour"): a number (or uncertain value) with a unit.
  function G.quantity(v, text)
    if not fields.is_value(v) then fail("quantity: the first argument must be a number or an uncertain value (got %s)", type(v)) end
    if type(text) ~= "string" then fail("quantity: the second argument is the unit, e.g. \"GPU-hour\" (got %s)", type(text)) end
    local u, err = units.parse(text, reg.rates)
    if not u then fail("quantity: %s", err) end
    return units.new(v, u)
  end

  -- Currencies -----------------------------------------------------------
  ---currency "EUR" { usd = 1.08, source = "..." }: lets values in EUR convert to USD at that rate.
  G.currency = shaped("currency", false, function(name, def)
    def = fields.copy(def)
    local what = "currency '" .. name .. "'"
    if not units.CURRENCIES[name] then
      fail("%s: not a currency tcost knows (%s)", what, (function()
        local l = {}
        for k in pairs(units.CURRENCIES) do l[#l + 1] = k end
        table.sort(l)
        return table.concat(l, ", ")
      end)())
    end
    fields.validate(what, def, decl("currency"), vopts, "currency")
    if mc.isnode(def.usd) then fail("%s: the rate must be a number", what) end
    if reg.rates[name] then fail("%s is declared twice", what) end
    reg.rates[name] = def.usd
    return def.usd
  end)

  -- Expectations ---------------------------------------------------------
  ---expect "energy" { 433e3, unit = "kWh", within = 0.01, source = "..." }: a published figure the
  ---scenario must reproduce; checked after the run (see lang/expect.lua for the names and fields).
  function G.expect(name)
    fields.name("expect", name)
    return function(def)
      if type(def) == "table" then
        def = fields.copy(def)
        for k, v in next, def do
          if units.is(v) then
            if def.unit == nil then def.unit = units.show(units.unit(v)) end
            def[k] = units.raw(v)
          end
        end
      elseif units.is(def) then
        def = { units.raw(def), unit = units.show(units.unit(def)) }
      end
      local e = expect.declare(name, def)
      e.file, e.line = fields.where():match("^(.*):(%d+)$")
      e.line = tonumber(e.line)
      reg.expects[#reg.expects + 1] = e
    end
  end

  -- Uncertainty ----------------------------------------------------------
  -- A built-in function: arguments with units are converted to the units it
  -- declares (lang/api.lua FUNCTIONS), and its result carries its unit. For
  -- the distributions, arguments with units share the first one's unit.
  local function wrap(fname, f)
    local sig = api.FUNCTIONS[fname]
    return function(...)
      local args = table.pack(...)
      local out_unit
      for i = 1, args.n do
        local a = args[i]
        if units.is(a) then
          if sig and sig.args[i] then
            local ok, r = pcall(units.convert, a, sig.args[i], fname .. ": argument " .. i, reg.rates)
            if not ok then fail("%s", r) end
            args[i] = r
          elseif sig then
            args[i] = units.raw(a)
          else
            out_unit = out_unit or units.unit(a)
            local ok, r = pcall(units.convert, a, units.show(out_unit), fname .. ": argument " .. i, reg.rates)
            if not ok then fail("%s", r) end
            args[i] = type(r) == "number" and r or r
          end
        end
      end
      local ok, v = pcall(f, table.unpack(args, 1, args.n))
      if not ok then
        local msg = messages.argument(tostring(v):gsub("^[^:]*:%d+: ", ""), fname)
        if reg.assuming then msg = "assumption '" .. reg.assuming .. "': " .. msg end
        fail("%s", msg)
      end
      if sig and sig.returns then
        local u = units.parse(sig.returns)
        if not (units.dimensionless(u) and u.s == 1) then return units.new(v, u) end
      elseif out_unit then
        return units.new(v, out_unit)
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
  local function minmax(name, nodef, numf)
    return function(a, b)
      local u = units.unit(a) or units.unit(b)
      if u then
        local ok, r = pcall(function()
          return units.convert(a, units.show(u), name, reg.rates), units.convert(b, units.show(u), name, reg.rates)
        end)
        if not ok then fail("%s", r) end
        a, b = units.convert(a, units.show(u), name, reg.rates), units.convert(b, units.show(u), name, reg.rates)
      end
      local v
      if mc.isnode(a) or mc.isnode(b) then v = nodef(a, b) else v = numf(a, b) end
      return u and units.new(v, u) or v
    end
  end
  G.min = minmax("min", mc.min, math.min)
  G.max = minmax("max", mc.max, math.max)
  ---P(x:gt(1e7)) or P(x, ">", 1e7): the probability, reported as an uncertain 0/1 whose mean is it.
  function G.P(x, op, y)
    if units.is(x) then
      local u = units.show(units.unit(x))
      if units.is(y) then
        local ok, r = pcall(units.convert, y, u, "P: the threshold", reg.rates)
        if not ok then fail("%s", r) end
        y = r
      end
      x = units.raw(x)
    end
    if op ~= nil then
      local m = ({ [">"] = "gt", [">="] = "ge", ["<"] = "lt", ["<="] = "le" })[op]
      if not m then fail("P: operator must be one of > >= < <= (got %s)", tostring(op)) end
      if not mc.isnode(x) then fail("P: the first argument must be an uncertain value") end
      x = x[m](x, y)
    end
    return x
  end
  ---correlate(rate, unit_price, 0.6): rank correlation between two uncertain assumptions.
  function G.correlate(a, b, rho)
    if reg.building then fail("correlate: called while the model is being built (inside a pricing function?); call it at the top level of the file") end
    if type(a) == "string" or type(b) == "string" then
      fail("correlate takes the values, not their names: correlate(%s, %s, %s)",
        type(a) == "string" and a or "a", type(b) == "string" and b or "b", tostring(rho))
    end
    a, b = units.raw(a), units.raw(b)
    for i, v in ipairs({ a, b }) do
      if not fields.is_value(v) then fail("correlate: argument %d must be an uncertain value (got %s)", i, type(v)) end
    end
    if math.type(rho) == nil then fail("correlate: the third argument is the rank correlation, a number from -1 to 1 (got %s)", type(rho)) end
    local where = fields.where()
    reg.correlations[#reg.correlations + 1] = { a = a, b = b, rho = rho, where = where }
  end

  -- Multipliers: params = 70 * billion, tokens = 15 * trillion.
  for _, m in ipairs(api.MULTIPLIERS) do G[m[1]] = m[2] end

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

  ---The message for a global the scenario reads but nobody defined, with the
  ---closest name among globals, assumptions, constructors and accelerators.
  function reg.unknown(name)
    if type(name) ~= "string" then return "unknown name " .. tostring(name) end
    local shown = #name > 40 and name:sub(1, 40) .. "..." or name
    local e = catalog.get(name)
    if e then
      return string.format("unknown name '%s': accelerators are not globals; write hw \"%s\"", shown, name)
    end
    local names = {}
    for k in next, G do names[#names + 1] = k end
    if ctx.env then for k in next, ctx.env do if type(k) == "string" then names[#names + 1] = k end end end
    for _, a in ipairs(reg.assumptions) do names[#names + 1] = a.name end
    table.sort(names)
    local hint = fields.suggest(name, names)
    if not hint then
      local gpus = {}
      for _, x in ipairs(catalog.list()) do gpus[#gpus + 1] = x.name end
      local g = fields.suggest(name, gpus)
      if g then return string.format("unknown name '%s' (did you mean hw \"%s\"?)", shown, g) end
    end
    return string.format("unknown name '%s'%s", shown, hint and (" (did you mean '" .. hint .. "'?)") or
      "; define it first: assume \"" .. shown .. "\" { value, unit = ..., source = ... }, or local " .. shown .. " = ...")
  end
  ctx.unknown = reg.unknown

  return G, reg
end

return M
