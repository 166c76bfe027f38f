-- lang/ctor/currency.lua: values with units in a scenario: quantity(v, unit)
-- makes one, currency "EUR" { usd = } declares the rate that lets a currency
-- other than USD convert (never silently). The rules are lang/units.lua's.
local mc = require "tcost.c.mc"
local fields = require "tcost.lang.fields"
local units = require "tcost.lang.units"

local fail = fields.fail

local M = {}

-- The currencies tcost knows, sorted, for a message.
local function known_currencies()
  local l = {}
  for k in pairs(units.CURRENCIES) do l[#l + 1] = k end
  table.sort(l)
  return table.concat(l, ", ")
end

---Adds quantity and currency to I.G.
---@param I table the language instance (lang/dsl.lua)
function M.install(I)
  local reg = I.reg
  ---quantity(2664e3, "GPU-hour"): a number (or uncertain value) with a unit.
  function I.G.quantity(v, text)
    if not fields.is_value(v) then fail("quantity: the first argument must be a number or an uncertain value (got %s)", type(v)) end
    if type(text) ~= "string" then fail("quantity: the second argument is the unit, e.g. \"GPU-hour\" (got %s)", type(text)) end
    local u, err = units.parse(text, reg.rates)
    if not u then fail("quantity: %s", err) end
    return units.new(v, u)
  end

  ---currency "EUR" { usd = 1.08, source = "..." }: lets values in EUR convert to USD at that rate.
  I.G.currency = I.shaped("currency", false, function(name, def)
    def = fields.copy(def)
    local what = "currency '" .. name .. "'"
    if not units.CURRENCIES[name] then
      fail("%s: not a currency tcost knows (%s)", what, known_currencies())
    end
    fields.validate(what, def, I.decl("currency"), I.vopts, "currency")
    if mc.isnode(def.usd) then fail("%s: the rate must be a number", what) end
    if reg.rates[name] then fail("%s is declared twice", what) end
    reg.rates[name] = def.usd
    return def.usd
  end)
end

return M
