-- model/model.lua: turns what a scenario declared (dsl.lua's registry) into the
-- result structure: phases with GPU-hours, energy, carbon and cost under each
-- pricing model, other costs, totals, figures and the reconciliation.
-- Values may still be uncertain (mc nodes) here; sample.lua summarizes them.
-- All arithmetic on money and hardware goes through the C primitives.
local mc = require "tcost.c.mc"
local prim = require "tcost.c.prim"
local catalog = require "tcost.c.catalog"
local pricing = require "tcost.model.pricing"
local energy = require "tcost.model.energy"
local dates = require "tcost.model.dates"
local api = require "tcost.lang.api"
local units = require "tcost.lib.units"

local M = {}

-- Defaults the language declares (lang/api.lua), read from the declaration
-- so that the model never restates one.
local PHASE_PRECISION = api.default("phase", "precision")
local SCENARIO_PRECISION = api.default("scenario", "precision")
local CARBON_METHOD = api.field(api.ENERGY, "carbon_method").default

local function located(obj, fmt, ...)
  local where = obj and obj.file and (obj.file .. ":" .. (obj.line or 0) .. ": ") or ""
  error(where .. string.format(fmt, ...), 0)
end

-- Calls a primitive; its argument errors are located at the phase or model.
local function call(obj, name, ...)
  local ok, v = pcall(prim[name], ...)
  if not ok then located(obj, "%s", tostring(v)) end
  return v
end

local function sum(values)
  local total = 0
  for _, v in ipairs(values) do total = total + v end
  return total
end


-- Energy settings: the scenario's own, else the built-in defaults, declared as
-- assumptions so every report lists them with their sources.
-- A region's electricity price or grid intensity, declared as an assumption
-- ("electricity_price.china") so the report lists it with its source; nil
-- when the region has no such figure. `name` overrides the assumption name.
local REGION_FIGURES = {
  price = { field = "usd_per_kwh", base = "electricity_price", unit = "USD/kWh" },
  carbon = { field = "kg_co2e_per_kwh", base = "grid_intensity", unit = "kg CO2e/kWh" },
  market = { field = "market_kg_co2e_per_kwh", base = "grid_intensity_market", unit = "kg CO2e/kWh" },
  wue = { field = "wue_l_per_kwh", base = "wue", unit = "L/kWh" },
  grid_water = { field = "grid_water_l_per_kwh", base = "grid_water", unit = "L/kWh" },
}

-- A grid intensity's unit follows what it counts: "kg CO2/kWh" for a
-- CO2-only basis ("CO2, direct combustion"), else kg CO2e/kWh.
local function region_unit(region, what, f)
  local basis = (what == "carbon" and region.carbon_basis) or (what == "market" and region.market_basis) or nil
  if units.co2_only(basis) then return (f.unit:gsub("CO2e", "CO2")) end
  return f.unit
end

local function region_figure(reg, region, what, name, note)
  if not region then return nil end
  local f = REGION_FIGURES[what]
  local value = region[f.field]
  local src = region.sources and region.sources[what]
  if value == nil or not src then return nil end
  return reg.default(name or (f.base .. "." .. region.key), { value, unit = region_unit(region, what, f),
    source = src.source .. " (" .. (src.date or "undated") .. ")", note = note or region.name })
end

-- Water figures are published for the U.S. only; every other region takes them, and says so.
local US_WATER = "U.S. average: the default for every region that publishes no figure of its own"

-- Embodied carbon is amortized over the accelerator's life, like capex.
local EMBODIED_LIFE = { 5, unit = "year",
  source = "[llmcarbon-2023]: LLMCarbon amortizes embodied carbon over a 5-year hardware lifespan",
  note = "Luccioni et al. use 6 years for BLOOM's hardware [luccioni-bloom-carbon-2022]" }

-- Whose electricity price the energy cost uses (price_basis): given, the
-- region's, else the U.S. industrial average (set.us_price_for: the region
-- that publishes none, so the report can say so where it enters a total).
local function price_basis(e, region, reg)
  if e.usd_per_kwh then return "given" end
  -- the default's assumption overridden (--set electricity_price=0.05): no longer the region's or the U.S. figure
  local name = (region and region.usd_per_kwh) and ("electricity_price." .. region.key) or "electricity_price"
  local a = reg.by_name[name]
  if a and a.overridden then return "given (" .. name .. " overridden)" end
  if region and region.usd_per_kwh then return region.name end
  if not region then return "U.S. industrial average" end
  return "U.S. industrial, none for " .. region.key, region.key
