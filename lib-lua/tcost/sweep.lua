-- sweep.lua: `tcost sweep FILE --set rate=1:4:0.5 --set mfu=0.3,0.35`: runs the
-- scenario at every point of the grid and renders one row per point, scenario
-- and pricing model, in text, md, csv, json or html.
local host = require "tcost.c.host"
local runner = require "tcost.runner"
local command = require "tcost.command"
local units = require "tcost.units"

local M = {}

M.MAX_POINTS = 10000

---Parses "lo:hi:step" or "a,b,c" into a list of numbers; nil for a plain value.
---@return number[]|nil values, string|nil err
function M.axis(text)
  local lo, hi, step = text:match("^([^:]+):([^:]+):([^:]+)$")
  if lo then
    lo, hi, step = tonumber(lo), tonumber(hi), tonumber(step)
    if not (lo and hi and step) then return nil, "LO:HI:STEP must be three numbers" end
    if step <= 0 or step ~= step then return nil, "STEP must be > 0" end
    if hi < lo then return nil, "HI must be >= LO" end
    local n = math.floor((hi - lo) / step + 1e-9) + 1
    if n > M.MAX_POINTS then return nil, "more than " .. M.MAX_POINTS .. " points" end
    local v = {}
    for i = 0, n - 1 do v[#v + 1] = lo + i * step end
    return v
  end
  if text:find(",") then
    local v = {}
    for part in (text .. ","):gmatch("([^,]*),") do
      local x = tonumber(part)
      if not x then return nil, "'" .. part .. "' is not a number" end
      v[#v + 1] = x
    end
    return v
  end
  return nil
end

local function total_of(v)
  if type(v) == "table" then return v.mean, v.p5, v.p95 end
  return v
end

local function render(sw, fmt)
  local head = {}
  for _, p in ipairs(sw.params) do head[#head + 1] = p end
  for _, h in ipairs({ "scenario", "pricing", "total_usd", "p5_usd", "p95_usd" }) do head[#head + 1] = h end
  local rows = {}
  for _, r in ipairs(sw.rows) do
    local cells = {}
    for i = 1, #sw.params do cells[#cells + 1] = string.format("%g", r.values[i]) end
    cells[#cells + 1] = r.scenario
    cells[#cells + 1] = r.pricing
    if fmt == "csv" or fmt == "json" then
      cells[#cells + 1] = string.format("%.17g", r.total)
      cells[#cells + 1] = r.p5 and string.format("%.17g", r.p5) or ""
      cells[#cells + 1] = r.p95 and string.format("%.17g", r.p95) or ""
    else
      cells[#cells + 1] = units.money(r.total)
      cells[#cells + 1] = r.p5 and units.money(r.p5) or ""
      cells[#cells + 1] = r.p95 and units.money(r.p95) or ""
    end
    rows[#rows + 1] = cells
  end
  if fmt == "json" then
    return require("tcost.json").encode({ schema = "tcost-sweep/1", tool = sw.tool, file = sw.file,
      params = sw.params, rows = sw.rows, seed = sw.seed, samples = sw.samples }, { indent = 2 }) .. "\n"
  elseif fmt == "csv" then
    local csv = require "tcost.csv"
    local function record(cells)
      local out = {}
      for i, x in ipairs(cells) do out[i] = csv.field(x) end
      return out
    end
    local lines = { record(head) }
    for _, cells in ipairs(rows) do lines[#lines + 1] = record(cells) end
    return csv.document(lines)
  elseif fmt == "md" then
    local function esc(s) return (s:gsub("|", "\\|")) end
    local lines = { "# Sweep: " .. esc(sw.file), "", "| " .. table.concat(head, " | ") .. " |",
      "|" .. string.rep("---|", #head) }
    for _, cells in ipairs(rows) do
      local c = {}
      for i, x in ipairs(cells) do c[i] = esc(x) end
      lines[#lines + 1] = "| " .. table.concat(c, " | ") .. " |"
    end
    return table.concat(lines, "\n") .. "\n"
  elseif fmt == "html" then
    local esc = require("tcost.svg").esc
    local out = { '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"/><title>tcost sweep</title>',
      "<style>body{font-family:sans-serif}td,th{padding:2px 8px;text-align:right}</style></head><body>",
      "<h1>Sweep: " .. esc(sw.file) .. "</h1><table><tr>" }
    for _, h in ipairs(head) do out[#out + 1] = "<th>" .. esc(h) .. "</th>" end
    out[#out + 1] = "</tr>"
    for _, cells in ipairs(rows) do
      out[#out + 1] = "<tr>"
      for _, x in ipairs(cells) do out[#out + 1] = "<td>" .. esc(x) .. "</td>" end
      out[#out + 1] = "</tr>"
    end
    out[#out + 1] = "</table></body></html>\n"
    return table.concat(out)
  end
  -- text: aligned columns
  local widths = {}
  for i, h in ipairs(head) do widths[i] = utf8.len(h) end
  for _, cells in ipairs(rows) do
    for i, x in ipairs(cells) do widths[i] = math.max(widths[i], utf8.len(x) or #x) end
  end
  local function line(cells)
    local parts = {}
    for i, x in ipairs(cells) do
      local pad = string.rep(" ", widths[i] - (utf8.len(x) or #x))
      parts[i] = (i > #sw.params and i <= #sw.params + 2) and (x .. pad) or (pad .. x)
    end
    return (table.concat(parts, "  "):gsub("%s+$", ""))
  end
  local lines = { "Sweep of " .. sw.file .. " (" .. #sw.points .. " points)", "", line(head) }
  for _, cells in ipairs(rows) do lines[#lines + 1] = line(cells) end
  return table.concat(lines, "\n") .. "\n"
end

function M.main(args)
  local usage, protected, ropts = command.usage, command.protected, command.run_opts(args)
  if #args.files ~= 1 then return usage("sweep takes one scenario file", "sweep") end
  local fmt = args.format or "text"
  if fmt ~= "text" and fmt ~= "md" and fmt ~= "csv" and fmt ~= "json" and fmt ~= "html" then
    return usage("sweep formats are text, md, csv, json and html (got '" .. fmt .. "')", "sweep")
  end
  local params, axes, fixed = {}, {}, {}
  for _, s in ipairs(args.sets) do
    local name, text = runner.split_set(s)
    local values, err = M.axis(text)
    if err then return usage("--set " .. s .. ": " .. err, "sweep") end
    if values then
      params[#params + 1] = name
      axes[#axes + 1] = values
    else
      fixed[#fixed + 1] = s
    end
  end
  if #params == 0 then return usage("sweep needs at least one --set NAME=LO:HI:STEP or NAME=A,B,C", "sweep") end
  local count = 1
  for _, a in ipairs(axes) do
    count = count * #a
    if count > M.MAX_POINTS then return usage("the grid has more than " .. M.MAX_POINTS .. " points", "sweep") end
  end
  local points = { {} }
  for _, a in ipairs(axes) do
    local nextp = {}
    for _, p in ipairs(points) do
      for _, v in ipairs(a) do
        local q = table.move(p, 1, #p, 1, {})
        q[#q + 1] = v
        nextp[#nextp + 1] = q
      end
    end
    points = nextp
  end
  local sw = { file = args.files[1], params = params, points = points, rows = {}, seed = ropts.seed or 1,
    samples = ropts.samples }
  local started = host.clock()
  for i, point in ipairs(points) do
    if host.isatty(2) and host.clock() - started > 1 then
      host.progress(string.format("tcost sweep: point %d/%d", i, #points))
    end
    local opts = { sets = fixed, assumptions = ropts.assumptions, samples = ropts.samples, seed = ropts.seed,
      values = {}, totals_only = true }
    for j, name in ipairs(params) do opts.values[name] = point[j] end
    host.restart_clock() -- --time-limit holds for each point of the grid
    local result = protected(runner.run, args.files[1], opts)
    if not result then return 1 end
    sw.tool = result.tool
    for _, s in ipairs(result.scenarios) do
      for _, p in ipairs(s.pricing) do
        local total, p5, p95 = total_of(s.totals.cost[p.key])
        sw.rows[#sw.rows + 1] = { values = point, scenario = s.name, pricing = p.key, total = total, p5 = p5, p95 = p95 }
      end
    end
  end
  if host.isatty(2) and host.clock() - started > 1 then host.progress("") end
  return command.emit(args.output, render(sw, fmt))
end

return M
