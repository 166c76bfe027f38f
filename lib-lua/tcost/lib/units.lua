-- lib/units.lua: numbers as people read them: "$294K", "2.79M GPU-h", "21.6 GWh",
-- "8.9 kt CO2e", "34.6%", "20.0×", and uncertain values as
-- "$6.20M (90%: $4.30M–$8.90M)". Presentation only: nothing here computes a
-- model number. Every rounding goes through string.format, whose correctly
-- rounded conversions make the output the same on every run and machine.
local M = {}

---Whether a grid intensity's basis (the catalog's words, as "CO2, direct
---combustion" or "CO2e, lifecycle") counts CO2 only, so its mass is CO2, not CO2e.
---@param basis string|nil
---@return boolean
function M.co2_only(basis)
  return type(basis) == "string" and basis:match("^CO2,") ~= nil
end

local floor, abs, huge = math.floor, math.abs, math.huge

-- Default significant figures. Carbon gets two: grid emission factors are
-- known to roughly ±10%, so a third figure would claim precision we lack
-- (8.9e6 kg prints as "8.9 kt CO2e").
M.SIG = 3

local function finite(x) return type(x) == "number" and x == x and x ~= huge and x ~= -huge end

---True when `v` is a summary table from sampling rather than a plain number.
---@param v any
---@return boolean
function M.is_summary(v)
  return type(v) == "table" and type(v.mean) == "number"
end

---The single number that stands for a value: itself, or a summary's mean.
---@param v number|table|nil
---@return number|nil
function M.point(v)
  if type(v) == "number" then return v end
  if M.is_summary(v) then return v.mean end
  return nil
end

-- Fixed-point text of |x| with `n` significant figures ("5.58", "294",
-- "0.0123"; "0" only for a zero) and the exponent of its first figure, so a
-- value rounding up (999.7 -> "1000", 3) is seen: tcost.c.text.fixed
-- (src/text.c) holds the rule, one conversion per figure.
local fixed = require("tcost.c.text").fixed

---`x` with `n` significant figures, plain notation, sign kept.
---@param x number
---@param n? integer default 3
---@return string
function M.sig(x, n)
  if not finite(x) then return "n/a" end
  local s = fixed(x, n or M.SIG)
  if x < 0 and s ~= "0" then s = "-" .. s end
  return s
end

local POW1000 = { 1.0, 1e3, 1e6, 1e9, 1e12 } -- 1000 ^ (k - 1), exact

-- Picks the largest suffix whose rounded mantissa stays below 1000, so 999,600
-- reads "1.00M", not "1000K".
local function scaled(x, n, suffixes)
  local a, k, top = abs(x), 1, #suffixes
  while k < top and a >= POW1000[k + 1] do k = k + 1 end
  local s, lead = fixed(a / POW1000[k], n)
  if k < top and lead >= 3 then
    k = k + 1
    s = fixed(a / POW1000[k], n)
  end
  return s, suffixes[k]
end

local MONEY_SUFFIX = { "", "K", "M", "B", "T" }
local ENERGY_SUFFIX = { "kWh", "MWh", "GWh", "TWh", "PWh" }
local CARBON_SUFFIX = { "kg", "t", "kt", "Mt", "Gt" }
local WATER_SUFFIX = { "L", "kL", "ML", "GL", "TL" }

-- The one shape of every scaled quantity: sign, prefix, the mantissa at n
-- significant figures, separator, the scale's suffix and the unit after it
-- ("-$1.20M", "2.79M GPU-h", "21.6 GWh", "8.90 kt CO2e"); "n/a" when not
-- finite. A value that rounds to zero takes no sign.
local function quantity(x, n, suffixes, prefix, sep, unit)
  if not finite(x) then return "n/a" end
  local s, suf = scaled(x, n or M.SIG, suffixes)
  return ((x < 0 and s ~= "0") and "-" or "") .. prefix .. s .. sep .. suf .. unit
end

---Money, short form: `$294K`, `$5.58M`, `$51.0M`, `$1.20B` (n = 2 gives `$1.2B`).
---@param x number USD
---@param n? integer significant figures, default 3
---@return string
function M.money(x, n) return quantity(x, n, MONEY_SUFFIX, "$", "", "") end

---A plain quantity with a K/M/B/T suffix: 18e6 → `18.0M`.
---@param x number
---@param n? integer
---@return string
function M.count(x, n) return quantity(x, n, MONEY_SUFFIX, "", "", "") end

---Integer text with comma groups: thousands(1234567) == "1,234,567".
---@param x number
---@param decimals? integer digits after the point, default 0
---@return string
function M.thousands(x, decimals)
  if not finite(x) then return "n/a" end
  local s = string.format("%." .. (decimals or 0) .. "f", abs(x))
  local int, frac = s:match("^(%d+)(.*)$")
  local groups = int:reverse():gsub("(%d%d%d)", "%1,"):reverse()
  if groups:sub(1, 1) == "," then groups = groups:sub(2) end
  local negative = x < 0 and tonumber(s) ~= 0
  return (negative and "-" or "") .. groups .. frac
