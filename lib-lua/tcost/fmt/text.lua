-- fmt/text.lua: the result as plain text for a terminal: aligned tables that
-- fit opts.width columns (default 100, counted in UTF-8 characters), ANSI
-- bold/dim only when opts.color. Text from scenarios is stripped of control
-- characters so a name cannot smuggle terminal escapes into the report.
-- Tables too wide for the page split into column groups that repeat the first
-- column, rather than truncating numbers.
local units = require "tcost.units"
local json = require "tcost.json"

local BOLD, DIM, RESET = "\27[1m", "\27[2m", "\27[0m"
local INDENT, GAP = 2, 2

local function clean(s)
  if s == nil then return "" end
  s = json.sanitize_utf8(tostring(s))
  return (s:gsub("[\r\n\t]", " "):gsub("[%z\1-\31\127]", ""))
end

-- East Asian wide characters take two terminal columns; counting them as two
-- keeps CJK names aligned and never undercounts a line's characters.
local function char_width(cp)
  if (cp >= 0x1100 and cp <= 0x115F) or (cp >= 0x2E80 and cp <= 0xA4CF) or (cp >= 0xAC00 and cp <= 0xD7A3)
    or (cp >= 0xF900 and cp <= 0xFAFF) or (cp >= 0xFE30 and cp <= 0xFE4F) or (cp >= 0xFF00 and cp <= 0xFF60)
    or (cp >= 0xFFE0 and cp <= 0xFFE6) or (cp >= 0x20000 and cp <= 0x3FFFD) then
    return 2
  end
  return 1
end

-- Display width in terminal columns (text is valid UTF-8 after clean()).
local function ulen(s)
  if not s:find("[\128-\255]") then return #s end -- ASCII: one column a byte
  local n = 0
  for _, cp in utf8.codes(s) do n = n + char_width(cp) end
  return n
end

-- The longest prefix of `s` at most `w` columns wide, and the rest.
local function split_at(s, w)
  if not s:find("[\128-\255]") then return s:sub(1, w), s:sub(w + 1) end
  local used = 0
  for pos, cp in utf8.codes(s) do
    used = used + char_width(cp)
    if used > w then return s:sub(1, pos - 1), s:sub(pos) end
  end
  return s, ""
end

-- `s` cut to `w` columns, ending in "…" when cut.
local function truncate(s, w)
  if ulen(s) <= w then return s end
  if w <= 0 then return "" end
  return (split_at(s, w - 1)) .. "…"
end

-- Drops trailing spaces in linear time; gsub("%s+$", "") retries at every
-- space of a padded line and goes quadratic.
local function rtrim(s)
  local i = #s
  while i > 0 and s:byte(i) == 32 do i = i - 1 end
  return s:sub(1, i)
end

local function pad(s, w, right)
  local fill = string.rep(" ", w - ulen(s))
  return right and (fill .. s) or (s .. fill)
end

