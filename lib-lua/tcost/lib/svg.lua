-- lib/svg.lua: chart builders for one scenario of the result, each returning a
-- standalone <svg> element (no XML declaration, so it can be inlined in
-- HTML): phases (stacked cost bars), waterfall (headline to fuller cost),
-- histogram (sampled total cost) and tornado (sensitivity). Charts use only
-- generic fonts and inline attributes: no scripts, no ids, no external assets.
-- Missing data gives a small chart that says so, never an error. Uncertain
-- values are drawn at their mean; sums here are for bar geometry only.
local units = require "tcost.lib.units"
local json = require "tcost.lib.json"

local M = {}

-- Print-friendly: dark enough on white paper, distinct in greyscale too.
local PALETTE = { "#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0", "#2e75b6", "#a9a9a9", "#bf9000",
  "#843c0c", "#385723" }
local INK, GRID, MUTED = "#222222", "#d9d9d9", "#595959"
local CHAR_W = 0.58 -- average glyph width of a sans-serif font, in ems, for fitting labels

---Text made safe for XML character data and attribute values; bytes that are
---not valid UTF-8 become U+FFFD and control characters (illegal in XML 1.0) go.
---@param s any
---@return string
local XML = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;",
  ["\t"] = " ", ["\r"] = " ", ["\n"] = " ", ["\127"] = "" }
for b = 0, 31 do XML[string.char(b)] = XML[string.char(b)] or "" end
local xml_escape = require("tcost.c.escape").new(XML) -- in C: Lua patterns cost hundreds of instructions a byte
function M.esc(s)
  if type(s) ~= "string" then s = tostring(s == nil and "" or s) end -- (tostring asks for __tostring first)
  return xml_escape(s)
end
local esc = M.esc

local function n1(x) return string.format("%.1f", x) end

local function finite(x) return type(x) == "number" and x == x and x ~= math.huge and x ~= -math.huge end

-- The drawn value of V: a number or a summary's mean, else 0.
local function pt(v)
  local p = units.point(v)
  if finite(p) then return p end
  return 0
end

