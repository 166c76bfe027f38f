-- test_formats.lua: every output format rendered from the fixture result:
-- text fits 100 columns, Markdown escapes, CSV parses back (RFC 4180),
-- JSON round-trips, SVG and HTML are well-formed XML, and every format is
-- byte-identical across two renders and leaves its input untouched.
local json = require "tcost.lib.json"
local xml = helper("xmlcheck")
local fixture = helper("fixture_result")

local FORMATS = { "text", "md", "csv", "json", "svg", "html" }

local function render(name, result, opts)
  return require("tcost.fmt." .. name)(result, opts or {})
end

-- A deep copy that tests may change freely.
local function copy(t) return json.decode(json.encode(t)) end

local function lines_of(s)
  local out = {}
  for l in (s .. (s:sub(-1) == "\n" and "" or "\n")):gmatch("(.-)\n") do out[#out + 1] = l end
  return out
end

local function count(s, plain)
  local n, pos = 0, 1
  while true do
    local a, b = s:find(plain, pos, true)
    if not a then return n end
    n, pos = n + 1, b + 1
  end
end

local parse_csv = helper("csvparse").parse

test("every_format_is_deterministic_and_pure", function()
  local before = json.encode(fixture)
  for _, f in ipairs(FORMATS) do
    local a = render(f, fixture, { color = true })
    local b = render(f, fixture, { color = true })
    truthy(type(a) == "string" and #a > 0, f .. " renders")
    eq(a, b, f .. " twice")
  end
  eq(json.encode(fixture), before, "fixture unchanged by rendering")
end)

test("every_format_copes_with_an_empty_result", function()
  for _, f in ipairs(FORMATS) do
    truthy(#render(f, { tool = {}, run = { samples = 0 }, assumptions = {}, scenarios = {} }) > 0, f)
  end
end)

test("text_fits_100_columns", function()
  for _, width in ipairs({ 100, 72 }) do
    for _, l in ipairs(lines_of(render("text", fixture, { width = width }))) do
      truthy(utf8.len(l) and utf8.len(l) <= width, string.format("%d chars > %d: %s", utf8.len(l) or -1, width, l))
    end
  end
end)

test("text_content", function()
  local t = render("text", fixture)
  truthy(not t:find("\27", 1, true), "no ANSI without color")
  truthy(t:find("$294K", 1, true), "R1 total")
  truthy(t:find("$202K", 1, true), "R1-Zero cost")
  truthy(t:find("$5.58M", 1, true), "V3 addition in the reconciliation")
  truthy(t:find("20.0×", 1, true), "V3 multiple")
  truthy(t:find("147K GPU-h", 1, true), "R1 GPU-hours")
  truthy(t:find("$35.9M (90%: $29.2M–$45.1M)", 1, true), "uncertain total with interval")
  truthy(t:find("pue *", 1, true), "overridden assumption starred")
  truthy(t:find("(unsourced)", 1, true), "unsourced assumption said so")
  truthy(t:find("sha256:9b2f4c0d", 1, true), "fingerprint")
  truthy(t:find("pue=1.25", 1, true), "override listed")
  truthy(t:find("examples/shared_assumptions/team.lua", 1, true), "assumption file")
  local order = { "Totals", "Phases", "Other costs", "Figures", "Reconciliation", "Sensitivity", "Assumptions",
    "Provenance" }
  local last = 0
  local second = t:find("\nDeepSeek-R1 with V3, experiments & staff\n", 1, true) -- its section, not the comparison row
  for _, h in ipairs(order) do
    local at = t:find("\n" .. h, second, true)
    truthy(at and at > last, h .. " in order")
    last = at or last
  end
end)

test("text_color_only_when_asked", function()
  local t = render("text", fixture, { color = true })
  truthy(t:find("\27[1m", 1, true), "bold")
  truthy(t:find("\27[2m", 1, true), "dim")
  for _, l in ipairs(lines_of(t)) do
    local plain = l:gsub("\27%[%d+m", "")
    truthy(utf8.len(plain) <= 100, "coloured line fits once codes are removed: " .. plain)
  end
end)

test("text_strips_control_characters", function()
  local r = copy(fixture)
  r.scenarios[1].name = "evil\27[31m red\7"
  local t = render("text", r)
  truthy(not t:find("[\0-\8\11-\31\127]"), "no control characters but newlines")
  truthy(t:find("evil[31m red", 1, true), "text kept, escape removed")
end)

test("point_estimate_is_said", function()
  local r = copy(fixture)
  r.run.samples = 0
  truthy(render("text", r):find("Point estimate", 1, true), "text")
  truthy(render("md", r):find("Point estimate", 1, true), "md")
  truthy(render("html", r):find("Point estimate", 1, true), "html")
end)

test("markdown_escapes_and_links", function()
  local m = render("md", fixture)
  truthy(m:find('Data, "curation" \\| labelling — 数据标注', 1, true), "pipe escaped in a cell")
  truthy(m:find("[DeepSeek-R1 paper, Table 7](https://arxiv.org/abs/2501.12948)", 1, true), "source link")
  truthy(m:find("(https://epoch.ai/blog/how-much-does-it-cost-to-train-frontier-ai-models)", 1, true), "other link")
  truthy(m:find("R&amp;D staff", 1, true), "ampersand as an entity")
  truthy(m:find("&#36;294K", 1, true), "dollar as an entity, so GitHub does not read maths")
  -- Python-Markdown shows these backslashes literally; GitHub and pandoc do not
  for _, bad in ipairs({ "\\$", "\\&", "\\<", "\\~" }) do
    truthy(not m:find(bad, 1, true), "no " .. bad .. " (renders differently on Python-Markdown)")
  end
  truthy(m:find("\n## Provenance\n", 1, true), "provenance heading")
  truthy(m:find("`pue` \\*", 1, true), "override marked")
  -- Every row of a table has as many unescaped pipes as its header.
  local pipes
  for _, l in ipairs(lines_of(m)) do
    if l:sub(1, 1) == "|" then
      local n = count(l:gsub("\\|", ""), "|")
      if pipes then eq(n, pipes, "pipes in: " .. l) else pipes = n end
    else pipes = nil end
  end
end)

test("csv_parses_back", function()
  local c = render("csv", fixture)
  local rows = parse_csv(c) -- raises on a bare CR or LF outside quotes
  eq(c:sub(-2), "\r\n", "ends with CRLF")
  eq(rows[1], { "scenario", "kind", "phase", "cost_item", "stage", "accelerator", "gpus", "days", "pricing",
    "gpu_hours", "energy_kwh", "energy_cost_usd", "carbon_kg_co2e", "cost_usd", "cost_usd_p5", "cost_usd_p50",
    "cost_usd_p95", "water_l", "embodied_kg_co2e", "carbon_method", "water_basis", "carbon_basis", "energy_in_cost",
    "price_basis", "figure", "year", "value", "value_p5", "value_p95", "figure_unit", "never_reason" },
    "header: the columns people pivot on")
  local col = {}
  for i, h in ipairs(rows[1]) do col[h] = i end
  -- Scenario 1: 3 phases × 1 pricing + 1 total + 2 figures; scenario 2: 4 × 2 + 2 other × 2 + 2 totals + 4 figures.
  eq(#rows, 1 + 6 + 18, "row count")
  for i, r in ipairs(rows) do eq(#r, 31, "fields in row " .. i) end
  eq(rows[2], { "DeepSeek-R1, as reported", "phase", "R1-Zero RL", "", "rl", "H800 SXM", "512", "", "rental",
    "101000", "66281.25", "", "26512.5", "202000", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "" },
    "R1-Zero row")
  eq(rows[5], { "DeepSeek-R1, as reported", "total", "", "", "", "", "", "", "rental", "147000", "96468.75", "",
    "38587.5", "294000", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "" }, "R1 total row")
  -- a figure is a record too (audit2 F1): its name, value and unit; an uncertain one with its p5 and p95
  eq(rows[6][col.kind], "figure", "figure record")
  eq(rows[6][col.figure], "R1-Zero wall-clock time", "its name")
  eq(rows[6][col.value], "8.25", "its value")
  eq(rows[6][col.figure_unit], "days", "its unit")
  local rate
  for _, r in ipairs(rows) do if r[col.figure] == "Rental rate used" then rate = r end end
  eq({ rate[col.value], rate[col.value_p5], rate[col.value_p95] }, { "2.2", "1.58", "2.92" }, "mean, p5, p95")
  local sum = 0
  for i = 2, 4 do sum = sum + tonumber(rows[i][col.cost_usd]) end
  eq(sum, 294000, "phase rows add up to the total: 202,000 + 10,000 + 82,000")
  local found
  for _, r in ipairs(rows) do
    if r[col.cost_item] == 'Data, "curation" | labelling — 数据标注' and r[col.pricing] == "own" then found = r end
  end
  truthy(found, "awkward name survives quoting")
  eq(found[col.kind], "other cost", "other-cost row")
  eq(found[col.phase], "", "an other cost is not put in the phase column")
  eq(found[col.stage], "data", "its kind")
  eq(found[col.cost_usd], "1500000", "other cost")
  local total_rent
  for _, r in ipairs(rows) do
    if r[1]:find("with V3", 1, true) and r[col.kind] == "total" and r[col.pricing] == "rental" then total_rent = r end
  end
  eq(total_rent[col.cost_usd], "35857000", "uncertain total: mean")
  eq(total_rent[col.cost_usd_p5], "29200000", "p5")
  eq(total_rent[col.cost_usd_p50], "35100000", "median")
  eq(total_rent[col.cost_usd_p95], "45100000", "p95")
  truthy(c:find('"Data, ""curation"" | labelling', 1, true), "quotes doubled")
end)

test("json_format", function()
  local s = render("json", fixture)
  eq(s:sub(-1), "\n", "trailing newline")
  local back = json.decode(s)
  eq(back.schema, "tcost-result/1", "schema key")
  eq(back.scenarios[1].totals.cost.rental, 294000, "total")
  eq(back.scenarios[2].phases[4].gpu_hours.p95, 8900000, "summary field")
  eq(fixture.schema, nil, "input not modified")
end)

test("svg_charts_are_well_formed", function()
  local svg = require "tcost.lib.svg"
  for _, s in ipairs(fixture.scenarios) do
    local charts = { svg.phases(s), svg.waterfall(s), svg.histogram(s), svg.tornado(s), svg.histogram(s, "own"),
      svg.tornado(s, "own"), svg.phases(s, { compact = true }) }
    for i, c in ipairs(charts) do
      local ok, err = xml.check(c)
      truthy(ok, s.name .. " chart " .. i .. ": " .. tostring(err))
      truthy(c:find('role="img"', 1, true) and c:find("<title>", 1, true) and c:find("viewBox=", 1, true),
        "role, title, viewBox")
      truthy(not c:lower():find("<script", 1, true) and not c:find("href", 1, true), "no script, no links")
    end
  end
  local r1 = fixture.scenarios[1]
  truthy(svg.waterfall(r1):find("No reconciliation", 1, true), "absent reconciliation said in text")
  truthy(svg.histogram(r1):find("exact", 1, true), "exact total: no histogram")
  truthy(svg.tornado(r1):find("No sensitivity", 1, true), "no tornado")
  local full = svg.waterfall(fixture.scenarios[2])
  truthy(full:find("20.0×", 1, true), "waterfall ratio label")
  truthy(full:find("$5.87M", 1, true), "waterfall running total")
  truthy(svg.histogram(fixture.scenarios[2]):find("p95 $45.1M", 1, true), "p95 marker")
end)

test("svg_format_documents", function()
  for _, chart in ipairs({ "phases", "waterfall", "histogram", "tornado" }) do
    local s = render("svg", fixture, { chart = chart })
    eq(s:sub(1, 38), '<?xml version="1.0" encoding="UTF-8"?>', chart .. " XML declaration")
    local ok, err = xml.check(s)
    truthy(ok, chart .. ": " .. tostring(err))
  end
  raises(function() render("svg", fixture, { chart = "pie" }) end, "unknown chart")
end)

test("svg_escapes_text", function()
  local r = copy(fixture)
  r.scenarios[1].name = '<b>&"x" \'y\' \1'
  r.scenarios[1].phases[1].name = "a]]>b & <c>"
  for _, chart in ipairs({ "phases", "waterfall", "histogram", "tornado" }) do
    local ok, err = xml.check(render("svg", r, { chart = chart }))
    truthy(ok, chart .. ": " .. tostring(err))
  end
  local ok, err = xml.check(render("html", r))
  truthy(ok, "html: " .. tostring(err))
end)

test("html_is_self_contained_xml", function()
  local h = render("html", fixture)
  local ok, err = xml.check(h)
  truthy(ok, tostring(err))
  eq(h:sub(1, 16), "<!DOCTYPE html>\n", "doctype first")
  truthy(h:find('<meta charset="utf-8"/>', 1, true), "charset")
  truthy(h:find("@media print", 1, true), "print styles")
  local lower = h:lower()
  truthy(not lower:find("<script", 1, true), "no script")
  truthy(not lower:find("<link", 1, true) and not lower:find(" src=", 1, true), "no external assets")
  truthy(not lower:find("url(", 1, true) and not lower:find("@import", 1, true), "no CSS fetches")
  for href in h:gmatch('href="([^"]*)"') do
    truthy(href:match("^https?://"), "only http(s) source links: " .. href)
  end
  truthy(h:find('<a href="https://arxiv.org/abs/2501.12948">DeepSeek-R1 paper, Table 7</a>', 1, true), "source link")
  -- The side-by-side chart of both scenarios; scenario 1 has only the phases chart; scenario 2 all four.
  eq(count(h, "<svg "), 6, "inline charts")
  -- a missing chart is left out, not announced ("No ... in this scenario" lines)
  truthy(not h:find("in this scenario", 1, true), "no note for a missing chart")
  -- every chart carries a title and an axis title (tests/browser checks the same in Chromium)
  truthy(count(h, 'class="axis-title"') >= 6, "axis titles")
  truthy(h:find("$294K", 1, true) and h:find("$35.9M", 1, true), "headline totals")
  truthy(h:find("Provenance", 1, true) and h:find("sha256:9b2f4c0d", 1, true), "provenance")
  truthy(h:find("R&amp;D staff", 1, true), "ampersand escaped")
end)
