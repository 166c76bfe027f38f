-- model/sample.lua: replaces every uncertain value in a built result by its summary
-- (mean, sd, percentiles, histogram), and adds the sensitivity of each total
-- cost: a tornado (each input at its p5 and p95, the others at their medians)
-- and rank correlations. Sampling itself is one call into the C engine.
--
-- Every uncertain value is summarized from all samples of one run, so phases,
-- figures, the waterfall and the totals agree. The totals (primary) get
-- everything: histogram, rank correlations, export; the other values
-- (secondary: per phase, figures, reconciliation steps, assumptions) get mean,
-- sd and percentiles, which the engine computes without keeping their samples
-- when the run is large.
local mc = require "tcost.c.mc"
local host = require "tcost.c.host"

local M = {}

M.DEFAULT_SAMPLES = 20000
M.PERCENTILES = { 5, 25, 50, 75, 95 }

-- Every (table, key) holding an uncertain value, in a fixed order: the total
-- costs (ranked: histogram, rank correlations), the other totals (kept whole
-- when samples are exported), and the rest.
local TOTAL_KEYS = { "gpu_hours", "energy_kwh", "carbon_kg", "energy_cost", "other_cost", "flops", "mfu", "days",
  "tokens", "useful_gpu_hours", "water_l", "embodied_kg" }
local PHASE_KEYS = { "gpu_hours", "flops", "energy_kwh", "carbon_kg", "energy_cost", "days", "gpus", "hours", "mfu",
  "goodput", "useful_gpu_hours", "water_l", "embodied_kg" }
local FINANCE_KEYS = { "capex", "life_years", "cost_of_capital", "residual_share", "maintenance_per_year",
  "capital_per_year", "run_years", "energy_per_year", "oom_per_year", "rent_rate", "rent_per_year" }
local ENERGY_KEYS = { "pue", "power_ratio", "server_power_factor", "usd_per_kwh", "kg_co2e_per_kwh", "wue_l_per_kwh",
  "grid_water_l_per_kwh" }