end

-- A named region's missing price replaced by the U.S. one is a warning
-- (stderr and the report's checks) once it enters a total (an owner adds
-- its energy: total, break-even, NPV); in a renter's rate it moves no figure,
-- and the Electricity price row names it.
local function warn_us_price(s, reg, set, out)
  if not set.us_price_for then return end
  local keys = {}
  for _, p in ipairs(out.pricing) do
    if p.energy_cost ~= nil then keys[#keys + 1] = p.key end
  end
  if #keys == 0 then return end
  reg.warnings[#reg.warnings + 1] = { file = s.file, line = s.line, message = string.format(
    "scenario '%s': region '%s' publishes no electricity price: energy is priced at the U.S. industrial average "
      .. "($%s/kWh), in the total, break-even and NPV of %s; give energy = { usd_per_kwh = ... }",
    s.name, set.us_price_for, tostring(set.usd_per_kwh), table.concat(keys, ", ")) }
end

local function energy_settings(s, reg)
  local e = s.energy
  local region = e.region and catalog.region(e.region)
  if e.region and not region then located(s, "scenario '%s': unknown region '%s'", s.name, e.region) end
  local us = catalog.region("us-industrial")
  local set = energy.settings(e, reg, function(fmt, ...) located(s, fmt, ...) end)
  set.usd_per_kwh = e.usd_per_kwh or region_figure(reg, region, "price") or region_figure(reg, us, "price", "electricity_price")
  set.price_basis, set.us_price_for = price_basis(e, region, reg)
  set.carbon_method = e.carbon_method or CARBON_METHOD
  if set.carbon_method == "market" then
    set.kg_co2e_per_kwh = e.market_kg_co2e_per_kwh or region_figure(reg, region, "market")
    if set.kg_co2e_per_kwh == nil then
      located(s, "scenario '%s': carbon_method = \"market\" needs a market-based intensity: %s publishes none here; "
        .. "give energy = { market_kg_co2e_per_kwh = ... }", s.name, region and ("region " .. region.key) or "no region is set, and tcost")
    end
    set.carbon_basis = e.market_kg_co2e_per_kwh and "given" or region.market_basis
  else
    set.kg_co2e_per_kwh = e.kg_co2e_per_kwh or region_figure(reg, region, "carbon") or
      region_figure(reg, us, "carbon", "grid_intensity")
    -- what the intensity counts (CO2 or CO2e, at the plant or over the lifecycle), named in the report;
    -- a figure given, in the scenario or by --set over the region's, is as given
    local cregion = (region and region.kg_co2e_per_kwh) and region or us
    local a = reg.by_name and reg.by_name[cregion == us and "grid_intensity" or ("grid_intensity." .. region.key)]
    set.carbon_basis = (e.kg_co2e_per_kwh or (a and a.overridden)) and "given" or cregion.carbon_basis
  end
  -- water: on-site per IT kWh and the grid's per kWh generated; the region's, else the US average,
  -- and the report says which (water_basis)
  local wregion = (region and region.wue_l_per_kwh) and region or us
  set.wue_l_per_kwh = e.wue_l_per_kwh or region_figure(reg, wregion, "wue", wregion == us and "wue" or nil,
    wregion == us and US_WATER or nil)
  local gregion = (region and region.grid_water_l_per_kwh) and region or us
  set.grid_water_l_per_kwh = e.grid_water_l_per_kwh or
    region_figure(reg, gregion, "grid_water", gregion == us and "grid_water" or nil, gregion == us and US_WATER or nil)
  local function by(given, r) return given and "given" or (r.key == us.key and "U.S. average" or r.name) end
  local wue_by, grid_by = by(e.wue_l_per_kwh, wregion), by(e.grid_water_l_per_kwh, gregion)
  set.water_basis = wue_by == grid_by and wue_by or ("on-site " .. wue_by .. ", grid " .. grid_by)
  set.embodied_kg_per_gpu = e.embodied_kg_per_gpu
  set.embodied_life_years = e.embodied_life_years
  set.region = region and region.name
  return set
end

