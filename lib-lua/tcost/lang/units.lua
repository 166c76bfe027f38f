-- lang/units.lua: units and dimensions of the scenario language.
--
-- A unit is parsed once from text ("USD/GPU-hour", "kg CO2e/kWh", "per year")
-- into dimensions (exponents of base quantities) and a scale to the base unit
-- of each (USD, hour, kWh, GPU, token, parameter, FLOP, person, kg, CO2e, litre).
-- A quantity is a value (a number or an uncertain node) with a unit; its
-- arithmetic combines units when the expression is built and hands the C
-- engine plain node arithmetic, so nothing here runs per Monte Carlo sample.
-- Fields take a quantity by converting it to their declared unit
-- (M.to_field); the model only ever sees plain numbers and nodes.
-- Number formatting for reports lives in tcost.units, not here.
local M = {}

local BASE_NAMES = { usd = "USD", hour = "hour", kwh = "kWh", gpu = "GPU", token = "token", param = "parameter",
  flop = "FLOP", person = "person", kg = "kg", co2e = "CO2e", litre = "L" }
local BASE_ORDER = { "usd", "kg", "co2e", "litre", "flop", "kwh", "token", "param", "gpu", "person", "hour" }

-- name -> { dims, scale }: scale converts one of it into the base units.
local U = {}
local canonical -- below: text for a unit built by arithmetic
local function canonical_text(d) return canonical(d, 1) end
-- the definitions in order, for the man page (lang/generate.lua)
local DEFS = {}
local function def(names, dims, scale)
  -- one read-only table per definition, shared by its names and DEFS
  local u = { names = names, d = dims, s = scale or 1 }
  for _, n in ipairs(names) do U[n] = u end
  DEFS[#DEFS + 1] = u
end
def({ "USD", "usd", "$" }, { usd = 1 })
def({ "hour", "h", "hr" }, { hour = 1 })
def({ "minute", "min" }, { hour = 1 }, 1 / 60)
def({ "second", "s", "sec" }, { hour = 1 }, 1 / 3600)
def({ "day", "d" }, { hour = 1 }, 24)
def({ "week" }, { hour = 1 }, 168)
def({ "month" }, { hour = 1 }, 730)
def({ "year", "yr" }, { hour = 1 }, 8760)
def({ "kWh" }, { kwh = 1 })
def({ "Wh" }, { kwh = 1 }, 1e-3)
def({ "MWh" }, { kwh = 1 }, 1e3)
def({ "GWh" }, { kwh = 1 }, 1e6)
def({ "TWh" }, { kwh = 1 }, 1e9)
def({ "J" }, { kwh = 1 }, 1 / 3.6e6)
def({ "W" }, { kwh = 1, hour = -1 }, 1e-3)
def({ "kW" }, { kwh = 1, hour = -1 })
def({ "MW" }, { kwh = 1, hour = -1 }, 1e3)
def({ "GW" }, { kwh = 1, hour = -1 }, 1e6)
def({ "GPU", "accelerator", "chip" }, { gpu = 1 })
def({ "token" }, { token = 1 })
def({ "parameter", "param" }, { param = 1 })
def({ "FLOP", "FLOPs" }, { flop = 1 })
def({ "TFLOP" }, { flop = 1 }, 1e12)
def({ "PFLOP" }, { flop = 1 }, 1e15)
def({ "person", "people", "FTE" }, { person = 1 })
def({ "kg" }, { kg = 1 })
def({ "g" }, { kg = 1 }, 1e-3)
def({ "t", "tonne" }, { kg = 1 }, 1e3)
def({ "tCO2e" }, { kg = 1, co2e = 1 }, 1e3) -- one word for t CO2e
def({ "CO2e", "CO2" }, { co2e = 1 })
def({ "L", "litre", "liter" }, { litre = 1 })
def({ "m3" }, { litre = 1 }, 1e3)
def({ "1", "fraction", "ratio", "x", "probability", "share" }, {})
def({ "%", "percent" }, {}, 0.01)
def({ "thousand", "k", "K" }, {}, 1e3)
def({ "million", "M" }, {}, 1e6)
def({ "billion", "B" }, {}, 1e9)
def({ "trillion", "T" }, {}, 1e12)
-- a GPU-hour abbreviated
def({ "GPU-h" }, { gpu = 1, hour = 1 })

-- Currencies other than USD: a scenario must declare the rate (currency "EUR" { usd = 1.08, ... }).
M.CURRENCIES = { EUR = true, GBP = true, CNY = true, RMB = true, JPY = true, CHF = true, CAD = true, KRW = true,
  INR = true }

local function known_names()
  local names = {}
  for k in pairs(U) do names[#names + 1] = k end
  table.sort(names)
  return names
end

-- One word: exact, singular, or case-folded.
local function word(w, rates)
  if M.CURRENCIES[w] then
    local r = rates and rates[w]
    if not r then
      return nil, string.format("%s needs a declared exchange rate: currency \"%s\" { usd = ..., source = \"...\" } " ..
        "(tcost converts no currency silently)", w, w)
    end
    return { d = { usd = 1 }, s = r }
  end
  local u = U[w] or (w:sub(-1) == "s" and U[w:sub(1, -2)]) or (w:sub(-2) == "es" and U[w:sub(1, -3)])
  if u then return u end
  local lw = w:lower()
  local n = #lw
  for k, v in pairs(U) do
    -- lowering keeps a name's length: only a name of the word's length (or one
    -- shorter, for the plural) can match, so most are never lowered
    local m = #k
    if (m == n and k:lower() == lw) or (m + 1 == n and k:lower() .. "s" == lw) then return v end
  end
  return nil
end

-- Units parsed without currency rates, by text: a pure function of the text,
-- so one process (a sweep, a batch) shares them. A text that is no unit
-- ("share of capex", a default's description) is kept as its message, so it
-- is not looked up word by word, case-folded over every name, at each use.
local cache, failed = {}, {}

-- The words of one side of a unit's '/': GPU-h is one word; otherwise '-',
-- '*', '·', '×' and spaces multiply. A rewrite runs only when its text occurs
-- ('·' and '×' start with the bytes 194 and 195).
local function side_words(side)
  if side:find("GPU-h", 1, true) then
    side = side:gsub("GPU%-h([^%a])", "GPU-hour%1"):gsub("GPU%-h$", "GPU-hour")
  end
  if side:find("[%-%*\194\195]") then
    side = side:gsub("·", " "):gsub("×", " "):gsub("[%-%*]", " ")
  end
  return side:gmatch("%S+")
end

---Parses unit text into { d = {base = exponent}, s = scale, text = text }.
---@param text string e.g. "USD/GPU-hour", "kg CO2e/kWh", "per year", "MWh"
---@param rates? table<string, number> declared currency rates (USD per unit)
---@return table|nil unit
---@return string|nil error
function M.parse(text, rates)
  local key = text
  if not rates or next(rates) == nil then
    local u = cache[key]
    if u then return u end
    local err = failed[key]
    if err then return nil, err end
  else
    key = nil
  end
  -- each rewrite only where its text occurs: gsub copies the whole text even when nothing matches
  local t = " " .. text .. " "
  if t:find("per", 1, true) then t = t:gsub("%s+per%s+", "/") end
  if t:find("^%s*/") then t = t:gsub("^%s*/", "1/") end
  local d, s = {}, 1
  local part = 0
  for side in (t .. "/"):gmatch("([^/]*)/") do
    part = part + 1
    local sign = part == 1 and 1 or -1
    local any = false
    for w in side_words(side) do
      any = true
      local exp = 1
      local base, e
      if w:find("^", 1, true) then base, e = w:match("^(.-)%^(%-?%d+)$") end
      if base then w, exp = base, tonumber(e) end
      local u, err = word(w, rates)
      if not u then
        err = err or string.format("unknown unit '%s' in '%s'", w, text)
        if key then failed[key] = err end
        return nil, err
      end
      for k, v in pairs(u.d) do d[k] = (d[k] or 0) + sign * exp * v end
      s = s * u.s ^ (sign * exp)
    end
    if not any and part > 1 then
      local err = string.format("'%s' has an empty side of '/'", text)
      if key then failed[key] = err end
      return nil, err
    end
  end
  for k, v in pairs(d) do if v == 0 then d[k] = nil end end
  local u = { d = d, s = s, text = text }
  if key then cache[key] = u end
  return u
end

---The unit names parse() knows (for messages and help).
M.names = known_names

---The unit definitions in the order they are made: { names = {...}, d = dims, s = scale }.
---@return table[]
function M.defs() return DEFS end

---A unit's dimensions as text ("USD/GPU·hour"; "1" for none), at scale 1.
---@param d table<string, integer>
---@return string
function M.dims_text(d) return canonical_text(d) end

---Whether two units have the same dimensions.
function M.same_dims(a, b)
  for k, v in pairs(a.d) do if b.d[k] ~= v then return false end end
  for k, v in pairs(b.d) do if a.d[k] ~= v then return false end end
  return true
end

---Whether a unit has no dimension (fraction, ratio, %, million).
function M.dimensionless(u)
  return next(u.d) == nil
end

-- Text for a unit built by arithmetic: "USD", "kWh/hour", "GPU·hour".
function canonical(d, s)
  local num, den = {}, {}
  for _, k in ipairs(BASE_ORDER) do
    local e = d[k]
    if e then
      local n = BASE_NAMES[k] .. ((math.abs(e) ~= 1) and ("^" .. math.abs(e)) or "")
      if e > 0 then num[#num + 1] = n else den[#den + 1] = n end
    end
  end
  local text = (#num > 0 and table.concat(num, "·") or "1") .. (#den > 0 and ("/" .. table.concat(den, "·")) or "")
  if s ~= 1 then text = string.format("%s (×%g)", text, s) end
  return text
end

---How a unit reads in messages.
function M.show(u)
  return u.text or canonical(u.d, u.s)
end

local function combine(a, b, sign)
  local d = {}
  for k, v in pairs(a.d) do d[k] = v end
  for k, v in pairs(b.d) do d[k] = (d[k] or 0) + sign * v end
  for k, v in pairs(d) do if v == 0 then d[k] = nil end end
  local u = { d = d, s = a.s * b.s ^ sign }
  -- keep a readable name when the result is a plain base unit
  if next(d) == nil and u.s == 1 then u.text = "1" end
  return u
end

-- What a few dimensions mean, for messages (built when a message first asks).
local MEANINGS
local function meanings() return {
  { { usd = 1, kwh = -1 }, "an energy price" },
  { { usd = 1, gpu = -1, hour = -1 }, "a rental rate" },
  { { usd = 1, gpu = -1 }, "a price per GPU" },
  { { usd = 1 }, "money" },
  { { kwh = 1 }, "energy" },
  { { kwh = 1, hour = -1 }, "power" },
  { { hour = 1 }, "a duration" },
  { { hour = -1 }, "a fraction per unit of time" },
  { { gpu = 1 }, "a GPU count" },
  { { kg = 1, co2e = 1, kwh = -1 }, "a grid intensity" },
  { { kg = 1, co2e = 1 }, "emissions" },
  { { flop = 1 }, "compute" },
  { { litre = 1 }, "water" },
  { { kg = 1 }, "mass" },
  { { co2e = 1 }, "CO2-equivalent, after a mass" },
  { { person = 1 }, "people" },
  { { litre = 1, kwh = -1 }, "water per kWh" },
  { { token = 1 }, "tokens" },
  { { param = 1 }, "parameters" },
} end

---What a unit's dimension means ("an energy price"), or nil.
function M.meaning(u)
  MEANINGS = MEANINGS or meanings()
  for _, m in ipairs(MEANINGS) do
    if M.same_dims(u, { d = m[1] }) then return m[2] end
  end
  return nil
end

-- Quantities -------------------------------------------------------------------

local Q = {}
local methods = {}
local quantities = setmetatable({}, { __mode = "k" })

local function isq(v) return quantities[v] ~= nil end
M.is = isq

---A quantity: value (number or uncertain node) in unit u (from parse).
function M.new(value, u)
  local q = setmetatable({}, Q)
  quantities[q] = { v = value, u = u }
  return q
end

---The plain value of v (a quantity's number or node in its own unit; anything else as is).
function M.raw(v)
  local q = quantities[v]
  if q then return q.v end
  return v
end

---The unit of v, or nil for a plain value.
function M.unit(v)
  local q = quantities[v]
  return q and q.u or nil
end

-- A message at the scenario line that called in, found on the stack: a
-- metamethod may be called from C ("2" * rate runs the string's __mul first),
-- so a fixed level could name no line or one of the library's. Outside a
-- scenario file (a REPL line) the level says where.
local function fail(level, fmt, ...)
  local file, line = require("tcost.lang.sandbox").where()
  if file then error(string.format("%s:%d: " .. fmt, file, line, ...), 0) end
  error(string.format(fmt, ...), level + 1)
end

-- The side of an operation that is no value with a unit must be a number or
-- an uncertain value (userdata): {} + rate is the scenario's mistake, named
-- at its line, not an error inside this file.
-- Both sides are checked by name: a nil operand (cfg.hourz * rate) must not
-- end a loop over them early.
local function plain_side(sym, a, b)
  for i = 1, 2 do
    local x = b
    if i == 1 then x = a end
    if not quantities[x] and math.type(x) == nil and type(x) ~= "userdata" then
      fail(3, "%s: needs numbers, uncertain values or values with units (got %s)", sym, type(x))
    end
  end
end

-- a + b and a - b: same dimensions; b converted into a's unit. A plain number
-- takes the other side's unit.
local function additive(op, sym)
  return function(a, b)
    plain_side(sym, a, b)
    local qa, qb = quantities[a], quantities[b]
    if qa and qb then
      if not M.same_dims(qa.u, qb.u) then
        fail(2, "cannot %s %s and %s: different dimensions", sym == "+" and "add" or "subtract",
          M.show(qa.u), M.show(qb.u))
      end
      local f = qb.u.s / qa.u.s
      return M.new(op(qa.v, f == 1 and qb.v or qb.v * f), qa.u)
    end
    if qa then return M.new(op(qa.v, b), qa.u) end
    return M.new(op(a, qb.v), qb.u)
  end
end

Q.__add = additive(function(x, y) return x + y end, "+")
Q.__sub = additive(function(x, y) return x - y end, "-")
Q.__mul = function(a, b)
  plain_side("*", a, b)
  local qa, qb = quantities[a], quantities[b]
  if qa and qb then
    local u = combine(qa.u, qb.u, 1)
    return M.new(qa.v * qb.v, u)
  end
  if qa then return M.new(qa.v * b, qa.u) end
  return M.new(a * qb.v, qb.u)
end
Q.__div = function(a, b)
  plain_side("/", a, b)
  local qa, qb = quantities[a], quantities[b]
  if qa and qb then return M.new(qa.v / qb.v, combine(qa.u, qb.u, -1)) end
  if qa then return M.new(qa.v / b, qa.u) end
  return M.new(a / qb.v, combine({ d = {}, s = 1 }, qb.u, -1))
end
Q.__pow = function(a, b)
  plain_side("^", a, b)
  local qa = quantities[a]
  if quantities[b] then
    if not M.dimensionless(quantities[b].u) then fail(2, "an exponent must have no unit (got %s)", M.show(quantities[b].u)) end
    b = quantities[b].v * quantities[b].u.s
  end
  if not qa then return a ^ b end
  if M.dimensionless(qa.u) then return M.new((qa.v * qa.u.s) ^ b, { d = {}, s = 1, text = "1" }) end
  if math.type(b) == nil or b ~= math.floor(b) then
    fail(2, "%s raised to a non-integer power has no unit; convert it first", M.show(qa.u))
  end
  local d = {}
  for k, v in pairs(qa.u.d) do d[k] = v * b end
  return M.new(qa.v ^ b, { d = d, s = qa.u.s ^ b })
end
Q.__len = function() fail(2, "#: a value with a unit has no length (its number is .value)") end
Q.__unm = function(a) local q = quantities[a]; return M.new(-q.v, q.u) end
local function compared(a, b, sym)
  plain_side(sym, a, b)
  local qa, qb = quantities[a], quantities[b]
  if qa and qb then
    if not M.same_dims(qa.u, qb.u) then fail(3, "cannot compare %s with %s", M.show(qa.u), M.show(qb.u)) end
    return qa.v * qa.u.s, qb.v * qb.u.s
  end
  if qa then return qa.v, b end
  return a, qb.v
end
-- an uncertain side is the node's to refuse (it raises where it is called)
local function ordered(x, y, sym)
  if type(x) == "userdata" or type(y) == "userdata" then
    fail(3, "%s: uncertain values cannot be compared with < or <=; use x:lt(y), x:gt(y) (their mean is the probability)", sym)
  end
  if sym == "<" then return x < y end
  return x <= y
end
Q.__lt = function(a, b) local x, y = compared(a, b, "<"); return ordered(x, y, "<") end
Q.__le = function(a, b) local x, y = compared(a, b, "<="); return ordered(x, y, "<=") end
Q.__tostring = function(a)
  local q = quantities[a]
  local v = type(q.v) == "number" and string.format("%.6g", q.v) or tostring(q.v)
  return v .. " " .. M.show(q.u)
end
Q.__index = function(a, k)
  local q = quantities[a]
  if k == "value" then return q.v end
  if k == "unit" then return M.show(q.u) end
  return methods[k]
end
Q.__newindex = function() fail(2, "a value with a unit is read-only") end
Q.__name = "tcost.Quantity"
Q.__metatable = "tcost quantity"

-- x:gt(y) and friends on an uncertain quantity: an indicator, no unit.
for _, name in ipairs({ "gt", "ge", "lt", "le" }) do
  methods[name] = function(self, y)
    if not quantities[self] then fail(2, "%s: call it with ':' on a value with a unit (x:%s(y))", name, name) end
    local x, yy = compared(self, y, name)
    if type(x) ~= "userdata" then fail(2, "%s: only uncertain values have %s (use < or >)", name, name) end
    return x[name](x, yy)
  end
end
methods.label = function(self)
  if not quantities[self] then fail(2, "label: call it with ':' on a value with a unit (x:label())") end
  local v = quantities[self].v
  return type(v) == "userdata" and v:label() or nil
end

---Converts v to the unit `to` (text): a plain value is taken to be in it; a
---quantity of another dimension raises. Returns the plain value.
---@param v any
---@param to string
---@param what string e.g. "rental: field 'rate'"
---@param rates? table currency rates
---@param level? integer error level
function M.convert(v, to, what, rates, level)
  local q = quantities[v]
  if not q then return v end
  local tu, err = M.parse(to, rates)
  if not tu then error(err, 0) end
  -- a fraction (or a percent) given where a rate per unit of time goes is
  -- that fraction per the field's own unit of time: 10 percent for a
  -- cost_of_capital in 1/year is 0.10 a year
  local dimensionless = next(q.u.d) == nil
  local per_time = next(tu.d) == "hour" and tu.d.hour == -1 and next(tu.d, "hour") == nil
  if dimensionless and per_time then return q.u.s == 1 and q.v or q.v * q.u.s end
  if not M.same_dims(q.u, tu) then
    local quot = combine(tu, q.u, -1)
    local hint = ""
    local k, e = next(quot.d)
    if k == "hour" and e == 1 and next(quot.d, k) == nil then
      -- a yearly (or hourly) amount given where an amount goes
      hint = "; it is per unit of time: multiply it by the years (or hours) it runs for"
    elseif next(quot.d) then
      hint = "; converting would need a factor in " .. canonical(quot.d, 1)
    end
    local function named(u)
      local n = M.meaning(u)
      return M.show(u) .. (n and (" (" .. n .. ")") or "")
    end
    error(string.format("%s is %s but the value given is %s%s", what, named(tu), named(q.u), hint), level or 0)
  end
  local f = q.u.s / tu.s
  if f == 1 then return q.v end
  return q.v * f
end

return M
