-- report/view.lua: the report's content, built once from a result: its
-- sections, their headings, tables (columns and rows of typed cells), notes
-- and charts. The formats in tcost/fmt/ only lay these out and escape them,
-- so a new row or section appears in every format by changing this file.
-- Nothing here formats for a medium (no escaping, no widths, no markup).
--
-- A cell is a table { t = TYPE, v = VALUE, ... }:
--   text    v: string                       plain words
--   code    v: string                       a name, path or hash (monospace)
--   source  v: string|nil                   a citation; its URL becomes a link; nil = unsourced
--   value   v: number|summary, unit: string a figure in its unit (USD, kWh, GPU-h, ratio,
--                                           probability, ...); a summary shows its interval
--   short   v: number|summary, unit         the same, centre only (tight cells)
--   range   lo, hi: number|summary, unit    "lo – hi" of an input
--   signed  v: number                       a signed coefficient such as a rank correlation
-- Any cell may carry mark = "†" or "*" (a footnote marker after it).
-- A row is a list of cells, optionally with total = true (a summing row) and
-- pricing = the pricing model it belongs to.
local units = require "tcost.lib.units"
-- lang/expect.lua and lib/json.lua load on first use: most reports need neither
local expect = setmetatable({}, { __index = function(_, k) return require("tcost.lang.expect")[k] end })
local json = setmetatable({}, { __index = function(_, k) return require("tcost.lib.json")[k] end })

local M = {}

---@alias tcost.Cell table
---@alias tcost.Block table

-- (tostring only for what is not a string: it asks for a __tostring first)
local function text(s)
  if type(s) ~= "string" then s = s ~= nil and tostring(s) or "" end
  return { t = "text", v = s }
end
local function code(s)
  if type(s) ~= "string" then s = tostring(s or "") end
  return { t = "code", v = s }
