-- model/pricing.lua: the pricing models as a table of kinds. Each kind says
-- how to read its parameters once per scenario (prepare), what a phase costs
-- (cost), how to name itself (label) and which figures it adds (figures).
-- Every kind charges a run on its whole GPU-hours and allocates the charge to
-- phases by GPU-hours, so cutting a run into phases, or reordering them,
-- never changes a total; a sum spent once (buy: `once`) goes to no phase. The formulas are documented in docs/pricing.md.
-- What is not here: the language that records these models (dsl.lua), the
-- arithmetic (the C primitives), energy conventions (model/energy.lua).
local mc = require "tcost.c.mc"
local catalog = require "tcost.c.catalog"
local units = require "tcost.lib.units"
local dates = require "tcost.model.dates"
local fields = require "tcost.lang.fields"
local api = require "tcost.lang.api"

local M = {}

-- Defaults that shape a figure, declared as assumptions with their sources.
M.DEFAULTS = {
  cost_of_capital = { 0, unit = "per year",
    source = "Epoch AI's amortized-hardware method charges no cost of capital (Cottier et al. 2024, §2.2) [cottier-rising-costs-2024]",
    note = "set a rate (e.g. --set cost_of_capital=0.08) to count the capital tied up" },
  maintenance = { 0, unit = "share of capex per year",
    source = "Epoch AI's amortized-hardware method counts no maintenance (Cottier et al. 2024, §2.2) [cottier-rising-costs-2024]" },
  residual = { 0, unit = "share of capex",
    source = "straight line to zero, as Epoch AI writes hardware off (Cottier et al. 2024, §2.2) [cottier-rising-costs-2024]" },
  oom_per_year = { 0.14, unit = "orders of magnitude per year",
    source = "Epoch AI: ML GPU price-performance grows 0.14 OOM a year (Cottier et al. 2024, §2.2) [cottier-rising-costs-2024]" },
  interconnect_share = { 0.19, unit = "share of cluster cost",
    source = "[epoch-training-cost-trends-2024]: cluster-level interconnect is 19% of the cluster's cost " ..
      "(CLUSTER_INTERCONNECT_COST_FRACTION; Cottier et al. 2024, A.1 [cottier-rising-costs-2024])" },
}

-- Epoch AI's committed-use discounts by provider, used to carry a price
-- listed for one tier over to another ([epoch-training-cost-trends-2024], DEFAULT_CUD).
M.CLOUD_DISCOUNTS = {
  ["Amazon Web Services"] = { ["on-demand"] = 0, ["1-year"] = 0.41, ["3-year"] = 0.64 },
  ["Google Cloud"] = { ["on-demand"] = 0, ["1-year"] = 0.37, ["3-year"] = 0.56 },
  ["Microsoft Azure"] = { ["on-demand"] = 0, ["1-year"] = 0.25, ["3-year"] = 0.49 },
  ["Lambda Labs"] = { ["on-demand"] = 0, ["1-year"] = 0.34, ["3-year"] = 0.56 },
}
M.CLOUD_PROVIDERS = { "Amazon Web Services", "Microsoft Azure", "Google Cloud" }
-- The catalog's short provider names, spelled as Epoch's price data spells them.
M.PROVIDER_NAMES = { AWS = "Amazon Web Services", Azure = "Microsoft Azure", GCP = "Google Cloud",
  Lambda = "Lambda Labs" }
local function provider_name(p) return M.PROVIDER_NAMES[p] or p end

