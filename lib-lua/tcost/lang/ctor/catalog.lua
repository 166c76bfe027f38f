-- lang/ctor/catalog.lua: the language's doors to tcost's built-in data: hw
-- (accelerators, and custom ones a scenario defines), region, and the dated
-- market prices (rent_as_of, price_as_of, market). Each market answer becomes
-- a built-in assumption, so the report lists it with its sources.
local catalog = require "tcost.c.catalog"
local mc = require "tcost.c.mc"
local fields = require "tcost.lang.fields"
-- model/market.lua (with its observations) loads when a scenario first asks the market
local market = setmetatable({}, { __index = function(_, k) return require("tcost.model.market")[k] end })
local units = require "tcost.lang.units"

local spec = require "tcost.lang.spec"

local fail = fields.fail

local M = {}

-- An accelerator reaches a scenario as a read-only handle (lang/spec.lua):
-- a plain table could be given a name with terminal escapes or a forged TDP
-- after the checks of hw { ... } and the catalog's, and reports would print it.
local HW_HINT = "define your own with hw { name = ..., ... }"

local function install_hw(I)
  ---hw "H800" -> the catalog entry; hw { name = ..., tdp_w = ..., tflops = {...}, source = ... } defines one.
  function I.G.hw(x)
    if type(x) == "table" then
      local e = require("tcost.lang.hw").define(fields.copy(x), I.vopts)
      e.file, e.line = fields.where():match("^(.*):(%d+)$")
      I.reg.customs[#I.reg.customs + 1] = e
      return spec.new("accelerator", fields.copy(e), HW_HINT)
    end
    fields.name("hw", x)
    -- the catalog's entry is a fresh table (tcost.c.catalog); a custom one is
    -- the registry's, so the handle gets its own copy
    local e = I.find_gpu(x)
    return spec.new("accelerator", e.custom and fields.copy(e) or e, HW_HINT)
  end
  ---The checked entry behind an accelerator given as hw "..." or as its name;
  ---any other value fails with what's field message.
  function I.gpu_entry(what, v)
    if type(v) == "string" then return I.find_gpu(fields.name("hw", v)) end -- checked as hw "..."
    if spec.kind(v) == "accelerator" then return spec.data(v) end
    fail("%s: field 'gpu' must be an accelerator from hw \"...\" or its name", what)
  end
end

-- The region of a key, or an error: catalog.region's message has the
-- did-you-mean (a part of a key, "texas", or a typo, "chna") or the known keys.
local function find_region(what, name)
  local r, msg = catalog.region(name)
  if r then return r end
  if what then fail("%s: %s", what, msg) end
  fail("%s", msg)
end

local function install_region(I)
  -- Regions are tables marked here, so a region object works wherever a region name does.
  local regions = setmetatable({}, { __mode = "k" })
  ---region "china" -> { key =, name =, usd_per_kwh =, kg_co2e_per_kwh =, sources = ... }
  function I.G.region(name)
    fields.name("region", name)
    local r = find_region(nil, name)
    -- a read-only handle (lang/spec.lua): every field, not only new ones, and its
    -- metatable keeps it one object through the copies of validation
    local handle = spec.new("region", r, "a region is the catalog's")
    regions[handle] = r.key
    return handle
  end
  ---The key of a region given as region "..." or as its name, or an error.
  function I.region_key(what, v)
    if type(v) == "table" and regions[v] then return regions[v] end
    if type(v) ~= "string" then fail("%s: field 'region' must be region \"NAME\" or a region's name (got %s)", what, type(v)) end
    return find_region(what, fields.name("region", v)).key -- checked as region "..."
  end
end

-- The accelerator's catalog entry and the checked options of a market question.
local function market_args(I, fn, gpu, date, opts)
  if type(gpu) == "table" and type(gpu.name) == "string" then gpu = gpu.name end
  if type(gpu) ~= "string" then fail("%s: the accelerator must be a name or hw \"...\" (got %s)", fn, type(gpu)) end
  local e = I.find_gpu(gpu)
  if e.custom then fail("%s: %s is a custom accelerator: it has no built-in prices", fn, e.name) end
  if type(date) ~= "string" then fail("%s: the date must be a string like \"2026-03\" (got %s)", fn, type(date)) end
  if opts ~= nil and type(opts) ~= "table" then fail("%s: options must be a table (got %s)", fn, type(opts)) end
  opts = opts or {}
  opts = fields.copy(opts)
  fields.validate(fn, opts, I.decl(fn), {}, fn)
  return e, opts
end

local function protected(fn, f, ...)
  local ok, a, b, c = pcall(f, ...)
  if not ok then fail("%s: %s", fn, tostring(a)) end
  return a, b, c
end

-- A market answer as the scenario gets it: a value with its unit, so
-- rent_as_of(...) * hours is USD like any rate times GPU-hours (the
-- assumption recorded for the report keeps the plain value).
local function priced(v, unit)
  return units.new(v, assert(units.parse(unit)))
end

local function install_market(I)
  local G, reg = I.G, I.reg
  ---rent_as_of("H100", "2026-03", "3-year", { class = "hyperscaler" }) -> USD per GPU-hour: the
  ---observation nearest that date, or Epoch's fallback (3-year -> 1-year -> on-demand) with its discounts.
  function G.rent_as_of(gpu, date, commitment, opts)
    local e
    e, opts = market_args(I, "rent_as_of", gpu, date, opts)
    local usd, o, how = protected("rent_as_of", market.rent_as_of, e.key, date, commitment, opts)
    local name = string.format("rent.%s.%s.%s%s", e.key, date, commitment, opts.class and ("." .. opts.class) or "")
    local src = how .. "; " .. o.source.source .. " [" .. o.source.status .. ", " .. o.source.date .. "]"
    if o.commitment ~= commitment then src = src .. "; " .. market.DISCOUNT_SOURCE end
    return priced(reg.default(name, { usd, unit = "USD/GPU-hour", source = src, note = o.note }), "USD/GPU-hour")
  end

  ---price_as_of("H100", "2023-06", { scope = "server" }) -> USD per GPU: the purchase observation nearest that date.
  function G.price_as_of(gpu, date, opts)
    local e
    e, opts = market_args(I, "price_as_of", gpu, date, opts)
    local usd, o, how = protected("price_as_of", market.price_as_of, e.key, date, opts)
    local name = string.format("price.%s.%s%s", e.key, date, opts.scope and ("." .. opts.scope) or "")
    return priced(reg.default(name, { usd, unit = "USD/GPU", note = o.note,
      source = how .. "; " .. o.source.source .. " [" .. o.source.status .. ", " .. o.source.date .. "]" }), "USD/GPU")
  end

  ---market("H100", "2026-03", "on-demand", { class =, window = 6 }) -> the spread of the rental
  ---observations within `window` months of the date, as an uncertain value (each observation equally likely).
  function G.market(gpu, date, commitment, opts)
    local e
    e, opts = market_args(I, "market", gpu, date, opts)
    local values, obs = protected("market", market.spread, e.key, date, commitment, opts)
    local lo, hi = math.huge, -math.huge
    for _, v in ipairs(values) do lo, hi = math.min(lo, v), math.max(hi, v) end
    local value = lo == hi and lo or mc.choice(values)
    local name = string.format("market.%s.%s.%s%s", e.key, date, commitment, opts.class and ("." .. opts.class) or "")
    local src = string.format("%d %s %s observations within %g months of %s, $%s to $%s per GPU-hour: %s",
      #values, e.name, commitment, opts.window or 6, date, market.money(lo), market.money(hi), market.cite(obs))
    return priced(reg.default(name, { value, unit = "USD/GPU-hour", source = src,
      note = "the spread of dated observations, each equally likely (tcost hw " .. e.key .. " --prices)" }), "USD/GPU-hour")
  end
end

---Adds hw, region, rent_as_of, price_as_of and market to I.G (and I.region_key).
---@param I table the language instance (lang/dsl.lua)
function M.install(I)
  install_hw(I)
  install_region(I)
  install_market(I)
end

return M