end
-- n: significant figures when the value must show more than the reports' three
-- (a published figure beside tcost's).
local function value(v, unit, n) return { t = "value", v = v, unit = unit, n = n } end
M.text, M.code, M.value = text, code, value

local function label_of(p) return p.label or p.key end

---How a format writes each type of cell, from the few things that differ
---between formats: `esc` (plain text), `value` (a figure; a summary with its
---interval), `source` (a citation, nil = unsourced) and `code` (a name). The
---one dispatch over cell types, so a new type is added here, not per format.
---@param f { esc: fun(s: string): string, value: fun(v: any, unit?: string, n?: integer): string, source: fun(s?: string): string, code: fun(s: string): string }
---@return fun(c: tcost.Cell): string cell, fun(parts: tcost.Cell[]): string parts
function M.cell_writer(f)
  local esc, value, source, code = f.esc, f.value, f.source, f.code -- read once: a report has hundreds of cells
  local function cell(c)
    local t, s = c.t, nil
    if t == "text" then s = esc(c.v) -- the commonest first (it is also what an unknown type gets)
    elseif t == "value" then s = value(c.v, c.unit, c.n)
    elseif t == "short" then s = esc(units.short(c.v, c.unit))
    elseif t == "range" then s = value(c.lo, c.unit, c.n) .. " – " .. value(c.hi, c.unit, c.n)
    elseif t == "signed" then s = c.v and string.format("%+.2f", c.v) or ""
    elseif t == "delta" then s = esc(units.signed(c.v, c.unit))
    elseif t == "source" then s = source(c.v)
    elseif t == "code" then s = code(c.v)
    else s = esc(c.v) end
    if c.mark then s = s .. " " .. esc(c.mark) end
    return s
  end
  local function parts(list)
    local out = {}
    for i, c in ipairs(list) do out[i] = cell(c) end
    return table.concat(out)
  end
  return cell, parts
end

-- A pricing model's name beside a figure: its label while that reads in a
-- row (40 characters), else its key, which the Pricing models table spells
-- out (a long label wrapped "…, use" / "50%" over two lines of a text table).
M.LABEL_MAX = 40
function M.short_label(p)
  local label = label_of(p)
  if (utf8.len(label) or #label) <= M.LABEL_MAX then return label end
  return tostring(p.key)
end

---The sentence saying how the numbers were obtained (exact, point or Monte Carlo).
---@param result table
---@return string
function M.lead(result)
  return (select(2, units.sampling(result.run or {})))
end

local function table_block(id, heading, columns, rows, extra)
  local b = { type = "table", id = id, heading = heading, columns = columns, rows = rows }
  for k, x in pairs(extra or {}) do b[k] = x end
  return b
end

-- Columns: head, num (right-aligned figures), long (wrapped prose such as a
-- source or note), min (the narrowest a text layout may squeeze it to).
local function col(head, how, min)
  return { head = head, num = how == "num", long = how == "long", min = min }
end

local function pricing_table(s)
  local rows = {}
  for _, p in ipairs(s.pricing or {}) do rows[#rows + 1] = { code(p.key), text(label_of(p)), text(p.kind) } end
  if #rows == 0 then return nil end
  return table_block("pricing", "Pricing models",
    { col("Key"), col("Pricing model", "label", 20), col("Kind") }, rows)
end

local function phases_table(s)
  local pricing = s.pricing or {}
  -- wall-clock days when a phase names its cluster size
  local any_days = false
  for _, ph in ipairs(s.phases or {}) do any_days = any_days or ph.days ~= nil end
  local cols = { col("Phase", "label", 16), col("GPU", "label", 8), col("GPU-hours", "num") }
  if any_days then cols[#cols + 1] = col("Days", "num") end
  cols[#cols + 1] = col("Energy", "num")
  for _, p in ipairs(pricing) do cols[#cols + 1] = col("Cost: " .. p.key, "num") end
  local rows, any_headline = {}, false
  local function days(v) return any_days and { value(v, "days") } or {} end
  for _, ph in ipairs(s.phases or {}) do
    local name = text(ph.name)
    if ph.headline then name.mark = "†"; any_headline = true end
    local gpu = tostring(ph.gpu or "")
    if ph.gpus then gpu = units.thousands(ph.gpus) .. " × " .. gpu end
    local r = { name, text(gpu), value(ph.gpu_hours, "GPU-h"), table.unpack(days(ph.days)) }
    r[#r + 1] = value(ph.energy_kwh, "kWh")
    for _, p in ipairs(pricing) do
      -- a purchase is capital spent once (model/pricing.lua): no cost of each phase, "—"
      r[#r + 1] = value(ph.cost and ph.cost[p.key], "USD")
    end
    rows[#rows + 1] = r
  end
  local any_buy = false
  for _, p in ipairs(pricing) do any_buy = any_buy or p.spent_once ~= nil end
  local t = s.totals
  if #rows > 0 and t then
    if #(s.other or {}) > 0 then
      local r = { text("Other costs (below)"), text(""), text(""), text("") }
      if any_days then r[#r + 1] = text("") end
      for _ in ipairs(pricing) do r[#r + 1] = value(t.other_cost, "USD") end
      rows[#rows + 1] = r
    end
    local r = { text("Total"), text(""), value(t.gpu_hours, "GPU-h"), table.unpack(days(t.days)) }
    r[#r + 1], r.total = value(t.energy_kwh, "kWh"), true
    for _, p in ipairs(pricing) do r[#r + 1] = value(t.cost and t.cost[p.key], "USD") end
    rows[#rows + 1] = r
  end
  return table_block("phases", "Phases", cols, rows, {
    empty = "No phases.",
    footnote = (any_headline or any_buy) and ((any_headline and "† counted in the headline figure." or "")
      .. ((any_headline and any_buy) and " " or "")
      .. (any_buy and "A purchase (buy) is capital spent once, shown in the Total row, not a cost of each phase." or ""))
      or nil,
  })
end

local function other_table(s)
  if not s.other or #s.other == 0 then return nil end
  local rows = {}
  for _, o in ipairs(s.other) do
    rows[#rows + 1] = { text(o.name), text(o.kind), value(o.cost, "USD"), { t = "source", v = o.source },
      text(o.note) }
  end
  return table_block("other", "Other costs", { col("Item", "label", 16), col("Kind"), col("Cost", "num"),
    col("Source", "long", 12), col("Note", "long", 12) }, rows, { intro = "The same under every pricing model." })
end

---A value times an exact positive factor: a summary's mean and percentiles
---scale with it (a histogram is dropped); nil stays nil.
---@param v number|table|nil
---@param k number > 0
---@return number|table|nil
function M.scaled(v, k)
  if type(v) == "number" then return v * k end
  if not units.is_summary(v) then return nil end
  local out = {}
  for _, f in ipairs({ "mean", "sd", "min", "max", "p5", "p25", "p50", "p75", "p95" }) do
    if type(v[f]) == "number" then out[f] = v[f] * k end
  end
  return out
end

-- The non-GPU lines of the cluster's cost a pricing model asked for
-- (cluster_costs): each line's share of the GPU cost, its cost and source.
local function cluster_table(s)
  if not s.cluster_lines or #s.cluster_lines == 0 then return nil end
  local rows = {}
  for _, l in ipairs(s.cluster_lines) do
    rows[#rows + 1] = { text(l.name), code(l.pricing), value(l.share, "ratio"), value(l.cost, "USD"),
      { t = "source", v = l.source } }
  end
  return table_block("cluster", "Cluster cost lines", { col("Line", "label", 16), col("Pricing"), col("Share", "num"),
    col("Cost", "num"), col("Source", "long", 16) }, rows,
    { intro = "Shares of each pricing model's GPU cost (an owned cluster's without energy); included in its totals." })
end

---The unit a scenario's grid carbon is shown in: it follows what the
---intensity counts, "kg CO2" for a CO2-only basis ("CO2, direct combustion":
---EIA, Japan, Taiwan), else "kg" (CO2e). A given figure keeps CO2e.
---@param s table a result scenario
---@return string
function M.carbon_unit(s)
  return units.co2_only(s.energy and s.energy.carbon_basis) and "kg CO2" or "kg"
end

local function totals_table(s)
  local t = s.totals
  if not t then return nil end
  local rows = {
    { text(t.useful_gpu_hours and "GPU-hours billed" or "GPU-hours"), value(t.gpu_hours, "GPU-h"),
      measure = "gpu_hours" },
    { text("Energy (" .. (s.energy and s.energy.method or "?") .. " method)"), value(t.energy_kwh, "kWh"),
      measure = "energy_kwh" },
    { text("Energy cost (electricity; in the rate when renting)"),
      value(t.energy_cost, "USD"), measure = "energy_cost" },
    { text("Carbon (" .. ((s.energy and s.energy.carbon_method) or "location") .. "-based grid" ..
      (s.energy and s.energy.carbon_basis and ("; " .. (s.energy.carbon_basis == "given" and "basis as given" or
        s.energy.carbon_basis)) or "") .. ")"),
      value(t.carbon_kg, M.carbon_unit(s)), measure = "carbon_kg" },
    { text("Other costs"), value(t.other_cost, "USD"), measure = "other_cost" },
  }
  -- whose price the energy cost is at (price_basis): the region's, given, or the U.S. one standing in
  if s.energy and s.energy.price_basis and s.energy.usd_per_kwh then
    table.insert(rows, 4, { text("Electricity price (" .. s.energy.price_basis ..
      (s.dollars and "; as published, before the dollars conversion" or "") .. ")"),
      value(s.energy.usd_per_kwh, "USD/kWh"), measure = "usd_per_kwh" })
  end
  -- water and embodied carbon after carbon: on-site plus the grid's water; manufacturing emissions
  local at = 4
  for i, r in ipairs(rows) do if r.measure == "carbon_kg" then at = i + 1 end end
  if t.embodied_unpublished then
    -- an accelerator without a published die area counts nothing: said, never a silent 0
    table.insert(rows, at, { text("Embodied carbon: not published for " .. table.concat(t.embodied_unpublished, ", ") ..
      (t.embodied_kg and " (not in the figure above)" or "")), text("-") })
  end
  if t.embodied_kg then
    table.insert(rows, at, { text("Embodied carbon (manufacturing, amortized)"),
      value(t.embodied_kg, "kg"), measure = "embodied_kg" })
  end
  if t.water_l then
    local basis = s.energy and s.energy.water_basis
    table.insert(rows, at, { text("Water (on-site cooling plus the grid's" .. (basis and ("; " .. basis) or "") .. ")"),
      value(t.water_l, "L"),
      measure = "water_l" })
  end
  if t.days then
    table.insert(rows, 2, { text("Wall-clock days (phases one after another)"), value(t.days, "days"),
      measure = "days" })
  end
  if t.useful_gpu_hours then
    -- goodput: the billed hours above are the useful ones over goodput
    table.insert(rows, 2, { text("GPU-hours useful (goodput)"), value(t.useful_gpu_hours, "GPU-h"),
      measure = "useful_gpu_hours" })
  end
  for _, p in ipairs(s.pricing or {}) do
    rows[#rows + 1] = { text("Total cost, " .. M.short_label(p)), value(t.cost and t.cost[p.key], "USD"),
      total = true, pricing = p }
  end
  -- the energy cost inside each pricing model's total: added by an owner, in a renter's rate
  -- (an owner's cluster beside rented other accelerators adds only its own phases')
  for _, p in ipairs(s.pricing or {}) do
    if p.energy then
      -- when only some phases' energy is added, say whose (p.energy spells it out: "added for H100 SXM; ...")
      local mixed = p.energy_cost ~= nil and p.energy ~= "added"
      local whose = mixed and (p.energy:match("^added for ([^;]+)") or "the other accelerators")
      -- a U.S. price standing in for a region's unpublished one is said where it enters the total
      local us_price = s.energy and s.energy.price_basis and s.energy.price_basis:match("^U%.S%. industrial, none for ")
      rows[#rows + 1] = { text("Energy in the total, " .. p.key .. (mixed and (" (" .. whose .. " only)") or "") ..
        (us_price and p.energy_cost ~= nil and " (at the U.S. industrial price)" or "")),
        p.energy_cost ~= nil and value(p.energy_cost, "USD") or text(p.energy), measure = "energy_in_total" }
    end
  end
  -- cost per trillion training tokens, when the scenario states its tokens
  local tokens = type(t.tokens) == "number" and t.tokens > 0 and t.tokens or nil
  for _, p in ipairs(tokens and s.pricing or {}) do
    rows[#rows + 1] = { text("Cost per trillion tokens, " .. p.key), value(M.scaled(t.cost and t.cost[p.key],
      1e12 / tokens), "USD"), measure = "cost_per_trillion_tokens" }
  end
  return table_block("totals", "Totals", { col("Measure", "label", 20), col("Value", "num") }, rows)
end

-- The uncertain totals' mean, p5, median and p95 side by side.
local function distribution_table(s)
  local rows, t = {}, s.totals or {}
  local function add(label, v, unit)
    if units.is_summary(v) then
      rows[#rows + 1] = { text(label), { t = "short", v = v.mean, unit = unit },
        v.se and { t = "short", v = v.se, unit = unit } or text(""), { t = "short", v = v.p5, unit = unit },
        { t = "short", v = v.p50, unit = unit }, { t = "short", v = v.p95, unit = unit } }
    end
  end
  add("GPU-hours", t.gpu_hours, "GPU-h")
  add("Energy", t.energy_kwh, "kWh")
  add("Carbon", t.carbon_kg, M.carbon_unit(s))
  add("Other costs", t.other_cost, "USD")
  for _, p in ipairs(s.pricing or {}) do add("Total cost, " .. tostring(p.key), t.cost and t.cost[p.key], "USD") end
  if #rows == 0 then return nil end
  return table_block("distribution", "Distribution of totals", { col("Measure", "label", 16), col("Mean", "num"),
    col("± MC s.e.", "num"), col("p5", "num"), col("Median", "num"), col("p95", "num") }, rows,
    { intro = "± MC s.e.: the Monte Carlo standard error of the mean (sd / √samples); digits below it are noise." })
end

-- An uncertain break-even counts each sample that never pays as a cap
-- (model/pricing.lua's UNCERTAIN_CAP: 1,000%, 1,200 months). When 95% of the
-- samples or more sit there, the cap is no figure to show or to subtract.
local function capped(f)
  local v = f.value
  if type(v) ~= "table" or type(v.p5) ~= "number" then return false end
  local cap = require("tcost.model.pricing").UNCERTAIN_CAP
  local at = (f.unit == "months" and f.life_months ~= nil and cap.months) or
      (f.unit == "ratio" and type(f.name) == "string" and f.name:find("^Break%-even utilization") and cap.utilization)
  return at and v.p5 >= at or false
end
---Whether an uncertain break-even's summary is its cap, not a figure (records leave its value out).
M.sentinel = capped

---Whether a break-even figure says owning never pays: a utilization above
---100% (or none), months past the cluster's life (or none). model/pricing.lua
---sets `never` and `within_life`. An uncertain figure is called "never" only
---when 95% of its samples or more never pay (they sit at the cap); otherwise
---its interval and the probability figure beside it say how often.
---@param f table a figure { value, unit, never?, within_life?, life_months? }
---@return boolean
function M.never_pays(f)
  if f.never or capped(f) then return true end
  if f.unit ~= "months" or f.life_months == nil then return false end
  return f.within_life == false or (type(f.value) == "number" and type(f.life_months) == "number" and
    f.value > f.life_months)
end

---Why a break-even figure never pays (model/pricing.lua's `never_reason`,
---the state name run, sweep and diff records share): "past_life",
---"saving_below_cost_of_capital", "above_100_percent" or
---"electricity_above_rate"; nil when it pays (or is uncertain). A figure
---built without the name (an older result) gets it from its value.
---@param f table
---@return string|nil
function M.never_reason(f)
  if not M.never_pays(f) then return nil end
  if f.never_reason then return f.never_reason end
  local v = units.point(f.value)
  local finite = v ~= nil and v == v and v ~= math.huge
  if f.unit == "months" then return finite and "past_life" or "saving_below_cost_of_capital" end
  return finite and "above_100_percent" or "electricity_above_rate"
end

---A break-even figure's words when it does not pay back within the life:
---"pays back only after its 4-year life (in 303 months)", "never pays back
---(the saving does not cover the cost of capital)", "never (needs 291%)";
---nil when it pays. `short` is a sweep's cell: "past life (303 mo)", "never",
---"never (291%)".
---@param f table
---@param short? boolean
---@return string|nil
function M.never_text(f, short)
  local why = M.never_reason(f)
  if not why then return nil end
  if capped(f) then
    return short and "never" or "never pays back (in at least 95% of the samples)"
  end
  if why == "past_life" then
    local mo = units.short(f.value)
    if short then return "past life (" .. mo .. " mo)" end
    return string.format("pays back only after its %g-year life (in %s months)", units.point(f.life_months) / 12, mo)
  elseif why == "saving_below_cost_of_capital" then
    return short and "never" or "never pays back (the saving does not cover the cost of capital)"
  elseif why == "above_100_percent" then
    return "never (" .. (short and "" or "needs ") .. units.short(f.value, "ratio") .. ")"
  end
  return "never"
end

---A figure's value cell: its value in its unit, or the words of a
---break-even that never comes (M.never_text).
---@param f table a figure { value, unit, ... }
---@return tcost.Cell
function M.figure_cell(f)
  local never = M.never_text(f)
  return never and text(never) or value(f.value, f.unit)
end
local figure_cell = M.figure_cell

---The name of an owner's NPV figure, as the Figures table, the records and
---diff give it.
---@param p table a pricing model with finance
---@return string
function M.npv_name(p) return "Net present value of owning versus renting (" .. p.key .. ")" end

local function figures_table(s)
  local rows = {}
  for _, f in ipairs(s.figures or {}) do rows[#rows + 1] = { text(f.name), figure_cell(f), text(f.note) } end
  -- the NPV is a figure too (diff lists it under "Figures that differ"): beside the break-even figures
  for _, p in ipairs(s.pricing or {}) do
    local f = p.finance
    if f and f.schedule and f.npv_vs_renting then
      local uncertain = units.is_summary(f.capex) or units.is_summary(f.energy_per_year)
      rows[#rows + 1] = { text(M.npv_name(p)), value(f.npv_vs_renting, "USD"), text("over the " ..
        string.format("%.3g", f.schedule.horizon) .. "-year " .. (f.schedule.sold and "hold" or "life") .. " at the " ..
        units.ratio(f.schedule.rate) .. " cost of capital, against " .. f.rent_key .. " (the cash-flow table below)" ..
        (uncertain and "; from the means of the uncertain inputs" or "")) }
    end
  end
  if #rows == 0 then return nil end
  return table_block("figures", "Figures", { col("Figure", "label", 20), col("Value", "num"),
    col("Note", "long", 12) }, rows)
end

-- The published figures the scenario expects (expect "..." { ... }) beside
-- tcost's value: relative difference, tolerance and status.
local function checks_table(s)
  if not s.checks or #s.checks == 0 then return nil end
  local rows = {}
  for _, c in ipairs(s.checks) do
    local pub, val, lo, hi, unit = expect.shown(c)
    local diff, within = expect.tolerance(c)
    local n = expect.digits(pub) -- as many digits as the source gave
    local tv = c.inside and { t = "range", lo = lo, hi = hi, unit = unit, n = n } or value(val, unit, n)
    rows[#rows + 1] = { text(expect.label(c)), value(pub, unit, n), tv, text(diff), text(within),
      text(c.status .. (c.reason and (": " .. c.reason) or "")), { t = "source", v = c.source }, check = c }
  end
  return table_block("checks", "Checks against published figures", { col("Check", "label", 12),
    col("Published", "num"), col("tcost", "num"), col("Diff", "num"), col("Allowed"), col("Status", "long", 12),
    col("Source", "long", 12) }, rows)
end

local function reconciliation_table(s)
  local rec = s.reconciliation
  if not (rec and rec.steps and #rec.steps > 0) then return nil end
  local label = rec.pricing
  for _, p in ipairs(s.pricing or {}) do if p.key == rec.pricing then label = label_of(p) end end
  local rows = {}
  for _, st in ipairs(rec.steps) do
    rows[#rows + 1] = { text(st.label), value(st.add, "USD"), value(st.total, "USD"), value(st.ratio, "x") }
  end
  return table_block("reconciliation", "Reconciliation: from the headline to a fuller cost (" .. tostring(label)
    .. ")", { col("Step", "label", 20), col("Adds", "num"), col("Running total", "num"), col("× headline", "num") }, rows)
end

local function sensitivity_tables(s, by_name, blocks)
  for _, p in ipairs(s.sensitivity and s.pricing or {}) do
    local sens = s.sensitivity[p.key]
    if sens and sens.tornado and #sens.tornado > 0 then
      local rho = {}
      for _, rc in ipairs(sens.rankcorr or {}) do rho[rc.input] = rc.rho end
      local rows = {}
      for _, tr in ipairs(sens.tornado) do
        local a = by_name[tr.input]
        local unit = a and a.unit
        rows[#rows + 1] = { code(tr.input), { t = "range", lo = tr.lo, hi = tr.hi, unit = unit },
          value(tr.low_total, "USD"), value(tr.high_total, "USD"), value(tr.swing, "USD"),
          { t = "signed", v = rho[tr.input] } }
      end
      blocks[#blocks + 1] = table_block("sensitivity", "Sensitivity of total cost, " .. label_of(p),
        { col("Input", "label", 12), col("Input low – high", "label", 16), col("Total at low", "num"),
          col("Total at high", "num"), col("Swing", "num"), col("Rank ρ", "num") }, rows, { pricing = p })
    end
  end
end

-- Owning a cluster year by year (model/finance.lua computes the schedule
-- into the result; here it is laid out). The Rent saved column appears only
-- when a rental model gives a rate to compare with (the cash flows are then
-- owning's net of renting's).
local function finance_row(sc, cells)
  if not sc.with_rent then table.remove(cells, 7) end
  return cells
end

local function finance_table(p, sc, uncertain)
  local function usd(x) return value(x, "USD") end
  local blank = text("")
  local rows = { finance_row(sc, { text("0"), usd(-sc.capex), blank, blank, blank, blank, blank, usd(-sc.capex),
    usd(-sc.capex) }) }
  for _, y in ipairs(sc.years) do
    local part = y.share < 1 and (" (" .. string.format("%.3g", y.share) .. " yr)") or ""
    rows[#rows + 1] = finance_row(sc, { text(tostring(y.year) .. part), blank, usd(y.capital_cost),
      usd(-y.maintenance), usd(-y.energy), y.residual and y.residual ~= 0 and usd(y.residual) or blank,
      usd(y.rent_saved), usd(y.cash_flow), usd(y.present_value) })
  end
  local sum = sc.total
  -- Capital is not a cash flow: it is not totalled in a table of cash flows (the charge is under the table)
  local total = finance_row(sc, { text("Total"), usd(-sc.capex), blank, usd(-sum.maintenance),
    usd(-sum.energy), usd(sc.residual), usd(sum.rent_saved), usd(sum.cash_flow), usd(sum.present_value) })
  total.total = true
  rows[#rows + 1] = total
  local f = p.finance
  local years, rate = string.format("%.3g", sc.horizon), units.ratio(sc.rate)
  local intro = sc.sold and ("Cash spent (negative) and recovered while the run holds the cluster, " .. years ..
    " years, its value falling " .. json.number_text(units.point(f.oom_per_year)) .. " orders of magnitude a " ..
    "year, then sold (Sale); discounted at the cost of capital, " .. rate .. " a year. Capital is each " ..
    "year's value lost plus the cost of capital on the value held, at the year's end; its present value is the " ..
    "charge that prices the run. It is not a cash flow and is not totalled.")
    or ("Cash spent (negative) and recovered over a " .. years .. "-year life, discounted at the cost of capital, " ..
    rate .. " a year. Capital is the yearly capital cost (an annuity, net of the residual) that prices a run; it is not " ..
    "a cash flow and is not totalled.")
  if sc.with_rent then
    intro = intro .. " Rent saved: the cluster's GPU-hours (units × 8,760 h × utilization a year) at the rate " ..
      f.rent_key .. " pays, " .. units.short(f.rent_rate, "USD/GPU-h") .. "; so the cash flows are owning's " ..
      "net of renting's."
  end
  local cols = { col("Year"), col("Capex", "num"), col("Capital", "num"), col("Maintenance", "num"),
    col("Energy", "num"), col(sc.sold and "Sale" or "Residual", "num"), col("Rent saved", "num"), col("Cash flow", "num"),
    col("Present value", "num") }
  return table_block("finance", "Owning the cluster, year by year (" .. p.key .. ")", finance_row(sc, cols), rows, {
    intro = intro .. (uncertain and " Means of uncertain values." or ""), pricing = p })
end

-- The sentences under the cash-flow table: the present value of owning's
-- costs (what it is: costs only), the net present value of owning versus
-- renting at the scenario's rate and cost of capital, and the run's share.
local function finance_para(s, p, sc, uncertain)
  local P, f = units.point, p.finance
  local charge = 0
  -- the charge of the phases (compute), without the other costs every pricing model shares
  for _, ph in ipairs(s.phases or {}) do charge = charge + (P(ph.cost and ph.cost[p.key]) or 0) end
  local at = ", at " .. units.ratio(sc.rate) .. " a year: "
  local parts = { text("Present value of owning's costs alone (capex, maintenance" .. (f.energy_per_year and
    ", energy" or "") .. ", less the " .. (sc.sold and "sale" or "residual") .. ")" .. at),
    value(f.pv_of_costs, "USD"), text(".") }
  if f.npv_vs_renting then
    parts[#parts + 1] = text(" Net present value of owning versus renting (" .. f.rent_key .. ", " ..
      units.short(f.rent_rate, "USD/GPU-h") .. ")" .. at)
    parts[#parts + 1] = value(f.npv_vs_renting, "USD")
    parts[#parts + 1] = text(f.npv_vs_renting >= 0 and " (owning comes out ahead)." or " (renting comes out ahead).")
  end
  if uncertain then
    -- the schedule is built once, from the means (model/finance.lua), not per sample: no interval to show
    parts[#parts + 1] = text(" Both present values are computed from the means of the uncertain inputs, not " ..
      "over the samples, so they carry no interval; the break-even figures above show how widely the outcome varies.")
  end
  parts[#parts + 1] = text(" The run occupies " .. units.sig(P(f.run_years) or 0, 3) ..
    " cluster-years of it; its charge under " .. p.key .. " is ")
  parts[#parts + 1] = { t = "short", v = charge, unit = "USD" }
  parts[#parts + 1] = text(" (" .. (sc.sold and "value lost, cost of capital and maintenance" or
    "capital cost and maintenance for those years") .. (f.energy_per_year and ", plus its energy)." or ")."))
  return { type = "para", parts = parts }
end

local function finance_tables(s, blocks)
  for _, p in ipairs(s.pricing or {}) do
    local f = p.finance
    local sc = f and f.schedule
    if sc then
      local uncertain = units.is_summary(f.capex) or units.is_summary(f.energy_per_year)
      blocks[#blocks + 1] = finance_table(p, sc, uncertain)
      blocks[#blocks + 1] = finance_para(s, p, sc, uncertain)
    end
  end
end

local function scenario_section(s, by_name)
  local blocks = {}
  local function add(b) if b then blocks[#blocks + 1] = b end end
  if s.description then add({ type = "para", parts = { text(s.description) } }) end
  if s.file then
    add({ type = "para", muted = true, parts = { text("Defined in "), code(s.file .. ":" .. (s.line or 0)), text(".") } })
  end
  add(pricing_table(s))
  add(totals_table(s))
  add(distribution_table(s))
  add(phases_table(s))
  add(other_table(s))
  add(cluster_table(s))
  add({ type = "charts", scenario = s })
  add(figures_table(s))
  finance_tables(s, blocks)
  add(checks_table(s))
  add(reconciliation_table(s))
  sensitivity_tables(s, by_name, blocks)
  return { id = "scenario", heading = tostring(s.name or "(unnamed scenario)"), scenario = s, blocks = blocks }
end

local function assumptions_section(list)
  local blocks = {}
  if #list == 0 then
    blocks[1] = { type = "para", parts = { text("None.") } }
  else
    local rows, any = {}, false
    for _, a in ipairs(list) do
      local name = code(a.name)
      if a.overridden then name.mark = "*"; any = true end
      rows[#rows + 1] = { name, text(a.display or units.short(a.value, a.unit)), text(a.unit),
        { t = "source", v = a.source }, text(a.note) }
    end
    blocks[1] = table_block("assumptions", nil, { col("Name", "label", 12), col("Value", "label", 10),
      col("Unit", "label", 8), col("Source", "long", 16), col("Note", "long", 12) }, rows,
      { footnote = any and "* overridden on the command line." or nil })
  end
  return { id = "assumptions", heading = "Assumptions", blocks = blocks }
end

-- Values outside their usual range (lang/api.lua's plausible ranges): the
-- checks of the inputs, printed by `run` and listed by `tcost check` too.
local function warnings_section(list)
  if not list or #list == 0 then return nil end
  local rows = {}
  for _, w in ipairs(list) do
    rows[#rows + 1] = { code((w.file or "?") .. ":" .. tostring(w.line or 0)), text(w.message) }
  end
  return { id = "warnings", heading = "Checks of the inputs", blocks = {
    table_block("warnings", nil, { col("Where", "label", 12), col("Warning", "long", 24) }, rows) } }
end

local function provenance_section(result)
  local tool, run = result.tool or {}, result.run or {}
  local items = {}
  local function item(k, cells, sub) items[#items + 1] = { key = k, cells = cells, sub = sub } end
  item("tool", { text((tool.name or "tcost") .. " " .. (tool.version or "?")) })
  item("catalog", { text(tool.catalog or "?") })
  item("seed", { text(run.seed and string.format("%d", run.seed) or "—") })
  item("samples", { text((units.sampling(run))) })
  if run.date then item("date", { text(run.date) }) end
  local ov = {}
  for _, o in ipairs(run.overrides or {}) do
    if #ov > 0 then ov[#ov + 1] = text(", ") end
    ov[#ov + 1] = code(tostring(o.name) .. "=" .. tostring(o.value))
  end
  item("overrides", #ov > 0 and ov or { text("none") })
  local af = {}
  for _, f in ipairs(run.assumption_files or {}) do
    if #af > 0 then af[#af + 1] = text(", ") end
    af[#af + 1] = code(f)
  end
  item("assumption files", #af > 0 and af or { text("none") })
  item("fingerprint", { code("sha256:" .. tostring(run.fingerprint or "?")) })
  local files = {}
  for _, f in ipairs(run.files or {}) do
    files[#files + 1] = { code(f.path), text(" sha256 "), code(f.sha256) }
  end
  item("files", #files == 0 and { text("none") } or {}, files)
  return { id = "provenance", heading = "Provenance", blocks = { { type = "list", items = items } } }
end

-- Scenarios whose grid intensities count different things (CO2 at the plant,
-- CO2e over the lifecycle, a figure given): their carbon does not compare, and
-- the tables that set them side by side say so. nil when one basis (or none).
local function carbon_bases_note(result)
  local seen, list = {}, {}
  for _, s in ipairs(result.scenarios or {}) do
    local b = s.energy and s.energy.carbon_basis
    if b and not seen[b] then seen[b], list[#list + 1] = true, b end
  end
  if #list < 2 then return nil end
  table.sort(list)
  return "The scenarios' grid intensities differ in basis (" .. table.concat(list, "; ") ..
    "): their carbon figures do not compare as they stand."
end

---The side-by-side section of a result with several scenarios: every pricing
---model of every scenario in one table (with each total's multiple of the
---lowest), then the chart of them all.
---@param result table
---@return table section
function M.comparison(result)
  local rows, lowest = {}, nil
  for _, s in ipairs(result.scenarios or {}) do
    for _, p in ipairs(s.pricing or {}) do
      local total = s.totals and s.totals.cost and s.totals.cost[p.key]
      local c = units.point(total)
      if c and c > 0 and (not lowest or c < lowest) then lowest = c end
      rows[#rows + 1] = { text(s.name), code(p.key), text(label_of(p)), value(total, "USD"), pricing = p, scenario = s }
    end
  end
  for _, r in ipairs(rows) do
    local c = units.point(r[4].v)
    r[5] = value(lowest and c and c / lowest or nil, "x")
  end
  return { id = "comparison", heading = "Scenarios side by side", blocks = {
    table_block("comparison", nil, { col("Scenario", "label", 16), col("Key"), col("Pricing model", "label", 16),
      col("Total cost", "num"), col("× lowest", "num") }, rows, { footnote = carbon_bases_note(result) }),
    { type = "charts", comparison = true, result = result },
  } }
end

---The league table of the scenarios of several files: one row per scenario
---and pricing model with GPU-hours, energy, carbon, the cost, the cost per
---trillion tokens and the implied MFU (where the scenario states its tokens
---and params or flops), and how many of its checks hold. Figures a scenario
---does not have stay empty.
---@param result table one result holding every file's scenarios (report.merge)
---@return table section
function M.league(result)
  local rows = {}
  local function short(v, unit) return { t = "short", v = v, unit = unit } end
  for _, s in ipairs(result.scenarios or {}) do
    local t = s.totals or {}
    local checks = ""
    if s.checks and #s.checks > 0 then
      local ok = 0
      for _, c in ipairs(s.checks) do if c.ok then ok = ok + 1 end end
      checks = string.format("%d of %d", ok, #s.checks)
    end
    for i, p in ipairs(s.pricing or {}) do
      local cost = t.cost and t.cost[p.key]
      local per_t = type(t.tokens) == "number" and cost ~= nil and expect.scale(cost, 1e12 / t.tokens) or nil
      local first = i == 1
      rows[#rows + 1] = { text(first and s.name or ""), code(p.key),
        first and short(t.gpu_hours, "GPU-h") or text(""), first and short(t.energy_kwh, "kWh") or text(""),
        first and short(t.carbon_kg, M.carbon_unit(s)) or text(""), short(cost, "USD"), short(per_t, "USD"),
        first and short(t.mfu, "ratio") or text(""), text(first and checks or "") }
    end
  end
  return { id = "league", heading = "League table", blocks = {
    table_block("league", nil, { col("Scenario", "label", 16), col("Key"), col("GPU-hours", "num"),
      col("Energy", "num"), col("Carbon", "num"), col("Total cost", "num"), col("Per trillion tokens", "num"),
      col("Implied MFU", "num"), col("Checks holding") }, rows, {
        intro = "Cost per trillion tokens and implied MFU (6·N·D over all GPU-hours at the accelerator's peak) " ..
          "need the scenario's tokens and params; checks are its expect statements.",
        empty = "No scenarios.", footnote = carbon_bases_note(result) }),
  } }
end

-- The tidy table of a result for programs (CSV, and "records" in JSON): one
-- record per phase, other cost and total under each pricing model, then one
-- per check. Field names are the same in every format; an uncertain figure
-- gives its mean, and the cost its p5, median (p50) and p95 beside it.
M.RECORD_FIELDS = { "scenario", "kind", "phase", "cost_item", "stage", "accelerator", "gpus", "days", "pricing",
  "gpu_hours", "energy_kwh", "energy_cost_usd", "carbon_kg_co2e", "cost_usd", "cost_usd_p5", "cost_usd_p50",
  "cost_usd_p95" }
-- Water and embodied carbon follow the record fields (before any check
-- columns), so the columns before them keep their places; then what cost_usd
-- does with the electricity (energy_in_cost: "added" by an owner, "in the
-- rate" of a renter, "not counted" by a purchase), so a spreadsheet never
-- adds energy_cost_usd to a cost that holds it already.
M.ENV_FIELDS = { "water_l", "embodied_kg_co2e", "carbon_method", "water_basis", "carbon_basis", "energy_in_cost",
  "price_basis" }
M.CHECK_FIELDS = { "check", "unit", "published", "tcost", "rel_diff", "within", "status", "reason", "source" }
-- The ownership figures (kind "figure": break-even, owned cost per GPU-hour,
-- NPV versus renting, present value of costs) and each owner's cash-flow
-- schedule (kind "cash flow": one record per year and item, year "total" for
-- the sums), after any check columns so the columns before keep their places.
-- Cash-flow values carry the text's signs: money spent negative, recovered
-- positive; capital_cost is the yearly charge that prices a run, not a cash
-- flow (cash_flow does not include it).
M.FIGURE_FIELDS = { "figure", "year", "value", "value_p5", "value_p95", "figure_unit", "never_reason" }

local function cost_fields(r, v)
  r.cost_usd = units.point(v)
  if units.is_summary(v) then r.cost_usd_p5, r.cost_usd_p50, r.cost_usd_p95 = v.p5, v.p50, v.p95 end
  return r
end

local function figure_record(name, v, unit, extra)
  local r = extra or {}
  r.kind, r.figure, r.value, r.figure_unit = r.kind or "figure", name, units.point(v), unit
  -- a probability's samples are 0 or 1: their p5 and p95 say nothing
  if units.is_summary(v) and unit ~= "probability" then r.value_p5, r.value_p95 = v.p5, v.p95 end
  return r
end

-- A schedule's rows as records, signed as the cash-flow table shows them.
local function cash_flow_records(p, sc, add)
  local function row(year, items)
    for _, it in ipairs(items) do
      if it[2] ~= nil then add(figure_record(it[1], it[2], "USD", { kind = "cash flow", pricing = p.key, year = year })) end
    end
  end
  local sale = sc.sold and "sale" or "residual"
  row(0, { { "capex", -sc.capex }, { "cash_flow", -sc.capex }, { "present_value", -sc.capex } })
  for _, y in ipairs(sc.years) do
    row(y.year, { { "capital_cost", y.capital_cost }, { "maintenance", -y.maintenance },
      { "energy", -y.energy }, { sale, y.residual }, { "rent_saved", sc.with_rent and y.rent_saved or nil },
      { "cash_flow", y.cash_flow }, { "present_value", y.present_value } })
    if y.share < 1 then
      add(figure_record("share_of_year", y.share, "year", { kind = "cash flow", pricing = p.key, year = y.year }))
    end
  end
  local t = sc.total
  row("total", { { "capex", -sc.capex }, { "maintenance", -t.maintenance },
    { "energy", -t.energy }, { sale, sc.residual }, { "rent_saved", sc.with_rent and t.rent_saved or nil },
    { "cash_flow", t.cash_flow }, { "present_value", t.present_value } })
end

-- The figures (break-even, owned cost per GPU-hour) and each owner's NPV,
-- present value of costs and schedule; true when there was any.
local function figure_records(s, add)
  local any = false
  for _, f in ipairs(s.figures or {}) do
    any = true
    -- a summary at the cap is no figure: the record says never (never_reason), with no value
    add(figure_record(f.name, not capped(f) and f.value or nil, f.unit, { never_reason = M.never_reason(f) }))
  end
  for _, p in ipairs(s.pricing or {}) do
    local f = p.finance
    if f and f.schedule then
      any = true
      add(figure_record("Present value of owning's costs (" .. p.key .. ")", f.pv_of_costs, "USD", { pricing = p.key }))
      if f.npv_vs_renting then
        add(figure_record(M.npv_name(p), f.npv_vs_renting, "USD",
          { pricing = p.key }))
      end
      cash_flow_records(p, f.schedule, add)
    end
  end
  return any
end

---The records of a result (see RECORD_FIELDS, CHECK_FIELDS and
---FIGURE_FIELDS); values are numbers, strings or nil (absent). `file`, when
---given, is set on each record.
---@param result table
---@param file? string
---@return table[] records, boolean any_check, boolean any_figure
function M.records(result, file)
  local out, any_check, any_figure = {}, false, false
  local P = units.point
  for _, s in ipairs(result.scenarios or {}) do
    local name = tostring(s.name or "")
    local function add(r) r.file, r.scenario = file, name; out[#out + 1] = r end
    for _, ph in ipairs(s.phases or {}) do
      for _, p in ipairs(s.pricing or {}) do
        add(cost_fields({ kind = "phase", phase = ph.name, stage = ph.stage, accelerator = ph.gpu, gpus = P(ph.gpus),
          days = P(ph.days), pricing = p.key, gpu_hours = P(ph.gpu_hours), energy_kwh = P(ph.energy_kwh),
          energy_cost_usd = P(ph.energy_cost), carbon_kg_co2e = P(ph.carbon_kg), water_l = P(ph.water_l),
          embodied_kg_co2e = P(ph.embodied_kg), carbon_method = s.energy and s.energy.carbon_method,
          water_basis = s.energy and s.energy.water_basis, carbon_basis = s.energy and s.energy.carbon_basis,
          energy_in_cost = p.energy, price_basis = s.energy and s.energy.price_basis }, ph.cost and ph.cost[p.key]))
      end
    end
    for _, o in ipairs(s.other or {}) do
      for _, p in ipairs(s.pricing or {}) do
        add(cost_fields({ kind = "other cost", cost_item = o.name, stage = o.kind, pricing = p.key }, o.cost))
      end
    end
    for _, l in ipairs(s.cluster_lines or {}) do
      add(cost_fields({ kind = "cluster line", cost_item = l.name, pricing = l.pricing }, l.cost))
    end
    local t = s.totals or {}
    for _, p in ipairs(s.pricing or {}) do
      add(cost_fields({ kind = "total", pricing = p.key, days = P(t.days), gpu_hours = P(t.gpu_hours),
        energy_kwh = P(t.energy_kwh), energy_cost_usd = P(t.energy_cost), carbon_kg_co2e = P(t.carbon_kg),
        water_l = P(t.water_l), embodied_kg_co2e = P(t.embodied_kg),
        carbon_method = s.energy and s.energy.carbon_method, water_basis = s.energy and s.energy.water_basis,
        carbon_basis = s.energy and s.energy.carbon_basis, energy_in_cost = p.energy,
        price_basis = s.energy and s.energy.price_basis }, t.cost and t.cost[p.key]))
    end
    for _, k in ipairs(s.checks or {}) do
      any_check = true
      add({ kind = "check", phase = k.phase, pricing = k.pricing, check = expect.label(k), unit = k.unit,
        published = k.published, tcost = k.inside and { k.low, k.high } or k.value, rel_diff = k.diff,
        within = k.within or (k.inside and ("inside " .. json.number_text(k.inside))), status = k.status, reason = k.reason,
        source = k.source })
    end
    any_figure = figure_records(s, add) or any_figure
  end
  return out, any_check, any_figure
end

---Builds the report's view of a result: a title, a lead sentence and the
---sections (one per scenario, then assumptions and provenance), each a list
---of blocks: para { parts = cells, muted }, table { id, heading, intro,
---columns, rows, footnote, empty }, charts { scenario } and list { items }.
---@param result table the result structure
---@param opts? { comparison_only?: boolean } only the side-by-side section (several files)
---@return table view
function M.build(result, opts)
  local tool = result.tool or {}
  if opts and opts.comparison_only then
    local n = #(result.scenarios or {})
    return { title = "Comparison of " .. n .. " scenarios", page_title = "tcost: comparison of " .. n .. " scenarios",
      lead = "Every pricing model of every scenario in the files above, side by side, then their league table.", result = result,
      sections = { M.comparison(result), M.league(result) } }
  end
  local names = {}
  for _, s in ipairs(result.scenarios or {}) do names[#names + 1] = tostring(s.name) end
  local v = {
    title = (tool.name or "tcost") .. " " .. (tool.version or "?") .. ": what it cost to train",
    page_title = (#names > 0 and table.concat(names, "; ") or "tcost report") .. " — tcost",
    lead = M.lead(result),
    result = result,
    sections = {},
  }
  local by_name = {}
  for _, a in ipairs(result.assumptions or {}) do by_name[a.name] = a end
  if #(result.scenarios or {}) > 1 then
    v.sections[#v.sections + 1] = M.comparison(result)
  end
  for _, s in ipairs(result.scenarios or {}) do v.sections[#v.sections + 1] = scenario_section(s, by_name) end
  v.sections[#v.sections + 1] = warnings_section(result.warnings)
  v.sections[#v.sections + 1] = assumptions_section(result.assumptions or {})
  v.sections[#v.sections + 1] = provenance_section(result)
  return v
end

return M
