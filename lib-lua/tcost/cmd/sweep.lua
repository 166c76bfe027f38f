-- cmd/sweep.lua: `tcost sweep FILE --set rate=1:4:0.5 --set mfu=0.3,0.35`: runs the
-- scenario at every point of the grid and builds the sweep's view: a wide
-- table (one row per point, one column per pricing model, with p5/p95 when
-- uncertain, and the break-even figures), for one swept value a chart of each
-- pricing model against it with the crossovers marked, for two a grid and a
-- heat map per pricing model. Every format lays out that view; csv and json
-- give one record per point ({"rate": 2, "rental": ...}).
local host = require "tcost.c.host"
local runner = require "tcost.model.runner"
local command = require "tcost.command"
local units = require "tcost.lib.units"
local json = require "tcost.lib.json"
local view = require "tcost.report.view"
local svg = require "tcost.lib.svg"

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
    -- 12 significant digits drop the float noise of lo + i × step (0.1 × 3 = 0.30000000000000004)
    for i = 0, n - 1 do v[#v + 1] = tonumber(string.format("%.12g", lo + i * step)) end
    return v
  end
  -- a distribution such as range(1.5, 3) is one value, not a list
  if text:find(",") and not text:find("%(") then
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

-- A figure's name as a field name: "Break-even months, own_50 vs rental" -> "break_even_months_own_50_vs_rental".
local function slug(s)
  return (tostring(s):lower():gsub("[^%w]+", "_"):gsub("^_+", ""):gsub("_+$", ""))
end

local function is_breakeven(f) return tostring(f.name):lower():find("break%-even") ~= nil end

---Where two series cross between neighbouring points (linear in between).
---@param xs number[] ascending
---@param a number[]
---@param b number[]
---@return table[] { x, y }
function M.crossings(xs, a, b)
  local out = {}
  for i = 1, #xs - 1 do
    local d1, d2 = a[i] - b[i], a[i + 1] - b[i + 1]
    if d1 == 0 and (i == 1 or a[i - 1] ~= b[i - 1]) then
      out[#out + 1] = { x = xs[i], y = a[i] }
    elseif d1 * d2 < 0 then
      local t = d1 / (d1 - d2)
      out[#out + 1] = { x = xs[i] + t * (xs[i + 1] - xs[i]), y = a[i] + t * (a[i + 1] - a[i]) }
    end
  end
  local n = #xs
  if n >= 2 and a[n] == b[n] and a[n - 1] ~= b[n - 1] then out[#out + 1] = { x = xs[n], y = a[n] } end
  return out
end

local function num(x) return json.number_text(x) end

-- "own_50/own_70/own_90" -> "own_50/70/90": the keys' shared prefix said once.
local function keys_short(list)
  local keys = {}
  for k in list:gmatch("[^/]+") do keys[#keys + 1] = k end
  local stem = keys[1]:match("^(.-[_%-])[^_%-]*$")
  if #keys < 2 or not stem then return list end
  for _, k in ipairs(keys) do if k:sub(1, #stem) ~= stem then return list end end
  for i = 2, #keys do keys[i] = keys[i]:sub(#stem + 1) end
  return table.concat(keys, "/")
end

---A sweep column's head for a break-even figure: "Break-even utilization,
---own_50/own_70/own_90 vs rental" -> "BE util. own_50/70/90" (the table's
---intro spells each out). Other names are kept.
---@param name string
---@return string
function M.short_head(name)
  local what, keys = tostring(name):match("^Break%-even (%a+), (.-) vs ")
  if not what then return name end
  local word = ({ utilization = "util." })[what] or what
  return "BE " .. word .. " " .. keys_short(keys)
end

-- The wide table: one row per point, one column per swept value, per pricing
-- model (and its p5/p95 when uncertain) and per break-even figure.
local function wide_table(sw, rows, pricing, figs)
  local uncertain = false
  for _, r in ipairs(rows) do
    for _, p in ipairs(pricing) do if units.is_summary(r.totals[p.key]) and r.totals[p.key].p5 then uncertain = true end end
  end
  local cols, trows = {}, {}
  for _, p in ipairs(sw.params) do cols[#cols + 1] = { head = p, num = true } end
  for _, p in ipairs(pricing) do
    cols[#cols + 1] = { head = p.key, num = true }
    if uncertain then
      cols[#cols + 1] = { head = p.key .. " p5", num = true }
      cols[#cols + 1] = { head = p.key .. " p95", num = true }
    end
  end
  for _, f in ipairs(figs) do cols[#cols + 1] = { head = M.short_head(f.name), num = true } end
  for _, r in ipairs(rows) do
    local cells = {}
    for i = 1, #sw.params do cells[#cells + 1] = view.text(num(r.values[i])) end
    for _, p in ipairs(pricing) do
      local v = r.totals[p.key]
      cells[#cells + 1] = { t = "short", v = v, unit = "USD" }
      if uncertain then
        cells[#cells + 1] = { t = "short", v = units.is_summary(v) and v.p5 or v, unit = "USD" }
        cells[#cells + 1] = { t = "short", v = units.is_summary(v) and v.p95 or v, unit = "USD" }
      end
    end
    for _, f in ipairs(figs) do
      local fv = r.breakeven[f.name]
      local unit = fv and fv.unit or f.unit
      -- "BE months own_50" says the unit once, in its head; "never (291%)" when owning never pays
      local never = fv and view.never_text(fv, true)
      cells[#cells + 1] = never and view.text(never) or
        { t = "short", v = fv and fv.value, unit = unit ~= "months" and unit or nil }
    end
    trows[#trows + 1] = cells
  end
  local notes = {}
  if uncertain then notes[#notes + 1] = "Each total is the mean of its samples, with its 5th and 95th percentiles." end
  notes[#notes + 1] = M.heads_note(figs)
  return { type = "table", id = "sweep", heading = "Total cost at each point", columns = cols, rows = trows,
    intro = #notes > 0 and table.concat(notes, " ") or nil }
end

-- A point's row by its swept values.
local function point_key(values)
  local parts = {}
  for i, v in ipairs(values) do parts[i] = num(v) end
  return table.concat(parts, "\0")
end

-- The lines of each pricing model against swept value i, the other swept
-- values held at `held` (their values by index): xs, series and crossings.
local function slice(sw, at, pricing, i, held)
  local xs, series, crossings = sw.axes[i], {}, {}
  for _, p in ipairs(pricing) do
    local ys = {}
    for k, x in ipairs(xs) do
      local values = table.move(held, 1, #sw.params, 1, {})
      values[i] = x
      local r = at[point_key(values)]
      ys[k] = units.point(r and r.totals[p.key]) or 0 / 0
    end
    series[#series + 1] = { key = p.key, label = p.label or p.key, ys = ys }
  end
  for a = 1, #series do
    for b = a + 1, #series do
      for _, c in ipairs(M.crossings(xs, series[a].ys, series[b].ys)) do
        c.a, c.b = series[a].key, series[b].key
        crossings[#crossings + 1] = c
      end
    end
  end
  return xs, series, crossings
end

---The sentence that spells out the short break-even heads: "BE util. and BE
---months: break-even utilization and months of each owner against rental."
---@param figs table[] the break-even figures ({ name })
---@return string|nil
function M.heads_note(figs)
  local whats, targets, seen = {}, {}, {}
  for _, f in ipairs(figs) do
    local what, target = tostring(f.name):match("^Break%-even (%a+), .- vs (.+)$")
    if what and not seen[what] then seen[what] = true; whats[#whats + 1] = what end
    if target and not seen["\0" .. target] then seen["\0" .. target] = true; targets[#targets + 1] = target end
  end
  local npv = false
  for _, f in ipairs(figs) do npv = npv or f.npv == true end
  local npv_text = npv and "NPV: the net present value of owning versus renting over the cluster's life, at its " ..
    "cost of capital (see the report's cash-flow table)." or nil
  if #whats == 0 then return npv_text end
  local heads = {}
  for i, w in ipairs(whats) do heads[i] = "BE " .. (({ utilization = "util." })[w] or w) end
  return table.concat(heads, " and ") .. ": break-even " .. table.concat(whats, " and ") ..
    " of the pricing models named, against " .. table.concat(targets, " and ") .. " (see the report's figures); " ..
    "never (n%): owning pays only above 100% use; past life (n mo): it pays back only after n months, past the " ..
    "cluster's life; never: it never pays back (the rent saved after electricity does not cover the cost of capital)." ..
    (npv_text and (" " .. npv_text) or "")
end

-- One chart per swept value (for one swept value, the chart): each pricing
-- model's cost against it with the crossovers marked; with several, the
-- others held at their middle values, said in the chart's title and the intro.
local function line_blocks(sw, rows, pricing, found)
  local at = {}
  for _, r in ipairs(rows) do at[point_key(r.values)] = r end
  local held, said = {}, {}
  for i, a in ipairs(sw.axes) do
    held[i] = a[math.ceil(#a / 2)]
    said[i] = sw.params[i] .. " = " .. num(held[i])
  end
  local many = #sw.params > 1
  local cols = { { head = "Pricing model" }, { head = "equals" }, { head = many and "Swept" or (sw.params[1] .. " at about"),
    num = not many } }
  if many then cols[#cols + 1] = { head = "at about", num = true } end
  cols[#cols + 1] = { head = "Cost there", num = true }
  local crows, svgs = {}, {}
  for i, param in ipairs(sw.params) do
    local xs, series, crossings = slice(sw, at, pricing, i, held)
    local others = {}
    for j in ipairs(sw.params) do if j ~= i then others[#others + 1] = said[j] end end
    for _, c in ipairs(crossings) do
      local r = { view.code(c.a), view.code(c.b) }
      if many then r[#r + 1] = view.code(param) end
      r[#r + 1] = view.text(units.sig(c.x, 3))
      r[#r + 1] = view.value(c.y, "USD")
      crows[#crows + 1] = r
      -- the same crossing for a program (json's "crossovers"), unrounded
      found[#found + 1] = { scenario = rows[1].scenario, a = c.a, b = c.b, param = param, at = c.x,
        cost_usd = units.point(c.y), held = #others > 0 and table.concat(others, ", ") or nil }
    end
    svgs[#svgs + 1] = svg.sweep_lines({ param = param, xs = xs, series = series, crossings = crossings,
      title = "Total cost against " .. param .. (many and (" (" .. table.concat(others, ", ") .. ")") or "") },
      { compact = true })
  end
  local mid = many and (" Charts and crossovers: each swept value on its own, the others held at their middle values ("
    .. table.concat(said, ", ") .. "); the table above holds every point.") or ""
  return { type = "table", id = "crossovers", heading = "Crossovers", columns = cols, rows = crows,
    intro = "Where two pricing models cost the same (linear between neighbouring points)." .. mid,
    empty = "No two pricing models cross in this range." }, { type = "charts", svgs = svgs }
end

-- Two swept values: a grid of totals and a heat map per pricing model.
local function grid_blocks(sw, rows, pricing, blocks)
  local xs1, xs2 = sw.axes[1], sw.axes[2]
  local at = {}
  for _, r in ipairs(rows) do
    at[r.values[1]] = at[r.values[1]] or {}
    at[r.values[1]][r.values[2]] = r
  end
  local svgs = {}
  for _, p in ipairs(pricing) do
    local gcols = { { head = sw.params[1] .. " \\ " .. sw.params[2] } }
    for _, x2 in ipairs(xs2) do gcols[#gcols + 1] = { head = num(x2), num = true } end
    local grows, cells = {}, {}
    for i, x1 in ipairs(xs1) do
      local row = { view.text(num(x1)) }
      cells[i] = {}
      for j, x2 in ipairs(xs2) do
        local r = at[x1] and at[x1][x2]
        local v = r and r.totals[p.key]
        row[#row + 1] = { t = "short", v = v, unit = "USD" }
        cells[i][j] = units.point(v) or 0 / 0
      end
      grows[#grows + 1] = row
    end
    -- the key, not the label: a label may quote a swept value at the first point
    blocks[#blocks + 1] = { type = "table", id = "grid", heading = "Total cost, " .. p.key ..
      (p.kind ~= p.key and (" (" .. tostring(p.kind) .. ")") or ""), columns = gcols, rows = grows }
    svgs[#svgs + 1] = svg.heatmap({ key = p.key, label = p.label, p1 = sw.params[1], p2 = sw.params[2], xs1 = xs1,
      xs2 = xs2, cells = cells, title = "Total cost, " .. p.key .. ", by " .. sw.params[1] .. " and " .. sw.params[2] },
      { compact = true })
  end
  blocks[#blocks + 1] = { type = "charts", svgs = svgs }
end

-- One scenario's section: the wide table; for one swept value its crossovers
-- and chart, for two a grid and heat map per pricing model, for three or more
-- a chart per swept value through the grid's middle.
local function scenario_section(sw, name, rows, found)
  local pricing = rows[1].pricing
  local blocks = { wide_table(sw, rows, pricing, rows[1].breakeven_names) }
  if #sw.params == 2 then
    grid_blocks(sw, rows, pricing, blocks)
  else
    local crossovers, charts = line_blocks(sw, rows, pricing, found)
    blocks[#blocks + 1] = crossovers
    blocks[#blocks + 1] = charts
  end
  return { id = "sweep", heading = name, blocks = blocks }
end

---The sweep's records for csv and json: one per point and scenario, with the
---swept values, each pricing model's total (mean, and _p5/_p95 when
---uncertain) and the break-even figures, each under its own field name.
local function records(sw, order, by_scenario, crossovers)
  local fields = {}
  for _, p in ipairs(sw.params) do fields[#fields + 1] = p end
  fields[#fields + 1] = "scenario"
  local seen, out = {}, {}
  local function field(f) if not seen[f] then seen[f] = true; fields[#fields + 1] = f end end
  -- a figure's field name, the same at every point: slugs of distinct names
  -- can meet (own "a-b" and own "a_b" both give ..._a_b_...), so a later one
  -- takes _2, _3, ... instead of overwriting the first one's figures
  local key_of, taken = {}, {}
  local function key_for(f)
    if key_of[f.name] then return key_of[f.name] end
    local base = f.field or slug(f.name)
    local k, i = base, 2
    while taken[k] or taken[k .. "_never"] or taken[k .. "_never_reason"] do k = base .. "_" .. i; i = i + 1 end
    taken[k], taken[k .. "_never"], taken[k .. "_never_reason"] = true, true, true
    key_of[f.name] = k
    return k
  end
  for _, p in ipairs(sw.params) do taken[p] = true end
  taken.scenario = true
  for _, name in ipairs(order) do
    for _, r in ipairs(by_scenario[name]) do
      local rec = { scenario = name }
      for i, p in ipairs(sw.params) do rec[p] = r.values[i] end
      for _, p in ipairs(r.pricing) do
        local v = r.totals[p.key]
        taken[p.key], taken[p.key .. "_p5"], taken[p.key .. "_p95"] = true, true, true
        field(p.key)
        rec[p.key] = units.point(v)
        if units.is_summary(v) and v.p5 then
          field(p.key .. "_p5"); field(p.key .. "_p95")
          rec[p.key .. "_p5"], rec[p.key .. "_p95"] = v.p5, v.p95
        end
      end
      for _, f in ipairs(r.breakeven_names) do
        local key = key_for(f)
        field(key)
        local fv = r.breakeven[f.name]
        rec[key] = units.point(fv and not view.sentinel(fv) and fv.value or nil) -- at the cap: no figure
        -- the figure a script reads, and whether owning never pays at it (above 100%, past the life)
        if not f.npv then
          field(key .. "_never")
          field(key .. "_never_reason")
          if fv then rec[key .. "_never"], rec[key .. "_never_reason"] = view.never_pays(fv), view.never_reason(fv) end
        end
      end
      out[#out + 1] = rec
    end
  end
  return { schema = "tcost-sweep/2", file = sw.file, params = sw.params, seed = sw.seed, samples = sw.samples,
    tool = sw.tool, fields = fields, records = out, crossovers = crossovers }
end

---The sweep as a view for every format.
function M.view(sw)
  local order, by_scenario = {}, {}
  for _, r in ipairs(sw.rows) do
    if not by_scenario[r.scenario] then order[#order + 1] = r.scenario; by_scenario[r.scenario] = {} end
    local list = by_scenario[r.scenario]
    list[#list + 1] = r
  end
  local sections, found = {}, {}
  for _, name in ipairs(order) do sections[#sections + 1] = scenario_section(sw, name, by_scenario[name], found) end
  local swept = {}
  for i, p in ipairs(sw.params) do
    local a = sw.axes[i]
    swept[#swept + 1] = p .. " from " .. num(a[1]) .. " to " .. num(a[#a]) .. " (" .. #a .. " values)"
  end
  return {
    title = "Sweep of " .. sw.file,
    page_title = "tcost sweep: " .. (order[1] or sw.file),
    lead = #sw.points .. " points: " .. table.concat(swept, "; ") .. ". Every point uses the same random numbers"
      .. " (seed " .. tostring(sw.seed) .. "), so rows differ only by what was swept.",
    sections = sections,
    data = records(sw, order, by_scenario, found),
  }
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
  local sw = { file = args.files[1], params = params, axes = axes, points = points, rows = {}, seed = ropts.seed or 1,
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
    local at = {}
    for j, name in ipairs(params) do at[j] = name .. "=" .. tostring(point[j]) end
    local later = #points - i
    host.subject(nil, " at point " .. host.visible(table.concat(at, ", ")) .. (later > 0 and
      string.format("; %d later point%s not run", later, later == 1 and "" or "s") or ""))
    local result = protected(runner.run, args.files[1], opts)
    if not result then return 1 end
    sw.tool = result.tool
    for _, s in ipairs(result.scenarios) do
      local be, names = {}, {}
      for _, f in ipairs(s.figures or {}) do
        if is_breakeven(f) and not be[f.name] then be[f.name] = f; names[#names + 1] = f end
      end
      -- each owned cluster's net present value versus renting (model/finance.lua), where it has one
      for _, p in ipairs(s.pricing or {}) do
        local npv = p.finance and p.finance.npv_vs_renting
        if npv then
          local f = { name = "NPV " .. p.key, value = npv, unit = "USD", npv = true, field = "npv_vs_renting_" .. slug(p.key) }
          be[f.name] = f
          names[#names + 1] = f
        end
      end
      sw.rows[#sw.rows + 1] = { values = point, scenario = s.name, pricing = s.pricing, totals = s.totals.cost,
        breakeven = be, breakeven_names = names }
    end
  end
  if host.isatty(2) and host.clock() - started > 1 then host.progress("") end
  host.subject("", "")
  local text = protected(function() return require("tcost.fmt." .. fmt).view(M.view(sw), {}) end)
  if not text then return 1 end
  return command.emit(args.output, text)
end

return M