-- The catalog's dated rental observations of an accelerator, as listings:
-- one per provider and date, with a price per commitment tier (the first
-- observation of a tier on that day when there are several).
local function catalog_listings(gpu)
  local rows, by = {}, {}
  for _, o in ipairs(catalog.prices(gpu) or {}) do
    local d = o.kind == "rent" and o.commitment and dates.parse(o.date or "")
    if d and (o.commitment == "3-year" or o.commitment == "1-year" or o.commitment == "on-demand") then
      local key = provider_name(o.provider or "") .. "\0" .. d.text
      local row = by[key]
      if not row then
        row = { gpu = gpu, provider = provider_name(o.provider or ""), date = d, source = o.source }
        by[key] = row
        rows[#rows + 1] = row
      end
      if row[o.commitment] == nil then row[o.commitment] = o.usd end
    end
  end
  return rows
end
M.TIERS = { "3-year", "1-year", "on-demand" }

-- A market's rate (model/market.lua labels it market.GPU.DATE.COMMITMENT) in
-- words: "the H100 SXM on-demand market of 2026-03 (9 prices)"; nil for others.
local function market_text(v)
  local gpu, date, tier = (v:label() or ""):match("^market%.([^.]+)%.([%d%-]+)%.(.+)$")
  if not gpu then return nil end
  local e = catalog.get(gpu)
  local count = tostring(v):match("^choice of (%d+) values$")
  return string.format("the %s %s market of %s%s", e and e.name or gpu, tier, date,
    count and (" (" .. count .. " prices)") or "")
end

-- A figure in a label: whole thousands with commas, a value that four
-- significant digits hold exactly as it is (2, 2.5, 4.86), else three
-- significant digits as reports print them (1.19333… -> 1.19).
local function n(v)
  if not mc.isnode(v) then
    if v >= 1000 and v == math.floor(v) then return units.thousands(v) end
    local g = string.format("%.4g", v)
    return tonumber(g) == v and string.format("%g", v) or units.sig(v, 3)
  end
  local label = v:label()
  return market_text(v) or (label and (label .. " ~ " .. tostring(v))) or tostring(v)
end
local function usd(v) return mc.isnode(v) and n(v) or ("$" .. n(v)) end
local function pct(v) return mc.isnode(v) and tostring(v) or string.format("%g%%", v * 100) end

-- A field of a model, else the default its constructor declares in
-- lang/api.lua (discount 0, capex_factor 1, depreciation "straight", ...):
-- the model never restates one.
local function given(m, field)
  local v = m[field]
  if v ~= nil then return v end
  return api.default(m.kind, field)
end

-- A parameter of a model, else its declared default assumption (with its source).
local function param(ctx, m, field, name)
  if m[field] ~= nil then return m[field] end
  return ctx.reg.default(name or field, M.DEFAULTS[name or field])
end

-- The one accelerator a cluster holds: the model's own gpu = ..., else the
-- first phase's. A phase on another accelerator is an error naming it.
local function cluster_gpu(ctx, m, what)
  local gpu = m.gpu and m.gpu.name or (ctx.rows[1] and ctx.rows[1].gpu)
  for _, r in ipairs(ctx.rows) do
    if r.gpu ~= gpu then
      ctx.located(m, "%s '%s': phase '%s' runs on %s, but the cluster holds %s; a cluster prices only its own " ..
        "accelerator (say how to price the others: others = rental { ... })", what, m.key, r.name, r.gpu, gpu)
    end
  end
  return gpu
end

local function total_hours(ctx)
  local h = 0
  for _, r in ipairs(ctx.rows) do h = h + r.gpu_hours end
  return h
end

-- charge × h / H, the run's charge allocated to a phase by GPU-hours.
local function share(charge, h, H)
  if not mc.isnode(H) and H == 0 then return 0 end
  return charge * h / H
end

local K = {}
M.KINDS = K

-- Rental -----------------------------------------------------------------
K.rental = {
  energy = "in the rate", -- what this kind does with the run's electricity (the report says so)
  label = function(m)
    if m.rates then return "Rental, per-accelerator rates" end
    local d = (m.discount and not mc.isnode(m.discount) and m.discount > 0) and
        string.format(", %g%% discount", m.discount * 100) or ""
    if mc.isnode(m.rate) then return "Rental at " .. n(m.rate) .. (market_text(m.rate) and "" or " USD/GPU-h") .. d end
    return "Rental at $" .. n(m.rate) .. "/GPU-h" .. d
  end,
  prepare = function() return {} end,
  cost = function(m, _, r, ctx)
    local rate = m.rate
    if m.rates then
      rate = m.rates[r.gpu]
      if rate == nil then
        ctx.located(m, "%s: field 'rates' has no rate for %s (phase '%s'); add [\"%s\"] = ... to it",
          m.name and ("rental '" .. m.name .. "'") or "rental", r.gpu, r.name, r.gpu)
      end
    end
    return ctx.call(m, "rental_cost", r.gpu_hours, rate, given(m, "discount"))
  end,
}

---The rate a rental model actually charges an accelerator (after its discount), or nil when it has none.
---@param r table a pricing spec
---@param gpu string the accelerator's name, for per-accelerator rates
---@return number|userdata|nil
function M.paid_rate(r, gpu)
  if r.kind ~= "rental" then return nil end
  local rate = r.rate
  if rate == nil and r.rates then rate = r.rates[gpu] end
  if rate == nil then return nil end
  local d = given(r, "discount")
  if not mc.isnode(d) and d == 0 then return rate end
  return rate * (1 - d)
end

-- Ownership --------------------------------------------------------------
local HOURS_PER_YEAR = 8760 -- an owner's year (docs/pricing.md)

-- The first rental model that prices the cluster's accelerator, and the rate
-- it pays after its discount: what owning is compared with. Found once per
-- model (st), since an uncertain rate or discount is a graph the Monte Carlo
-- engine would otherwise evaluate once per caller.
local function rented(st, ctx)
  if st.rent_paid == nil then
    st.rent_paid = false
    for _, r in ipairs(ctx.pricing) do
      local paid = M.paid_rate(r, st.gpu)
      if paid ~= nil then st.rent_model, st.rent_paid = r, paid; break end
    end
  end
  if st.rent_model then return st.rent_model, st.rent_paid end
end

-- The electricity an owner pays for the cluster's phases (a renter's rate
-- includes it); 0 when the model leaves energy out (energy = false). Summed
-- once per model (st), for the same reason.
local function owner_energy(m, st, ctx)
  if st.owner_energy == nil then
    local e = 0
    if m.energy ~= false then
      for _, r in ipairs(ctx.rows) do e = e + r.energy_cost end
    end
    st.owner_energy = e
  end
  return st.owner_energy
