-- fmt/csv.lua: the result as RFC 4180 CSV for spreadsheets: CRLF line ends,
-- fields quoted when they hold a comma, quote, CR or LF. Raw numbers in base
-- units (USD, GPU-hours, kWh, kg CO2e) with the unit in the column name.
-- Rows, per scenario: one per phase × pricing model ("phase"), one per other
-- cost × pricing model ("other", so phase + other rows add up to the total),
-- then one per pricing model ("total"). An uncertain value gives its mean,
-- and cost_usd_p5/p95 carry its 90% interval (empty for exact values).
-- A result with checks (expect) adds one "check" row per check and the
-- columns CHECK_HEADER, empty on the other rows; published and tcost values
-- are in the unit the expectation names.
local csv = require "tcost.csv"
local expect = require "tcost.lang.expect"
local field, number = csv.field, csv.number

local HEADER = { "scenario", "row", "phase", "pricing", "gpu_hours", "energy_kwh", "carbon_kg_co2e",
  "cost_usd", "cost_usd_p5", "cost_usd_p95" }

local CHECK_HEADER = { "check", "unit", "published", "tcost", "rel_diff", "within", "status", "reason", "source" }

local function mean(v)
  if type(v) == "table" then return v.mean end
  return v
end

-- cost, p5, p95 of a value: p5/p95 only for summaries.
local function cost_fields(v)
  if type(v) == "table" then return number(v.mean), number(v.p5), number(v.p95) end
  return number(v), "", ""
end

---Renders a result as RFC 4180 CSV with a header row.
---@param result table the result structure
---@param opts? table unused
---@return string
return function(result, opts)
  local _ = opts
  local lines = {}
  local header = { table.unpack(HEADER) }
  for _, s in ipairs(result.scenarios or {}) do
    if s.checks and #s.checks > 0 and #header == #HEADER then
      for _, h in ipairs(CHECK_HEADER) do header[#header + 1] = h end
    end
  end
  local function row(cells)
    local out = {}
    for i = 1, #header do out[i] = field(cells[i] or "") end
    lines[#lines + 1] = table.concat(out, ",")
  end
  row(header)
  for _, s in ipairs(result.scenarios or {}) do
    local name = tostring(s.name or "")
    for _, ph in ipairs(s.phases or {}) do
      for _, p in ipairs(s.pricing or {}) do
        local c, lo, hi = cost_fields(ph.cost and ph.cost[p.key])
        row({ name, "phase", tostring(ph.name or ""), p.key, number(mean(ph.gpu_hours)),
          number(mean(ph.energy_kwh)), number(mean(ph.carbon_kg)), c, lo, hi })
      end
    end
    for _, o in ipairs(s.other or {}) do
      for _, p in ipairs(s.pricing or {}) do
        local c, lo, hi = cost_fields(o.cost)
        row({ name, "other", tostring(o.name or ""), p.key, "", "", "", c, lo, hi })
      end
    end
    local t = s.totals or {}
    for _, p in ipairs(s.pricing or {}) do
      local c, lo, hi = cost_fields(t.cost and t.cost[p.key])
      row({ name, "total", "", p.key, number(mean(t.gpu_hours)), number(mean(t.energy_kwh)),
        number(mean(t.carbon_kg)), c, lo, hi })
    end
    for _, k in ipairs(s.checks or {}) do
      local cells = { name, "check", k.phase or "", k.pricing or "" }
      local n = #HEADER
      cells[n + 1], cells[n + 2], cells[n + 3] = expect.label(k), k.unit, number(k.published)
      cells[n + 4] = k.inside and (number(k.low) .. ".." .. number(k.high)) or number(k.value)
      cells[n + 5], cells[n + 6] = number(k.diff), k.within and number(k.within) or ("inside " .. number(k.inside))
      cells[n + 7], cells[n + 8], cells[n + 9] = k.status, k.reason or "", k.source or ""
      row(cells)
    end
  end
  return table.concat(lines, "\r\n") .. "\r\n"
end
