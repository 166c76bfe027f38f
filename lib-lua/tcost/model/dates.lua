-- model/dates.lua: ISO calendar dates in scenarios ("2019-10-01") and the
-- durations between them. Days are counted on the proleptic Gregorian
-- calendar; years of hardware age are days / 365.25, as Epoch AI counts them.
-- What is not here: what a date means for a cost (model/pricing.lua).
local M = {}

M.DAYS_PER_YEAR = 365.25

local function leap(y) return (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0 end
local MDAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

-- Days from 1970-01-01 to y-m-d (Howard Hinnant's days_from_civil).
local function days_from_civil(y, m, d)
  y = m <= 2 and y - 1 or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local doy = (153 * (m > 2 and m - 3 or m + 9) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

---Parses "YYYY-MM-DD" (or "YYYY-MM", the first of the month).
---@param s any
---@return table|nil date { y, m, d, day = days since 1970-01-01, text }
---@return string|nil err why s is not a date
function M.parse(s)
  if type(s) ~= "string" then return nil, "expected an ISO date \"YYYY-MM-DD\" (got " .. type(s) .. ")" end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then
    y, m = s:match("^(%d%d%d%d)%-(%d%d)$")
    d = y and "01"
  end
  if not y then return nil, "expected an ISO date \"YYYY-MM-DD\" (got '" .. s .. "')" end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if m < 1 or m > 12 then return nil, "month out of range in '" .. s .. "'" end
  local last = (m == 2 and leap(y)) and 29 or MDAYS[m]
  if d < 1 or d > last then return nil, "day out of range in '" .. s .. "'" end
  return { y = y, m = m, d = d, day = days_from_civil(y, m, d), text = s }
end

---Days from a to b (negative when b is earlier).
function M.days(a, b) return b.day - a.day end

---Years from a to b, as days / 365.25.
function M.years(a, b) return (b.day - a.day) / M.DAYS_PER_YEAR end

return M
