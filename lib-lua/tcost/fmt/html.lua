-- fmt/html.lua: the result as one self-contained HTML5 page that is also
-- well-formed XML: inline <style> only, no scripts, no network, charts as
-- inline SVG from svg.lua. Holds the page layout and its CSS; the numbers
-- come from units.lua and the charts from svg.lua. All text is escaped.
local units = require "tcost.units"
local svg = require "tcost.svg"

local esc = svg.esc

-- CSS kept free of '<' and '&' so the page stays well-formed XML.
local STYLE = [[
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; background: #fff;
  max-width: 1100px; margin: 0 auto; padding: 24px; line-height: 1.4; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.35em; border-bottom: 2px solid #1f4e79; padding-bottom: 4px; margin-top: 40px; }
h3 { font-size: 1.05em; margin: 24px 0 8px; color: #1f4e79; }
.muted { color: #595959; font-size: 0.9em; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
.card { border: 1px solid #c8c8c8; border-left: 6px solid #1f4e79; border-radius: 4px; padding: 10px 16px;
  min-width: 220px; }
.card .label { font-size: 0.9em; color: #595959; }
.card .big { font-size: 2.2em; font-weight: 700; line-height: 1.2; }
.card .interval { font-size: 0.9em; }
.stats { display: flex; flex-wrap: wrap; gap: 8px 24px; margin: 8px 0 0; padding: 0; list-style: none; }
table { border-collapse: collapse; margin: 4px 0 8px; font-size: 0.92em; }
th, td { border-bottom: 1px solid #e0e0e0; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f2f2f2; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td .iv { font-size: 0.82em; color: #595959; }
.scroll { overflow-x: auto; }
tr.total td { font-weight: 700; border-top: 2px solid #999; }
figure { margin: 12px 0 20px; }
figure svg { max-width: 100%; height: auto; border: 1px solid #e6e6e6; }
.note { color: #595959; font-style: italic; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; }
dl.prov code { word-break: break-all; }
dl.prov { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
dl.prov dt { font-weight: 600; }
dl.prov dd { margin: 0; }
a { color: #1f4e79; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-before: page; }
  section.scenario:first-of-type h2 { break-before: auto; }
  figure, table, .cards { break-inside: avoid; }
  .card { border: 1px solid #000; border-left: 6px solid #000; }
  figure svg { border: none; }
  a { color: #000; text-decoration: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: #444; }
}
]]


local function source(s)
  if s == nil then return '<span class="note">unsourced</span>' end
  s = tostring(s)
  local url, rest = units.split_url(s)
  if not url then return esc(s) end
  if rest == "" then rest = url end
  return '<a href="' .. esc(url) .. '">' .. esc(rest) .. "</a>"
end

local function pricing_label(p) return p.label or p.key end

-- A table from heads (strings; a leading '#' marks a numeric column) and rows
-- of already-escaped cell HTML; rows may carry class = "...".
local function table_html(out, heads, rows)
  out[#out + 1] = '<div class="scroll"><table>'
  local th, numeric = {}, {}
  for i, h in ipairs(heads) do
    numeric[i] = h:sub(1, 1) == "#"
    local text = numeric[i] and h:sub(2) or h
    th[i] = (numeric[i] and '<th class="num">' or "<th>") .. esc(text) .. "</th>"
  end
  out[#out + 1] = "<thead><tr>" .. table.concat(th) .. "</tr></thead>"
  out[#out + 1] = "<tbody>"
  for _, r in ipairs(rows) do
    local td = {}
    for i = 1, #heads do
      td[i] = (numeric[i] and '<td class="num">' or "<td>") .. (r[i] or "") .. "</td>"
    end
    out[#out + 1] = (r.class and ('<tr class="' .. r.class .. '">') or "<tr>") .. table.concat(td) .. "</tr>"
  end
  out[#out + 1] = "</tbody></table></div>"
end

-- A value for a table cell: a summary puts its 90% range on a second, smaller line.
local function v(x, kind)
  if units.is_summary(x) and x.p5 and x.p95 then
    local mean, range = units.parts(x, units.formatter(kind))
    return esc(mean) .. '<br/><span class="iv">90%: ' .. esc(range) .. "</span>"
  end
  return esc(units.value(x, kind))
end

local function figure(out, chart_svg, caption)
  out[#out + 1] = "<figure>"
  out[#out + 1] = chart_svg
  if caption then out[#out + 1] = "<figcaption class=\"muted\">" .. esc(caption) .. "</figcaption>" end
  out[#out + 1] = "</figure>"
end

-- The scenario's name heads its section, so charts need not repeat it.
local COMPACT = { compact = true }

local function charts_html(out, s)
  out[#out + 1] = "<h3>Charts</h3>"
  local pricing = s.pricing or {}
  if #(s.phases or {}) > 0 and #pricing > 0 then figure(out, svg.phases(s, COMPACT))
  else out[#out + 1] = '<p class="note">No phases to chart.</p>' end
  if s.reconciliation and s.reconciliation.steps and #s.reconciliation.steps > 0 then
    figure(out, svg.waterfall(s, COMPACT))
  else
    out[#out + 1] = '<p class="note">No reconciliation in this scenario, so no waterfall chart.</p>'
  end
  local hist_key, tornado_key
  for _, p in ipairs(pricing) do
    local t = s.totals and s.totals.cost and s.totals.cost[p.key]
    if not hist_key and units.is_summary(t) and type(t.hist) == "table" then hist_key = p.key end
    local sens = s.sensitivity and s.sensitivity[p.key]
    if not tornado_key and sens and sens.tornado and #sens.tornado > 0 then tornado_key = p.key end
  end
  if hist_key then figure(out, svg.histogram(s, hist_key, COMPACT))
  else out[#out + 1] = '<p class="note">Every total is exact, so there is no distribution to show.</p>' end
  if tornado_key then figure(out, svg.tornado(s, tornado_key, COMPACT))
  else out[#out + 1] = '<p class="note">No sensitivity analysis in this scenario.</p>' end
end

local function scenario_html(out, s, by_name)
  local pricing = s.pricing or {}
  out[#out + 1] = '<section class="scenario">'
  out[#out + 1] = "<h2>" .. esc(s.name or "(unnamed scenario)") .. "</h2>"
  if s.description then out[#out + 1] = "<p>" .. esc(s.description) .. "</p>" end
  if s.file then
    out[#out + 1] = '<p class="muted">Defined in <code>' .. esc(s.file .. ":" .. (s.line or 0)) .. "</code></p>"
  end

  local t = s.totals or {}
  out[#out + 1] = '<div class="cards">'
  for _, p in ipairs(pricing) do
    local total = t.cost and t.cost[p.key]
    -- the key names the model in the tables and charts below
    out[#out + 1] = '<div class="card"><div class="label"><b>' .. esc(p.key) .. "</b>: " .. esc(pricing_label(p))
      .. "</div>"
      .. '<div class="big">' .. esc(units.short(total, "USD")) .. "</div>"
      .. (units.is_summary(total) and ('<div class="interval">90%: ' .. esc(units.money(total.p5)) .. "–"
        .. esc(units.money(total.p95)) .. "</div>") or "")
      .. "</div>"
  end
  out[#out + 1] = "</div>"
  out[#out + 1] = '<ul class="stats">'
  out[#out + 1] = "<li>GPU time: <b>" .. esc(units.value(t.gpu_hours, "GPU-h")) .. "</b></li>"
  out[#out + 1] = "<li>Energy: <b>" .. esc(units.value(t.energy_kwh, "kWh")) .. "</b></li>"
  out[#out + 1] = "<li>Carbon: <b>" .. esc(units.value(t.carbon_kg, "kg")) .. "</b></li>"
  out[#out + 1] = "<li>Other costs: <b>" .. esc(units.value(t.other_cost, "USD")) .. "</b></li>"
  out[#out + 1] = "</ul>"
  local dist = units.distribution_rows(s)
  if #dist > 0 then
    out[#out + 1] = "<h3>Distribution of totals</h3>"
    for _, r in ipairs(dist) do
      for i = 1, #r do r[i] = esc(r[i]) end
    end
    table_html(out, { "Measure", "#Mean", "#p5", "#Median", "#p95" }, dist)
  end

  out[#out + 1] = "<h3>Phases</h3>"
  local heads = { "Phase", "GPU", "#GPU-hours", "#Energy" }
  for _, p in ipairs(pricing) do heads[#heads + 1] = "#" .. p.key end
  local rows, any_headline = {}, false
  for _, ph in ipairs(s.phases or {}) do
    local name = esc(ph.name)
    if ph.headline then name = name .. " †"; any_headline = true end
    local gpu = esc(ph.gpu)
    if ph.gpus then gpu = esc(units.thousands(ph.gpus)) .. " × " .. gpu end
    local r = { name, gpu, v(ph.gpu_hours, "GPU-h"), v(ph.energy_kwh, "kWh") }
    for _, p in ipairs(pricing) do r[#r + 1] = v(ph.cost and ph.cost[p.key], "USD") end
    rows[#rows + 1] = r
  end
  if #(s.other or {}) > 0 then
    local r = { "Other costs (below)", "", "", "" }
    for _ in ipairs(pricing) do r[#r + 1] = v(t.other_cost, "USD") end
    rows[#rows + 1] = r
  end
  local tr = { "Total", "", v(t.gpu_hours, "GPU-h"), v(t.energy_kwh, "kWh"), class = "total" }
  for _, p in ipairs(pricing) do tr[#tr + 1] = v(t.cost and t.cost[p.key], "USD") end
  rows[#rows + 1] = tr
  table_html(out, heads, rows)
  if any_headline then out[#out + 1] = '<p class="muted">† counted in the headline figure.</p>' end

  charts_html(out, s)

  if s.other and #s.other > 0 then
    out[#out + 1] = "<h3>Other costs</h3>"
    out[#out + 1] = '<p class="muted">The same under every pricing model.</p>'
    rows = {}
    for _, o in ipairs(s.other) do
      rows[#rows + 1] = { esc(o.name), esc(o.kind), v(o.cost, "USD"), source(o.source), esc(o.note) }
    end
    table_html(out, { "Item", "Kind", "#Cost", "Source", "Note" }, rows)
  end

  if s.figures and #s.figures > 0 then
    out[#out + 1] = "<h3>Figures</h3>"
    rows = {}
    for _, f in ipairs(s.figures) do
      rows[#rows + 1] = { esc(f.name), v(f.value, f.unit), esc(f.note) }
    end
    table_html(out, { "Figure", "#Value", "Note" }, rows)
  end

  local rec = s.reconciliation
  if rec and rec.steps and #rec.steps > 0 then
    out[#out + 1] = "<h3>Reconciliation</h3>"
    rows = {}
    for _, st in ipairs(rec.steps) do
      rows[#rows + 1] = { esc(st.label), v(st.add, "USD"), v(st.total, "USD"), v(st.ratio, "x") }
    end
    table_html(out, { "Step", "#Adds", "#Running total", "#× headline" }, rows)
  end

  for _, p in ipairs(s.sensitivity and pricing or {}) do
    local sens = s.sensitivity[p.key]
    if sens and sens.tornado and #sens.tornado > 0 then
      out[#out + 1] = "<h3>Sensitivity of total cost, " .. esc(pricing_label(p)) .. "</h3>"
      local rho = {}
      for _, rc in ipairs(sens.rankcorr or {}) do rho[rc.input] = rc.rho end
      rows = {}
      for _, row in ipairs(sens.tornado) do
        local unit = by_name[row.input] and by_name[row.input].unit
        rows[#rows + 1] = { "<code>" .. esc(row.input) .. "</code>", v(row.lo, unit) .. " – " .. v(row.hi, unit),
          v(row.low_total, "USD"), v(row.high_total, "USD"), v(row.swing, "USD"),
          rho[row.input] and string.format("%+.2f", rho[row.input]) or "" }
      end
      table_html(out, { "Input", "Input low – high", "#Total at low", "#Total at high", "#Swing", "#Rank ρ" }, rows)
    end
  end
  out[#out + 1] = "</section>"
end

local function assumptions_html(out, list)
  out[#out + 1] = "<section>"
  out[#out + 1] = "<h2>Assumptions</h2>"
  if #list == 0 then out[#out + 1] = "<p>None.</p>"
  else
    local rows, any = {}, false
    for _, a in ipairs(list) do
      local name = "<code>" .. esc(a.name) .. "</code>"
      if a.overridden then name = name .. ' <b title="overridden on the command line">*</b>'; any = true end
      rows[#rows + 1] = { name, esc(a.display or units.short(a.value, a.unit)), esc(a.unit), source(a.source),
        esc(a.note) }
    end
    table_html(out, { "Name", "Value", "Unit", "Source", "Note" }, rows)
    if any then out[#out + 1] = '<p class="muted">* overridden on the command line.</p>' end
  end
  out[#out + 1] = "</section>"
end

local function provenance_html(out, result)
  local tool, run = result.tool or {}, result.run or {}
  out[#out + 1] = "<section>"
  out[#out + 1] = "<h2>Provenance</h2>"
  out[#out + 1] = '<dl class="prov">'
  local function item(k, html) out[#out + 1] = "<dt>" .. esc(k) .. "</dt><dd>" .. html .. "</dd>" end
  item("Tool", esc((tool.name or "tcost") .. " " .. (tool.version or "?")))
  item("Catalog", esc(tool.catalog or "?"))
  item("Seed", run.seed and string.format("%d", run.seed) or "—")
  item("Samples", esc((units.sampling(run))))
  if run.date then item("Date", esc(run.date)) end
  local ov = {}
  for _, o in ipairs(run.overrides or {}) do ov[#ov + 1] = "<code>" .. esc(o.name) .. "=" .. esc(o.value) .. "</code>" end
  item("Overrides", #ov > 0 and table.concat(ov, ", ") or "none")
  local af = {}
  for _, f in ipairs(run.assumption_files or {}) do af[#af + 1] = "<code>" .. esc(f) .. "</code>" end
  item("Assumption files", #af > 0 and table.concat(af, ", ") or "none")
  item("Fingerprint", "<code>sha256:" .. esc(run.fingerprint or "?") .. "</code>")
  local files = {}
  for _, f in ipairs(run.files or {}) do
    files[#files + 1] = "<code>" .. esc(f.path) .. "</code><br/><code class=\"muted\">sha256 " .. esc(f.sha256)
      .. "</code>"
  end
  item("Files", #files > 0 and table.concat(files, "<br/>") or "none")
  out[#out + 1] = "</dl>"
  out[#out + 1] = "</section>"
end

---Renders a result as a self-contained HTML5 page (also well-formed XML).
---@param result table the result structure
---@param opts? table unused
---@return string
return function(result, opts)
  local _ = opts
  local tool, run = result.tool or {}, result.run or {}
  local names = {}
  for _, s in ipairs(result.scenarios or {}) do names[#names + 1] = tostring(s.name) end
  local out = {
    "<!DOCTYPE html>",
    '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">',
    "<head>",
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    "<title>" .. esc("tcost: " .. (#names > 0 and table.concat(names, "; ") or "report")) .. "</title>",
    "<style>",
    STYLE,
    "</style>",
    "</head>",
    "<body>",
    "<header>",
    "<h1>" .. esc((tool.name or "tcost") .. " " .. (tool.version or "?")) .. ": what it cost to train</h1>",
  }
  out[#out + 1] = '<p class="muted">' .. esc((select(2, units.sampling(run)))) .. "</p>"
  out[#out + 1] = "</header>"
  out[#out + 1] = "<main>"
  local by_name = {}
  for _, a in ipairs(result.assumptions or {}) do by_name[a.name] = a end
  if #(result.scenarios or {}) > 1 then
    out[#out + 1] = "<h2>Scenarios side by side</h2>"
    figure(out, svg.scenarios(result, COMPACT))
  end
  for _, s in ipairs(result.scenarios or {}) do scenario_html(out, s, by_name) end
  assumptions_html(out, result.assumptions or {})
  provenance_html(out, result)
  out[#out + 1] = "</main>"
  out[#out + 1] = "</body>"
  out[#out + 1] = "</html>"
  return table.concat(out, "\n") .. "\n"
end
