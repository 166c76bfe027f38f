-- fmt/csv.lua: the view's records (report/view.lua) as RFC 4180 CSV for
-- spreadsheets and data tools: CRLF line ends, fields quoted when they hold a
-- comma, quote, CR or LF, numbers at 15 significant digits (lib/json.lua's
-- number_text), in base units (USD, GPU-hours, kWh, kg CO2e) named in the column.
-- Columns people pivot on: kind (phase, other cost, cluster line, total, check), phase or
-- cost_item, stage, accelerator, gpus, days, pricing; cost_usd is the mean and
-- cost_usd_p5/p50/p95 its percentiles (empty for exact values). A result with
-- checks adds the check columns (view.CHECK_FIELDS), empty on other rows.
-- Several results give one table with a leading "file" column.
local csv = require "tcost.lib.csv"
local view = require "tcost.report.view"
local field, number = csv.field, csv.number
local floor = math.floor

local M = {}

-- A record's value as a field; `fields` remembers each text's field, and each
-- fractional number's, for one document (a name, kind or basis repeats on
-- every record, a phase's figures under every pricing model). Integral
-- numbers are not remembered: 2^60 and 2.0^60 are one table key but two texts.
local function cell(v, fields)
  if v == nil then return "" end
  local f = fields[v]
  if f then return f end
  local t = type(v)
  if t == "number" then
    f = number(v)
    if v ~= floor(v) and v == v then fields[v] = f end
    return f
  end
  if t == "table" then return number(v[1]) .. ".." .. number(v[2]) end -- an interval lo..hi
  f = field(v)
  fields[v] = f
  return f
end

-- The header's line, then one line per record (one buffer of fields for all).
local function lines_of(header, records)
  local lines, fields, out, n = {}, {}, {}, #header
  for i, h in ipairs(header) do out[i] = field(h) end
  lines[1] = table.concat(out, ",", 1, n)
  for k, r in ipairs(records) do
    for i = 1, n do out[i] = cell(r[header[i]], fields) end
    lines[k + 1] = table.concat(out, ",", 1, n)
  end
  return lines
end

---One CSV document from several results' records.
---@param list table[] { { result = table, file = string|nil }, ... }
---@return string
function M.combined(list)
  local records, checks, figures, files = {}, false, false, false
  for _, it in ipairs(list) do
    local rs, any, any_figure = view.records(it.result, it.file)
    for _, r in ipairs(rs) do records[#records + 1] = r end
    checks, figures = checks or any, figures or any_figure
    files = files or it.file ~= nil
  end
  local header = {}
  if files then header[1] = "file" end
  for _, f in ipairs(view.RECORD_FIELDS) do header[#header + 1] = f end
  for _, f in ipairs(view.ENV_FIELDS) do header[#header + 1] = f end
  if checks then for _, f in ipairs(view.CHECK_FIELDS) do header[#header + 1] = f end end
  if figures then for _, f in ipairs(view.FIGURE_FIELDS) do header[#header + 1] = f end end
  return csv.join(lines_of(header, records))
end

---Lays out a view's data (diff, sweep: { fields, records }) as CSV.
---@param v table a view with .data
---@return string
function M.view(v)
  assert(v.data, "this view has no data table for csv")
  return csv.join(lines_of(v.data.fields, v.data.records))
end

---Renders a result as RFC 4180 CSV with a header row.
---@param result table the result structure
---@param opts? table unused
---@return string
function M.render(result, opts)
  local _ = opts
  return M.combined({ { result = result } })
end

return setmetatable(M, { __call = function(_, result, opts) return M.render(result, opts) end })
