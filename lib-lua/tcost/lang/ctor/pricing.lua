-- lang/ctor/pricing.lua: the pricing models a scenario lists under pricing =
-- { ... }: rental, own, buy, amortized, cloud and custom. Each checks its
-- fields here; what each costs is model/pricing.lua's.
local fields = require "tcost.lang.fields"
local spec = require "tcost.lang.spec"

local fail = fields.fail

local M = {}

local KIND = { rental = "rental", own = "own", buy = "buy", amortized = "amortized", cloud = "cloud" }

-- cluster_costs = true | { line = share | true }: the non-GPU lines (model/cluster.lua);
-- its names and shares were checked by the declaration (lang/api.lua).
local function cluster_lines(what, v, kind)
  local cluster = require "tcost.model.cluster" -- loaded only for a model that gives cluster_costs
  local ok, lines = pcall(cluster.resolve, v, kind)
  if not ok then fail("%s: %s", what, tostring(lines)) end
  return lines
end

-- A constructor of the pricing kind ctor; check(what, def) adds its own checks.
local function pricing(I, ctor, check)
  return I.shaped(ctor, true, function(name, def)
    def = fields.copy(def)
    local what = name and (ctor .. " '" .. name .. "'") or ctor
    fields.validate(what, def, I.decl(ctor), I.vopts, ctor)
    if #def > 0 then fail("%s: unexpected positional value; name every field", what) end
    def.kind, def.name = KIND[ctor], name
    -- where it was declared: the model's errors (a rate missing for a phase's
    -- accelerator, a start before acquisition) are found later, outside the file
    def.file, def.line = I.where()
    if def.cluster_costs ~= nil then def.cluster_lines = cluster_lines(what, def.cluster_costs, def.kind) end
    if check then check(what, def) end
    return I.spec("pricing", def)
  end)
end

-- rental's rates = { H800 = 2, ... }, checked by the declaration, keyed by their accelerators' names.
local function rental_rates(I, what, rates)
  local keys = {}
  for k in next, rates do keys[#keys + 1] = k end
  table.sort(keys) -- resolved in a fixed order, so the same error every run
  local byname = {}
  for _, k in ipairs(keys) do
    local ok, g = pcall(I.find_gpu, k)
    if not ok then fail("%s: field 'rates': %s", what, (tostring(g):gsub("^[^\n]-:%d+: ", ""))) end
    byname[g.name] = rates[k]
  end
  return byname
end

-- own, buy, amortized: the others = pricing model and the cluster's accelerator (hw "H100" or its name).
local function cluster_gpu(I, what, p)
  if p.others ~= nil then
    if spec.kind(p.others) ~= "pricing" then
      fail("%s: field 'others' must be a pricing model (e.g. others = rental { rate = 2 })", what)
    end
    p.others = spec.data(p.others)
  end
  if p.gpu == nil then return end
  p.gpu = I.gpu_entry(what, p.gpu)
end

-- cloud's prices = { { gpu =, provider =, date =, source =, ["3-year"] = }, ... }, checked by
-- the declaration: each row's accelerator and date resolved.
local function cloud_prices(I, what, prices)
  local rows = {}
  for i, row in ipairs(prices) do
    local at = what .. ": prices[" .. i .. "]"
    local r = { gpu = I.find_gpu(row.gpu).name, provider = row.provider, date = I.date_field(at, "date", row.date),
      source = row.source, note = row.note }
    for _, t in ipairs({ "3-year", "1-year", "on-demand" }) do r[t] = row[t] end
    rows[i] = r
  end
  return rows
end

---Adds rental, own, buy, amortized, cloud and custom to I.G.
---@param I table the language instance (lang/dsl.lua)
function M.install(I)
  local G = I.G
  ---rental { rate = 2 } or rental "name" { rates = { H800 = 2, H100 = 2.5 } }; optional discount (0..1).
  G.rental = pricing(I, "rental", function(what, p)
    if (p.rate == nil) == (p.rates == nil) then fail("%s: give rate (one for every accelerator) or rates (per accelerator)", what) end
    if p.rates then p.rates = rental_rates(I, what, p.rates) end
  end)
  local function own_like(what, p) cluster_gpu(I, what, p) end
  ---own { units =, unit_price =, utilization =, life_years = (straight) | depreciation = "exponential", gpu = }
  G.own = pricing(I, "own", own_like)
  ---buy { units =, unit_price = }: the whole purchase, shared among phases by GPU-hours.
  G.buy = pricing(I, "buy", own_like)
  ---amortized { unit_price =, acquired = "YYYY-MM-DD", start = }: Epoch AI's amortized hardware + energy.
  G.amortized = pricing(I, "amortized", function(what, p)
    cluster_gpu(I, what, p)
    p.acquired = I.date_field(what, "acquired", p.acquired)
    p.start = I.date_field(what, "start", p.start)
  end)
  ---cloud { provider =, tier = "3-year", date =, prices = { { gpu =, provider =, date =, ["3-year"] = }, ... } }
  G.cloud = pricing(I, "cloud", function(what, p)
    p.date = I.date_field(what, "date", p.date)
    if p.prices ~= nil then p.prices = cloud_prices(I, what, p.prices) end
  end)

  ---custom "name" (function(phase) return usd end): a pricing model written in Lua.
  function G.custom(name)
    fields.name("custom", name)
    return function(fn)
      if type(fn) ~= "function" then fail("custom '%s': expected a function(phase) returning USD", name) end
      local file, line = I.where()
      return I.spec("pricing", { kind = "custom", name = name, fn = fn, file = file, line = line })
    end
  end
end

return M