end

---Money, full form for exact figures: `$294,000`; cents below $1,000 when not whole.
---@param x number USD
---@return string
function M.money_full(x)
  if not finite(x) then return "n/a" end
  local whole = x == floor(x) or abs(x) >= 1000
  local s = M.thousands(abs(x), whole and 0 or 2)
  return ((x < 0 and s:match("[1-9]")) and "-" or "") .. "$" .. s
end

---Money per unit, e.g. rate(2, "GPU-h") == "$2.00/GPU-h".
---@param x number USD per unit
---@param per string
---@param n? integer
---@return string
function M.rate(x, per, n)
  if not finite(x) then return "n/a" end
  return M.money(x, n) .. "/" .. per
end

---GPU-hours: `147K GPU-h`, `2.79M GPU-h`.
---@param x number
---@param n? integer
---@return string
function M.gpu_hours(x, n) return quantity(x, n, MONEY_SUFFIX, "", "", " GPU-h") end

---Energy from kWh: 21.6e6 → `21.6 GWh`.
---@param kwh number
---@param n? integer
---@return string
function M.energy(kwh, n) return quantity(kwh, n, ENERGY_SUFFIX, "", " ", "") end

---Carbon from kg: 8.9e6 → `8.90 kt CO2e` (three significant figures by
---default, like every figure, so a total and the check beside it agree).
---@param kg number
---@param n? integer
---@return string
function M.carbon(kg, n) return quantity(kg, n, CARBON_SUFFIX, "", " ", " CO2e") end

---Carbon dioxide alone from kg, for an intensity that counts CO2 only:
---1.22e6 → `1.22 kt CO2` (never "CO2e", which would claim the other gases).
---@param kg number
---@param n? integer
---@return string
function M.carbon_co2(kg, n) return quantity(kg, n, CARBON_SUFFIX, "", " ", " CO2") end

---Water from litres: 1.19e7 → `11.9 ML`.
---@param l number
---@param n? integer
---@return string
function M.water(l, n) return quantity(l, n, WATER_SUFFIX, "", " ", "") end

-- x (times scale) to n significant digits with a suffix; "n/a" when not finite.
local function suffixed(x, n, suffix, scale)
  if not finite(x) then return "n/a" end
  return M.sig(scale and x * scale or x, n) .. suffix
end

---A ratio as a percentage: 0.346 → `34.6%`.
---@param r number
---@param n? integer
---@return string
function M.ratio(r, n) return suffixed(r, n, "%", 100) end

---A multiple: 20 → `20.0×`.
---@param x number
---@param n? integer
---@return string
function M.multiple(x, n) return suffixed(x, n, "×") end

---Days: 54.2 → `54.2 days`.
---@param d number
---@param n? integer
---@return string
function M.days(d, n) return suffixed(d, n, " days") end

---Months: 1.9 → `1.90 months`.
---@param m number
---@param n? integer
---@return string
function M.months(m, n) return suffixed(m, n, " months") end

---Large counts in scientific form: 3.29e24 → `3.29e24`.
---@param x number
---@param n? integer
---@return string
function M.sci(x, n)
  if not finite(x) then return "n/a" end
  if x == 0 then return "0" end
  local s = string.format("%." .. ((n or M.SIG) - 1) .. "e", x)
  local mant, e = s:match("^(.-)e([-+]%d+)$")
  local ei = tonumber(e)
  if ei >= -3 and ei < 6 then return M.sig(x, n) end
  return mant .. "e" .. tostring(ei)
end

-- Unit names from the result contract (and a few spellings scenarios use)
-- mapped to their formatter; anything else prints "number unit".
local BY_UNIT = {
  USD = M.money, money = M.money,
  ["GPU-h"] = M.gpu_hours, ["GPU-hours"] = M.gpu_hours, gpu_hours = M.gpu_hours,
  kWh = M.energy, energy = M.energy,
  kg = M.carbon, ["kg CO2e"] = M.carbon, carbon = M.carbon, ["kg CO2"] = M.carbon_co2,
  L = M.water, water = M.water,
  ratio = M.ratio, ["%"] = M.ratio,
  x = M.multiple, multiple = M.multiple,
  probability = M.ratio,
  days = M.days, months = M.months,
  FLOP = function(x, n) return M.sci(x, n) .. " FLOP" end,
  ["TFLOP/s"] = function(x, n) return M.sig(x, n) .. " TFLOP/s" end,
}

-- "USD/<something>" is a price per unit.
local function per_unit(kind)
  local per = type(kind) == "string" and kind:match("^USD/(.+)$")
  if not per then return nil end
  if per == "GPU-hour" then per = "GPU-h" end
  return function(x, n) return M.rate(x, per, n) end
end

