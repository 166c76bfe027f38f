-- model.lua: turns what a scenario declared (dsl.lua's registry) into the
-- result structure: phases with GPU-hours, energy, carbon and cost under each
-- pricing model, other costs, totals, figures and the reconciliation.
-- Values may still be uncertain (mc nodes) here; sample.lua summarizes them.
-- All arithmetic on money and hardware goes through the C primitives.
local mc = require "tcost.c.mc"
local prim = require "tcost.c.prim"
local catalog = require "tcost.c.catalog"
local fields = require "tcost.fields"
local units = require "tcost.units"

local M = {}

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
local function region_figure(reg, region, what, name)
  if not region then return nil end
  local value = what == "price" and region.usd_per_kwh or region.kg_co2e_per_kwh
  local src = region.sources and region.sources[what]
  if value == nil or not src then return nil end
  local base = what == "price" and "electricity_price" or "grid_intensity"
  return reg.default(name or (base .. "." .. region.key), { value,
    unit = what == "price" and "USD/kWh" or "kg CO2e/kWh",
    source = src.source .. " (" .. (src.date or "undated") .. ")", note = region.name })
end

local function energy_settings(s, reg)
  local e = s.energy
  local region = e.region and catalog.region(e.region)
  if e.region and not region then located(s, "scenario '%s': unknown region '%s'", s.name, e.region) end
  local us = catalog.region("us-industrial")
  local function default(name, field, def)
    if e[field] ~= nil then return e[field] end
    return reg.default(name, def)
  end
  return {
    pue = default("pue", "pue", { 1.25, unit = "ratio",
      source = "Epoch AI (Cottier et al. 2024, A.4): PUE 1.25 outside hyperscalers [cottier-rising-costs-2024]" }),
    power_ratio = default("power_ratio", "power_ratio", { 0.75, unit = "ratio",
      source = "Epoch AI (Cottier et al. 2024, A.4): average power is 75% of TDP for GPUs [cottier-rising-costs-2024]" }),
    server_power_factor = default("server_power_factor", "server_power_factor", { 1.0, unit = "ratio",
      note = "GPU power only; Epoch's chip-to-server multiplier is 1.82 for H100",
      source = "Llama model cards: power counted per GPU at TDP (700 W) [meta-llama-model-cards-2025]" }),
    usd_per_kwh = e.usd_per_kwh or region_figure(reg, region, "price") or region_figure(reg, us, "price", "electricity_price"),
    kg_co2e_per_kwh = e.kg_co2e_per_kwh or region_figure(reg, region, "carbon") or region_figure(reg, us, "carbon", "grid_intensity"),
    region = region and region.name,
  }
end

local function phase_hours(p)
  if p.form == "gpu_hours" then return p.gpu_hours end
  if p.form == "gpus × hours" then return p.gpus * p.hours end
  if p.form == "gpus × days" then return call(p, "gpu_hours_from_days", p.days, p.gpus) end
  local precision = p.precision or "bf16"
  local flops = p.flops
  if p.form == "params × tokens" then
    flops = call(p, "train_flops", p.active_params or p.params, p.tokens)
  end
  return call(p, "gpu_hours_from_flops", flops, p.gpu.tflops[precision], p.mfu), flops
end

local function rental_rate(model, gpu, obj)
  if model.rates then
    local r = model.rates[gpu.name]
    if r == nil then located(obj, "rental model '%s' has no rate for %s", model.key, gpu.name) end
    return r
  end
  return model.rate
end

-- An owned or bought cluster, computed once per pricing model: its capex,
-- yearly maintenance and, for straight-line depreciation, its yearly capital
-- cost (exponential depreciation depends on how long a run holds the cluster).
local function cluster(m)
  local c = {}
  c.capex = call(m, "cluster_capex", m.units, m.unit_price, m.capex_factor or 1, m.network_factor or 1)
  if m.kind ~= "ownership" then return c end
  c.maint = call(m, "maintenance_per_year", c.capex, m.maintenance or 0)
  local dep = m.depreciation or "straight"
  if dep == "straight" then
    c.capital = call(m, "capital_cost_per_year", c.capex, m.residual or 0, m.cost_of_capital or 0, m.life_years)
  elseif dep ~= "exponential" then
    located(m, "own: depreciation must be \"straight\" or \"exponential\" (got '%s')", tostring(dep))
  end
  return c
end

-- Ownership: the share of the cluster's yearly cost that a run occupies.
local function ownership_cost(m, c, hours, energy_cost)
  local years = call(m, "run_share_years", hours, m.units, m.utilization)
  local cost
  if c.capital then
    cost = (c.capital + c.maint) * years
  else
    local lost = call(m, "exp_depreciation", c.capex, m.oom_per_year or 0.14, years)
    cost = lost + c.capex * (m.cost_of_capital or 0) * years + c.maint * years
  end
  if m.energy ~= false then cost = cost + energy_cost end
  return cost
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

local function build_scenario(s, reg)
  if #s.phases == 0 and #s.other == 0 then located(s, "scenario '%s' has no phases", s.name) end
  local energy = energy_settings(s, reg)
  local phases = expand_experiments(s)
  local out = { name = s.name, description = s.description, file = s.file, line = s.line,
    pricing = {}, phases = {}, other = {}, figures = {}, energy = { pue = energy.pue,
      power_ratio = energy.power_ratio, server_power_factor = energy.server_power_factor,
      usd_per_kwh = energy.usd_per_kwh, kg_co2e_per_kwh = energy.kg_co2e_per_kwh, region = energy.region } }
  for _, m in ipairs(s.pricing) do
    out.pricing[#out.pricing + 1] = { key = m.key, kind = m.kind, label = m.label or M.label(m), source = m.source }
  end

  -- compute per phase
  local hours_by_name = {}
  for _, p in ipairs(phases) do
    local hours, flops
    if p.derived_from then
      local base = {}
      for _, b in ipairs(p.derived_from) do base[#base + 1] = hours_by_name[b.name] end
      hours = p.multiple * sum(base)
    else
      hours, flops = phase_hours(p)
    end
    hours_by_name[p.name] = hours
    local kwh = call(p, "energy_kwh", hours, p.watts or p.gpu.tdp_w, energy.power_ratio, energy.server_power_factor, energy.pue)
    local row = { name = p.name, stage = p.stage, headline = p.headline == true, gpu = p.gpu.name,
      gpus = p.gpus, hours = p.hours or (p.days and p.days * 24), gpu_hours = hours, flops = flops,
      energy_kwh = kwh, carbon_kg = call(p, "carbon_kg", kwh, energy.kg_co2e_per_kwh),
      energy_cost = call(p, "energy_cost", kwh, energy.usd_per_kwh), cost = {}, source = p.source, note = p.note,
      precision = (p.flops or p.params) and (p.precision or "bf16") or nil, mfu = p.mfu }
    if p.gpus then row.days = call(p, "wall_days", hours, p.gpus) end
    out.phases[#out.phases + 1] = row
  end

  local total_hours = 0
  for _, r in ipairs(out.phases) do total_hours = total_hours + r.gpu_hours end

  for _, m in ipairs(s.pricing) do
    local c = (m.kind == "ownership" or m.kind == "purchase") and cluster(m)
    for i, r in ipairs(out.phases) do
      local v
      if m.kind == "rental" then
        v = call(m, "rental_cost", r.gpu_hours, rental_rate(m, catalog.get(r.gpu) or { name = r.gpu }, m), m.discount or 0)
      elseif m.kind == "ownership" then
        v = ownership_cost(m, c, r.gpu_hours, r.energy_cost)
      elseif m.kind == "purchase" then
        -- the whole purchase, shared among phases by GPU-hours
        v = total_hours == 0 and 0 or c.capex * r.gpu_hours / total_hours
      else
        local view = { name = r.name, gpu = phases[i].gpu, gpu_hours = r.gpu_hours, gpus = r.gpus, hours = r.hours,
          energy_kwh = r.energy_kwh, energy_cost = r.energy_cost, carbon_kg = r.carbon_kg, stage = r.stage }
        v = m.fn(view)
        if not fields.is_value(v) then
          located(s, "custom pricing '%s' returned %s for phase '%s'; expected a finite number of USD",
            m.key, type(v) == "number" and tostring(v) or type(v), r.name)
        end
      end
      r.cost[m.key] = v
    end
    if m.kind == "ownership" then M.ownership_figures(out, s, m, c) end
    if m.kind == "purchase" then
      out.figures[#out.figures + 1] = { name = "Purchase price of the cluster (" .. m.key .. ")", value = c.capex,
        unit = "USD", note = "units × unit price × capex factor × network factor" }
    end
  end

  -- other costs: the same under every pricing model
  for _, o in ipairs(s.other) do
    if o.kind ~= "experiments" then
      local v
      if o.kind == "staff" then v = o.headcount * o.annual_cost * o.years
      elseif o.kind == "data" then
        if (o.amount == nil) == (o.units == nil or o.unit_price == nil) then
          located(o, "data: give amount, or units and unit_price")
        end
        v = o.amount or o.units * o.unit_price
      else v = o.amount end
      out.other[#out.other + 1] = { name = o.name, kind = o.kind, cost = v, source = o.source, note = o.note }
    end
  end

  -- totals
  local t = { gpu_hours = 0, energy_kwh = 0, carbon_kg = 0, energy_cost = 0, other_cost = 0, cost = {} }
  for _, r in ipairs(out.phases) do
    t.gpu_hours = t.gpu_hours + r.gpu_hours
    t.energy_kwh = t.energy_kwh + r.energy_kwh
    t.carbon_kg = t.carbon_kg + r.carbon_kg
    t.energy_cost = t.energy_cost + r.energy_cost
  end
  for _, o in ipairs(out.other) do t.other_cost = t.other_cost + o.cost end
  M.training_totals(s, phases, out, t)
  for _, m in ipairs(s.pricing) do
    local c = t.other_cost
    for _, r in ipairs(out.phases) do c = c + r.cost[m.key] end
    t.cost[m.key] = c
  end
  out.totals = t

  for _, f in ipairs(s.figures) do
    out.figures[#out.figures + 1] = { name = f.name, value = f.value, unit = f.unit, note = f.note, source = f.source }
  end
  out.reconciliation = M.reconcile(s, out)
  out.breakeven = nil -- bookkeeping of ownership_figures, not part of the result
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
    local peak = phases[i].gpu.tflops[s.precision or "bf16"]
    if peak_hours and peak then peak_hours = peak_hours + r.gpu_hours * peak else peak_hours = nil end
  end
  if #out.phases > 0 then t.days = days end
  if t.flops and peak_hours and #out.phases > 0 and not (type(t.gpu_hours) == "number" and t.gpu_hours <= 0) then
    -- one accelerator: flops / (GPU-hours × peak); mixed: the GPU-hour-weighted peak
    local peak = phases[1].gpu.tflops[s.precision or "bf16"]
    for i = 2, #phases do
      if phases[i].gpu.tflops[s.precision or "bf16"] ~= peak then peak = peak_hours / t.gpu_hours end
    end
    t.mfu = call(s, "implied_mfu", t.flops, peak, t.gpu_hours)
  end
end

---A readable label for a pricing model, from its own parameters.
function M.label(m)
  -- an uncertain parameter is named by its assumption when it has one
  local function n(v)
    if not mc.isnode(v) then
      return (v >= 1000 and v == math.floor(v)) and units.thousands(v) or string.format("%g", v)
    end
    local label = v:label()
    return label and (label .. " ~ " .. tostring(v)) or tostring(v)
  end
  local function usd(v) return mc.isnode(v) and n(v) or ("$" .. n(v)) end
  if m.kind == "rental" then
    if m.rates then return "Rental, per-accelerator rates" end
    local d = (m.discount and not mc.isnode(m.discount) and m.discount > 0) and
        string.format(", %g%% discount", m.discount * 100) or ""
    if mc.isnode(m.rate) then return "Rental at " .. n(m.rate) .. " USD/GPU-h" .. d end
    return "Rental at $" .. n(m.rate) .. "/GPU-h" .. d
  elseif m.kind == "ownership" then
    return string.format("Own %s GPUs at %s, %s-year life, %s%% utilization", n(m.units), usd(m.unit_price),
      n(m.life_years), mc.isnode(m.utilization) and tostring(m.utilization) or string.format("%g", m.utilization * 100))
  elseif m.kind == "purchase" then
    return string.format("Buy %s GPUs at %s outright", n(m.units), usd(m.unit_price))
  end
  return "Custom: " .. m.name
end

---Effective $/GPU-hour of an owned cluster, and break-even against the first single-rate rental.
function M.ownership_figures(out, s, m, c)
  local capex, maint = c.capex, c.maint
  local yearly = (c.capital or (call(m, "exp_depreciation", capex, m.oom_per_year or 0.14, 1)
    + capex * (m.cost_of_capital or 0))) + maint
  local rate = call(m, "owned_rate", yearly, m.units, m.utilization)
  out.figures[#out.figures + 1] = { name = "Owned cost per GPU-hour (" .. m.key .. ", before energy)", value = rate,
    unit = "USD/GPU-h", note = "yearly capital and maintenance cost / (GPUs × 8,760 h × utilization)" }
  for _, r in ipairs(s.pricing) do
    if r.kind == "rental" and r.rate ~= nil then
      -- the break-even utilization does not depend on the utilization: models
      -- that differ only in it share one figure, named after all of them
      local be = call(m, "breakeven_utilization", yearly / m.units, r.rate)
      local same = type(be) == "number" and out.breakeven and out.breakeven[r.key .. string.format("%.12g", be)]
      if same then
        same.name = same.name:gsub(" vs ", "/" .. m.key .. " vs ", 1)
      else
        local f = { name = "Break-even utilization, " .. m.key .. " vs " .. r.key, value = be, unit = "ratio",
          note = "owning is cheaper above this fleet utilization (energy excluded)" }
        out.figures[#out.figures + 1] = f
        if type(be) == "number" then
          out.breakeven = out.breakeven or {}
          out.breakeven[r.key .. string.format("%.12g", be)] = f
        end
      end
      local months = call(m, "breakeven_months", capex / m.units, maint / m.units / 12, r.rate, m.utilization)
      if months == math.huge then
        out.notes = out.notes or {}
        out.notes[#out.notes + 1] = "Renting at " .. r.key .. " never pays for the purchase under " .. m.key
      else
        out.figures[#out.figures + 1] = { name = "Break-even months, " .. m.key .. " vs " .. r.key, value = months,
          unit = "months", note = "months of use at which rent paid equals the purchase (energy excluded)" }
      end
      break
    end
  end
end

---The step-by-step path from the headline figure to the fuller cost.
function M.reconcile(s, out)
  local spec = s.reconcile
  local key = (spec and spec.pricing) or (out.pricing[1] and out.pricing[1].key)
  if not key then return nil end
  local by_phase, by_other = {}, {}
  for _, r in ipairs(out.phases) do by_phase[r.name] = r end
  for _, o in ipairs(out.other) do by_other[o.name] = o end
  local groups = {}
  if spec then
    fields.check("reconcile", spec, { pricing = "string", steps = "table" }, { "steps" })
    local known = false
    for _, p in ipairs(out.pricing) do known = known or p.key == key end
    if not known then located(s, "reconcile: unknown pricing model '%s'", key) end
    for _, st in ipairs(spec.steps) do
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
      groups[#groups + 1] = { label = st[1] or st.label or "?", items = items }
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
    steps[#steps + 1] = { label = g.label, add = add, total = total, ratio = total / first }
  end
  return { pricing = key, steps = steps }
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

---Raises when any number in a summarized scenario is not finite.
function M.check_finite(s)
  for _, k in ipairs({ "phases", "other", "totals", "figures", "reconciliation" }) do
    if s[k] ~= nil then check_finite(s, s[k], k) end
  end
end

---Builds the result's scenarios from a registry.
---@param reg table from dsl.new
---@return table[] scenarios
function M.build(reg)
  for _, c in ipairs(reg.correlations) do
    local ok, err = pcall(mc.correlate, c.a, c.b, c.rho)
    if not ok then error(c.where .. ": correlate: " .. tostring(err):gsub("^[^:]*:%d+: ", ""), 0) end
  end
  local scenarios = {}
  for _, s in ipairs(reg.scenarios) do scenarios[#scenarios + 1] = build_scenario(s, reg) end
  return scenarios
end

return M