-- Water of a phase (Li et al.): on-site WUE per IT kWh (facility kWh / PUE)
-- plus the grid's water per facility kWh. Embodied carbon: the accelerator's
-- manufacturing emissions spread over its life, per GPU-hour used.
local function water_and_embodied(row, gpu, set, reg, p)
  row.water_l = call(p, "water_litres", row.energy_kwh, set.pue, set.wue_l_per_kwh, set.grid_water_l_per_kwh)
  local kg = set.embodied_kg_per_gpu
  if kg == nil and gpu.embodied_kg then
    local src = gpu.sources and gpu.sources.embodied
    kg = reg.default("embodied_kg_per_gpu." .. gpu.key, { gpu.embodied_kg, unit = "kg CO2e",
      source = src and (src.source .. " (" .. (src.date or "undated") .. ")") or "the catalog", note = gpu.name })
  end
  if kg ~= nil then
    local life = set.embodied_life_years or reg.default("embodied_life_years", EMBODIED_LIFE)
    row.embodied_kg = call(p, "embodied_kg", row.gpu_hours, kg, life)
  else
    -- no die area and carbon per area published: the report says so, never a silent 0
    row.embodied_unpublished = gpu.name
  end
end

-- Whole-number inputs are made floats before they multiply, so 2^62 GPUs ×
-- 4 hours is 1.8e19 GPU-hours, never a wrapped integer.
local function float(v)
  if math.type(v) == "integer" then return v + 0.0 end
  return v
end

local function phase_hours(p, d)
  if p.form == "gpu_hours" then return float(p.gpu_hours) end
  if p.form == "gpus × scenario dates" then
    if not (d.start and d.finish) then
      located(p, "phase '%s': gpus alone takes its hours from the scenario's dates = { start = ..., finish = ... } " ..
        "(or give hours, days, or its own start and finish)", p.name)
    end
    p = { name = p.name, gpus = p.gpus, start = d.start, finish = d.finish, file = p.file, line = p.line,
      form = "gpus × dates" }
  end
  if p.form == "gpus × hours" then return float(p.gpus) * float(p.hours) end
  if p.form == "gpus × dates" then
    local days = dates.days(p.start, p.finish)
    if days < 0 then located(p, "phase '%s': finish %s is before start %s", p.name, p.finish.text, p.start.text) end
    return call(p, "gpu_hours_from_days", days, p.gpus)
  end
  if p.form == "gpus × days" then return call(p, "gpu_hours_from_days", p.days, p.gpus) end
  local precision = p.precision or PHASE_PRECISION
  local flops = p.flops
  if p.form == "params × tokens" then
    flops = call(p, "train_flops", p.active_params or p.params, p.tokens)
  end
  return call(p, "gpu_hours_from_flops", flops, p.gpu.tflops[precision], p.mfu), flops
end