-- Cuts `s` so that it fits `px` pixels at `size`, ending in "…".
local function fit(s, px, size)
  s = json.sanitize_utf8(tostring(s or ""))
  local max = math.floor(px / (size * CHAR_W))
  if (utf8.len(s) or #s) <= max then return s end
  if max < 2 then return "" end
  return s:sub(1, (utf8.offset(s, max) or (#s + 1)) - 1) .. "…"
end

local function text(x, y, s, attrs)
  return string.format('<text x="%s" y="%s"%s>%s</text>', n1(x), n1(y), attrs and (" " .. attrs) or "", esc(s))
end

local function rect(x, y, w, h, fill, tip)
  local r = string.format('<rect x="%s" y="%s" width="%s" height="%s" fill="%s"', n1(x), n1(y), n1(math.max(w, 0)),
    n1(math.max(h, 0)), fill)
  if tip then return r .. "><title>" .. esc(tip) .. "</title></rect>" end
  return r .. "/>"
end

local function line(x1, y1, x2, y2, stroke, extra)
  return string.format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s"%s/>', n1(x1), n1(y1), n1(x2), n1(y2),
    stroke, extra and (" " .. extra) or "")
end

-- Axis labels: money without trailing zeros ("$40M", "$2.5M", "$300K").
local function tick_money(x)
  return (units.money(x):gsub("(%.%d-)0+(%a*)$", "%1%2"):gsub("%.(%a*)$", "%1"))
end

-- `title` is the accessible name and, by default, the text drawn on the
-- chart; with opts.compact the shorter `heading` is drawn instead (in a report
-- the scenario name is already on the page).
local function document(w, h, title, body, heading, opts)
  if not (opts and opts.compact) then heading = nil end
  return table.concat({
    string.format('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
      .. 'role="img" font-family="sans-serif" font-size="12" fill="%s">', w, h, w, h, INK),
    "<title>" .. esc(title) .. "</title>",
    string.format('<rect x="0" y="0" width="%d" height="%d" fill="#ffffff"/>', w, h),
    text(12, 22, fit(heading or title, w - 24, 14), 'font-size="14" font-weight="bold"'),
    body,
    "</svg>",
  }, "\n")
end

---A small chart that only says why there is nothing to draw.
---@param title string
---@param message string
---@return string
function M.placeholder(title, message)
  local w, h = 640, 76
  return document(w, h, title, table.concat({
    string.format('<rect x="12" y="34" width="%d" height="30" fill="none" stroke="%s" stroke-dasharray="4 3"/>',
      w - 24, GRID),
    text(24, 54, fit(message, w - 48, 12), 'fill="' .. MUTED .. '"'),
  }, "\n"))
end

-- Round tick spacing (1, 2, 2.5 or 5 × 10^k) giving about `n` ticks up to `max`.
local function tick_step(max, n)
  if not (max > 0) then return 1 end
  local raw = max / n
  local mag = 10 ^ math.floor(math.log(raw, 10))
  local step = 10 * mag
  for _, m in ipairs({ 1, 2, 2.5, 5, 10 }) do
    if m * mag >= raw * (1 - 1e-9) then step = m * mag; break end
  end
  -- a subnormal maximum gives a zero step: any positive step will do then
  if not (step > 0 and finite(step)) then return 1 end
  return step
end

-- Tick values first, first + step, ... up to last, at most 50 of them: an axis
-- near the largest double, or a step below the values' precision, must end.
local function ticks(first, last, step)
  local out = {}
  if not (finite(first) and finite(last) and finite(step) and step > 0) then return out end
  for i = 0, 50 do
    local t = first + i * step
    if t > last or (i > 0 and t == out[#out]) then break end
    out[#out + 1] = t
  end
  return out
end

local TOO_LARGE = "The values are too large to draw on an axis."

-- A linear map from [d0, d1] onto [r0, r1]; a degenerate domain maps to r0.
local function scale(d0, d1, r0, r1)
  if d1 == d0 then return function() return r0 end end
  return function(v) return r0 + (v - d0) * (r1 - r0) / (d1 - d0) end
end

local function pricing_of(scenario, key)
  for _, p in ipairs(scenario.pricing or {}) do
    if key == nil or p.key == key then return p end
  end
  return nil
end

local function label_of(p) return p and (p.label or p.key) or "?" end

---Stacked bars: for each pricing model, the cost of each phase plus other costs.
---@param scenario table one entry of result.scenarios
---@param opts? { compact?: boolean } compact: draw a heading without the scenario name
---@return string svg
function M.phases(scenario, opts)
  local name = scenario.name or "scenario"
  local title = "Cost by phase under each pricing model: " .. name
  local phases = scenario.phases or {}
  -- a purchase (spent once) is no cost of a phase: the Totals show it, not this chart
  local pricing = {}
  for _, p in ipairs(scenario.pricing or {}) do
    if p.spent_once == nil then pricing[#pricing + 1] = p end
  end
  local other = pt(scenario.totals and scenario.totals.other_cost)
  local series = {}
  for _, ph in ipairs(phases) do series[#series + 1] = { name = ph.name, cost = ph.cost or {} } end
  if other > 0 then series[#series + 1] = { name = "Other costs", flat = other } end
  if #pricing == 0 and #(scenario.pricing or {}) > 0 then
    return M.placeholder(title, "A purchase is capital spent once, not a cost of each phase: see the Totals.")
  end
  if #pricing == 0 or #series == 0 then
    return M.placeholder(title, "No phases or pricing models to chart.")
  end
  local stacks, top = {}, 0
  for i, p in ipairs(pricing) do
    local sum = 0
    stacks[i] = {}
    for k, s in ipairs(series) do
      local v = math.max(0, s.flat or pt(s.cost[p.key]))
      stacks[i][k] = v
      sum = sum + v
    end
    stacks[i].sum = sum
    top = math.max(top, sum)
  end
  if top <= 0 then return M.placeholder(title, "Every cost is zero: nothing to chart.") end

  local W, left, plot_top, plot_h = 720, 78, 44, 240
  local plot_w = W - left - 24
  local step = tick_step(top, 5)
  local ymax = step * math.ceil(top / step - 1e-9)
  if not finite(ymax) then return M.placeholder(title, TOO_LARGE) end
  local y = scale(0, ymax, plot_top + plot_h, plot_top)
  local body = {}
  for _, t in ipairs(ticks(0, ymax + step / 2, step)) do
    body[#body + 1] = line(left, y(t), left + plot_w, y(t), GRID)
    body[#body + 1] = text(left - 6, y(t) + 4, tick_money(t), 'text-anchor="end" font-size="11"')
  end
  local slot = plot_w / #pricing
  local bw = math.min(110, slot * 0.6)
  for i, p in ipairs(pricing) do
    local x = left + slot * (i - 1) + (slot - bw) / 2
    local base = 0
    for k, v in ipairs(stacks[i]) do
      if v > 0 then
        body[#body + 1] = rect(x, y(base + v), bw, y(base) - y(base + v), PALETTE[(k - 1) % #PALETTE + 1],
          series[k].name .. ": " .. units.money(v))
      end
      base = base + v
    end
    local total = scenario.totals and scenario.totals.cost and scenario.totals.cost[p.key]
    local shown = total ~= nil and pt(total) or stacks[i].sum
    body[#body + 1] = text(x + bw / 2, y(stacks[i].sum) - 6, units.money(shown),
      'text-anchor="middle" font-weight="bold"')
    -- bars are named by key, which fits under a bar; the title attribute keeps the label
    body[#body + 1] = text(left + slot * (i - 0.5), plot_top + plot_h + 18, fit(p.key or label_of(p), slot - 8, 12),
      'text-anchor="middle"')
  end
  body[#body + 1] = line(left, plot_top + plot_h, left + plot_w, plot_top + plot_h, INK)
  body[#body + 1] = string.format('<text x="14" y="%s" text-anchor="middle" font-size="11" class="axis-title" transform="rotate(-90 14 %s)">Cost (USD)</text>',
    n1(plot_top + plot_h / 2), n1(plot_top + plot_h / 2))
  body[#body + 1] = text(left + plot_w / 2, plot_top + plot_h + 34, "Pricing model", 'text-anchor="middle" font-size="11" class="axis-title"')
  local ly = plot_top + plot_h + 58
  for k, s in ipairs(series) do
    local col = (k - 1) % 2
    local row = (k - 1) // 2
    local lx = left + col * (plot_w / 2)
    body[#body + 1] = rect(lx, ly + row * 20 - 10, 12, 12, PALETTE[(k - 1) % #PALETTE + 1])
    body[#body + 1] = text(lx + 18, ly + row * 20, fit(s.name, plot_w / 2 - 26, 12))
  end
  local H = math.floor(ly + ((#series + 1) // 2) * 20 + 6)
  return document(W, H, title, table.concat(body, "\n"), "Cost by phase under each pricing model", opts)
end

---Waterfall of the reconciliation: each step a floating bar from the previous
---running total to the new one, labelled with the total and its multiple of
---the headline.
---@param scenario table
---@param opts? { compact?: boolean }
---@return string svg
function M.waterfall(scenario, opts)
  local name = scenario.name or "scenario"
  local rec = scenario.reconciliation
  local title = "From the headline to a fuller cost: " .. name
  if not rec or not rec.steps or #rec.steps == 0 then
    return M.placeholder(title, "No reconciliation in this scenario.")
  end
  local p = pricing_of(scenario, rec.pricing)
  local heading = "From the headline to a fuller cost" .. (p and (", " .. label_of(p)) or "")
  title = heading .. ": " .. name
  local steps, top = rec.steps, 0
  for _, st in ipairs(steps) do top = math.max(top, pt(st.total), pt(st.total) - pt(st.add)) end
  if top <= 0 then return M.placeholder(title, "Every step is zero: nothing to chart.") end

  local W, label_w, right_w, row_h, plot_top = 820, 250, 190, 30, 40
  local left = 12 + label_w
  local plot_w = W - left - right_w
  local step = tick_step(top, 4)
  local xmax = step * math.ceil(top / step - 1e-9)
  if not finite(xmax) then return M.placeholder(title, TOO_LARGE) end
  local x = scale(0, xmax, left, left + plot_w)
  local plot_h = #steps * row_h
  local body = {}
  for _, t in ipairs(ticks(0, xmax + step / 2, step)) do
    body[#body + 1] = line(x(t), plot_top, x(t), plot_top + plot_h, GRID)
    body[#body + 1] = text(x(t), plot_top + plot_h + 16, tick_money(t), 'text-anchor="middle" font-size="11"')
  end
  local prev = 0
  for i, st in ipairs(steps) do
    local total, add = pt(st.total), pt(st.add)
    local from = (i == 1) and 0 or prev
    local y0 = plot_top + (i - 1) * row_h
    local a, b = math.min(from, total), math.max(from, total)
    local colour = i == 1 and PALETTE[1] or (total >= from and PALETTE[2] or PALETTE[3])
    body[#body + 1] = text(12, y0 + 19, fit(st.label, label_w - 8, 12))
    body[#body + 1] = rect(x(a), y0 + 6, math.max(x(b) - x(a), 1), row_h - 12, colour,
      string.format("%s: adds %s, total %s", tostring(st.label), units.money(add), units.money(total)))
    if i > 1 then
      body[#body + 1] = line(x(from), y0 - 6, x(from), y0 + 6, MUTED, 'stroke-dasharray="2 2"')
    end
    local ratio = units.point(st.ratio)
    local note = units.money(total) .. (finite(ratio) and (" (" .. units.multiple(ratio) .. ")") or "")
    if i > 1 then note = "+" .. units.money(add) .. " → " .. note end
    body[#body + 1] = text(x(b) + 6, y0 + 19, fit(note, W - x(b) - 12, 12))
    prev = total
  end
  body[#body + 1] = line(left, plot_top, left, plot_top + plot_h, INK)
  body[#body + 1] = text(left + plot_w / 2, plot_top + plot_h + 34, "Running total (USD)",
    'text-anchor="middle" font-size="11" class="axis-title"')
  local H = plot_top + plot_h + 44
  return document(W, H, title, table.concat(body, "\n"), heading, opts)
end

---Histogram of a summary's sampled distribution of total cost under one
---pricing model, with p5, p50 and p95 marked.
---@param scenario table
---@param pricing_key? string default the first pricing model
---@param opts? { compact?: boolean }
---@return string svg
function M.histogram(scenario, pricing_key, opts)
  local name = scenario.name or "scenario"
  local p = pricing_of(scenario, pricing_key)
  local title = "Distribution of total cost, " .. label_of(p) .. ": " .. name
  if not p then return M.placeholder(title, "No pricing model '" .. tostring(pricing_key) .. "'.") end
  local v = scenario.totals and scenario.totals.cost and scenario.totals.cost[p.key]
  if not units.is_summary(v) then
    return M.placeholder(title, "The total is exact (no uncertain inputs): no distribution to show.")
  end
  local h = v.hist
  if type(h) ~= "table" or type(h.counts) ~= "table" or #h.counts == 0 or not finite(h.lo) or not finite(h.hi)
    or h.hi <= h.lo then
    return M.placeholder(title, "No histogram was recorded for this total.")
  end
  local maxc, sum = 0, 0
  for _, c in ipairs(h.counts) do maxc = math.max(maxc, c); sum = sum + c end
  if maxc <= 0 then return M.placeholder(title, "The histogram is empty.") end

  local W, left, plot_top, plot_h = 720, 60, 60, 220
  local plot_w = W - left - 24
  local x = scale(h.lo, h.hi, left, left + plot_w)
  local step = tick_step(maxc, 4)
  local ymax = step * math.ceil(maxc / step - 1e-9)
  if not (finite(ymax) and finite(h.lo) and finite(h.hi)) then return M.placeholder(title, TOO_LARGE) end
  local y = scale(0, ymax, plot_top + plot_h, plot_top)
  local body = {}
  for _, t in ipairs(ticks(0, ymax + step / 2, step)) do
    body[#body + 1] = line(left, y(t), left + plot_w, y(t), GRID)
    body[#body + 1] = text(left - 6, y(t) + 4, units.thousands(t), 'text-anchor="end" font-size="11"')
  end
  local bw = (h.hi - h.lo) / #h.counts
  for i, c in ipairs(h.counts) do
    local a, b = h.lo + (i - 1) * bw, h.lo + i * bw
    body[#body + 1] = rect(x(a) + 0.5, y(c), x(b) - x(a) - 1, y(0) - y(c), PALETTE[6],
      string.format("%s–%s: %s samples", units.money(a), units.money(b), units.thousands(c)))
  end
  body[#body + 1] = line(left, y(0), left + plot_w, y(0), INK)
  local xstep = tick_step(h.hi - h.lo, 6)
  for _, t in ipairs(ticks(xstep * math.ceil(h.lo / xstep - 1e-9), h.hi + 1e-9 * xstep, xstep)) do
    body[#body + 1] = line(x(t), y(0), x(t), y(0) + 4, INK)
    body[#body + 1] = text(x(t), y(0) + 16, tick_money(t), 'text-anchor="middle" font-size="11"')
  end
  -- Markers alternate label heights so p5/p50/p95 labels never overlap.
  local marks = { { "p5", v.p5 }, { "p50", v.p50 }, { "p95", v.p95 } }
  for i, m in ipairs(marks) do
    if finite(m[2]) then
      local mx = x(math.min(math.max(m[2], h.lo), h.hi))
      body[#body + 1] = line(mx, plot_top - 6, mx, y(0), INK, 'stroke-width="1.5" stroke-dasharray="5 3"')
      local anchor = (i == 1 and "end") or (i == 3 and "start") or "middle"
      local dx = (i == 1 and -4) or (i == 3 and 4) or 0
      body[#body + 1] = text(mx + dx, plot_top - 10 - (i == 2 and 12 or 0), m[1] .. " " .. units.money(m[2]),
        'text-anchor="' .. anchor .. '" font-size="11" font-weight="bold"')
    end
  end
  body[#body + 1] = text(left + plot_w / 2, y(0) + 34, "Total cost (USD)", 'text-anchor="middle" font-size="11" class="axis-title"')
  body[#body + 1] = string.format('<text x="14" y="%s" text-anchor="middle" font-size="11" class="axis-title" transform="rotate(-90 14 %s)">Samples</text>',
    n1(plot_top + plot_h / 2), n1(plot_top + plot_h / 2))
  body[#body + 1] = text(left, y(0) + 52, string.format("%s samples; mean %s", units.thousands(sum),
    units.money(v.mean)), 'font-size="11" fill="' .. MUTED .. '"')
  local H = math.floor(y(0) + 64)
  return document(W, H, title, table.concat(body, "\n"), "Distribution of total cost, " .. label_of(p), opts)
end

---Tornado chart: for each input (largest swing first), the total cost with
---that input at its low and at its high value, around the median total.
---@param scenario table
---@param pricing_key? string default the first pricing model
---@param opts? { compact?: boolean }
---@return string svg
function M.tornado(scenario, pricing_key, opts)
  local name = scenario.name or "scenario"
  local p = pricing_of(scenario, pricing_key)
  local title = "Sensitivity of total cost, " .. label_of(p) .. ": " .. name
  local sens = p and scenario.sensitivity and scenario.sensitivity[p.key]
  local rows = sens and sens.tornado
  if not rows or #rows == 0 then
    return M.placeholder(title, "No sensitivity analysis for this pricing model (exact inputs or a point estimate).")
  end
  local MAX_ROWS = 12
  local total = scenario.totals and scenario.totals.cost and scenario.totals.cost[p.key]
  -- the centre is the mean total, the statistic every headline figure shows
  local base = units.point(total)
  local lo, hi = math.huge, -math.huge
  for i = 1, math.min(#rows, MAX_ROWS) do
    local r = rows[i]
    for _, v in ipairs({ r.low_total, r.high_total }) do
      if finite(v) then lo = math.min(lo, v); hi = math.max(hi, v) end
    end
  end
  if not finite(base) then base = (lo + hi) / 2 end
  if not (lo <= hi) then return M.placeholder(title, "The sensitivity rows hold no finite totals.") end
  lo, hi = math.min(lo, base), math.max(hi, base)
  local pad = (hi - lo) * 0.05 + math.abs(base) * 1e-9 + 1e-9
  local W, label_w, row_h, plot_top = 860, 300, 28, 62
  local left = 12 + label_w
  local plot_w = W - left - 90
  local x = scale(lo - pad, hi + pad, left, left + plot_w)
  local n = math.min(#rows, MAX_ROWS)
  local plot_h = n * row_h
  local body = {}
  body[#body + 1] = rect(left, 34, 12, 12, PALETTE[1])
  body[#body + 1] = text(left + 18, 44, "input at its low value", 'font-size="11"')
  body[#body + 1] = rect(left + 170, 34, 12, 12, PALETTE[2])
  body[#body + 1] = text(left + 188, 44, "input at its high value", 'font-size="11"')
  for i = 1, n do
    local r = rows[i]
    local y0 = plot_top + (i - 1) * row_h
    local label = tostring(r.input)
    if finite(r.lo) and finite(r.hi) then label = label .. " (" .. units.count(r.lo) .. " – " .. units.count(r.hi) .. ")" end
    body[#body + 1] = text(12, y0 + 18, fit(label, label_w - 8, 12))
    for k, v in ipairs({ r.low_total, r.high_total }) do
      if finite(v) then
        local a, b = math.min(base, v), math.max(base, v)
        body[#body + 1] = rect(x(a), y0 + 5, math.max(x(b) - x(a), 1), row_h - 10, PALETTE[k],
          string.format("%s at its %s value: total %s", tostring(r.input), k == 1 and "low" or "high",
            units.money(v)))
        local right = v >= base
        body[#body + 1] = text(x(v) + (right and 4 or -4), y0 + 18, units.money(v),
          'font-size="11" text-anchor="' .. (right and "start" or "end") .. '"')
      end
    end
  end
  body[#body + 1] = line(x(base), plot_top - 4, x(base), plot_top + plot_h + 4, INK, 'stroke-width="1.5"')
  body[#body + 1] = text(x(base), plot_top + plot_h + 18, "mean total " .. units.money(base),
    'text-anchor="middle" font-size="11"')
  body[#body + 1] = text(left + plot_w / 2, plot_top + plot_h + 36,
    "Total cost (USD) with one input at its p5 or p95, the others at their medians", 'text-anchor="middle" font-size="11" class="axis-title"')
  if #rows > n then
    body[#body + 1] = text(12, plot_top + plot_h + 18, string.format("%d smaller inputs not shown", #rows - n),
      'font-size="11" fill="' .. MUTED .. '"')
  end
  local H = plot_top + plot_h + 46
  return document(W, H, title, table.concat(body, "\n"), "Sensitivity of total cost, " .. label_of(p), opts)
end

---Every pricing model of every scenario as one horizontal bar each (the
---mean, with its 90% interval as whiskers where uncertain). When the largest
---bar is more than 10× the smallest the axis is logarithmic, so a $4.77M
---ownership figure stays visible beside $81.9M, and the chart says so.
---@param result table
---@param opts? table { compact = true }
---@return string
function M.scenarios(result, opts)
  local title = "Total cost of each scenario under each pricing model"
  local list = result.scenarios or {}
  if #list == 0 then return M.placeholder(title, "The result holds no scenario.") end
  local rows, hi, lo = {}, 0, math.huge
  for _, s in ipairs(list) do
    for k, p in ipairs(s.pricing or {}) do
      local v = s.totals and s.totals.cost and s.totals.cost[p.key]
      local r = { name = tostring(s.name or "scenario"), label = p.key .. ": " .. label_of(p), mean = pt(v), colour = k }
      if units.is_summary(v) and finite(v.p5) and finite(v.p95) then r.lo, r.hi = v.p5, v.p95 end
      hi = math.max(hi, r.hi or r.mean, r.mean)
      for _, x in ipairs({ r.mean, r.lo or r.mean }) do if x > 0 then lo = math.min(lo, x) end end
      rows[#rows + 1] = r
    end
  end
  if #rows == 0 then return M.placeholder(title, "No scenario has a pricing model.") end
  local W, label_w, row_h, top = 860, 300, 34, 40
  local left = 12 + label_w
  local plot_w = W - left - 110
  local log = lo < math.huge and hi / lo > 10
  local x, tick_list, axis_note
  if log then
    local d0, d1 = math.floor(math.log(lo, 10) + 1e-9), math.ceil(math.log(hi, 10) - 1e-9)
    if d1 <= d0 then d1 = d0 + 1 end
    if not (finite(10 ^ d1) and d1 - d0 <= 40) then return M.placeholder(title, TOO_LARGE) end
    local lx = scale(d0, d1, left, left + plot_w)
    x = function(v) return v > 0 and lx(math.max(d0, math.log(v, 10))) or left end
    tick_list = {}
    for d = d0, d1 do tick_list[#tick_list + 1] = 10 ^ d end
    axis_note = "Total cost (USD, log scale: each gridline is 10× the one before)"
  else
    local step = tick_step(hi, 5)
    local max = math.max(step, math.ceil(hi / step - 1e-9) * step)
    if not finite(max) then return M.placeholder(title, TOO_LARGE) end
    x = scale(0, max, left, left + plot_w)
    tick_list = ticks(0, max + step / 2, step)
    axis_note = "Total cost (USD)"
  end
  local body = {}
  local plot_h = #rows * row_h
  for _, t in ipairs(tick_list) do
    body[#body + 1] = line(x(t), top, x(t), top + plot_h, GRID)
    body[#body + 1] = text(x(t), top + plot_h + 16, tick_money(t), 'text-anchor="middle" font-size="11"')
  end
  for i, r in ipairs(rows) do
    local y0 = top + (i - 1) * row_h
    body[#body + 1] = text(12, y0 + 15, fit(r.name, label_w - 8, 12))
    body[#body + 1] = text(12, y0 + 28, fit(r.label, label_w - 8, 10), 'font-size="10" fill="' .. MUTED .. '"')
    body[#body + 1] = rect(left, y0 + 8, x(r.mean) - left, row_h - 16, PALETTE[(r.colour - 1) % #PALETTE + 1],
      r.name .. ", " .. r.label .. ": " .. units.money(r.mean) .. (r.lo and (" (90%: " .. units.money(r.lo) .. "–" ..
        units.money(r.hi) .. ")") or ""))
    local right_end = x(r.mean)
    if r.lo then
      local mid = y0 + row_h / 2
      body[#body + 1] = line(x(r.lo), mid, x(r.hi), mid, INK, 'stroke-width="1.5"')
      body[#body + 1] = line(x(r.lo), mid - 6, x(r.lo), mid + 6, INK, 'stroke-width="1.5"')
      body[#body + 1] = line(x(r.hi), mid - 6, x(r.hi), mid + 6, INK, 'stroke-width="1.5"')
      right_end = math.max(right_end, x(r.hi))
    end
    body[#body + 1] = text(right_end + 6, y0 + row_h / 2 + 4, units.money(r.mean), 'font-size="11"')
  end
  body[#body + 1] = text(left + plot_w / 2, top + plot_h + 32, axis_note,
    'text-anchor="middle" font-size="11" class="axis-title"')
  body[#body + 1] = text(12, top + plot_h + 48, "Bars: mean; whiskers: 90% interval (p5–p95) where uncertain.",
    'font-size="11" fill="' .. MUTED .. '"')
  return document(W, top + plot_h + 60, title, table.concat(body, "\n"), title, opts)
end

-- A value axis for money from lo to hi: linear from 0, or logarithmic (by
-- decades) when hi is more than 10× lo. Returns map, ticks, and whether log.
local function money_axis(lo, hi, r0, r1)
  if lo > 0 and hi / lo > 10 then
    local d0, d1 = math.floor(math.log(lo, 10) + 1e-9), math.ceil(math.log(hi, 10) - 1e-9)
    if d1 <= d0 then d1 = d0 + 1 end
    if not (finite(10 ^ d1) and d1 - d0 <= 40) then return nil end
    local m = scale(d0, d1, r0, r1)
    local list = {}
    for d = d0, d1 do list[#list + 1] = 10 ^ d end
    return function(v) return v > 0 and m(math.max(d0, math.log(v, 10))) or r0 end, list, true
  end
  local step = tick_step(hi, 5)
  local max = math.max(step, math.ceil(hi / step - 1e-9) * step)
  if not finite(max) then return nil end
  return scale(0, max, r0, r1), ticks(0, max + step / 2, step), false
end

local function number_tick(x)
  return (json.number_text and json.number_text(x)) or string.format("%g", x)
end

---Each pricing model's total cost against one swept value, one line each,
---with the points where two lines cross marked (rent against own as
---utilization grows is the finance question).
---@param sweep table { param = name, xs = number[], series = { { key, label, ys = number[] } }, title = string }
---@param opts? table
---@return string svg
function M.sweep_lines(sweep, opts)
  local title = sweep.title or ("Total cost against " .. sweep.param)
  local xs, series = sweep.xs, sweep.series
  if #xs < 2 or #series == 0 then return M.placeholder(title, "A line needs two points or more.") end
  local lo, hi = math.huge, 0
  for _, sr in ipairs(series) do
    for _, y in ipairs(sr.ys) do
      if finite(y) then hi = math.max(hi, y); if y > 0 then lo = math.min(lo, y) end end
    end
  end
  local W, H, left, right, top, bottom = 760, 420, 84, 170, 40, 64
  local y, yticks, log = money_axis(lo, hi, H - bottom, top)
  if not y then return M.placeholder(title, TOO_LARGE) end
  local xmin, xmax = xs[1], xs[#xs]
  for _, v in ipairs(xs) do xmin, xmax = math.min(xmin, v), math.max(xmax, v) end
  local x = scale(xmin, xmax, left, W - right)
  local body = {}
  for _, t in ipairs(yticks) do
    body[#body + 1] = line(left, y(t), W - right, y(t), GRID)
    body[#body + 1] = text(left - 6, y(t) + 4, tick_money(t), 'text-anchor="end" font-size="11"')
  end
  local step = tick_step(xmax - xmin, 6)
  local first = math.ceil(xmin / step - 1e-9) * step
  for _, t in ipairs(ticks(first, xmax + step / 1e6, step)) do
    body[#body + 1] = line(x(t), H - bottom, x(t), H - bottom + 4, INK)
    body[#body + 1] = text(x(t), H - bottom + 18, units.sig(t, 3), 'text-anchor="middle" font-size="11"')
  end
  body[#body + 1] = line(left, H - bottom, W - right, H - bottom, INK)
  body[#body + 1] = text((left + W - right) / 2, H - bottom + 38, sweep.param, 'text-anchor="middle" class="axis-title"')
  body[#body + 1] = string.format('<text x="16" y="%s" text-anchor="middle" class="axis-title" transform="rotate(-90 16 %s)">%s</text>',
    n1((top + H - bottom) / 2), n1((top + H - bottom) / 2), esc(log and "Total cost (USD, log scale)" or "Total cost (USD)"))
  for k, sr in ipairs(series) do
    local colour = PALETTE[(k - 1) % #PALETTE + 1]
    local pts = {}
    for i, v in ipairs(xs) do
      if finite(sr.ys[i]) then pts[#pts + 1] = n1(x(v)) .. "," .. n1(y(sr.ys[i])) end
    end
    body[#body + 1] = string.format('<polyline points="%s" fill="none" stroke="%s" stroke-width="2"><title>%s</title></polyline>',
      table.concat(pts, " "), colour, esc(sr.key .. ": " .. sr.label))
    for i, v in ipairs(xs) do
      if finite(sr.ys[i]) then
        body[#body + 1] = string.format('<circle cx="%s" cy="%s" r="2.5" fill="%s"><title>%s</title></circle>', n1(x(v)),
          n1(y(sr.ys[i])), colour, esc(sr.key .. " at " .. sweep.param .. " = " .. number_tick(v) .. ": " .. units.money(sr.ys[i])))
      end
    end
  end
  -- each line's key at its right end, nudged apart where two lines end close together
  local ends = {}
  for k, sr in ipairs(series) do
    local last = sr.ys[#xs]
    ends[k] = { k = k, at = (finite(last) and y(last) or top) + 4 }
  end
  table.sort(ends, function(a, b) return a.at < b.at or (a.at == b.at and a.k < b.k) end)
  for i = 2, #ends do ends[i].at = math.max(ends[i].at, ends[i - 1].at + 12) end
  for _, e in ipairs(ends) do
    body[#body + 1] = text(W - right + 8, e.at, fit(series[e.k].key, right - 12, 11),
      'font-size="11" fill="' .. PALETTE[(e.k - 1) % #PALETTE + 1] .. '"')
  end
  -- crossings: a numbered circle on the plot, its words in a list below it
  local notes = {}
  for i, c in ipairs(sweep.crossings or {}) do
    local words = c.a .. " = " .. c.b .. " at " .. sweep.param .. " ≈ " .. units.sig(c.x, 3) .. " (" .. units.money(c.y) .. ")"
    body[#body + 1] = string.format('<circle cx="%s" cy="%s" r="6" fill="none" stroke="%s" stroke-width="2"><title>%s</title></circle>',
      n1(x(c.x)), n1(y(c.y)), INK, esc(words))
    body[#body + 1] = text(x(c.x), y(c.y) - 9, tostring(i), 'text-anchor="middle" font-size="10" font-weight="bold"')
    notes[#notes + 1] = i .. ": " .. words
  end
  local foot = H - 10
  for i, nt in ipairs(notes) do
    body[#body + 1] = text(left, H - 10 + i * 15, fit(nt, W - left - 12, 11), 'font-size="11"')
    foot = H - 10 + i * 15
  end
  body[#body + 1] = text(left, H - 10, "Lines: mean total cost at each point; numbered circles: where two pricing models cost the same.",
    'font-size="11" fill="' .. MUTED .. '"')
  H = foot + 10
  return document(W, H, title, table.concat(body, "\n"), title, opts)
end

---A heat map of one pricing model's total cost over two swept values: rows
---are the first value, columns the second; darker is dearer.
---@param grid table { key, label, p1, p2, xs1, xs2, cells = { [i] = { [j] = number } }, title }
---@param opts? table
---@return string svg
function M.heatmap(grid, opts)
  local title = grid.title or ("Total cost, " .. grid.key)
  local r, c = #grid.xs1, #grid.xs2
  if r == 0 or c == 0 then return M.placeholder(title, "No points.") end
  local lo, hi = math.huge, -math.huge
  for i = 1, r do for j = 1, c do
    local v = grid.cells[i][j]
    if finite(v) then lo, hi = math.min(lo, v), math.max(hi, v) end
  end end
  local left, top = 110, 40
  local cw = math.max(28, math.min(80, math.floor(560 / c)))
  local ch = math.max(18, math.min(40, math.floor(360 / r)))
  local W, H = left + c * cw + 200, top + r * ch + 70
  local body = {}
  local function colour(v)
    if not finite(v) then return "#ffffff" end
    local t = hi > lo and (v - lo) / (hi - lo) or 0.5
    -- from #eef3f8 (cheap) to #1f4e79 (dear)
    local function mix(a, b) return math.floor(a + (b - a) * t + 0.5) end
    return string.format("#%02x%02x%02x", mix(0xee, 0x1f), mix(0xf3, 0x4e), mix(0xf8, 0x79))
  end
  for i = 1, r do
    body[#body + 1] = text(left - 6, top + (i - 0.5) * ch + 4, units.sig(grid.xs1[i], 3), 'text-anchor="end" font-size="11"')
    for j = 1, c do
      local v = grid.cells[i][j]
      body[#body + 1] = rect(left + (j - 1) * cw, top + (i - 1) * ch, cw - 1, ch - 1, colour(v),
        grid.p1 .. " = " .. number_tick(grid.xs1[i]) .. ", " .. grid.p2 .. " = " .. number_tick(grid.xs2[j]) .. ": "
          .. units.money(v))
    end
  end
  for j = 1, c do
    body[#body + 1] = text(left + (j - 0.5) * cw, top + r * ch + 16, units.sig(grid.xs2[j], 3),
      'text-anchor="middle" font-size="11"')
  end
  body[#body + 1] = text(left + c * cw / 2, top + r * ch + 36, grid.p2, 'text-anchor="middle" class="axis-title"')
  body[#body + 1] = string.format('<text x="16" y="%s" text-anchor="middle" class="axis-title" transform="rotate(-90 16 %s)">%s</text>',
    n1(top + r * ch / 2), n1(top + r * ch / 2), esc(grid.p1))
  local lx = left + c * cw + 20
  body[#body + 1] = rect(lx, top, 16, 16, colour(hi))
  body[#body + 1] = text(lx + 22, top + 12, units.money(hi) .. " (dearest)", 'font-size="11"')
  body[#body + 1] = rect(lx, top + 24, 16, 16, colour(lo))
  body[#body + 1] = text(lx + 22, top + 36, units.money(lo) .. " (cheapest)", 'font-size="11"')
  body[#body + 1] = text(left, H - 10, "Colour: total cost (mean) at each point of the grid.",
    'font-size="11" fill="' .. MUTED .. '"')
  return document(W, H, title, table.concat(body, "\n"), title, opts)
end

return M