end

local function owned_rate_figure(m, st, ctx)
  local per_hour
  if not mc.isnode(st.H) and st.H == 0 then
    per_hour = ctx.call(m, "owned_rate", st.yearly, m.units, m.utilization)
  else
    per_hour = st.charge / st.H
  end
  return { name = "Owned cost per GPU-hour (" .. m.key .. ", before energy)", value = per_hour,
    unit = "USD/GPU-h", note = st.dep == "straight" and
      "the run's charge per GPU-hour: capital cost (annuity, net of residual) + maintenance, " ..
      "over units × 8,760 h × utilization" or
      "the run's charge per GPU-hour: value lost and cost of capital over the run's cluster-years + maintenance" }
end

local function never(margin) return not mc.isnode(margin) and not (margin > 0) end

-- An uncertain break-even: a sample where owning never pays has no finite
-- figure, so it counts as the cap (the note says so) and the summary stays
-- finite; a probability figure says how often owning pays back within the life.
M.UNCERTAIN_CAP = { utilization = 10, months = 1200 }
local CAPPED = { utilization = "; a sample where owning never pays counts as 1,000%",
  months = "; a sample where it never pays back counts as 1,200 months (100 years)" }
-- the rent a used hour saves, kept above 0 in every sample (the primitives want a rate > 0)
local MARGIN_FLOOR = 1e-9

