-- model/inflation.lua: converts dollars of one month into dollars of
-- another with the shipped price index (model/price_index.lua), as Epoch AI
-- does: cost × index(to) / index(from), month by month. A whole year as the
-- target ("dollars = 2024") means that year's average index.
-- What is not here: the index data, or where a scenario's dates come from.
local dates = require "tcost.model.dates"
local index = require "tcost.model.price_index"

local M = {}

M.index = index

local function month_value(y, m)
  local row = index.values[y]
  return row and row[m]
end

-- The latest month the index has, as "YYYY-MM".
local function latest()
  local y = 0
  for year in pairs(index.values) do if year > y then y = year end end
  for m = 12, 1, -1 do
    if month_value(y, m) then return string.format("%04d-%02d", y, m) end
  end
end

---The index value for a month ("YYYY-MM[-DD]") or a whole year (an integer: its average).
---@param when string|integer
---@return number|nil value
---@return string what the month or year as text, or an error
function M.value(when)
  if math.type(when) == "integer" or (type(when) == "number" and when == math.floor(when)) then
    local row = index.values[math.tointeger(when)]
    local sum, n = 0, 0
    for m = 1, 12 do
      local v = row and row[m]
      if v then sum, n = sum + v, n + 1 end
    end
    if n < 12 then
      return nil, string.format("the price index has no full year %d (it runs to %s)", when, latest())
    end
    return sum / 12, string.format("%d average", when)
  end
  local d, err = dates.parse(when)
  if not d then return nil, err end
  local v = month_value(d.y, d.m)
  if not v then
    return nil, string.format("the price index has no value for %04d-%02d (it runs from 2000-12 to %s)", d.y, d.m, latest())
  end
  return v, string.format("%04d-%02d", d.y, d.m)
end

---The factor that turns dollars of `from` into dollars of `to`, and a note saying how.
---@return number|nil factor
---@return string note or error
function M.factor(from, to)
  local a, at = M.value(from)
  if not a then return nil, at end
  local b, bt = M.value(to)
  if not b then return nil, bt end
  return b / a, string.format("%s %s (%g) → %s (%g)", index.series, at, a, bt, b)
end

return M
