-- lang/ctor/functions.lua: the functions a scenario calls on values: the
-- distributions, min/max, P, correlate, the cost primitives of tcost.c.prim
-- under their own names, and the number multipliers (70 * billion). Each
-- converts arguments with units to the units lang/api.lua FUNCTIONS declares
-- and gives its result its unit: checked when the expression is built, never
-- per sample.
local mc = require "tcost.c.mc"
local prim = require "tcost.c.prim"
local fields = require "tcost.lang.fields"
local units = require "tcost.lang.units"
local api = require "tcost.lang.api"

local fail = fields.fail

local M = {}

local DISTRIBUTIONS = { "point", "uniform", "normal", "lognormal", "range", "triangular", "pert", "beta",
  "choice", "mixture", "truncate", "lognormal_ms" }

-- v converted to unit u (a unit text), or a located error.
local function to_unit(I, v, u, what)
  local ok, r = pcall(units.convert, v, u, what, I.reg.rates)
  if not ok then fail("%s", r) end
  return r
end

-- The arguments of a call to fname, with units converted to its signature sig
-- (or, without one, to the first argument's unit), and the result's unit.
local function unit_args(I, fname, sig, args)
  local out_unit
  for i = 1, args.n do
    local a = args[i]
    if units.is(a) then
      if sig and sig.args[i] then
        args[i] = to_unit(I, a, sig.args[i], fname .. ": argument " .. i)
      elseif sig then
        args[i] = units.raw(a)
      else
        out_unit = out_unit or units.unit(a)
        args[i] = to_unit(I, a, units.show(out_unit), fname .. ": argument " .. i)
      end
    end
  end
  return out_unit
end

-- A built-in function: arguments with units are converted to the units it
-- declares (lang/api.lua FUNCTIONS), and its result carries its unit. For
-- the distributions, arguments with units share the first one's unit.
local function wrap(I, fname, f)
  local sig = api.FUNCTIONS[fname]
  return function(...)
    local args = table.pack(...)
    local out_unit = unit_args(I, fname, sig, args)
    local ok, v = pcall(f, table.unpack(args, 1, args.n))
    if not ok then
      local msg = require("tcost.lang.messages").argument(tostring(v):gsub("^[^:]*:%d+: ", ""), fname)
      if I.reg.assuming then msg = "assumption '" .. I.reg.assuming .. "': " .. msg end
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

-- min/max of numbers or uncertain values, in the unit of the first that has one.
local function minmax(I, name, nodef, numf)
  return function(a, b)
    local u = units.unit(a) or units.unit(b)
    if u then
      a, b = to_unit(I, a, units.show(u), name), to_unit(I, b, units.show(u), name)
    end
    local v
    if mc.isnode(a) or mc.isnode(b) then v = nodef(a, b) else v = numf(a, b) end
    return u and units.new(v, u) or v
  end
end

local COMPARE = { [">"] = "gt", [">="] = "ge", ["<"] = "lt", ["<="] = "le" }

-- P(x:gt(1e7)) or P(x, ">", 1e7): the probability, reported as an uncertain 0/1 whose mean is it.
local function probability(I)
  return function(x, op, y)
    if units.is(x) then
      local u = units.show(units.unit(x))
      if units.is(y) then y = to_unit(I, y, u, "P: the threshold") end
      x = units.raw(x)
    end
    if op ~= nil then
      local m = COMPARE[op]
      if not m then fail("P: operator must be one of > >= < <= (got %s)", tostring(op)) end
      if not mc.isnode(x) then fail("P: the first argument must be an uncertain value") end
      if math.type(y) == nil and not mc.isnode(y) then
        fail("P: argument 3 must be a number or an uncertain value (got %s)", units.is(y) and "a value with a unit"
          or type(y))
      end
      x = x[m](x, y)
    end
    return x
  end
end

-- correlate(rate, unit_price, 0.6): rank correlation between two uncertain assumptions.
local function correlate(I)
  return function(a, b, rho)
    if I.reg.building then fail("correlate: called while the model is being built (inside a pricing function?); call it at the top level of the file") end
    if type(a) == "string" or type(b) == "string" then
      fail("correlate takes the values, not their names: correlate(%s, %s, %s)",
        type(a) == "string" and a or "a", type(b) == "string" and b or "b", tostring(rho))
    end
    a, b = units.raw(a), units.raw(b)
    for i, v in ipairs({ a, b }) do
      if not fields.is_value(v) then fail("correlate: argument %d must be an uncertain value (got %s)", i, type(v)) end
    end
    if math.type(rho) == nil then fail("correlate: the third argument is the rank correlation, a number from -1 to 1 (got %s)", type(rho)) end
    local corr = I.reg.correlations
    corr[#corr + 1] = { a = a, b = b, rho = rho, where = fields.where() }
  end
end

local prim_names -- the names of tcost.c.prim's primitives, in its order (prim.list() builds every entry's docs)

---Adds the distributions, min, max, P, correlate, the multipliers and the primitives to I.G.
---@param I table the language instance (lang/dsl.lua)
function M.install(I)
  local G = I.G
  for _, n in ipairs(DISTRIBUTIONS) do G[n] = wrap(I, n, mc[n]) end
  G.min = minmax(I, "min", mc.min, math.min)
  G.max = minmax(I, "max", mc.max, math.max)
  G.P = probability(I)
  G.correlate = correlate(I)
  -- Multipliers: params = 70 * billion, tokens = 15 * trillion.
  for _, m in ipairs(api.MULTIPLIERS) do G[m[1]] = m[2] end
  if not prim_names then -- the primitives are the C library's: listed once a process
    prim_names = {}
    for i, p in ipairs(prim.list()) do prim_names[i] = p.name end
  end
  for _, name in ipairs(prim_names) do G[name] = wrap(I, name, prim[name]) end
end

return M
