-- market.lua: the built-in dated price observations (tcost.c.catalog.prices)
-- turned into answers: the observation nearest a date for a commitment, with
-- Epoch AI's fallback when that commitment has none (3-year -> 1-year ->
-- on-demand, rescaled by its default discounts); the spread of the rentals
-- near a date, for a distribution; a purchase price as of a date. Pure
-- functions over plain tables; the language wraps them (dsl.lua) and
-- declares what they return as assumptions with these sources.
local catalog = require "tcost.c.catalog"

local M = {}

M.COMMITMENTS = { "on-demand", "1-year", "3-year", "spot" }
M.CLASSES = { "hyperscaler", "specialised", "marketplace", "index", "reseller" }
M.SCOPES = { "chip", "board", "server" }

-- Epoch AI's default committed-use discounts off on-demand, per provider
-- (training-cost-trends, cost_analysis_standalone.py DEFAULT_CUD): one table,
-- model/pricing.lua's CLOUD_DISCOUNTS, keyed by Epoch's provider names; the
-- catalog's short names map onto them, and any other provider takes Lambda's
-- ("the average of the above" in Epoch's code).
local pricing = require "tcost.model.pricing"
local SHORT = { AWS = "Amazon Web Services", Azure = "Microsoft Azure" }
M.DISCOUNT_SOURCE = "Epoch AI default commitment discounts (cost_analysis_standalone.py DEFAULT_CUD) " ..
    "[epoch-training-cost-trends-2024]"

-- Epoch's order of preference: the 3-year price first, then 1-year, then on demand.
local FALLBACK = { "3-year", "1-year", "on-demand" }

-- The catalog's name of an accelerator key, for messages.
local function label(gpu)
  local e = catalog.get(gpu)
  return e and e.name or gpu
end

local function contains(list, v)
  for _, x in ipairs(list) do if x == v then return true end end
  return false
end

---Months since year 0 of a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date (a day counts as a fraction).
---@param date string
---@return number|nil months, string|nil error
function M.months(date)
  if type(date) ~= "string" then return nil, "a date must be a string like \"2026-03\"" end
  local y, m, d = date:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then y, m = date:match("^(%d%d%d%d)%-(%d%d)$") end
  if not y then y = date:match("^(%d%d%d%d)$"); m = y and "07" end
  y, m, d = tonumber(y), tonumber(m), tonumber(d or 1)
  if not y or m < 1 or m > 12 or d < 1 or d > 31 then
    return nil, "dates are written YYYY, YYYY-MM or YYYY-MM-DD (got '" .. date .. "')"
  end
  return y * 12 + (m - 1) + (d - 1) / 31
end

-- Whose discounts a provider's prices are rescaled with: its own when Epoch
-- lists it, else Lambda Labs' (Epoch's default for any other provider).
local function discounts_of(provider)
  local t = pricing.CLOUD_DISCOUNTS
  local own = t[SHORT[provider] or provider]
  return own or t["Lambda Labs"], own == nil
end

local function discount(provider, commitment)
  if commitment == "on-demand" then return 0 end
  return (discounts_of(provider))[commitment]
end

---The price of an observation at commitment `to` from its own commitment `from`, as Epoch's
---apply_cud does: price × (1 − discount(to)) / (1 − discount(from)).
function M.rescale(usd, provider, from, to)
  return usd * (1 - discount(provider, to)) / (1 - discount(provider, from))
end

