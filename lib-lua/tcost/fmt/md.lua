-- fmt/md.lua: the result as GitHub-flavoured Markdown: headings, pipe tables
-- and a provenance list. Every piece of scenario text is escaped, so a name
-- with '|', '*' or '<' cannot break a table or inject HTML; sources holding an
-- http(s) URL become links. Numbers come from units.lua, as in the text format.
local units = require "tcost.units"
local json = require "tcost.json"

-- ASCII punctuation that means something to GFM inline; backslash-escaping
-- any ASCII punctuation is always allowed, so over-escaping is harmless.
local function esc(s)
  if s == nil then return "" end
  s = json.sanitize_utf8(tostring(s)):gsub("[%z\1-\31\127]+", " ")
  -- '$' too: GitHub reads "$4.21M–$7.78M" as inline maths.
  return (s:gsub("[\\`*_%[%]<>|~&#!$]", "\\%0"))
end

-- Escaped text that starts a paragraph, where "- ", "+ " or "1. " would
-- begin a list.
local function para(s)
  return (esc(s):gsub("^([-+])", "\\%1"):gsub("^(%d+)([.)])", "%1\\%2"))
end

-- A value in human units, escaped like any other text.
local function num(v, kind) return esc(units.value(v, kind)) end


-- URL characters that would end or confuse a link destination are percent-encoded.
local function dest(url)
  return (url:gsub("[%c%s()<>\\`]", function(c) return string.format("%%%02X", c:byte()) end))
end

local function source(s)
  if s == nil then return "*unsourced*" end
  s = json.sanitize_utf8(tostring(s))
  local url, text = units.split_url(s)
  if not url then return esc(s) end
  if text == "" then text = url end
  return "[" .. esc(text) .. "](" .. dest(url) .. ")"
end

-- Inline code for paths and hashes; backticks in the text fall back to escaping.
local function code(s)
  s = json.sanitize_utf8(tostring(s or "")):gsub("[%z\1-\31\127]+", " ")
  if s:find("`") or s == "" then return esc(s) end
  return "`" .. s .. "`"
end

