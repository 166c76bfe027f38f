-- lang/ctor/scenario.lua: `scenario "name" { phases, pricing, costs, ... }`:
-- gathers what a scenario lists (phases, costs, figures, pricing models, and
-- lists of them) into one record of the registry.
local fields = require "tcost.lang.fields"
local spec = require "tcost.lang.spec"

local fail = fields.fail

local M = {}

-- The scenario-wide fields, checked together.
local function check_header(what, def)
  if def.dollars ~= nil and math.type(def.dollars) ~= "integer" and type(def.dollars) ~= "string" then
    fail("%s: dollars must be a year (2024) or a month (\"2024-12\")", what)
  end
  if def.flops ~= nil and def.params ~= nil then fail("%s: give flops or params with tokens, not both", what) end
  if def.params ~= nil and def.tokens == nil then fail("%s: params needs tokens (6·N·D)", what) end
end

-- Files each item of the scenario's list (and of nested lists) under its kind.
local function collector(what, s)
  local seen = {}
  local function add(item, depth)
    local k = spec.kind(item)
    local d = spec.data(item)
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
  return add
end

-- The scenario's pricing models: at least one when there is work, each with its own key.
local function key_pricing(what, s)
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
end

-- The record of scenario `name` from its checked fields def.
local function build(I, name, def, file, line)
  local what = "scenario '" .. name .. "'"
  local s = { name = name, description = def.description, file = file, line = line,
    phases = {}, other = {}, figures = {}, pricing = {}, energy = def.energy or {}, reconcile = def.reconcile,
    tokens = def.tokens, params = def.params, flops = def.flops, precision = def.precision,
    dollars = def.dollars, goodput = def.goodput }
  if def.dates then
    s.dates = {}
    for _, k in ipairs({ "start", "finish", "published", "priced" }) do
      s.dates[k] = I.date_field(what .. " dates", k, def.dates[k])
    end
  end
  check_header(what, def)
  local add = collector(what, s)
  for _, item in ipairs(def) do add(item, 0) end
  for _, item in ipairs(def.phases or {}) do add(item, 0) end
  for _, p in ipairs(def.pricing or {}) do
    if spec.kind(p) ~= "pricing" then
      fail("%s: pricing must list rental{...}, own{...}, buy{...}, amortized{...}, cloud{...} or custom", what)
    end
    add(p, 0)
  end
  key_pricing(what, s)
  return s
end

---Adds scenario to I.G.
---@param I table the language instance (lang/dsl.lua)
function M.install(I)
  local reg = I.reg
  function I.G.scenario(name)
    I.not_while_building("scenario '" .. tostring(name) .. "'")
    fields.name("scenario", name)
    local file, line = I.where()
    return function(def)
      local what = "scenario '" .. name .. "'"
      if type(def) ~= "table" or spec.kind(def) then
        fail("%s takes a table: scenario \"%s\" { ... } (got %s)", what, name, type(def))
      end
      def = fields.copy(def)
      if type(def.energy) == "table" and def.energy.region ~= nil then
        def.energy.region = I.region_key(what .. " energy", def.energy.region)
      end
      fields.validate(what, def, I.decl("scenario"), I.vopts, "scenario")
      if reg.by_scenario[name] then fail("%s is defined twice (first at line %d)", what, reg.by_scenario[name].line) end
      local s = build(I, name, def, file, line)
      local sc = I.spec("scenario", s)
      reg.scenarios[#reg.scenarios + 1] = s
      reg.by_scenario[name] = s
      return sc
    end
  end
end

return M