-- Word-wraps `s` into lines of at most `w` characters; words longer than a
-- line (URLs, hashes) are broken hard.
local function wrap(s, w)
  local lines, line = {}, ""
  for word in clean(s):gmatch("%S+") do
    while ulen(word) > w do
      if line ~= "" then lines[#lines + 1] = line; line = "" end
      local head
      head, word = split_at(word, w)
      if head == "" then head, word = word, "" end -- a wide character in a 1-column slot
      lines[#lines + 1] = head
    end
    if line == "" then line = word
    elseif ulen(line) + 1 + ulen(word) <= w then line = line .. " " .. word
    else lines[#lines + 1] = line; line = word end
  end
  if line ~= "" then lines[#lines + 1] = line end
  return lines
end

-- A writer collects output lines and knows the page width and colour mode.
local function writer(opts)
  local w = { lines = {}, width = opts.width or 100, color = opts.color == true }
  function w.add(s) w.lines[#w.lines + 1] = s end
  function w.blank() if w.lines[#w.lines] ~= "" then w.add("") end end
  function w.style(code, s) return w.color and (code .. s .. RESET) or s end
  function w.heading(s, rule)
    w.blank()
    local t = truncate(clean(s), w.width)
    w.add(w.style(BOLD, t))
    if rule then w.add(string.rep(rule, ulen(t))) end
  end
  function w.para(s, indent)
    indent = indent or 0
    for _, l in ipairs(wrap(s, w.width - indent)) do w.add(string.rep(" ", indent) .. l) end
  end
  return w
end

-- Shrinks flexible columns (widest first) until the table fits or they reach
-- their minimum; returns the total width used.
local function fit(cols, widths, limit)
  local function total()
    local t = INDENT + GAP * (#widths - 1)
    for _, x in ipairs(widths) do t = t + x end
    return t
  end
  while total() > limit do
    local best
    for i, c in ipairs(cols) do
      if c.flex and widths[i] > (c.min or 12) and (not best or widths[i] > widths[best]) then best = i end
    end
    if not best then break end
    widths[best] = widths[best] - 1
  end
  return total()
end

local function render_group(w, cols, rows, idx)
  local sub = {}
  for k, i in ipairs(idx) do sub[k] = cols[i] end
  local widths = {}
  for k, c in ipairs(sub) do
    local x = ulen(c.head)
    for _, r in ipairs(rows) do x = math.max(x, ulen(r[idx[k]] or "")) end
    widths[k] = x
  end
  local used = fit(sub, widths, w.width)
  if used > w.width then
    -- Last resort for a single column group wider than the page.
    local over = used - w.width
    widths[1] = math.max(4, widths[1] - over)
  end
  local function line(cells, styler)
    local parts = {}
    for k, c in ipairs(sub) do
      local text = pad(truncate(cells[k] or "", widths[k]), widths[k], c.right)
      if k == #sub and not c.right then text = rtrim(text) end
      parts[k] = styler and styler(k, text) or text
    end
    return rtrim(string.rep(" ", INDENT) .. table.concat(parts, string.rep(" ", GAP)))
  end
  local heads = {}
  for k, c in ipairs(sub) do heads[k] = c.head end
  w.add(line(heads, function(_, t) return w.style(BOLD, t) end))
  -- Columns marked wrap (sources, notes) continue on following lines; the
  -- others are truncated, which only happens to names in very narrow pages.
  for _, r in ipairs(rows) do
    local stacks, height = {}, 1
    for k, i in ipairs(idx) do
      local text = r[i] or ""
      stacks[k] = (sub[k].wrap and ulen(text) > widths[k]) and wrap(text, widths[k]) or { text }
      height = math.max(height, #stacks[k])
    end
    for h = 1, height do
      local cells = {}
      for k = 1, #sub do cells[k] = stacks[k][h] or "" end
      w.add(line(cells, function(k, t) return sub[k].dim and w.style(DIM, t) or t end))
    end
  end
end

-- Renders rows under column heads; when the table cannot fit, columns after
-- the first are dealt into groups, each printed with the first column again.
local function table_out(w, cols, rows)
  for _, r in ipairs(rows) do
    for i = 1, #cols do r[i] = clean(r[i]) end
  end
  local natural = {}
  for i, c in ipairs(cols) do
    local x = ulen(c.head)
    for _, r in ipairs(rows) do x = math.max(x, ulen(r[i])) end
    natural[i] = x
  end
  -- Groups are chosen at natural widths so that splitting, not truncation,
  -- is what makes a wide table fit; fit() still shrinks a group that cannot.
  local function width_of(idx)
    local t = INDENT + GAP * (#idx - 1)
    for _, i in ipairs(idx) do t = t + natural[i] end
    return t
  end
  local all = {}
  for i = 1, #cols do all[i] = i end
  local whole = {}
  for i = 1, #cols do whole[i] = natural[i] end
  if fit(cols, whole, w.width) <= w.width or #cols <= 2 then
    render_group(w, cols, rows, all)
    return
  end
  local groups, current = {}, { 1 }
  for i = 2, #cols do
    local try = { table.unpack(current) }
    try[#try + 1] = i
    if #current > 1 and width_of(try) > w.width then
      groups[#groups + 1] = current
      current = { 1, i }
    else
      current = try
    end
  end
  groups[#groups + 1] = current
  for g, idx in ipairs(groups) do
    if g > 1 then w.add("") end
    render_group(w, cols, rows, idx)
  end
end

local function pricing_label(p)
  return p.label or p.key
end

local function scenario_out(w, s, assumptions_by_name)
  w.heading(s.name or "(unnamed scenario)", "=")
  if s.description then w.para(s.description) end
  if s.file then w.add(w.style(DIM, truncate(clean("Defined in " .. s.file .. ":" .. (s.line or 0)), w.width))) end

  local pricing = s.pricing or {}
  if #pricing > 0 then
    w.heading("Pricing models")
    local rows = {}
    for _, p in ipairs(pricing) do rows[#rows + 1] = { p.key, pricing_label(p), p.kind or "" } end
    table_out(w, { { head = "Key" }, { head = "Pricing model", flex = true, min = 20 }, { head = "Kind" } }, rows)
  end

  w.heading("Phases")
  local cols = { { head = "Phase", flex = true, min = 16 }, { head = "GPU", flex = true, min = 8 },
    { head = "GPU-hours", right = true }, { head = "Energy", right = true } }
  for _, p in ipairs(pricing) do cols[#cols + 1] = { head = "Cost: " .. clean(p.key), right = true } end
  local rows, any_headline = {}, false
  for _, ph in ipairs(s.phases or {}) do
    local name = clean(ph.name)
    if ph.headline then name = name .. " †"; any_headline = true end
    local gpu = clean(ph.gpu)
    if ph.gpus then gpu = units.thousands(ph.gpus) .. " × " .. gpu end
    local r = { name, gpu, units.value(ph.gpu_hours, "GPU-h"), units.value(ph.energy_kwh, "kWh") }
    for _, p in ipairs(pricing) do r[#r + 1] = units.value(ph.cost and ph.cost[p.key], "USD") end
    rows[#rows + 1] = r
  end
  if #rows == 0 then w.add("  (no phases)") else table_out(w, cols, rows) end
  if any_headline then w.add(w.style(DIM, "  † counted in the headline figure")) end

  if s.other and #s.other > 0 then
    w.heading("Other costs (the same under every pricing model)")
    rows = {}
    for _, o in ipairs(s.other) do
      rows[#rows + 1] = { o.name, o.kind or "", units.value(o.cost, "USD"), o.source or "(unsourced)" }
    end
    table_out(w, { { head = "Item", flex = true, min = 16 }, { head = "Kind" }, { head = "Cost", right = true },
      { head = "Source", flex = true, min = 12, dim = true, wrap = true } }, rows)
  end

  local t = s.totals
  if t then
    w.heading("Totals")
    rows = {
      { "GPU-hours", units.value(t.gpu_hours, "GPU-h") },
      { "Energy", units.value(t.energy_kwh, "kWh") },
      { "Carbon", units.value(t.carbon_kg, "kg") },
      { "Other costs", units.value(t.other_cost, "USD") },
    }
    for _, p in ipairs(pricing) do
      rows[#rows + 1] = { "Total cost, " .. pricing_label(p), units.value(t.cost and t.cost[p.key], "USD") }
    end
    table_out(w, { { head = "Measure", flex = true, min = 20 }, { head = "Value", right = true } }, rows)
    local dist = units.distribution_rows(s)
    if #dist > 0 then
      w.heading("Distribution of totals")
      table_out(w, { { head = "Measure", flex = true, min = 16 }, { head = "Mean", right = true },
        { head = "p5", right = true }, { head = "Median", right = true }, { head = "p95", right = true } }, dist)
    end
  end

  if s.figures and #s.figures > 0 then
    w.heading("Figures")
    rows = {}
    for _, f in ipairs(s.figures) do
      rows[#rows + 1] = { f.name, units.value(f.value, f.unit), f.note or "" }
    end
    table_out(w, { { head = "Figure", flex = true, min = 20, wrap = true }, { head = "Value", right = true },
      { head = "Note", flex = true, min = 12, dim = true, wrap = true } }, rows)
  end

  local rec = s.reconciliation
  if rec and rec.steps and #rec.steps > 0 then
    local label = rec.pricing
    for _, p in ipairs(pricing) do if p.key == rec.pricing then label = pricing_label(p) end end
    w.heading("Reconciliation: from the headline to a fuller cost (" .. clean(label) .. ")")
    rows = {}
    for _, st in ipairs(rec.steps) do
      rows[#rows + 1] = { st.label, units.value(st.add, "USD"), units.value(st.total, "USD"),
        units.value(st.ratio, "x") }
    end
    table_out(w, { { head = "Step", flex = true, min = 20 }, { head = "Adds", right = true },
      { head = "Running total", right = true }, { head = "× headline", right = true } }, rows)
  end

  if s.sensitivity then
    for _, p in ipairs(pricing) do
      local sens = s.sensitivity[p.key]
      if sens and sens.tornado and #sens.tornado > 0 then
        w.heading("Sensitivity of total cost, " .. pricing_label(p))
        local rho = {}
        for _, rc in ipairs(sens.rankcorr or {}) do rho[rc.input] = rc.rho end
        rows = {}
        for _, tr in ipairs(sens.tornado) do
          local a = assumptions_by_name[tr.input]
          local unit = a and a.unit
          rows[#rows + 1] = { tr.input, units.value(tr.lo, unit) .. " – " .. units.value(tr.hi, unit),
            units.value(tr.low_total, "USD"), units.value(tr.high_total, "USD"), units.value(tr.swing, "USD"),
            rho[tr.input] and string.format("%+.2f", rho[tr.input]) or "" }
        end
        table_out(w, { { head = "Input", flex = true, min = 12 }, { head = "Input low – high", flex = true, min = 16 },
          { head = "Total at low", right = true }, { head = "Total at high", right = true },
          { head = "Swing", right = true }, { head = "Rank ρ", right = true } }, rows)
      end
    end
  end
end

local function assumptions_out(w, list)
  w.heading("Assumptions", "=")
  if #list == 0 then w.add("  (none)"); return end
  local rows, notes, any_override = {}, {}, false
  for _, a in ipairs(list) do
    local name = clean(a.name)
    if a.overridden then name = "*" .. name; any_override = true end
    local value = a.display or units.short(a.value, a.unit)
    rows[#rows + 1] = { name, value, a.unit or "", a.source or "(unsourced)" }
    if a.note then notes[#notes + 1] = clean(a.name) .. ": " .. clean(a.note) end
  end
  table_out(w, { { head = "Name", flex = true, min = 12 }, { head = "Value", flex = true, min = 10 },
    { head = "Unit", flex = true, min = 8 }, { head = "Source", flex = true, min = 16, dim = true, wrap = true } }, rows)
  if any_override then w.add(w.style(DIM, "  * overridden on the command line")) end
  if #notes > 0 then
    w.add("")
    w.add("  Notes")
    for _, n in ipairs(notes) do
      local lines = wrap(n, w.width - 6)
      for i, l in ipairs(lines) do w.add((i == 1 and "  - " or "    ") .. l) end
    end
  end
end

local function provenance_out(w, result)
  local tool, run = result.tool or {}, result.run or {}
  w.heading("Provenance", "=")
  local function kv(k, v)
    for i, l in ipairs(wrap(v, w.width - INDENT - 13)) do
      w.add(string.rep(" ", INDENT) .. (i == 1 and pad(k, 13) or string.rep(" ", 13)) .. l)
    end
  end
  kv("tool", (tool.name or "tcost") .. " " .. (tool.version or "?"))
  kv("catalog", tool.catalog or "?")
  kv("seed", run.seed and string.format("%d", run.seed) or "—")
  kv("samples", (units.sampling(run)))
  if run.date then kv("date", run.date) end
  local ov = {}
  for _, o in ipairs(run.overrides or {}) do ov[#ov + 1] = clean(o.name) .. "=" .. clean(o.value) end
  kv("overrides", #ov > 0 and table.concat(ov, ", ") or "none")
  local af = run.assumption_files or {}
  kv("assumptions", #af > 0 and table.concat(af, ", ") or "none")
  kv("fingerprint", "sha256:" .. (run.fingerprint or "?"))
  w.add(string.rep(" ", INDENT) .. "files")
  for _, f in ipairs(run.files or {}) do
    w.para(f.path, 4)
    w.para("sha256 " .. clean(f.sha256), 6)
  end
end

---Renders a result as aligned plain text.
---@param result table the result structure
---@param opts? { color?: boolean, width?: integer }
---@return string
return function(result, opts)
  opts = opts or {}
  local w = writer(opts)
  local tool, run = result.tool or {}, result.run or {}
  w.add(w.style(BOLD, truncate(clean(string.format("%s %s: what it cost to train", tool.name or "tcost",
    tool.version or "?")), w.width)))
  w.para((select(2, units.sampling(run))))
  local by_name = {}
  for _, a in ipairs(result.assumptions or {}) do by_name[a.name] = a end
  for _, s in ipairs(result.scenarios or {}) do scenario_out(w, s, by_name) end
  assumptions_out(w, result.assumptions or {})
  provenance_out(w, result)
  return table.concat(w.lines, "\n") .. "\n"
end
