-- fmt/html.lua: the result as one self-contained HTML5 page that is also
-- well-formed XML: inline <style> only, no scripts, no network, charts as
-- inline SVG from svg.lua. Holds the page layout and its CSS; the numbers
-- come from units.lua and the charts from svg.lua. All text is escaped.
local units = require "tcost.lib.units"
local svg = require "tcost.lib.svg"
local view = require "tcost.report.view"

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
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
td .iv { font-size: 0.82em; color: #595959; }
.scroll { overflow-x: auto; max-width: 100%; }
.scroll th:first-child, .scroll td:first-child { position: sticky; left: 0; background: #fff; z-index: 1; }
.scroll th:first-child { background: #f2f2f2; }
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
@media (max-width: 640px) {
  body { padding: 12px; }
  .card { min-width: 0; flex: 1 1 100%; }
  /* charts keep their drawn size (readable text) and scroll inside their box */
  figure { overflow-x: auto; max-width: 100%; }
  figure svg { max-width: none; }
  dl.prov { grid-template-columns: 1fr; }
}
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

-- A value for a table cell: a summary puts its 90% range on a second, smaller line.
local function v(x, kind, n)
  if kind ~= "probability" and units.is_summary(x) and x.p5 and x.p95 then
    local mean, range = units.parts(x, units.formatter(kind), n)
    return esc(mean) .. '<br/><span class="iv">90%: ' .. esc(range) .. "</span>"
  end
  return esc(units.value(x, kind, n))
end

-- A cell as HTML: escaped text, <code>, links for sources.
local cell_html, parts_html = view.cell_writer({ esc = esc, value = v, source = source,
  code = function(s) return "<code>" .. esc(s) .. "</code>" end })

local function table_html(out, b)
  out[#out + 1] = '<div class="scroll"><table>'
  local th = {}
  for i, c in ipairs(b.columns) do
    th[i] = (c.num and '<th class="num">' or "<th>") .. esc(c.head) .. "</th>"
  end
  out[#out + 1] = "<thead><tr>" .. table.concat(th) .. "</tr></thead>"
  out[#out + 1] = "<tbody>"
  for _, r in ipairs(b.rows) do
    local td = {}
    for i, c in ipairs(b.columns) do
      td[i] = (c.num and '<td class="num">' or "<td>") .. (r[i] and cell_html(r[i]) or "") .. "</td>"
    end
    out[#out + 1] = (r.total and '<tr class="total">' or "<tr>") .. table.concat(td) .. "</tr>"
  end
  out[#out + 1] = "</tbody></table></div>"
end

local function figure(out, chart_svg, caption)
  out[#out + 1] = "<figure>"
  out[#out + 1] = chart_svg
  if caption then out[#out + 1] = "<figcaption class=\"muted\">" .. esc(caption) .. "</figcaption>" end
  out[#out + 1] = "</figure>"
end

-- The scenario's name heads its section, so charts need not repeat it.
local COMPACT = { compact = true }

-- The scenario's charts; a chart with nothing to show (a single bar, no
-- reconciliation, exact totals, no sensitivity) is left out, not announced.
local function charts_html(out, s)
  local pricing, figs = s.pricing or {}, {}
  -- one phase under one pricing model is a single bar: the card already says it
  if (#(s.phases or {}) > 1 or #pricing > 1 or #(s.other or {}) > 0) and #pricing > 0 and #(s.phases or {}) > 0 then
    figs[#figs + 1] = svg.phases(s, COMPACT)
  end
  if s.reconciliation and s.reconciliation.steps and #s.reconciliation.steps > 1 then
    figs[#figs + 1] = svg.waterfall(s, COMPACT)
  end
  local hist_key, tornado_key
  for _, p in ipairs(pricing) do
    local t = s.totals and s.totals.cost and s.totals.cost[p.key]
    if not hist_key and units.is_summary(t) and type(t.hist) == "table" then hist_key = p.key end
    local sens = s.sensitivity and s.sensitivity[p.key]
    if not tornado_key and sens and sens.tornado and #sens.tornado > 0 then tornado_key = p.key end
  end
  if hist_key then figs[#figs + 1] = svg.histogram(s, hist_key, COMPACT) end
  if tornado_key then figs[#figs + 1] = svg.tornado(s, tornado_key, COMPACT) end
  if #figs == 0 then return end
  out[#out + 1] = "<h3>Charts</h3>"
  for _, f in ipairs(figs) do figure(out, f) end
end

-- The totals as headline cards (one per pricing model) and a line of the
-- other measures: the same rows as the totals table, laid out for a page.
local function totals_html(out, b)
  out[#out + 1] = '<div class="cards">'
  for _, r in ipairs(b.rows) do
    local p, c = r.pricing, r[2]
    if p then
      out[#out + 1] = '<div class="card"><div class="label"><b>' .. esc(p.key) .. "</b>: " .. esc(p.label or p.key)
        .. "</div>"
        .. '<div class="big">' .. esc(units.short(c.v, "USD")) .. "</div>"
        .. (units.is_summary(c.v) and ('<div class="interval">90%: ' .. esc(units.money(c.v.p5)) .. "–"
          .. esc(units.money(c.v.p95)) .. "</div>") or "")
        .. "</div>"
    end
  end
  out[#out + 1] = "</div>"
  out[#out + 1] = '<ul class="stats">'
  for _, r in ipairs(b.rows) do
    if not r.pricing then
      local c = r[2]
      local shown = c.t == "value" and esc(units.value(c.v, c.unit)) or cell_html(c)
      out[#out + 1] = "<li>" .. esc(r[1].v) .. ": <b>" .. shown .. "</b></li>"
    end
  end
  out[#out + 1] = "</ul>"
end

local function block_html(out, b)
  if b.type == "para" then
    out[#out + 1] = (b.muted and '<p class="muted">' or "<p>") .. parts_html(b.parts) .. "</p>"
  elseif b.type == "charts" then
    if b.svgs then
      for _, chart in ipairs(b.svgs) do figure(out, chart) end
    elseif b.comparison then figure(out, svg.scenarios(b.result, COMPACT))
    else charts_html(out, b.scenario) end
  elseif b.type == "list" then
    out[#out + 1] = '<dl class="prov">'
    for _, it in ipairs(b.items) do
      local html = parts_html(it.cells)
      local subs = {}
      for i, sub in ipairs(it.sub or {}) do subs[i] = parts_html(sub) end
      if #subs > 0 then html = html .. table.concat(subs, "<br/>") end
      out[#out + 1] = "<dt>" .. esc(it.key) .. "</dt><dd>" .. html .. "</dd>"
    end
    out[#out + 1] = "</dl>"
  elseif b.type == "table" then
    if b.heading then out[#out + 1] = "<h3>" .. esc(b.heading) .. "</h3>" end
    if b.intro then out[#out + 1] = '<p class="muted">' .. esc(b.intro) .. "</p>" end
    if b.id == "totals" then totals_html(out, b)
    elseif #b.rows == 0 then
      if b.empty then out[#out + 1] = "<p>" .. esc(b.empty) .. "</p>" end
    else
      table_html(out, b)
    end
    if b.footnote then out[#out + 1] = '<p class="muted">' .. esc(b.footnote) .. "</p>" end
  end
end

local M = {}

---Lays out a built view (report/view.lua) as a self-contained HTML5 page (also well-formed XML): the one entry
---for reports, comparisons, diffs and sweeps.
---@param vw table a view
---@param opts? table { color?: boolean, width?: integer } (text)
---@return string
function M.view(vw, opts)
  opts = opts or {}
  local out = {
    "<!DOCTYPE html>",
    '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">',
    "<head>",
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    "<title>" .. esc(vw.page_title) .. "</title>",
    "<style>",
    STYLE,
    "</style>",
    "</head>",
    "<body>",
    "<header>",
    "<h1>" .. esc(vw.title) .. "</h1>",
    '<p class="muted">' .. esc(vw.lead) .. "</p>",
    "</header>",
    "<main>",
  }
  for _, sec in ipairs(vw.sections) do
    out[#out + 1] = sec.id == "scenario" and '<section class="scenario">' or "<section>"
    out[#out + 1] = "<h2>" .. esc(sec.heading) .. "</h2>"
    for _, b in ipairs(sec.blocks) do block_html(out, b) end
    out[#out + 1] = "</section>"
  end
  out[#out + 1] = "</main>"
  out[#out + 1] = "</body>"
  out[#out + 1] = "</html>"
  return table.concat(out, "\n") .. "\n"
end

---Renders a result as a self-contained HTML5 page (also well-formed XML).
---@param result table the result structure
---@param opts? table
---@return string
function M.render(result, opts)
  return M.view(view.build(result, opts), opts)
end

return setmetatable(M, { __call = function(_, result, opts) return M.render(result, opts) end })
