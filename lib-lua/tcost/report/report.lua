-- report/report.lua: choosing and running an output format, and exporting raw
-- samples. Built-in formats live in tcost/fmt/; scenarios may register their
-- own with format "name" (function(result, out) ... end). A folder of reports
-- (batch mode, with an index) is report/batch.lua's.
local host = require "tcost.c.host"

local M = {}

M.BUILTIN = { "text", "md", "csv", "json", "html", "svg" }
M.EXT = { text = "txt", md = "md", csv = "csv", json = "json", html = "html", svg = "svg" }
M.CHARTS = { waterfall = true, phases = true, histogram = true, tornado = true, scenarios = true }

function M.known(name)
  for _, f in ipairs(M.BUILTIN) do if f == name then return true end end
  return false
end

---Comma-separated names of the formats available, built-in and registered.
function M.list(reg)
  local names = {}
  for _, f in ipairs(M.BUILTIN) do names[#names + 1] = f end
  local user = {}
  for k in pairs(reg and reg.formats or {}) do user[#user + 1] = k end
  table.sort(user)
  for _, k in ipairs(user) do names[#names + 1] = k end
  return table.concat(names, ", ")
end

---Renders a result in the named format; raises on a format's error.
---@param result table
---@param name string
---@param opts table { color = bool, chart = string }
---@param reg table|nil the registry holding user formats
---@return string
function M.render(result, name, opts, reg)
  if name == "text" then
    -- a text report is read in a terminal, now or later (cat): scenario text
    -- in it (names, sources, notes) cannot carry control sequences
    return host.visible(require("tcost.fmt.text")(result, opts), opts and opts.color)
  end
  if M.known(name) then
    return require("tcost.fmt." .. name)(result, opts)
  end
  local f = reg and reg.formats[name]
  if not f then error("unknown format '" .. name .. "'", 0) end
  local parts = {}
  local function out(...)
    for i = 1, select("#", ...) do
      local v = select(i, ...)
      if type(v) ~= "string" and type(v) ~= "number" then
        local file, line = require("tcost.lang.sandbox").where() -- found on the stack: no fixed level
        error(string.format("%sformat '%s': out() takes strings or numbers (got %s)",
          file and (file .. ":" .. line .. ": ") or "", name, type(v)), 0)
      end
      parts[#parts + 1] = type(v) == "number" and require("tcost.lib.json").number_text(v) or v
    end
  end
  -- an error after a tail call (`return out({})`) has no frame of its file left: it is placed at the declaration
  if f.file then require("tcost.lang.sandbox").call_at(f.file, f.line, f.fn, result, out) else f.fn(result, out) end
  return table.concat(parts)
end

---Writes the kept samples as CSV.
---Kept samples as CSV by the rules of every CSV tcost writes (lib/csv.lua): a header (names[i]
---for output i, else output_i, then the inputs' labels), then one record per sample.
---@param kept userdata samples kept by a run (mc.run(..., { keep = true }))
---@param names string[]|nil names of the outputs
---@return string
function M.samples_csv(kept, names)
  local csv = require "tcost.lib.csv"
  local n, nout, nin = kept:shape()
  local head, cols = {}, {}
  for i = 1, nout do
    local name = names and names[i]
    if name ~= nil and type(name) ~= "string" then error("samples: name " .. i .. " must be a string", 0) end
    head[i] = csv.field(name or ("output_" .. i))
  end
  for j, label in ipairs(kept:labels()) do head[nout + j] = csv.field(label) end
  for i = 1, nout + nin do cols[i] = kept:column(i) end
  local rows, row = { head }, {}
  for k = 1, n do
    for i = 1, nout + nin do row[i] = csv.number(cols[i][k]) end
    rows[k + 1] = table.concat(row, ",")
  end
  rows[1] = table.concat(head, ",")
  return table.concat(rows, "\r\n") .. "\r\n"
end

function M.export_samples(path, kept, names)
  if not kept then error("--export-samples: this scenario has no uncertain values to export", 0) end
  local ok, err = host.write(path, M.samples_csv(kept, names))
  if not ok then error(err, 0) end
  return true
end

return M