-- The formatter for a unit name, made anew.
local function make_formatter(kind)
  local f = BY_UNIT[kind] or per_unit(kind)
  if f then return f end
  -- "GPU-h per trillion tokens": the first unit's formatter, then the rest
  local head, rest
  if type(kind) == "string" then head, rest = kind:match("^(%S+) (per .+)$") end
  if head and BY_UNIT[head] then
    local g = BY_UNIT[head]
    return function(x, n) return g(x, n) .. " " .. rest end
  end
  if kind == nil or kind == "" then return M.sig end
  return function(x, n)
    if not finite(x) then return "n/a" end
    return M.sig(x, n) .. " " .. kind
  end
end

-- Formatters of the unit names met so far: a report asks for the same few
-- hundreds of times, and they are pure, so they are kept for the process.
local made = {}

---The formatter for a unit name; unknown units print "3.14 unit".
---@param kind string|nil
---@return fun(x: number, n?: integer): string
function M.formatter(kind)
  local f = made[kind]
  if f then return f end
  f = make_formatter(kind)
  if type(kind) == "string" then made[kind] = f end
  return f
end

---An uncertain value: `$6.20M (90%: $4.30M–$8.90M)`.
---@param summary table with mean, p5, p95
---@param f fun(x: number, n?: integer): string
---@param n? integer
---@return string
function M.interval(summary, f, n)
  local mean, range = M.parts(summary, f, n)
  return string.format("%s (90%%: %s)", mean, range)
end

---A summary as two strings: its mean, and its 90% range "lo–hi" where a unit
---word shared by all three is said once ("3.60M GPU-h", "600K–8.90M").
---@param summary table with mean, p5, p95
---@param f fun(x: number, n?: integer): string
---@param n? integer
---@return string mean
---@return string range
function M.parts(summary, f, n)
  local mean, lo, hi = f(summary.mean, n), f(summary.p5, n), f(summary.p95, n)
  local tail = mean:match("[ /][^ /]*$")
  if tail and lo:sub(-#tail) == tail and hi:sub(-#tail) == tail then
    lo, hi = lo:sub(1, -#tail - 1), hi:sub(1, -#tail - 1)
  end
  return mean, lo .. "–" .. hi
end

---Any value V of the result (number or summary) in the unit `kind`.
---nil prints as an em dash so tables keep their shape.
---@param v number|table|nil
---@param kind? string a unit name such as "USD", "GPU-h", "kWh", "kg", "ratio"
---@param n? integer significant figures
---@return string
function M.value(v, kind, n)
  local f = M.formatter(kind)
  if type(v) == "number" then return f(v, n) end
  if M.is_summary(v) then
    -- a probability is the mean of a 0/1 indicator: its interval says nothing
    if kind == "probability" then return f(v.mean, n) end
    if v.p5 and v.p95 then return M.interval(v, f, n) end
    return f(v.mean, n)
  end
  return "—"
end

---Like value, but a summary shows only its mean (for tight table cells).
---@param v number|table|nil
---@param kind? string
---@param n? integer
---@return string
function M.short(v, kind, n)
  local p = M.point(v)
  if p == nil then return "—" end
  return M.formatter(kind)(p, n)
end

---A change with its sign always shown: signed(1.03e6, "USD") == "+$1.03M",
---signed(-0.05, "ratio") == "-5.00%", signed(0, "USD") == "+$0"; nil is "—".
---@param v number|nil
---@param kind? string
---@return string
function M.signed(v, kind)
  if type(v) ~= "number" then return "—" end
  if not finite(v) then return "n/a" end
  local s = M.formatter(kind)(abs(v))
  return ((v < 0 and s:match("[1-9]")) and "-" or "+") .. s
end

---How a run's numbers were obtained, in words, for every format's header and
---provenance block: a short phrase for "samples", and a sentence.
---@param run table result.run
---@return string short, string sentence
function M.sampling(run)
  if run.uncertain == false then
    return "0 (exact: no input is uncertain)", "Exact: no input is uncertain."
  elseif (run.samples or 0) == 0 then
    return "0 (point estimate: every input at its median)", "Point estimate: every input at its median."
  end
  return M.thousands(run.samples) .. " (uncertain values: mean, 90% interval p5–p95)",
    string.format("Monte Carlo, %s samples, seed %d: uncertain values show the mean and the 90%% interval (p5–p95).",
      M.thousands(run.samples), run.seed or 0)
end

---The first http(s) URL in a source text, and the text without it (for link
---text); nil when there is none. Shared by the formats that make links.
---@param s string
---@return string|nil url, string|nil rest
function M.split_url(s)
  local a, b = s:find("https?://[^%s<>\"]+")
  if not a then return nil end
  local url = s:sub(a, b):gsub("[.,;:!?]+$", "")
  if url:sub(-1) == ")" and not url:find("%(") then url = url:sub(1, -2) end
  local rest = (s:sub(1, a - 1) .. s:sub(a + #url)):gsub("^%s+", ""):gsub("[%s:,;]+$", "")
  return url, rest
end

return M
