-- fmt/json.lua: the whole result as JSON (schema "tcost-result/1"), keys
-- sorted and indented by two spaces so two runs diff cleanly. Absent fields
-- (nil) are simply missing; a null number means "not a finite number".
-- Every value is a number or, when uncertain, an object holding at least
-- mean, p5, p50 and p95 (plus sd, min, max, p25, p75 and a histogram).
-- "records" is the view's tidy table (report/view.lua), with the same field
-- names as the CSV columns. Several results: schema "tcost-results/1", one
-- records table over all of them (each record names its file) and the results.
local json = require "tcost.lib.json"
local view = require "tcost.report.view"

local M = {}

local function doc_of(result)
  -- A shallow copy, so the caller's table is not changed by adding "schema".
  local doc = { schema = "tcost-result/1" }
  for k, v in pairs(result) do
    if k ~= "schema" then doc[k] = v end
  end
  doc.records = view.records(result)
  return doc
end

---Several results as one document.
---@param list table[] { { result = table, file = string }, ... }
---@return string
function M.combined(list)
  local records, results = {}, {}
  for _, it in ipairs(list) do
    for _, r in ipairs((view.records(it.result, it.file))) do records[#records + 1] = r end
    local d = doc_of(it.result)
    d.records, d.schema, d.file = nil, nil, it.file
    results[#results + 1] = d
  end
  return json.encode({ schema = "tcost-results/1", records = records, results = results }, { indent = 2 }) .. "\n"
end

---Lays out a view's data (diff, sweep) as JSON: its schema, the field names
---and the records, one object each (absent values are missing).
---@param v table a view with .data
---@return string
function M.view(v)
  assert(v.data, "this view has no data table for json")
  local doc = {}
  for k, x in pairs(v.data) do doc[k] = x end
  return json.encode(doc, { indent = 2 }) .. "\n"
end

---Renders a result as pretty-printed JSON with a "schema" key and a trailing newline.
---@param result table the result structure
---@param opts? table unused
---@return string
function M.render(result, opts)
  local _ = opts
  return json.encode(doc_of(result), { indent = 2 }) .. "\n"
end

return setmetatable(M, { __call = function(_, result, opts) return M.render(result, opts) end })