local function table_md(out, heads, aligns, rows)
  local line, rule = {}, {}
  for i, h in ipairs(heads) do
    line[i] = esc(h)
    rule[i] = aligns[i] == "r" and "--:" or "---"
  end
  out[#out + 1] = "| " .. table.concat(line, " | ") .. " |"
  out[#out + 1] = "|" .. table.concat(rule, "|") .. "|"
  for _, r in ipairs(rows) do
    out[#out + 1] = "| " .. table.concat(r, " | ", 1, #heads) .. " |"
  end
  out[#out + 1] = ""
end

local function pricing_label(p) return p.label or p.key end

local function scenario_md(out, s, by_name)
  out[#out + 1] = "## " .. esc(s.name or "(unnamed scenario)")
  out[#out + 1] = ""
  if s.description then out[#out + 1] = para(s.description); out[#out + 1] = "" end
  if s.file then
    out[#out + 1] = "Defined in " .. code(s.file .. ":" .. (s.line or 0)) .. "."
    out[#out + 1] = ""
  end
  local pricing = s.pricing or {}
  local rows = {}
  for _, p in ipairs(pricing) do rows[#rows + 1] = { code(p.key), esc(pricing_label(p)), esc(p.kind) } end
  if #rows > 0 then table_md(out, { "Key", "Pricing model", "Kind" }, {}, rows) end

  out[#out + 1] = "### Phases"
  out[#out + 1] = ""
  local heads, aligns = { "Phase", "GPU", "GPU-hours", "Energy" }, { "l", "l", "r", "r" }
  for _, p in ipairs(pricing) do heads[#heads + 1] = "Cost: " .. p.key; aligns[#aligns + 1] = "r" end
  rows = {}
  local any_headline = false
  for _, ph in ipairs(s.phases or {}) do
    local name = esc(ph.name)
    if ph.headline then name = name .. " †"; any_headline = true end
    local gpu = esc(ph.gpu)
    if ph.gpus then gpu = units.thousands(ph.gpus) .. " × " .. gpu end
    local r = { name, gpu, num(ph.gpu_hours, "GPU-h"), num(ph.energy_kwh, "kWh") }
    for _, p in ipairs(pricing) do r[#r + 1] = num(ph.cost and ph.cost[p.key], "USD") end
    rows[#rows + 1] = r
  end
  table_md(out, heads, aligns, rows)
  if any_headline then out[#out + 1] = "† counted in the headline figure."; out[#out + 1] = "" end

  if s.other and #s.other > 0 then
    out[#out + 1] = "### Other costs"
    out[#out + 1] = ""
    out[#out + 1] = "The same under every pricing model."
    out[#out + 1] = ""
    rows = {}
    for _, o in ipairs(s.other) do
      rows[#rows + 1] = { esc(o.name), esc(o.kind), num(o.cost, "USD"), source(o.source), esc(o.note) }
    end
    table_md(out, { "Item", "Kind", "Cost", "Source", "Note" }, { "l", "l", "r" }, rows)
  end

  local t = s.totals
  if t then
    out[#out + 1] = "### Totals"
    out[#out + 1] = ""
    rows = {
      { "GPU-hours", num(t.gpu_hours, "GPU-h") },
      { "Energy", num(t.energy_kwh, "kWh") },
      { "Carbon", num(t.carbon_kg, "kg") },
      { "Other costs", num(t.other_cost, "USD") },
    }
    for _, p in ipairs(pricing) do
      rows[#rows + 1] = { "**Total cost, " .. esc(pricing_label(p)) .. "**",
        "**" .. num(t.cost and t.cost[p.key], "USD") .. "**" }
    end
    table_md(out, { "Measure", "Value" }, { "l", "r" }, rows)
    local dist = units.distribution_rows(s)
    if #dist > 0 then
      out[#out + 1] = "### Distribution of totals"
      out[#out + 1] = ""
      for _, r in ipairs(dist) do
        for i = 1, #r do r[i] = esc(r[i]) end
      end
      table_md(out, { "Measure", "Mean", "p5", "Median", "p95" }, { "l", "r", "r", "r", "r" }, dist)
    end
  end

  if s.figures and #s.figures > 0 then
    out[#out + 1] = "### Figures"
    out[#out + 1] = ""
    rows = {}
    for _, f in ipairs(s.figures) do
      rows[#rows + 1] = { esc(f.name), num(f.value, f.unit), esc(f.note) }
    end
    table_md(out, { "Figure", "Value", "Note" }, { "l", "r" }, rows)
  end

  local rec = s.reconciliation
  if rec and rec.steps and #rec.steps > 0 then
    local label = rec.pricing
    for _, p in ipairs(pricing) do if p.key == rec.pricing then label = pricing_label(p) end end
    out[#out + 1] = "### Reconciliation (" .. esc(label) .. ")"
    out[#out + 1] = ""
    rows = {}
    for _, st in ipairs(rec.steps) do
      rows[#rows + 1] = { esc(st.label), num(st.add, "USD"), num(st.total, "USD"),
        num(st.ratio, "x") }
    end
    table_md(out, { "Step", "Adds", "Running total", "× headline" }, { "l", "r", "r", "r" }, rows)
  end

  for _, p in ipairs(s.sensitivity and pricing or {}) do
    local sens = s.sensitivity[p.key]
    if sens and sens.tornado and #sens.tornado > 0 then
      out[#out + 1] = "### Sensitivity of total cost, " .. esc(pricing_label(p))
      out[#out + 1] = ""
      local rho = {}
      for _, rc in ipairs(sens.rankcorr or {}) do rho[rc.input] = rc.rho end
      rows = {}
      for _, tr in ipairs(sens.tornado) do
        local unit = by_name[tr.input] and by_name[tr.input].unit
        rows[#rows + 1] = { esc(tr.input), num(tr.lo, unit) .. " – " .. num(tr.hi, unit),
          num(tr.low_total, "USD"), num(tr.high_total, "USD"), num(tr.swing, "USD"),
          rho[tr.input] and string.format("%+.2f", rho[tr.input]) or "" }
      end
      table_md(out, { "Input", "Input low – high", "Total at low", "Total at high", "Swing", "Rank ρ" },
        { "l", "l", "r", "r", "r", "r" }, rows)
    end
  end
end

local function assumptions_md(out, list)
  out[#out + 1] = "## Assumptions"
  out[#out + 1] = ""
  if #list == 0 then out[#out + 1] = "None."; out[#out + 1] = ""; return end
  local rows, any = {}, false
  for _, a in ipairs(list) do
    local name = code(a.name)
    if a.overridden then name = name .. " \\*"; any = true end
    rows[#rows + 1] = { name, esc(a.display or units.short(a.value, a.unit)), esc(a.unit), source(a.source),
      esc(a.note) }
  end
  table_md(out, { "Name", "Value", "Unit", "Source", "Note" }, {}, rows)
  if any then out[#out + 1] = "\\* overridden on the command line."; out[#out + 1] = "" end
end

local function provenance_md(out, result)
  local tool, run = result.tool or {}, result.run or {}
  out[#out + 1] = "## Provenance"
  out[#out + 1] = ""
  local function item(k, v) out[#out + 1] = "- **" .. k .. "**: " .. v end
  item("tool", esc((tool.name or "tcost") .. " " .. (tool.version or "?")))
  item("catalog", esc(tool.catalog or "?"))
  item("seed", run.seed and string.format("%d", run.seed) or "—")
  item("samples", esc((units.sampling(run))))
  if run.date then item("date", esc(run.date)) end
  local ov = {}
  for _, o in ipairs(run.overrides or {}) do ov[#ov + 1] = code(tostring(o.name) .. "=" .. tostring(o.value)) end
  item("overrides", #ov > 0 and table.concat(ov, ", ") or "none")
  local af = {}
  for _, f in ipairs(run.assumption_files or {}) do af[#af + 1] = code(f) end
  item("assumption files", #af > 0 and table.concat(af, ", ") or "none")
  item("fingerprint", code("sha256:" .. (run.fingerprint or "?")))
  item("files", "")
  for _, f in ipairs(run.files or {}) do
    out[#out + 1] = "  - " .. code(f.path) .. " sha256 " .. code(f.sha256)
  end
  out[#out + 1] = ""
end

---Renders a result as GitHub-flavoured Markdown.
---@param result table the result structure
---@param opts? table unused
---@return string
return function(result, opts)
  local _ = opts
  local out = {}
  local tool, run = result.tool or {}, result.run or {}
  out[#out + 1] = "# " .. esc((tool.name or "tcost") .. " " .. (tool.version or "?")) .. ": what it cost to train"
  out[#out + 1] = ""
  out[#out + 1] = esc((select(2, units.sampling(run))))
  out[#out + 1] = ""
  local by_name = {}
  for _, a in ipairs(result.assumptions or {}) do by_name[a.name] = a end
  for _, s in ipairs(result.scenarios or {}) do scenario_md(out, s, by_name) end
  assumptions_md(out, result.assumptions or {})
  provenance_md(out, result)
  while out[#out] == "" do out[#out] = nil end
  return table.concat(out, "\n") .. "\n"
end