-- The utilization above which owning is cheaper than renting: a year's
-- capital cost and maintenance per GPU over the rent a used hour saves, less
-- the owner's electricity. It does not depend on the utilization: models
-- that differ only in it share one figure, named after all of them.
local function breakeven_utilization_figure(m, st, ctx, r, margin, figs)
  local f = { name = "Break-even utilization, " .. m.key .. " vs " .. r.key, unit = "ratio", note = "owning is " ..
    "cheaper above this utilization: " .. (st.dep == "straight" and "capital cost" or "a year's exponential " ..
    "ownership cost") .. " + maintenance per GPU-year / (8,760 h × (rate paid after discount − the owner's " ..
    "electricity per GPU-hour))" }
  if never(margin) then
    -- no value: the owner's electricity alone costs as much as the rent saved
    f.never, f.note = true, "never: the owner's electricity per GPU-hour costs as much as the rate paid"
    f.never_reason = "electricity_above_rate"
  else
    f.value = ctx.call(m, "breakeven_utilization", st.yearly / m.units, margin)
    -- above 100% owning never pays, whatever the cluster's use (a script reads never: true or false)
    if type(f.value) == "number" then
      f.never = f.value > 1
      f.never_reason = f.never and "above_100_percent" or nil
    end
    if mc.isnode(f.value) then
      f.value, f.note = mc.min(f.value, M.UNCERTAIN_CAP.utilization), f.note .. CAPPED.utilization
    end
  end
  local be = f.value
  local key = r.key .. "\0" .. (be == nil and "never" or type(be) == "number" and string.format("%.12g", be) or
    tostring(be))
  local same = type(be) ~= "userdata" and ctx.shared[key]
  if same then
    same.name = same.name:gsub(" vs ", "/" .. m.key .. " vs ", 1)
    return
  end
  figs[#figs + 1] = f
  if type(be) ~= "userdata" then ctx.shared[key] = f end
end

-- Months of use for the rent saved (less maintenance and the owner's
-- electricity, discounted at the cost of capital) to repay the capex net of
-- the residual. A figure past the cluster's life, or none, never pays back:
-- `within_life` says so for a script, `life_months` is the life it is
-- measured against, and `never_reason` why (the one state name that run,
-- sweep and diff records share): "past_life" (it pays back, after the life),
-- "saving_below_cost_of_capital" (the rent saved after electricity and
-- maintenance never covers the cost of capital on the net capex: no horizon
-- repays it).
local function breakeven_months_figure(m, st, ctx, r, margin)
  local f = { name = "Break-even months, " .. m.key .. " vs " .. r.key, unit = "months",
    life_months = m.life_years * 12, note = "rent saved at the rate paid, less maintenance and the owner's " ..
      "electricity, discounted at the cost of capital, repays the capex net of residual; equal to the life " ..
      "at the break-even utilization" }
  if never(margin) then
    f.within_life = false -- no value: no number of months repays it
    f.never_reason = "saving_below_cost_of_capital"
    return f
  end
  local net = st.capital / ctx.call(m, "annuity_factor", st.rate, m.life_years)
  local months = ctx.call(m, "breakeven_months", net / m.units, st.maint / m.units, margin, m.utilization, st.rate)
  -- the primitive's infinity (never) is no value: a report shows no infinite number
  if months ~= math.huge then f.value = months end
  if type(months) == "number" and type(f.life_months) == "number" then
    f.within_life = months <= f.life_months
    f.never_reason = months == math.huge and "saving_below_cost_of_capital" or
      (not f.within_life and "past_life") or nil
  end
  if not mc.isnode(months) then return f end
  f.value, f.note = mc.min(months, M.UNCERTAIN_CAP.months), f.note .. CAPPED.months
  return f, { name = "Probability owning pays back within the life, " .. m.key .. " vs " .. r.key,
    value = months:le(f.life_months), unit = "probability",
    note = "the share of samples whose break-even months are at most the life" }
end

K.own = {
  energy = "added", -- what this kind does with the run's electricity (the report says so)
  label = function(m, st)
    local head = string.format("Own %s %s at %s:", n(m.units), st.gpu or "GPUs", usd(m.unit_price))
    if st.dep == "exponential" then
      return string.format("%s value −%s OOM/yr, capital %s, use %s", head,
        n(st.oom), pct(st.rate), pct(m.utilization))
    end
    return string.format("%s %s-yr line, residual %s, capital %s, use %s", head,
      n(m.life_years), pct(st.residual), pct(st.rate), pct(m.utilization))
  end,
  prepare = function(m, ctx)
    local st = { dep = given(m, "depreciation") }
    st.gpu = cluster_gpu(ctx, m, "own")
    st.capex = ctx.call(m, "cluster_capex", m.units, m.unit_price, given(m, "capex_factor"), given(m, "network_factor"))
    st.rate = param(ctx, m, "cost_of_capital")
    st.maint = ctx.call(m, "maintenance_per_year", st.capex, param(ctx, m, "maintenance"))
    st.H = total_hours(ctx)
    st.years = ctx.call(m, "run_share_years", st.H, m.units, m.utilization)
    if st.dep == "straight" then
      if m.oom_per_year ~= nil then
        ctx.located(m, "own: oom_per_year applies to depreciation = \"exponential\"; the straight line uses life_years")
      end
      if m.life_years == nil then ctx.located(m, "own: the straight line needs life_years") end
      st.residual = param(ctx, m, "residual")
      st.capital = ctx.call(m, "capital_cost_per_year", st.capex, st.residual, st.rate, m.life_years)
      st.yearly = st.capital + st.maint
      st.charge = st.yearly * st.years
    elseif st.dep == "exponential" then
      if m.life_years ~= nil or m.residual ~= nil then
        ctx.located(m, "own: depreciation = \"exponential\" sets the value by oom_per_year; life_years and " ..
          "residual apply to the straight line")
      end
      st.oom = param(ctx, m, "oom_per_year")
      st.yearly = ctx.call(m, "exp_ownership_cost", st.capex, st.oom, st.rate, 1) + st.maint
      st.charge = ctx.call(m, "exp_ownership_cost", st.capex, st.oom, st.rate, st.years) + st.maint * st.years
    else
      ctx.located(m, "own: depreciation must be \"straight\" or \"exponential\" (got '%s')", tostring(st.dep))
    end
    return st
  end,
  cost = function(m, st, r)
    local v = share(st.charge, r.gpu_hours, st.H)
    if m.energy ~= false then v = v + r.energy_cost end
    return v
  end,
  -- What owning the cluster costs year by year, for the report's cash-flow
  -- table and net present value: over its life (straight line), or over the
  -- years the run holds it before the sale (exponential); with the rent the
  -- cluster's GPU-hours avoid, when a rental model gives a rate to compare.
  finance = function(m, st, ctx)
    local f = { depreciation = st.dep, capex = st.capex, cost_of_capital = st.rate, maintenance_per_year = st.maint,
      run_years = st.years,
      -- the run's energy spread over the cluster-years it occupies: a year's energy at this utilization
      energy_per_year = m.energy ~= false and owner_energy(m, st, ctx) / st.years or nil }
    if st.dep == "straight" then
      f.life_years, f.residual_share, f.capital_per_year = m.life_years, st.residual, st.capital
    else
      f.oom_per_year = st.oom
    end
    local r, paid = rented(st, ctx)
    if r then
      -- a year of the cluster's GPU-hours (units × 8,760 h × utilization) rented instead
      f.rent_key, f.rent_rate = r.key, paid
      f.rent_per_year = paid * (m.units * HOURS_PER_YEAR) * m.utilization
    end
    return f
  end,
  figures = function(m, st, ctx)
    local figs = { owned_rate_figure(m, st, ctx) }
    local r, paid = rented(st, ctx)
    if r then
      -- what the owner pays that a renter does not: its electricity, per GPU-hour it uses
      local margin = paid
      if not (not mc.isnode(st.H) and st.H == 0) then margin = paid - owner_energy(m, st, ctx) / st.H end
      if mc.isnode(margin) then margin = mc.max(margin, MARGIN_FLOOR) end
      breakeven_utilization_figure(m, st, ctx, r, margin, figs)
      if st.dep == "straight" then
        local months, p = breakeven_months_figure(m, st, ctx, r, margin)
        figs[#figs + 1] = months
        figs[#figs + 1] = p
      end
    end
    return figs
  end,
}

-- Outright purchase ------------------------------------------------------
K.buy = {
  energy = "not counted", -- what this kind does with the run's electricity (the report says so)
  -- capital spent once, not a cost of each phase: the phases carry no share of
  -- it (every format agrees) and the total adds it whole
  once = function(_, st) return st.capex end,
  label = function(m, st)
    return string.format("Buy %s %s at %s outright", n(m.units), st.gpu or "GPUs", usd(m.unit_price))
  end,
  prepare = function(m, ctx)
    local st = { gpu = cluster_gpu(ctx, m, "buy"), H = total_hours(ctx) }
    st.capex = ctx.call(m, "cluster_capex", m.units, m.unit_price, given(m, "capex_factor"), given(m, "network_factor"))
    return st
  end,
  cost = function(_, st, r) return share(st.capex, r.gpu_hours, st.H) end,
  figures = function(m, st)
    return { { name = "Purchase price of the cluster (" .. m.key .. ")", value = st.capex,
      unit = "USD", note = "units × unit price × capex factor × network factor" } }
  end,
}

-- Epoch AI's amortized hardware + energy ---------------------------------
K.amortized = {
  energy = "added", -- what this kind does with the run's electricity (the report says so)
  label = function(m, st)
    return string.format("Epoch amortized hardware + energy: %s/GPU from %s, %s old at start",
      usd(m.unit_price), st.acquired.text, st.age_text)
  end,
  prepare = function(m, ctx)
    local st = { gpu = cluster_gpu(ctx, m, "amortized") }
    st.acquired = m.acquired
    st.start = m.start or ctx.dates.start
    if not st.start then
      ctx.located(m, "amortized: give start = \"YYYY-MM-DD\" (training start) here or in the scenario's dates")
    end
    local age = dates.years(st.acquired, st.start)
    if age < 0 then
      ctx.located(m, "amortized: training start %s is before the hardware was acquired (%s)", st.start.text, st.acquired.text)
    end
    st.age_text = string.format("%.2f yr", age)
    st.oom = param(ctx, m, "oom_per_year")
    local ic = param(ctx, m, "interconnect", "interconnect_share")
    st.value0 = m.unit_price * given(m, "capex_factor") / (1 - ic)
    st.value = st.value0 - ctx.call(m, "exp_depreciation", st.value0, st.oom, age)
    return st
  end,
  cost = function(m, st, r, ctx)
    local v = ctx.call(m, "epoch_amortized", st.value, r.gpu_hours, st.oom)
    if m.energy ~= false then v = v + r.energy_cost end
    return v
  end,
  figures = function(m, st)
    return { { name = "Hardware value per accelerator at training start (" .. m.key .. ")", value = st.value,
      unit = "USD", note = string.format("unit price × capex factor / (1 − interconnect share), written down by " ..
        "10^(−oom_per_year × years) from %s to %s; amortized at oom_per_year × ln 10 a year", st.acquired.text,
        st.start.text) } }
  end,
}

-- Epoch AI's cloud price: by date, provider and commitment tier ---------
local function lookup(m, gpu, date)
  local listings = m.prices or catalog_listings(gpu)
  local wanted_provider = provider_name(m.provider)
  local tiers = { given(m, "tier") }
  for _, t in ipairs(M.TIERS) do if t ~= tiers[1] then tiers[#tiers + 1] = t end end
  local providers = { wanted_provider }
  if not gpu:find("TPU", 1, true) then
    for _, p in ipairs(M.CLOUD_PROVIDERS) do if p ~= wanted_provider then providers[#providers + 1] = p end end
  end
  for _, tier in ipairs(tiers) do
    for _, prov in ipairs(providers) do
      -- the closest listing on or before the date, else the closest after it
      local before, after
      for _, row in ipairs(listings) do
        if row.gpu == gpu and provider_name(row.provider) == prov and row[tier] ~= nil then
          local d = dates.days(date, row.date)
          if d <= 0 and (not before or d > dates.days(date, before.date)) then before = row end
          if d > 0 and (not after or d < dates.days(date, after.date)) then after = row end
        end
      end
      local row = before or after
      if row then
        local price = row[tier]
        local wanted = tiers[1]
        if tier ~= wanted then
          local cud = (m.discounts or M.CLOUD_DISCOUNTS)[prov]
          if not cud or cud[wanted] == nil or cud[tier] == nil then
            return nil, string.format("no %s discount for %s to carry its %s price over", wanted, prov, tier)
          end
          price = price * (1 - cud[wanted]) / (1 - cud[tier])
        end
        return { price = price, row = row, tier = tier, provider = prov }
      end
    end
  end
end

K.cloud = {
  energy = "in the rate", -- what this kind does with the run's electricity (the report says so)
  label = function(m, st)
    return string.format("Epoch cloud: %s %s as of %s", m.provider, given(m, "tier"), st.date.text)
  end,
  prepare = function(m, ctx)
    local st = { date = m.date or ctx.dates.start, found = {}, order = {} }
    if not st.date then
      ctx.located(m, "cloud: give date = \"YYYY-MM-DD\" (when the compute was bought) here or the scenario's dates.start")
    end
    for _, r in ipairs(ctx.rows) do
      if not st.found[r.gpu] then
        local f, err = lookup(m, r.gpu, st.date)
        if not f then
          ctx.located(m, "cloud '%s': no price for %s (phase '%s')%s", m.key, r.gpu, r.name, err and ("; " .. err) or "")
        end
        st.found[r.gpu] = f
        st.order[#st.order + 1] = r.gpu
      end
    end
    return st
  end,
  cost = function(m, st, r, ctx)
    return ctx.call(m, "rental_cost", r.gpu_hours, st.found[r.gpu].price, 0)
  end,
  figures = function(m, st)
    local figs = {}
    for _, gpu in ipairs(st.order) do
      local f = st.found[gpu]
      local carried = f.tier ~= given(m, "tier") and
        string.format("; carried from %s at %s's discounts", f.tier, f.provider) or ""
      figs[#figs + 1] = { name = "Cloud price of " .. gpu .. " (" .. m.key .. ")", value = f.price, unit = "USD/GPU-h",
        source = f.row.source, note = string.format("%s, %s, listed %s%s", f.provider, f.tier, f.row.date.text, carried) }
    end
    return figs
  end,
}

-- Custom -----------------------------------------------------------------
K.custom = {
  energy = "as the function counts it", -- what this kind does with the run's electricity (the report says so)
  label = function(m) return "Custom: " .. m.name end,
  prepare = function() return {} end,
  cost = function(m, _, r, ctx)
    -- the accelerator's entry is shared by the phases that name it: the
    -- scenario's function gets a copy it may change
    local view = { name = r.name, gpu = ctx.gpu_of[r] and fields.copy(ctx.gpu_of[r]), gpu_hours = r.gpu_hours, gpus = r.gpus, hours = r.hours,
      energy_kwh = r.energy_kwh, energy_cost = r.energy_cost, carbon_kg = r.carbon_kg, stage = r.stage }
    local v
    if m.file then v = require("tcost.lang.sandbox").call_at(m.file, m.line, m.fn, view) else v = m.fn(view) end
    local lunits = require "tcost.lang.units"
    if lunits.is(v) then -- p.gpu_hours * quantity(2, "USD/GPU-hour"): dollars with a unit
      local ok, usd = pcall(lunits.convert, v, "USD",
        string.format("custom pricing '%s' for phase '%s'", m.key, r.name), ctx.reg.rates)
      if not ok then ctx.located(m, "%s", tostring(usd)) end
      v = usd
    end
    if not fields.is_value(v) then
      ctx.located(ctx.scenario, "custom pricing '%s' returned %s for phase '%s'; expected a finite number of USD",
        m.key, type(v) == "number" and tostring(v) or type(v), r.name)
    end
    return v
  end,
}

-- What a model does with its phases' electricity ("added", "in the rate",
-- "not counted", ...) and the rows whose energy cost its total adds (a model
-- that adds the energy cost may leave it out: energy = false).
local function energy_of(kind, m, rows)
  if kind.energy ~= "added" then return kind.energy, {} end
  if m.energy == false then return "not counted", {} end
  local adds = {}
  for i, r in ipairs(rows) do adds[i] = r end
  return "added", adds
end

---Prices every phase row under one model; returns its label and figures.
---@param m table the pricing spec
---@param ctx table { rows, reg, call, located, pricing, shared, notes, dates, gpu_of, scenario }
---@return string label
---@return table[] figures
---@return table|nil finance the yearly figures of owning (own), for the cash-flow table
---@return string energy what the model does with the electricity: "added", "in the rate", "not counted", ...
---@return any|nil once a sum spent once (buy): the phases carry no share of it
---@return table[] adds the phase rows whose energy cost the model's total includes
function M.apply(m, ctx)
  local kind = K[m.kind]
  -- a cluster with others = <model>: its own accelerator's phases are the
  -- cluster's, every other phase is priced by that model
  local rest
  if m.others then
    local gpu = m.gpu and m.gpu.name or (ctx.rows[1] and ctx.rows[1].gpu)
    local mine, theirs = {}, {}
    for _, r in ipairs(ctx.rows) do
      if r.gpu == gpu then mine[#mine + 1] = r else theirs[#theirs + 1] = r end
    end
    local function with_rows(rows)
      local c = {}
      for k, v in pairs(ctx) do c[k] = v end
      c.rows = rows
      return c
    end
    ctx, rest = with_rows(mine), with_rows(theirs)
  end
  local st = kind.prepare(m, ctx)
  local once = kind.once and kind.once(m, st) or nil
  if not once then
    for _, r in ipairs(ctx.rows) do r.cost[m.key] = kind.cost(m, st, r, ctx) end
  end
  local label = m.label or kind.label(m, st)
  local figs = kind.figures and kind.figures(m, st, ctx) or {}
  local finance = kind.finance and kind.finance(m, st, ctx) or nil
  local energy, adds = energy_of(kind, m, ctx.rows)
  if rest then
    -- the others' model under a key of its own, on a copy: the spec stays as declared
    local o = {}
    for k, v in pairs(m.others) do o[k] = v end
    o.key = o.key or (m.key .. " others")
    local ok = K[o.kind]
    local ost = ok.prepare(o, rest)
    for _, r in ipairs(rest.rows) do r.cost[m.key] = ok.cost(o, ost, r, rest) end
    label = label .. "; other accelerators: " .. (o.label or ok.label(o, ost))
    for _, f in ipairs(ok.figures and ok.figures(o, ost, rest) or {}) do figs[#figs + 1] = f end
    -- the other accelerators' energy follows their own model: an owner's cluster
    -- beside rented others adds only its own phases' electricity
    local their, their_adds = energy_of(ok, o, rest.rows)
    for _, r in ipairs(their_adds) do adds[#adds + 1] = r end
    if their ~= energy and #rest.rows > 0 then
      energy = energy .. " for " .. (ctx.rows[1] and ctx.rows[1].gpu or "the cluster") .. "; " .. their ..
        " for the other accelerators"
    end
  end
  return label, figs, finance, energy, once, adds
end

return M