local function collect(s)
  local ranked, totals, secondary = {}, {}, {}
  -- most slots are empty or hold a number: only a value asks the engine
  local function add(list, t, k)
    local v = t[k]
    if v ~= nil and mc.isnode(v) then list[#list + 1] = { t, k } end
  end
  local function cost_keys(t, list)
    for _, p in ipairs(s.pricing) do add(list, t, p.key) end
  end
  cost_keys(s.totals.cost, ranked)
  for _, k in ipairs(TOTAL_KEYS) do add(totals, s.totals, k) end
  for _, r in ipairs(s.phases) do
    for _, k in ipairs(PHASE_KEYS) do add(secondary, r, k) end
    cost_keys(r.cost, secondary)
  end
  for _, o in ipairs(s.other) do add(secondary, o, "cost") end
  for _, l in ipairs(s.cluster_lines or {}) do add(secondary, l, "cost"); add(secondary, l, "share") end
  for _, f in ipairs(s.figures) do add(secondary, f, "value"); add(secondary, f, "life_months") end
  for _, p in ipairs(s.pricing) do
    add(secondary, p, "energy_cost")
    if p.finance then
      for _, k in ipairs(FINANCE_KEYS) do add(secondary, p.finance, k) end
    end
    add(secondary, p, "spent_once") -- a purchase: capital spent once (model/pricing.lua)
  end
  if s.reconciliation then
    for _, st in ipairs(s.reconciliation.steps) do
      add(secondary, st, "add"); add(secondary, st, "total"); add(secondary, st, "ratio")
    end
  end
  for _, k in ipairs(ENERGY_KEYS) do add(secondary, s.energy, k) end
  return ranked, totals, secondary
end

-- n: the number of samples the statistics came from; se is the Monte Carlo
-- standard error of the mean, sd / √n, so a report can say which digits are noise.
local function summary(st, with_hist, n)
  local p = st.p
  return { mean = st.mean, sd = st.sd, se = n and st.sd / math.sqrt(n) or nil, min = st.min, max = st.max,
    p5 = p[5], p25 = p[25], p50 = p[50], p75 = p[75], p95 = p[95], hist = with_hist and st.hist or nil }
end

-- The slots that still hold a node (a point run drops its probabilities).
local function kept(list)
  local out = {}
  for _, slot in ipairs(list) do
    if mc.isnode(slot[1][slot[2]]) then out[#out + 1] = slot end
  end
  return out
end

local function nodes_of(list)
  local n = {}
  for i, slot in ipairs(list) do n[i] = slot[1][slot[2]] end
  return n
end

-- Tornado and rank correlation for each uncertain total cost.
local function sensitivity(s, stats_by_node)
  local out
  for _, p in ipairs(s.pricing) do
    local total = s.totals.cost[p.key]
    if mc.isnode(total) then
      local inputs = mc.inputs({ total })
      local tornado = {}
      for _, leaf in ipairs(inputs) do
        local lo, hi = mc.quantile(leaf, 0.05), mc.quantile(leaf, 0.95)
        local low = mc.point({ total }, { [leaf] = lo })[1]
        local high = mc.point({ total }, { [leaf] = hi })[1]
        tornado[#tornado + 1] = { input = leaf:label(), lo = lo, hi = hi, low_total = low, high_total = high,
          swing = math.abs(high - low) }
      end
      table.sort(tornado, function(a, b)
        if a.swing ~= b.swing then return a.swing > b.swing end
        return a.input < b.input
      end)
      local st = stats_by_node[total]
      out = out or {}
      out[p.key] = { tornado = tornado, rankcorr = st and st.rankcorr or {} }
    end
  end
  return out
end

---The message of a failed sampling run, located: the engine only says what
---failed in which sample ("rental_cost: gpu_hours must be ... (in sample 3)");
---each output is run alone (same streams, so the same sample fails) until the
---failing one is found, and the message names its scenario's file and line.
---Only on the error path.
---@return string
function M.locate_failure(nodes, first_slot, owner, msg, run_opts)
  msg = msg:gsub("^lib%-lua/[^:]*:%d+: ", "")
  for i = 1, #nodes do
    local slot = first_slot[i]
    local s = slot and owner[slot]
    if s and s.file and not pcall(mc.run, { nodes[i] }, run_opts) then
      local hit = host.limit()
      if hit then error(hit, 0) end
      local where = slot[1] and type(slot[1].line) == "number" and slot[1] or s
      local what = type(slot[1]) == "table" and type(slot[1].name) == "string" and slot[1] ~= s
          and ("'" .. slot[1].name .. "'") or ("scenario '" .. tostring(s.name) .. "'")
      return string.format("%s:%d: %s, %s: %s", where.file or s.file, where.line or s.line or 0, what,
        tostring(slot[2]), msg)
    end
  end
  return msg
end

-- Every slot of the scenarios' uncertain values, by kind (see collect), with
-- the scenario owning each ranked or total slot; `all` lists them in that order.
local function gather(scenarios, extra)
  local ranked, totals, secondary = {}, {}, {}
  local owner = {}
  for _, s in ipairs(scenarios) do
    local r, t, q = collect(s)
    for _, slot in ipairs(r) do ranked[#ranked + 1] = slot; owner[slot] = s end
    for _, slot in ipairs(t) do totals[#totals + 1] = slot; owner[slot] = s end
    for _, slot in ipairs(q) do secondary[#secondary + 1] = slot end
  end
  local uncertain = #ranked + #totals + #secondary > 0
  for _, slot in ipairs(extra or {}) do secondary[#secondary + 1] = slot end
  local all = {}
  for _, list in ipairs({ ranked, totals, secondary }) do
    for _, slot in ipairs(list) do all[#all + 1] = slot end
  end
  return { ranked = ranked, totals = totals, owner = owner, all = all }, uncertain
end

-- A point run (--samples 0): every value at the inputs' medians.
local function point_run(scenarios, all)
  -- A probability is the mean of a 0/1 indicator: at the medians it is 0 or 1,
  -- never the probability, so a point run leaves it out and says why.
  for _, s in ipairs(scenarios) do
    for _, f in ipairs(s.figures or {}) do
      if f.unit == "probability" and mc.isnode(f.value) then
        f.value = nil
        f.note = (f.note and f.note ~= "" and (f.note .. "; ") or "") .. "not computed by a point run (--samples 0)"
      end
    end
  end
  all = kept(all)
  local values = mc.point(nodes_of(all), {})
  -- sensitivity needs the nodes, so compute it before replacing them
  for _, s in ipairs(scenarios) do s.sensitivity = sensitivity(s, {}) end
  for i, slot in ipairs(all) do slot[1][slot[2]] = values[i] end
end

-- A sweep point: a sweep's table shows the total costs and the figures
-- (break-even): only those are sampled; every other value stays an engine node.
local function sweep_run(scenarios, ranked, n, seed)
  local shown = table.move(ranked, 1, #ranked, 1, {})
  for _, s in ipairs(scenarios) do
    for _, f in ipairs(s.figures) do
      if mc.isnode(f.value) then shown[#shown + 1] = { f, "value" } end
    end
  end
  M.summarize_totals(ranked, shown, n, seed)
end

-- Each node is one output of the run, however many slots show it. Outputs:
-- the total costs (ranked), then the other totals when samples are exported
-- (kept whole: full), then everything else (moments and percentiles only).
local function plan_outputs(g, keep)
  local p = { nodes = {}, index = {}, out_of = {}, first_slot = {} }
  local function add(slot)
    local nd = slot[1][slot[2]]
    local i = p.index[nd]
    if not i then
      i = #p.nodes + 1
      p.nodes[i], p.index[nd], p.first_slot[i] = nd, i, slot
    end
    p.out_of[slot] = i
  end
  for _, slot in ipairs(g.ranked) do add(slot) end
  p.nranked = #p.nodes
  if keep then for _, slot in ipairs(g.totals) do add(slot) end end
  p.nfull = #p.nodes
  for _, slot in ipairs(g.all) do add(slot) end
  return p
end

-- One engine run of every output; a failure names the scenario line that caused it.
local function run_outputs(p, g, n, opts)
  local nodes = p.nodes
  -- a run of millions of samples takes a second or more: say so on a terminal
  local progress = n * #nodes >= 5e6 and host.isatty(2)
  if progress then host.progress(string.format("tcost: sampling %d values of %d outputs...", n, #nodes)) end
  local run_opts = { samples = n, seed = opts.seed, percentiles = M.PERCENTILES, keep = opts.keep,
    full = p.nfull, ranked = p.nranked }
  local ok, stats, kept_samples = pcall(mc.run, nodes, run_opts)
  if not ok then
    local hit = host.limit()
    if hit then error(hit, 0) end
    error(M.locate_failure(nodes, p.first_slot, g.owner, tostring(stats), { samples = n, seed = opts.seed,
      percentiles = M.PERCENTILES }), 0)
  end
  if progress then host.progress("") end
  return stats, kept_samples
end

-- The column names of exported samples: "scenario:cost_KEY" or "scenario:measure".
local function kept_columns(p, owner)
  local names = {}
  for i = 1, p.nfull do
    local slot = p.first_slot[i]
    local s, key = owner[slot], slot[2]
    local col = slot[1] == s.totals.cost and ("cost_" .. key) or key
    names[i] = s.name .. ":" .. col
  end
  return names
end

---Summarizes every uncertain value of the result's scenarios in place.
---@param scenarios table[] from model.build
---@param opts table { samples = n (0: point estimate at medians), seed = integer, keep = bool,
---  totals_only = bool (a sweep: percentiles of the total costs only, no sensitivity) }
---@param extra? table[] more uncertain values to summarize like the secondary ones: { {table, key}, ... }
---  (the assumptions' own values); they do not make a scenario uncertain
---@return boolean uncertain whether any value of a scenario was uncertain
---@return userdata|nil kept the engine's sample arrays when opts.keep
---@return string[]|nil kept_names column names of kept
function M.summarize(scenarios, opts, extra)
  local g, uncertain = gather(scenarios, extra)
  if #g.all == 0 then return false end
  local n = opts.samples
  if n == 0 then
    point_run(scenarios, g.all)
    return uncertain
  end
  if opts.totals_only then
    sweep_run(scenarios, g.ranked, n, opts.seed)
    return uncertain
  end
  local p = plan_outputs(g, opts.keep)
  local stats, kept_samples = run_outputs(p, g, n, opts)
  local by_node = {}
  for i = 1, p.nranked do by_node[p.nodes[i]] = stats[i] end
  for _, s in ipairs(scenarios) do s.sensitivity = sensitivity(s, by_node) end
  local kept_names = opts.keep and kept_columns(p, g.owner) or nil
  local is_ranked = {}
  for _, slot in ipairs(g.ranked) do is_ranked[slot] = true end
  for _, slot in ipairs(g.all) do slot[1][slot[2]] = summary(stats[p.out_of[slot]], is_ranked[slot], n) end
  return uncertain, kept_samples, kept_names
end

-- What a sweep shows: each total cost's mean, p5 and p95. Those values get
-- percentiles; the other values in `all` (the figures) only their moments
-- (mean, sd, min, max), and no sensitivity is computed. Same samples as a full
-- run, so a sweep point's totals equal the run's.
function M.summarize_totals(ranked, all, n, seed)
  local nodes, index, out_of = {}, {}, {}
  local function add(slot)
    local nd = slot[1][slot[2]]
    if not index[nd] then nodes[#nodes + 1] = nd; index[nd] = #nodes end
    out_of[slot] = index[nd]
  end
  for _, slot in ipairs(ranked) do add(slot) end
  local npct = #nodes
  for _, slot in ipairs(all) do add(slot) end
  local stats = mc.run(nodes, { samples = n, seed = seed, percentiles = M.PERCENTILES, full = 0, ranked = 0,
    pct_outputs = npct })
  for _, slot in ipairs(all) do slot[1][slot[2]] = summary(stats[out_of[slot]], false) end
end

return M