-- Experiments are compute too: a phase sized as a multiple of the final runs.
local function expand_experiments(s)
  local phases = {}
  for _, p in ipairs(s.phases) do phases[#phases + 1] = p end
  for _, o in ipairs(s.other) do
    if o.kind == "experiments" then
      local base, gpu = {}, nil
      for _, p in ipairs(s.phases) do
        local wanted = not o.phases
        for _, n in ipairs(o.phases or {}) do if n == p.name then wanted = true end end
        if wanted then base[#base + 1] = p; gpu = gpu or p.gpu end
      end
      if #base == 0 then located(o, "experiments: no phases to take a multiple of") end
      phases[#phases + 1] = { name = o.name, gpu = gpu, stage = "experiments", headline = false,
        form = "gpu_hours", derived_from = base, multiple = o.multiple, source = o.source, note = o.note,
        file = o.file, line = o.line }
    end
  end
  return phases
end

-- The scenario's dates = { start =, finish =, published = } and the month
-- whose dollars its inputs are in (priced, else published, else start).
local function scenario_dates(s)
  local d = {}
  for _, k in ipairs({ "start", "finish", "published", "priced" }) do d[k] = s.dates and s.dates[k] end
  return d
end

-- dollars = 2024 or "2024-12": every cost is converted from the dollars of
-- the scenario's priced/published/start month with the shipped price index;
-- the factor is a declared assumption, listed with the index and months.
local function dollars_factor(s, reg, d)
  if s.dollars == nil then return nil end
  local from = d.priced or d.published or d.start
  if not from then
    located(s, "scenario '%s': dollars = %s needs dates = { published = \"YYYY-MM-DD\" } (or priced or start): " ..
      "the month whose dollars the inputs are in", s.name, tostring(s.dollars))
  end
  local inflation = require "tcost.model.inflation" -- only a scenario giving dollars = ... loads it
  local f, note = inflation.factor(from.text, s.dollars)
  if not f then located(s, "scenario '%s': dollars: %s", s.name, note) end
  return reg.default("dollars_factor", { f, unit = "ratio",
    source = inflation.index.source, note = "dollars of " .. tostring(s.dollars) .. " per dollar of " ..
      from.text:sub(1, 7) .. ": " .. note })
end

-- Work given as a cluster held for wall-clock time: every paid hour is
-- already counted, so a goodput does not apply.
local WALL_CLOCK = { ["gpus × hours"] = true, ["gpus × days"] = true, ["gpus × dates"] = true }

-- The GPU-hours a phase is billed for and its FLOPs. Goodput: the work given
-- is useful hours; the cluster was paid, and drew power, for useful / goodput
-- (failures, restarts, checkpoints). Returns hours, flops, and when a goodput
-- applies, the useful hours and the goodput.
local function billed_hours(p, s, d, hours_by_name)
  if p.derived_from then
    local base = {}
    for _, b in ipairs(p.derived_from) do base[#base + 1] = hours_by_name[b.name] end
    return float(p.multiple) * sum(base)
  end
  local hours, flops = phase_hours(p, d)
  local wall = WALL_CLOCK[p.form]
  if wall and p.goodput ~= nil then
    located(p, "phase '%s': goodput applies to work (gpu_hours, flops, params × tokens); gpus with hours, "
      .. "days or dates already count every paid hour", p.name)
  end
  local goodput = p.goodput or (not wall and s.goodput) or nil
  if goodput == nil then return hours, flops end
  return call(p, "billed_hours", hours, goodput), flops, hours, goodput
end

-- The facility energy of a phase: metered (method "measured") or from power.
local function phase_kwh(p, hours, set)
  if set.method == "measured" then
    if p.kwh == nil then
      located(p, "phase '%s': energy method \"measured\" needs kwh = ... (the metered energy) on every phase", p.name)
    end
    return p.kwh * set.pue
  end
  if p.kwh ~= nil then
    located(p, "phase '%s': kwh is measured energy; set energy = { method = \"measured\" } to use it", p.name)
  end
  local ratio, server = set.factors(p.gpu.name)
  return call(p, "energy_kwh", hours, p.watts or p.gpu.tdp_w, ratio, server, set.pue)
end

-- One phase of the result: its hours, energy, carbon, water and (filled in
-- by the pricing models) cost.
local function phase_row(p, s, d, set, reg, hours_by_name)
  local hours, flops, useful, goodput = billed_hours(p, s, d, hours_by_name)
  hours_by_name[p.name] = hours
  local kwh = phase_kwh(p, hours, set)
  local row = { name = p.name, stage = p.stage, headline = p.headline == true, gpu = p.gpu.name,
    gpus = p.gpus, hours = p.hours or (p.days and p.days * 24), gpu_hours = hours, flops = flops,
    energy_kwh = kwh, carbon_kg = call(p, "carbon_kg", kwh, set.kg_co2e_per_kwh),
    energy_cost = call(p, "energy_cost", kwh, set.usd_per_kwh), cost = {}, source = p.source, note = p.note,
    precision = (p.flops or p.params) and (p.precision or PHASE_PRECISION) or nil, mfu = p.mfu,
    goodput = goodput, useful_gpu_hours = useful }
  water_and_embodied(row, p.gpu, set, reg, p)
  if p.gpus then row.days = call(p, "wall_days", hours, p.gpus) end
  if p.form == "gpus × dates" or p.form == "gpus × scenario dates" then row.hours = row.days * 24 end
  return row
end

-- Prices every phase under each pricing model (model/pricing.lua's kinds).
local function price(s, reg, d, out, gpu_of)
  local notes = {}
  local ctx = { rows = out.phases, reg = reg, call = call, located = located, pricing = s.pricing,
    shared = {}, notes = notes, dates = d, gpu_of = gpu_of, scenario = s }
  for _, m in ipairs(s.pricing) do
    local label, figs, finance, energy, once, adds = pricing.apply(m, ctx)
    out.pricing[#out.pricing + 1] = { key = m.key, kind = m.kind, label = label, source = m.source, finance = finance,
      energy = energy, spent_once = once, adds = adds }
    if m.cluster_lines then M.cluster_lines(out, m, adds, out.pricing[#out.pricing]) end
    for _, f in ipairs(figs) do out.figures[#out.figures + 1] = f end
  end
  if #notes > 0 then out.notes = notes end
end

-- Costs besides compute, by kind: the same under every pricing model.
-- (Experiments are compute: expand_experiments makes them phases.)
local OTHER_COSTS = {
  staff = function(o) return float(o.headcount) * float(o.annual_cost) * float(o.years) end,
  data = function(o)
    if (o.amount == nil) == (o.units == nil or o.unit_price == nil) then
      located(o, "data: give amount, or units and unit_price")
    end
    return float(o.amount) or float(o.units) * float(o.unit_price)
  end,
  fixed = function(o) return float(o.amount) end,
}

local function other_costs(s, out)
  for _, o in ipairs(s.other) do
    local cost = OTHER_COSTS[o.kind]
    if cost then
      out.other[#out.other + 1] = { name = o.name, kind = o.kind, cost = cost(o), source = o.source, note = o.note }
    end
  end
end

-- dollars of the chosen month or year: every cost, converted once.
-- The owner's yearly figures that are money (model/pricing.lua's finance()).
local MONEY_FINANCE = { "capex", "capital_per_year", "maintenance_per_year", "energy_per_year", "rent_per_year",
  "rent_rate" }

local function convert_dollars(s, out, factor, d)
  for _, r in ipairs(out.phases) do
    r.energy_cost = r.energy_cost * factor
    for k, v in pairs(r.cost) do r.cost[k] = v * factor end
  end
  for _, o in ipairs(out.other) do o.cost = o.cost * factor end
  for _, l in ipairs(out.cluster_lines or {}) do l.cost = l.cost * factor end
  for _, p in ipairs(out.pricing) do p.spent_once = p.spent_once and p.spent_once * factor end
  -- the pricing models' money figures and the owner's yearly figures in the same dollars as the totals
  -- (a purchase price of $230M beside a $242M total was the same cluster in two years' dollars); ratios,
  -- months and the scenario's own figures (added after this) stay as they are
  local said = string.format("; in %s dollars (× %s from %s)", tostring(s.dollars),
    mc.isnode(factor) and tostring(factor) or string.format("%.4f", factor), (d.priced or d.published or d.start).text)
  for _, f in ipairs(out.figures) do
    if type(f.unit) == "string" and f.unit:match("^USD") then
      f.value, f.note = f.value * factor, (f.note or "") .. said
    end
  end
  for _, p in ipairs(out.pricing) do
    local f = p.finance
    for _, k in ipairs(f and MONEY_FINANCE or {}) do
      if f[k] ~= nil then f[k] = f[k] * factor end
    end
  end
  out.dollars = { to = s.dollars, from = (d.priced or d.published or d.start).text, factor = factor }
end

-- The scenario's totals: sums over phases and other costs, the cost under
-- each pricing model, and what the whole run did (M.training_totals).
local function totals(s, phases, out)
  local t = { gpu_hours = 0, energy_kwh = 0, carbon_kg = 0, energy_cost = 0, other_cost = 0, cost = {}, water_l = 0 }
  local unpublished = {}
  for _, r in ipairs(out.phases) do
    t.water_l = t.water_l + r.water_l
    if r.embodied_kg then t.embodied_kg = (t.embodied_kg or 0) + r.embodied_kg end
    if r.embodied_unpublished and not unpublished[r.embodied_unpublished] then
      unpublished[r.embodied_unpublished] = true
      t.embodied_unpublished = t.embodied_unpublished or {}
      t.embodied_unpublished[#t.embodied_unpublished + 1] = r.embodied_unpublished
    end
    t.gpu_hours = t.gpu_hours + r.gpu_hours
    t.energy_kwh = t.energy_kwh + r.energy_kwh
    t.carbon_kg = t.carbon_kg + r.carbon_kg
    t.energy_cost = t.energy_cost + r.energy_cost
  end
  -- useful GPU-hours, when any phase has a goodput (a phase without one is all useful)
  for _, r in ipairs(out.phases) do
    if r.useful_gpu_hours then t.useful_gpu_hours = 0 end
  end
  if t.useful_gpu_hours then
    for _, r in ipairs(out.phases) do t.useful_gpu_hours = t.useful_gpu_hours + (r.useful_gpu_hours or r.gpu_hours) end
  end
  for _, o in ipairs(out.other) do t.other_cost = t.other_cost + o.cost end
  -- the energy cost inside each pricing model's total (after the dollars conversion)
  for _, p in ipairs(out.pricing) do
    if #p.adds > 0 then
      p.energy_cost = 0
      for _, r in ipairs(p.adds) do p.energy_cost = p.energy_cost + r.energy_cost end
    end
    p.adds = nil
  end
  M.training_totals(s, phases, out, t)
  for _, p in ipairs(out.pricing) do
    local c = t.other_cost + (p.spent_once or 0)
    for _, r in ipairs(out.phases) do c = c + (r.cost[p.key] or 0) end
    t.cost[p.key] = c
  end
  return t
end

local function build_scenario(s, reg)
  if #s.phases == 0 and #s.other == 0 then located(s, "scenario '%s' has no phases", s.name) end
  local set = energy_settings(s, reg)
  local phases = expand_experiments(s)
  local d = scenario_dates(s)
  local out = { name = s.name, description = s.description, file = s.file, line = s.line,
    pricing = {}, phases = {}, other = {}, figures = {}, energy = { method = set.method,
      method_label = set.label, pue = set.pue, usd_per_kwh = set.usd_per_kwh, kg_co2e_per_kwh = set.kg_co2e_per_kwh,
      region = set.region, carbon_method = set.carbon_method, carbon_basis = set.carbon_basis, price_basis = set.price_basis,
      wue_l_per_kwh = set.wue_l_per_kwh,
      grid_water_l_per_kwh = set.grid_water_l_per_kwh, water_basis = set.water_basis } }
  local hours_by_name, gpu_of = {}, {}
  for _, p in ipairs(phases) do
    local row = phase_row(p, s, d, set, reg, hours_by_name)
    gpu_of[row] = p.gpu
    out.phases[#out.phases + 1] = row
  end
  price(s, reg, d, out, gpu_of)
  other_costs(s, out)
  local factor = dollars_factor(s, reg, d)
  if factor then convert_dollars(s, out, factor, d) end
  out.totals = totals(s, phases, out)
  -- every table that carries carbon names what it counts (CO2 or CO2e), so a
  -- JSON reader of a phase or the totals alone can tell
  out.totals.carbon_basis = set.carbon_basis
  for _, r in ipairs(out.phases) do r.carbon_basis = set.carbon_basis end
  warn_us_price(s, reg, set, out)
  for _, f in ipairs(s.figures) do
    out.figures[#out.figures + 1] = { name = f.name, value = f.value, unit = f.unit, note = f.note, source = f.source }
  end
  out.reconciliation = M.reconcile(s, out)
  return out
end

---What the whole run did, where it can be told: its training FLOPs (given,
---6·N·D from params and tokens, or the sum of every phase's), the implied MFU
---of all its GPU-hours against each accelerator's peak, the wall-clock days
---when every phase names its cluster (phases run one after another), tokens.
function M.training_totals(s, phases, out, t)
  t.tokens = s.tokens
  if s.flops then
    t.flops = s.flops
  elseif s.params then
    t.flops = call(s, "train_flops", s.params, s.tokens)
  else
    local all = #out.phases > 0
    for _, r in ipairs(out.phases) do all = all and r.flops ~= nil end
    if all then
      t.flops = 0
      for _, r in ipairs(out.phases) do t.flops = t.flops + r.flops end
    end
  end
  local days, peak_hours = 0, 0
  for i, r in ipairs(out.phases) do
    if days and r.days then days = days + r.days else days = nil end
    local peak = phases[i].gpu.tflops[s.precision or SCENARIO_PRECISION]
    if peak_hours and peak then peak_hours = peak_hours + r.gpu_hours * peak else peak_hours = nil end
  end
  if #out.phases > 0 then t.days = days end
  if t.flops and peak_hours and #out.phases > 0 and not (type(t.gpu_hours) == "number" and t.gpu_hours <= 0) then
    -- one accelerator: flops / (GPU-hours × peak); mixed: the GPU-hour-weighted peak
    local peak = phases[1].gpu.tflops[s.precision or SCENARIO_PRECISION]
    for i = 2, #phases do
      if phases[i].gpu.tflops[s.precision or SCENARIO_PRECISION] ~= peak then peak = peak_hours / t.gpu_hours end
    end
    t.mfu = call(s, "implied_mfu", t.flops, peak, t.gpu_hours)
  end
end

---The step-by-step path from the headline figure to the fuller cost.
function M.reconcile(s, out)
  local spec = s.reconcile
  -- from a headline phase to a fuller cost: a purchase has no cost per phase
  local key = spec and spec.pricing
  for _, p in ipairs(out.pricing) do
    if p.key == key and p.spent_once then
      located(s, "reconcile: pricing '%s' is a purchase, capital spent once and not a cost of each phase; reconcile a rental or own model", key)
    end
    if not key and not p.spent_once then key = p.key end
  end
  if not key then return nil end
  local by_phase, by_other = {}, {}
  for _, r in ipairs(out.phases) do by_phase[r.name] = r end
  for _, o in ipairs(out.other) do by_other[o.name] = o end
  local groups = {}
  if spec then
    -- its fields were checked against lang/api.lua's RECONCILE when the scenario was declared
    local known = false
    for _, p in ipairs(out.pricing) do known = known or p.key == key end
    if not known then located(s, "reconcile: unknown pricing model '%s'", key) end
    if #spec.steps == 0 then
      located(s, "reconcile: field 'steps' lists no step; give at least one, e.g. { \"Headline\", phases = { ... } }")
    end
    for i, st in ipairs(spec.steps) do
      local items = {}
      for _, n in ipairs(st.phases or {}) do
        local r = by_phase[n]
        if not r then located(s, "reconcile: no phase named '%s'", n) end
        items[#items + 1] = r.cost[key]
      end
      for _, n in ipairs(st.other or {}) do
        local o = by_other[n]
        if not o then located(s, "reconcile: no other cost named '%s'", n) end
        items[#items + 1] = o.cost
      end
      local label = st[1] or st.label or "?"
      if type(label) ~= "string" then
        located(s, "reconcile: a step's label must be text (got %s)", type(label))
      end
      if #items == 0 then
        located(s, "reconcile: step %d ('%s') adds nothing: give it phases = { ... } or other = { ... }", i, label)
      end
      groups[#groups + 1] = { label = label, items = items }
    end
  else
    local head, names = {}, {}
    for _, r in ipairs(out.phases) do
      if r.headline then head[#head + 1] = r.cost[key]; names[#names + 1] = r.name end
    end
    if #head == 0 or #head == #out.phases and #out.other == 0 then return nil end
    groups[1] = { label = "Headline: " .. table.concat(names, " + "), items = head }
    for _, r in ipairs(out.phases) do
      if not r.headline then groups[#groups + 1] = { label = "+ " .. r.name, items = { r.cost[key] } } end
    end
    for _, o in ipairs(out.other) do groups[#groups + 1] = { label = "+ " .. o.name, items = { o.cost } } end
  end
  local steps, total, first = {}, 0, nil
  for _, g in ipairs(groups) do
    local add = sum(g.items)
    total = total + add
    first = first or total
    -- the ratio of the totals as shown: for uncertain totals it is set by
    -- M.finish from their means, never a mean of ratios
    local plain = not mc.isnode(total) and not mc.isnode(first)
    steps[#steps + 1] = { label = g.label, add = add, total = total, ratio = plain and first ~= 0 and total / first or nil }
  end
  return { pricing = key, steps = steps }
end

-- Whether v holds a number that is not finite anywhere (any order: the fast
-- common case, which finds none, needs no sorting).
-- A summarized result holds tables, never nodes (userdata); x - x is 0 for
-- every finite number and NaN for infinities and NaN.
local function has_nonfinite(t)
  for k, x in next, t do
    local tx = type(x)
    if tx == "number" then
      if x - x ~= 0 and k ~= "hist" then return true end
    elseif tx == "table" and k ~= "hist" and has_nonfinite(x) then
      return true
    end
  end
  return false
end

-- Overflow or a custom model can yield inf or NaN; a report must never show one.
local function check_finite(s, v, path)
  if type(v) == "number" then
    if v ~= v or v == math.huge or v == -math.huge then
      located(s, "scenario '%s': %s is not a finite number (an input too large?)", s.name, path)
    end
  elseif type(v) == "table" and not mc.isnode(v) then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    for _, k in ipairs(keys) do
      if k ~= "hist" then check_finite(s, v[k], path .. "." .. tostring(k)) end
    end
  end
end

---Completes a summarized scenario: each reconciliation step's "× headline" is
---the ratio of the totals shown beside it (their means when uncertain).
function M.finish(s)
  -- owning year by year, with its present values (model/finance.lua)
  require("tcost.model.finance").finish(s)
  local r = s.reconciliation
  if not r then return end
  local function mean(v) return type(v) == "table" and v.mean or v end
  local first = mean(r.steps[1].total)
  for _, st in ipairs(r.steps) do
    -- a headline that costs nothing (a rate of 0) has no multiple: no ratio
    if st.ratio == nil and first ~= 0 then st.ratio = mean(st.total) / first end
  end
end

---Raises when any number in a summarized scenario is not finite.
function M.check_finite(s)
  for _, k in ipairs({ "phases", "other", "totals", "figures", "reconciliation" }) do
    -- the walk in sorted order names the same value every run; it is only
    -- needed when there is one to name
    local v = s[k]
    if v ~= nil and (type(v) == "table" and has_nonfinite(v) or type(v) == "number" and v - v ~= 0) then
      check_finite(s, v, k)
    end
  end
end

---Builds the result's scenarios from a registry.
---@param reg table from dsl.new
---@return table[] scenarios
function M.build(reg)
  -- the engine's correlations are this registry's only: none from an earlier
  -- file of a batch or an earlier sweep point
  mc.clear_correlations()
  for _, c in ipairs(reg.correlations) do
    -- `--set rate=2.5` makes a correlated assumption a number: the correlation
    -- no longer applies, so it is dropped, and the report says so beside it
    local set, shared_set = {}, false
    for _, a in ipairs(reg.assumptions) do
      if a.overridden and not mc.isnode(a.value) then
        if a.value == c.a or a.value == c.b then
          set[#set + 1] = a
        elseif a.replaced ~= nil and (a.replaced == c.a or a.replaced == c.b) then
          -- correlated in an --assumptions file: c holds the shared value it replaced
          set[#set + 1], shared_set = a, true
        end
      end
    end
    if #set > 0 and (shared_set or not (mc.isnode(c.a) and mc.isnode(c.b))) then
      for _, a in ipairs(set) do
        local msg = string.format("correlation (rank %g, %s) dropped: --set %s made it a number", c.rho, c.where,
          a.override_text and (a.name .. "=" .. a.override_text) or a.name)
        a.note = a.note and (a.note .. "; " .. msg) or msg
        local file, line = tostring(c.where):match("^(.*):(%d+)$")
        reg.warnings[#reg.warnings + 1] = { file = file, line = tonumber(line),
          message = string.format("--set %s: correlation with this assumption dropped (it is now a number)", a.name) }
      end
    else
      local ok, err = pcall(mc.correlate, c.a, c.b, c.rho)
      if not ok then error(c.where .. ": correlate: " .. tostring(err):gsub("^[^:]*:%d+: ", ""), 0) end
    end
  end
  local scenarios = {}
  reg.building = true -- the language refuses new declarations from now on (dsl.lua)
  for _, s in ipairs(reg.scenarios) do scenarios[#scenarios + 1] = build_scenario(s, reg) end
  return scenarios
end

-- The non-GPU lines of a cluster (model/cluster.lua) a pricing model asked
-- for: each is its share of the model's GPU cost of every phase (without the
-- energy of the phases whose energy the model adds: `adds`, from
-- pricing.apply), added to the phase's cost and listed. A sum spent once (buy)
-- has no phase costs: its lines are shares of that sum, added to it.
function M.cluster_lines(out, m, adds, priced)
  local added, with_energy = {}, {}
  for _, r in ipairs(adds or {}) do with_energy[r] = true end
  out.cluster_lines = out.cluster_lines or {}
  for _, l in ipairs(m.cluster_lines) do
    local total = 0
    if priced.spent_once then
      total = l.share * priced.spent_once
      added.once = (added.once or 0) + total
    end
    for i, r in ipairs(priced.spent_once and {} or out.phases) do
      local base = r.cost[m.key]
      if with_energy[r] then base = base - r.energy_cost end
      local add = l.share * base
      added[i] = (added[i] or 0) + add
      total = total + add
    end
    out.cluster_lines[#out.cluster_lines + 1] = { key = l.key, name = l.name, pricing = m.key, share = l.share,
      cost = total, source = l.source }
  end
  for i, r in ipairs(out.phases) do
    if added[i] then r.cost[m.key] = r.cost[m.key] + added[i] end
  end
  if added.once then priced.spent_once = priced.spent_once + added.once end
end

return M