-- Rentals of gpu (a name or key) passing opts.class and opts.provider, sorted by date.
local function rentals(gpu, opts, kind)
  local all, msg = catalog.prices(gpu)
  if not all then error(msg, 0) end
  local out = {}
  for _, o in ipairs(all) do
    if o.kind == kind and (not opts.class or o.class == opts.class)
        and (not opts.provider or o.provider == opts.provider)
        and (not opts.scope or o.scope == opts.scope) then
      out[#out + 1] = o
    end
  end
  table.sort(out, function(a, b)
    if a.date ~= b.date then return a.date < b.date end
    if a.provider ~= b.provider then return a.provider < b.provider end
    return a.usd < b.usd
  end)
  return out
end

local function check_choice(what, v, list)
  if v ~= nil and not contains(list, v) then
    error(string.format("unknown %s '%s' (known: %s)", what, tostring(v), table.concat(list, ", ")), 0)
  end
end

local function check_opts(commitment, opts)
  check_choice("commitment", commitment, M.COMMITMENTS)
  check_choice("provider class", opts.class, M.CLASSES)
  check_choice("scope", opts.scope, M.SCOPES)
end

-- The observation among list nearest to months t (ties: the later, then the listed order).
local function nearest_of(list, t)
  local best, gap
  for _, o in ipairs(list) do
    local g = math.abs(M.months(o.date) - t)
    if not best or g < gap or (g == gap and o.date > best.date) then best, gap = o, g end
  end
  return best, gap
end

local function describe_filters(gpu, commitment, opts)
  local parts = { label(gpu) }
  if commitment then parts[#parts + 1] = commitment end
  if opts.class then parts[#parts + 1] = opts.class end
  if opts.provider then parts[#parts + 1] = opts.provider end
  if opts.scope then parts[#parts + 1] = opts.scope end
  return table.concat(parts, ", ")
end

-- "dated 2024-01-29" or "dated 2023-06-22 to 2026-12 (21 dates)"; list is sorted by date.
local function dates_of(list)
  local seen, n = {}, 0
  for _, o in ipairs(list) do
    if not seen[o.date] then seen[o.date] = true; n = n + 1 end
  end
  if n == 1 then return "dated " .. list[1].date end
  return string.format("dated %s to %s (%d dates)", list[1].date, list[#list].date, n)
end

-- Dollars as sources write them: 2.45, 3.5 -> 3.50, 33750.
local function money(v)
  if v == math.floor(v) and v >= 100 then return string.format("%.0f", v) end
  return string.format("%.2f", v)
end
M.money = money

-- What both rental queries start from: the options checked, the date as a
-- month number and the accelerator's rental observations.
local function rental_query(gpu, date, commitment, opts)
  opts = opts or {}
  check_opts(commitment, opts)
  local t, err = M.months(date)
  if not t then error(err, 0) end
  return opts, t, rentals(gpu, opts, "rent")
end

---The rental observation nearest to date for commitment; when that commitment has none, Epoch's
---fallback (3-year -> 1-year -> on-demand) rescaled by its default discounts.
---@param gpu string accelerator name or key
---@param date string "YYYY-MM" etc.
---@param commitment string "on-demand" | "1-year" | "3-year" | "spot"
---@param opts table|nil { class =, provider =, within = months (default 24) }
---@return number usd per GPU-hour, table obs, string how (text for a source)
function M.rent_as_of(gpu, date, commitment, opts)
  local t, list
  opts, t, list = rental_query(gpu, date, commitment, opts)
  local within = opts.within or 24
  local order = { commitment }
  if commitment ~= "spot" then
    for _, c in ipairs(FALLBACK) do if c ~= commitment then order[#order + 1] = c end end
  end
  for _, c in ipairs(order) do
    local of = {}
    for _, o in ipairs(list) do if o.commitment == c then of[#of + 1] = o end end
    local o, gap = nearest_of(of, t)
    if o and gap <= within then
      local usd, how = o.usd, string.format("%s %s $%s on %s, nearest to %s", o.provider, c,
        money(o.usd), o.date, date)
      if c ~= commitment then
        usd = M.rescale(o.usd, o.provider, c, commitment)
        how = string.format("%s; no %s price within %d months, so Epoch's fallback: %s × (1 − %g) / (1 − %g)",
          how, commitment, within, c, discount(o.provider, commitment), discount(o.provider, c))
        if select(2, discounts_of(o.provider)) then
          -- say whose discounts carry the price over: not the provider's own, which tcost does not have
          how = how .. string.format(", Lambda Labs' discounts (Epoch's default for a provider it lists none for; "
            .. "no %s discount is published here)", o.provider)
        end
      end
      return usd, o, how
    end
  end
  if #list == 0 then
    error(string.format("no rental prices for %s", describe_filters(gpu, nil, opts)), 0)
  end
  error(string.format("no %s rental price within %d months of %s (its prices are %s)",
    describe_filters(gpu, commitment, opts), within, date, dates_of(list)), 0)
end

---The purchase observation nearest to date (per GPU), optionally of one scope.
---@return number usd, table obs, string how
function M.price_as_of(gpu, date, opts)
  opts = opts or {}
  check_opts(nil, opts)
  local t, err = M.months(date)
  if not t then error(err, 0) end
  local within = opts.within or 24
  local list = rentals(gpu, opts, "purchase")
  local o, gap = nearest_of(list, t)
  if not o then error(string.format("no purchase prices for %s", describe_filters(gpu, nil, opts)), 0) end
  if gap > within then
    error(string.format("no purchase price for %s within %d months of %s (its prices are %s)",
      describe_filters(gpu, nil, opts), within, date, dates_of(list)), 0)
  end
  return o.usd, o, string.format("%s, %s share per GPU $%s on %s, nearest to %s", o.provider, o.scope,
    money(o.usd), o.date, date)
end

---The rentals of one commitment within `window` months (default 6) of date: their prices
---(one per observation, so repeated listings weigh more) and the observations.
---@return number[] values, table[] obs
function M.spread(gpu, date, commitment, opts)
  local t, list
  opts, t, list = rental_query(gpu, date, commitment, opts)
  local window = opts.window or 6
  local values, obs = {}, {}
  for _, o in ipairs(list) do
    if o.commitment == commitment and math.abs(M.months(o.date) - t) <= window then
      values[#values + 1] = o.usd
      obs[#obs + 1] = o
    end
  end
  if #values == 0 then
    local of = {}
    for _, o in ipairs(list) do if o.commitment == commitment then of[#of + 1] = o end end
    error(string.format("no %s rental prices within %d months of %s%s", describe_filters(gpu, commitment, opts),
      window, date, #of > 0 and (" (its " .. commitment .. " prices are " .. dates_of(of) .. ")") or ""), 0)
  end
  return values, obs
end

---The [key] citations and URLs of observations, each once, in order: a followable source line.
function M.cite(obs)
  local seen, keys = {}, {}
  for _, o in ipairs(obs) do
    for k in o.source.source:gmatch("%[[%w%-]+%]") do
      if not seen[k] then seen[k] = true; keys[#keys + 1] = k end
    end
  end
  return table.concat(keys, " ")
end

return M
