-- lang/dsl.lua: the scenario language. Each run makes a fresh instance with new();
-- its functions become the globals of the scenario's sandbox. Constructors
-- only check and record what the scenario says; model.lua computes.
--
-- This file holds what every constructor shares (the instance: the registry,
-- warnings, unit conversion, the `kind "name" { ... }` call shape, finding an
-- accelerator) and the message for an unknown name. The constructors live in
-- lang/ctor/, one file per family; each has install(I), which adds its
-- globals to I.G.
local catalog = require "tcost.c.catalog"
local fields = require "tcost.lang.fields"
local units = require "tcost.lang.units"
local api = require "tcost.lang.api"
local spec = require "tcost.lang.spec"
local dates = require "tcost.model.dates"
local sandbox = require "tcost.lang.sandbox"

local fail = fields.fail

local M = {}

M.kind, M.data = spec.kind, spec.data
M.STAGES = api.STAGES

-- The constructor families, installed in this order.
local FAMILIES = { "catalog", "assume", "phase", "pricing", "costs", "scenario", "currency",
  "functions", "report" }

-- A value outside its plausible range: a warning, located at the scenario line.
local function warner(I)
  return function(msg)
    if I.ctx.strict then fail("%s (an error under --strict)", msg) end
    local file, line = sandbox.where()
    I.reg.warnings[#I.reg.warnings + 1] = { file = file, line = line, message = msg }
  end
end

-- A value with a unit given to a field: converted to the field's unit, or
-- an error naming both units. A plain number takes the field's unit.
local function converter(I)
  return function(what, f, v)
    if not units.is(v) then return v end
    if not f.unit then
      fail("%s: field '%s' takes a plain number, not a value in %s", what, f[1], units.show(units.unit(v)))
    end
    local ok, r = pcall(units.convert, v, f.unit, what .. ": field '" .. f[1] .. "'", I.reg.rates)
    if not ok then fail("%s", r) end
    return r
  end
end

-- Calls build(name, def) for `kind "name" { ... }`, and, where the name is
-- optional, for `kind { ... }` too.
local function shaped(kind, optional, build)
  return function(x)
    if type(x) == "string" then
      fields.name(kind, x)
      return function(def)
        if type(def) ~= "table" or spec.kind(def) then
          fail("%s \"%s\" takes a table of fields: %s \"%s\" { ... } (got %s)", kind, x, kind, x, type(def))
        end
        return build(x, def)
      end
    end
    if optional and type(x) == "table" and not spec.kind(x) then
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

-- The shared part of one instance of the language: what every family uses.
local function instance(ctx)
  local I = { ctx = ctx, G = {}, shaped = shaped, spec = spec.new }
  I.reg = { assumptions = {}, by_name = {}, scenarios = {}, by_scenario = {}, formats = {},
    correlations = {}, customs = {}, warnings = {}, expects = {},
    rates = {}, set_values = {} }
  I.warn, I.convert = warner(I), converter(I)
  local function check_unit(what, f, text)
    local u, err = units.parse(text, I.reg.rates)
    if not u then fail("%s: field '%s': %s", what, f[1], err) end
  end
  -- The --set flag that gave v, for messages: a number equal to one given
  -- there, or the very uncertain value it made (first flag that matches).
  local function origin(v)
    for _, s in ipairs(I.reg.set_values) do
      if rawequal(s.value, v) or (math.type(v) and s.value == v) then return s.flag end
    end
    return nil
  end
  I.vopts = { warn = I.warn, convert = I.convert, unit = check_unit, origin = origin }
  ---The declared fields of a constructor (lang/api.lua).
  function I.decl(name) return assert(api.constructor(name), name).fields end
  ---The scenario's custom accelerator of that name, else the catalog's, else an error.
  function I.find_gpu(name)
    for _, e in ipairs(I.reg.customs) do
      if catalog.same_name(e.name, name) then return e end
    end
    local e, msg = catalog.get(name)
    if not e then fail("%s", msg) end
    return e
  end
  ---An ISO date field ("2019-10-01") as a parsed date, or a clear error.
  function I.date_field(what, field, v)
    if v == nil then return nil end
    local d, err = dates.parse(v)
    if not d then fail("%s: field '%s': %s", what, field, err) end
    return d
  end
  -- While the model is built (model.build sets reg.building), pricing
  -- functions run: declaring a scenario, an assumption or a correlation there
  -- would grow what is being built, without end when it recurses. Refused.
  function I.not_while_building(what)
    if I.reg.building then
      fail("%s: declared while the model is being built (inside a pricing function?); declare it at the top level of the file", what)
    end
  end
  ---file, line of the scenario call being run (nil, nil outside one).
  I.where = sandbox.where
  return I
end

-- The message for a global the scenario reads but nobody defined, with the
-- closest name among globals, assumptions, constructors and accelerators.
local function unknown_name(I, name)
  if type(name) ~= "string" then return "unknown name " .. tostring(name) end
  local shown = fields.shorten(name, 40)
  local e = catalog.get(name)
  if e then
    return string.format("unknown name '%s': accelerators are not globals; write hw \"%s\"", shown, name)
  end
  local names = {}
  for k in next, I.G do names[#names + 1] = k end
  if I.ctx.env then for k in next, I.ctx.env do if type(k) == "string" then names[#names + 1] = k end end end
  for _, a in ipairs(I.reg.assumptions) do names[#names + 1] = a.name end
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

---Creates a scenario-language instance.
---@param ctx table { overrides = {[name]={value=,text=}}, shared = {[name]=def}, used = {}, env = table }
---@return table G globals for the sandbox
---@return table reg what the scenario declared
function M.new(ctx)
  local I = instance(ctx)
  for _, family in ipairs(FAMILIES) do require("tcost.lang.ctor." .. family).install(I) end
  ---The message for a global the scenario reads but nobody defined.
  function I.reg.unknown(name) return unknown_name(I, name) end
  ctx.unknown = I.reg.unknown
  return I.G, I.reg
end

return M
