-- lang/api.lua: the scenario language, declared once.
--
-- Every constructor a scenario calls, with each of its fields: the kind of
-- value, the unit, the valid range (outside it is an error), the plausible
-- range (outside it is a warning), the default and a one-line doc. Validation
-- (lang/fields.lua), `tcost help`, the LuaLS definitions (lib-lua/meta/) and
-- the shell completion are all derived from this table; nothing else lists
-- the fields of the language.
--
-- To add a field: append one entry to its constructor's `fields` list, e.g.
--   { "date", kind = "text", doc = "when the price was observed (YYYY-MM-DD)" },
-- To add a constructor: append one entry to M.constructors (and give dsl.lua
-- the function that builds it).
--
-- Field kinds:
--   value        a finite number or an uncertain value, in `unit`; `min`/`max`
--                bound the valid range (`min_open`/`max_open`: the bound
--                itself is invalid), `plausible = {lo, hi}` the usual one
--   integer      a whole number (`min`, `max` as for value)
--   text         a non-empty, printable UTF-8 string
--   boolean      true or false
--   enum         one of `values` (a list, or a function returning one)
--   accelerator  hw "NAME", hw { ... }, or an accelerator's name
--   region       region "NAME" or a region's name
--   number       a finite plain number (never uncertain), in `unit`, with
--                the ranges of value
--   table        a table checked by its user (`doc` says what it holds)
--   function     a Lua function
--
-- Nested tables are declared, not checked by hand: lang/fields.lua checks
-- them entry by entry from these kinds, with messages naming the path
-- ("reconcile steps[2]: unknown field 'phase'", "field 'rates.H800' ..."):
--   fields       a nested table of named fields, declared in `fields`; values
--                given first, without a name, are declared in `positional`
--                (a list of field declarations), else they are an error;
--                `noun` names its keys in messages ("precision"),
--                `nonempty = true` asks for at least one
--   list         a list (keys 1..n only); each entry is checked by `of` (a
--                field declaration without a name: { kind = "fields",
--                fields = {...} }, { kind = "value", unit = ... }, ...);
--                without `of`, a list of names (strings)
--   map          a table keyed by names; each value is checked by `of`;
--                `keys` (a list, or a function returning one) limits the
--                names, with a did-you-mean, and `key_doc` says what a name
--                is in messages ("accelerator", "cluster cost line")
-- Any field may add `literal = { true }`: values kept as they are besides
-- its kind (cluster_costs = true, or a table of shares).
-- The `accelerator` and `region` kinds, and a map's accelerator names, are
-- resolved by the constructor, which knows the scenario's custom ones.
local M = {}

-- Parts of the language built the first time they are read (M.HW, M.HW_TFLOPS,
-- M.DISTRIBUTIONS, M.constructors): a run reads a few constructors'
-- declarations and never the documentation of the rest, so making every table
-- of the language at load was most of the cost of loading it. The
-- declarations below are unchanged; a builder only delays them.
local LAZY = {}
setmetatable(M, { __index = function(t, k)
  local build = LAZY[k]
  if not build then return nil end
  local v = build()
  rawset(t, k, v)
  return v
end })

M.STAGES = { "pre-training", "context-extension", "post-training", "sft", "rl", "data-generation", "experiments",
  "other" }

-- Fields every pricing model and cost shares.
local function label_fields(list)
  list[#list + 1] = { "label", kind = "text", doc = "the name shown in reports (default: the key)" }
  list[#list + 1] = { "source", kind = "text", doc = "where the figures come from" }
  return list
end

-- Fields that several pricing models share, declared once (read-only: the
-- validation and generated help only read a field's declaration).
local CLUSTER_COSTS = { "cluster_costs", kind = "map", literal = { true }, key_doc = "cluster cost line",
  keys = function() return require("tcost.model.cluster").keys() end,
  of = { kind = "value", unit = "fraction", min = 0, max = 2, plausible = { 0, 0.5 }, literal = { true, false },
    doc = "a share of the GPU cost, true for the line's sourced default, false to leave it out" },
  doc = "the non-GPU lines of the cluster's cost (model/cluster.lua "
  .. "lists them and their sources): true for every line with a sourced default, or { storage = 0.03, support = true, "
  .. "... } (shares of the GPU cost)" }
local OTHERS = { "others", kind = "any", doc = "a pricing model for phases on other accelerators (else they are an error)" }
local NETWORK_FACTOR = { "network_factor", kind = "value", unit = "ratio", min = 0, min_open = true, plausible = { 1, 2 },
  default = "1", doc = "multiplier for networking" }

-- The nested `energy = { ... }` table of a scenario.
M.ENERGY = {
  { "method", kind = "enum", values = { "epoch", "gpu-tdp", "measured" }, default = "epoch",
    doc = "epoch: TDP × server multiplier × average-power ratio × PUE; gpu-tdp: TDP × PUE (Llama cards, " ..
      "Patterson et al.); measured: each phase's kwh × PUE (see tcost help pricing)" },
  { "pue", kind = "value", unit = "ratio", min = 1, plausible = { 1, 2 },
    default = "by method: 1.25 epoch, 1.1 gpu-tdp, 1.0 measured",
    doc = "power usage effectiveness: facility energy / IT energy" },
  { "power_ratio", kind = "value", unit = "fraction", min = 0, min_open = true, max = 1.5, plausible = { 0.3, 1 },
    default = "epoch: 0.75 GPUs, 0.43 TPUs; gpu-tdp: 1", doc = "average power draw as a fraction of TDP" },
  { "server_power_factor", kind = "value", unit = "ratio", min = 1, plausible = { 1, 3 },
    default = "epoch: per family (1.82 H100, 2.03 A100, 1.56 TPU v4, 1.8 other GPUs); gpu-tdp: 1",
    doc = "server power per accelerator / the accelerator's own power" },
  { "usd_per_kwh", kind = "value", unit = "USD/kWh", min = 0, plausible = { 0.01, 0.6 },
    default = "the region's price, else US industrial", doc = "electricity price" },
  { "kg_co2e_per_kwh", kind = "value", unit = "kg CO2e/kWh", min = 0, plausible = { 0, 1.5 },
    default = "the region's grid intensity, else the US average", doc = "grid carbon intensity" },
  { "region", kind = "region", doc = "a region (region \"china\" or its name; tcost hw --regions lists them): its "
    .. "electricity price and grid intensity, with the intensity's basis" },
  { "carbon_method", kind = "enum", values = { "location", "market" }, default = "location",
    doc = "grid carbon accounting: location-based (the grid's average) or market-based (the residual mix)" },
  { "market_kg_co2e_per_kwh", kind = "value", unit = "kg CO2e/kWh", min = 0, plausible = { 0, 1.5 },
    default = "the region's market-based factor", doc = "market-based grid intensity (carbon_method = \"market\")" },
  { "wue_l_per_kwh", kind = "value", unit = "L/kWh", min = 0, plausible = { 0, 10 },
    default = "the region's, else the US average", doc = "on-site water per kWh of IT energy (water usage effectiveness)" },
  { "grid_water_l_per_kwh", kind = "value", unit = "L/kWh", min = 0, plausible = { 0, 20 },
    default = "the region's, else the US average", doc = "water consumed generating each kWh (the grid's indirect water)" },
  { "embodied_kg_per_gpu", kind = "value", unit = "kg CO2e", min = 0, plausible = { 1, 10000 },
    default = "the catalog's, where it has one", doc = "manufacturing emissions per accelerator (with its server share if you include it)" },
  { "embodied_life_years", kind = "value", unit = "year", min = 0, min_open = true, plausible = { 1, 15 },
    default = "6", doc = "years over which embodied carbon is amortized, like capex" },
}

-- The options table of rent_as_of, price_as_of and market (model/market.lua).
local function market_list(name) return function() return require("tcost.model.market")[name] end end
M.MARKET = {
  { "class", kind = "enum", values = market_list("CLASSES"), doc = "only observations of this provider class" },
  { "provider", kind = "text", doc = "only this provider's observations (as tcost hw NAME --prices names it)" },
  { "scope", kind = "enum", values = market_list("SCOPES"), doc = "purchases: chip, board or server share per GPU" },
  { "within", kind = "value", unit = "month", min = 0, min_open = true, default = "24",
    doc = "rent_as_of, price_as_of: the farthest an observation may be from the date" },
  { "window", kind = "value", unit = "month", min = 0, min_open = true, default = "6",
    doc = "market: the observations within this many months of the date" },
}

-- The nested `reconcile = { ... }` table of a scenario.
M.RECONCILE = {
  { "pricing", kind = "text", default = "the first pricing model", doc = "the key of the pricing model to follow" },
  { "steps", kind = "list", required = true,
    doc = "the steps: { \"label\", phases = { names }, other = { names } }, ...",
    of = { kind = "fields", doc = "one step: its label first, then what it adds",
      positional = { { "label", kind = "text", doc = "the step's label" } },
      fields = {
        { "label", kind = "text", doc = "the step's label (or give it first)" },
        { "phases", kind = "list", doc = "the names of the phases it adds" },
        { "other", kind = "list", doc = "the names of the other costs it adds" },
      } } },
}

-- The fields of hw { ... }, an accelerator a scenario defines. Its figures
-- are the catalog's (src/catalog.h): per accelerator, TFLOP/s dense; each is
-- kept with the definition's source, status "U" (user-supplied). Plain
-- numbers, never uncertain: they size the phases that run on it.
-- (lang/hw.lua checks a definition against this; tcost.c.catalog.custom
-- shapes it as a catalog entry.)
function LAZY.HW_TFLOPS()
  local list = {}
  for _, p in ipairs(require("tcost.c.catalog").precisions()) do
    list[#list + 1] = { p, kind = "number", unit = "TFLOP/s", min = 0, min_open = true,
      plausible = { 0.01, 1e5 }, doc = "dense peak at " .. p }
  end
  return list
end
function LAZY.HW() return {
  { "name", kind = "text", required = true, doc = "the name reports show; phases may give it instead of the value" },
  { "tdp_w", kind = "number", unit = "W", min = 0, min_open = true, required = true, plausible = { 10, 5000 },
    doc = "thermal design power per accelerator" },
  { "tflops", kind = "fields", fields = M.HW_TFLOPS, noun = "precision", nonempty = true, required = true,
    doc = "dense peak TFLOP/s by precision: { bf16 = 989, fp8 = 1979 }" },
  { "vendor", kind = "text", doc = "who makes it" },
  { "year", kind = "integer", min = 1, max = 9999, plausible = { 1980, 2040 }, doc = "launch year" },
  { "memory_gb", kind = "number", unit = "GB", min = 0, min_open = true, plausible = { 1, 4096 },
    doc = "memory per accelerator" },
  { "memory_bw_gbs", kind = "number", unit = "GB/s", min = 0, min_open = true, plausible = { 10, 1e5 },
    doc = "memory bandwidth per accelerator" },
  { "link_gbs", kind = "number", unit = "GB/s", min = 0, min_open = true, plausible = { 1, 1e5 },
    doc = "scale-up interconnect bandwidth per accelerator" },
  { "price_usd", kind = "number", unit = "USD", min = 0, min_open = true, plausible = { 100, 1e6 },
    doc = "purchase price per accelerator" },
  { "rent_usd_per_hour", kind = "number", unit = "USD/GPU-hour", min = 0, min_open = true, plausible = { 0.05, 100 },
    doc = "rental price per accelerator-hour" },
  { "aliases", kind = "list", doc = "other names for it: { \"x1\", \"chip x1\" }" },
  { "note", kind = "text", doc = "a remark shown with it" },
  { "source", kind = "text", default = "\"user-defined\"", doc = "where the figures come from (every figure's source)" },
} end

---@class tcost.api.Field
---@field [1] string the field's name
---@field kind string
---@field unit? string
---@field min? number
---@field max? number
---@field plausible? number[]
---@field default? string
---@field required? boolean
---@field doc string

---@class tcost.api.Constructor
---@field name string the global a scenario calls
---@field shape string "named" (kind "name" { ... }), "optional-name" (name may be left out), "value" (kind(x)), "function"
---@field what string what it makes
---@field doc string
---@field fields? tcost.api.Field[]
---@field example string

-- M.constructors, in this order; each entry's fields are built the first time
-- M.constructor(name) (or M.constructors) is asked for it.
local CONSTRUCTORS = {
  { name = "assume", shape = "named", what = "an assumption",
    doc = "a named input with its unit and source; binds a global of the same name",
    example = 'assume "rate" { 2.00, unit = "USD/GPU-hour", source = "Table 1 [deepseek-v3-report-2024]" }',
    positional = { { "value", kind = "value", doc = "the value, given first" } },
    fields = function() return {
      { "value", kind = "any", doc = "the value (or give it first, positionally)" },
      { "unit", kind = "unit", doc = "its unit, e.g. USD/GPU-hour, USD/kWh, GPU-hour, years" },
      { "source", kind = "text", doc = "where the figure comes from" },
      { "note", kind = "text", doc = "a remark shown with it" },
    } end },

  { name = "phase", shape = "named", what = "a phase of compute",
    doc = "one stretch of training compute on one accelerator; give the work one way",
    example = 'phase "R1 RL" { gpu = hw "H800", gpu_hours = 41e3, stage = "rl" }',
    fields = function() return {
      { "gpu", kind = "accelerator", required = true, doc = "the accelerator: hw \"H800\" or its name" },
      { "gpu_hours", kind = "value", unit = "GPU-hour", min = 0, plausible = { 0, 2e9 },
        doc = "the work as accelerator-hours" },
      { "gpus", kind = "value", unit = "GPU", min = 0, min_open = true, plausible = { 1, 2e6 },
        doc = "the cluster size (with hours, days, start and finish, or alone: the scenario's dates)" },
      { "hours", kind = "value", unit = "hour", min = 0, plausible = { 0, 1e5 }, doc = "wall-clock hours (with gpus)" },
      { "days", kind = "value", unit = "day", min = 0, plausible = { 0, 4000 }, doc = "wall-clock days (with gpus)" },
      { "flops", kind = "value", unit = "FLOP", min = 0, plausible = { 1e12, 1e29 },
        doc = "training compute (with mfu)" },
      { "params", kind = "value", unit = "parameter", min = 0, min_open = true, plausible = { 1e6, 1e14 },
        mid = 1e11, doc = "parameters (with tokens and mfu: 6·N·D)" },
      { "active_params", kind = "value", unit = "parameter", min = 0, min_open = true, plausible = { 1e6, 1e14 }, mid = 1e10,
        doc = "active parameters per token, for mixtures of experts" },
      { "tokens", kind = "value", unit = "token", min = 0, min_open = true, plausible = { 1e6, 1e16 },
        mid = 1e13, doc = "training tokens (with params)" },
      { "mfu", kind = "value", unit = "fraction", min = 0, min_open = true, max = 1, plausible = { 0.05, 0.8 },
        doc = "model FLOPS utilization: achieved / peak" },
      { "precision", kind = "enum", values = "precisions", default = "bf16", doc = "the precision whose peak mfu is of" },
      { "stage", kind = "enum", values = M.STAGES, doc = "what the phase is for" },
      { "headline", kind = "boolean", default = "false", doc = "part of the headline figure a paper reports" },
      { "goodput", kind = "value", unit = "fraction", min = 0, min_open = true, max = 1, plausible = { 0.5, 1 },
        default = "the scenario's, else 1", doc = "the share of paid GPU-hours that advance training: the work "
          .. "given is useful hours, billed hours = useful / goodput (failures, restarts, checkpoints); not for "
          .. "gpus with hours, days or dates, which count every paid hour" },
      { "watts", kind = "value", unit = "W", min = 0, min_open = true, plausible = { 10, 5000 },
        default = "the catalog's TDP", doc = "power per accelerator" },
      { "kwh", kind = "value", unit = "kWh", min = 0, plausible = { 0, 1e10 },
        doc = "measured energy of the phase (energy method \"measured\")" },
      { "start", kind = "text", doc = "first day, an ISO date \"YYYY-MM-DD\" (with finish and gpus: the hours)" },
      { "finish", kind = "text", doc = "last day (exclusive), an ISO date \"YYYY-MM-DD\"" },
      { "note", kind = "text", doc = "a remark shown with the phase" },
      { "source", kind = "text", doc = "where the figures come from" },
    } end },

  { name = "rental", shape = "optional-name", what = "a pricing model", key = "rental",
    doc = "accelerators rented by the hour",
    example = 'rental { rate = 2 }  or  rental "spot" { rates = { H800 = 2, H100 = 2.5 } }',
    fields = function() return label_fields {
      { "rate", kind = "value", unit = "USD/GPU-hour", min = 0, plausible = { 0.05, 50 },
        doc = "one rate for every accelerator" },
      { "rates", kind = "map", key_doc = "accelerator",
        of = { kind = "value", unit = "USD/GPU-hour", min = 0, plausible = { 0.05, 50 }, doc = "the accelerator's rate" },
        doc = "a rate per accelerator: { H800 = 2, H100 = 2.5 }" },
      { "discount", kind = "value", unit = "fraction", min = 0, max = 1, plausible = { 0, 0.8 }, default = "0",
        doc = "a commitment discount off the rate" },
      CLUSTER_COSTS,
    } end },

  { name = "own", shape = "optional-name", what = "a pricing model", key = "own",
    doc = "a cluster you own: the run pays its share of a year's capital cost, maintenance and energy",
    example = 'own { units = 2048, unit_price = 24900, life_years = 4, utilization = 0.7 }',
    fields = function() return label_fields {
      { "units", kind = "value", unit = "GPU", min = 0, min_open = true, required = true, plausible = { 1, 2e6 },
        doc = "accelerators in the cluster" },
      { "unit_price", kind = "value", unit = "USD/GPU", min = 0, required = true, plausible = { 100, 2e5 },
        doc = "purchase price per accelerator" },
      { "capex_factor", kind = "value", unit = "ratio", min = 0, min_open = true, plausible = { 1, 4 }, default = "1",
        doc = "cluster capex / accelerator price (servers around the GPUs)" },
      NETWORK_FACTOR,
      { "life_years", kind = "value", unit = "year", min = 0, min_open = true, plausible = { 1, 10 },
        doc = "useful life (straight line; required there)" },
      { "residual", kind = "value", unit = "fraction", min = 0, max = 1, plausible = { 0, 0.6 },
        default = "0 (declared assumption residual)", doc = "resale value at end of life / capex (straight line)" },
      { "depreciation", kind = "enum", values = { "straight", "exponential" }, default = "straight",
        doc = "straight-line, or exponential at oom_per_year" },
      { "oom_per_year", kind = "value", unit = "1/year", min = 0, max = 5, plausible = { 0, 1 }, default = "0.14",
        doc = "orders of magnitude of price-performance lost per year (exponential)" },
      { "cost_of_capital", kind = "value", unit = "1/year", min = 0, max = 1, plausible = { 0, 0.3 },
        default = "0 (declared assumption cost_of_capital)", doc = "a fraction per year" },
      { "utilization", kind = "value", unit = "fraction", min = 0, min_open = true, max = 1, required = true,
        plausible = { 0.1, 1 }, doc = "the share of the cluster's time spent on useful work" },
      { "maintenance", kind = "value", unit = "1/year", min = 0, max = 1, plausible = { 0, 0.3 },
        default = "0 (declared assumption maintenance)", doc = "yearly maintenance as a fraction of capex" },
      { "energy", kind = "boolean", default = "true", doc = "add the energy cost to ownership" },
      OTHERS,
      { "gpu", kind = "accelerator", default = "the first phase's", doc = "the accelerator the cluster holds" },
      CLUSTER_COSTS,
    } end },

  { name = "buy", shape = "optional-name", what = "a pricing model", key = "buy",
    doc = "the cluster bought outright; the purchase is shared among phases by GPU-hours",
    example = 'buy { units = 2048, unit_price = 24900 }',
    fields = function() return label_fields {
      { "units", kind = "value", unit = "GPU", min = 0, min_open = true, required = true, plausible = { 1, 2e6 },
        doc = "accelerators bought" },
      { "unit_price", kind = "value", unit = "USD/GPU", min = 0, required = true, plausible = { 100, 2e5 },
        doc = "purchase price per accelerator" },
      { "capex_factor", kind = "value", unit = "ratio", min = 0, min_open = true, plausible = { 1, 4 }, default = "1",
        doc = "cluster capex / accelerator price" },
      NETWORK_FACTOR,
      OTHERS,
      { "gpu", kind = "accelerator", default = "the first phase's", doc = "the accelerator bought" },
      CLUSTER_COSTS,
    } end },

  { name = "amortized", shape = "optional-name", what = "a pricing model", key = "amortized",
    doc = "Epoch AI's amortized hardware + energy: the hardware's value at training start, amortized at " ..
      "oom_per_year × ln 10 a year over the run's chip-hours, plus energy",
    example = 'amortized { unit_price = 18625, acquired = "2018-06-25", start = "2019-10-01" }',
    fields = function() return label_fields {
      { "unit_price", kind = "value", unit = "USD/GPU", min = 0, required = true, plausible = { 100, 2e5 },
        doc = "price per accelerator with its share of the server" },
      { "capex_factor", kind = "value", unit = "ratio", min = 0, min_open = true, plausible = { 1, 4 }, default = "1",
        doc = "server cost / chip price when unit_price is the chip alone (Epoch: 1.64)" },
      { "interconnect", kind = "value", unit = "fraction", min = 0, max = 1, max_open = true, plausible = { 0, 0.4 },
        default = "0.19 (declared assumption interconnect_share)",
        doc = "cluster-level interconnect as a share of the cluster's cost" },
      { "acquired", kind = "text", required = true, doc = "when the hardware was acquired (YYYY-MM-DD)" },
      { "start", kind = "text", default = "the scenario's dates.start", doc = "training start (YYYY-MM-DD)" },
      { "oom_per_year", kind = "value", unit = "1/year", min = 0, max = 5, plausible = { 0, 1 },
        default = "0.14 (declared assumption oom_per_year)", doc = "orders of magnitude of value lost per year" },
      { "energy", kind = "boolean", default = "true", doc = "add the energy cost" },
      OTHERS,
      { "gpu", kind = "accelerator", default = "the first phase's", doc = "the accelerator amortized" },
    } end },

  { name = "cloud", shape = "optional-name", what = "a pricing model", key = "cloud",
    doc = "Epoch AI's cloud price: the listing nearest before a date (else after) for the provider and tier, " ..
      "falling back 3-year → 1-year → on-demand and to other providers, carried over at Epoch's discounts",
    example = 'cloud { provider = "Microsoft Azure", date = "2019-08-02", prices = { { gpu = "V100", ... } } }',
    fields = function() return label_fields {
      { "provider", kind = "text", required = true, doc = "the cloud provider tried first" },
      { "tier", kind = "enum", values = { "3-year", "1-year", "on-demand" }, default = "3-year",
        doc = "the commitment tier wanted" },
      { "date", kind = "text", default = "the scenario's dates.start", doc = "when the compute was bought (YYYY-MM-DD)" },
      { "prices", kind = "list", default = "the catalog's dated rental prices (tcost hw NAME --prices)",
        of = { kind = "fields", doc = "one listing", fields = {
          { "gpu", kind = "text", required = true, doc = "the accelerator's name" },
          { "provider", kind = "text", required = true, doc = "the cloud provider" },
          { "date", kind = "text", required = true, doc = "when the price was listed (YYYY-MM-DD)" },
          { "3-year", kind = "value", unit = "USD/GPU-hour", min = 0, doc = "the 3-year commitment price" },
          { "1-year", kind = "value", unit = "USD/GPU-hour", min = 0, doc = "the 1-year commitment price" },
          { "on-demand", kind = "value", unit = "USD/GPU-hour", min = 0, doc = "the on-demand price" },
          { "source", kind = "text", required = true, doc = "where the listing comes from" },
          { "note", kind = "text", doc = "a remark" },
        } },
        doc = "listings: { gpu =, provider =, date =, [\"3-year\"] =, [\"1-year\"] =, [\"on-demand\"] =, source = }" },
      { "discounts", kind = "map", key_doc = "provider", default = "Epoch AI's by provider",
        of = { kind = "fields", doc = "a provider's discounts off on-demand", fields = {
          { "on-demand", kind = "number", unit = "fraction", min = 0, max = 1, max_open = true, doc = "the on-demand discount (0)" },
          { "1-year", kind = "number", unit = "fraction", min = 0, max = 1, max_open = true, doc = "the 1-year discount" },
          { "3-year", kind = "number", unit = "fraction", min = 0, max = 1, max_open = true, doc = "the 3-year discount" },
        } },
        doc = "{ [provider] = { [\"1-year\"] =, [\"3-year\"] = } } to carry a price between tiers" },
    } end },

  { name = "custom", shape = "named-function", what = "a pricing model",
    doc = "a pricing model written in Lua: function(phase) returning USD",
    example = 'custom "spot" (function(p) return p.gpu_hours * 1.5 end)' },

  { name = "staff", shape = "optional-name", what = "a cost", default_name = "Staff",
    doc = "people: headcount × annual cost × years",
    example = 'staff { headcount = 100, annual_cost = 250e3, years = 1 }',
    fields = function() return {
      { "headcount", kind = "value", unit = "person", min = 0, required = true, plausible = { 0, 1e5 },
        doc = "people" },
      { "annual_cost", kind = "value", unit = "USD/person-year", min = 0, required = true, plausible = { 1e3, 5e6 },
        doc = "fully loaded cost per person per year" },
      { "years", kind = "value", unit = "year", min = 0, required = true, plausible = { 0, 30 }, doc = "duration" },
      { "source", kind = "text", doc = "where the figures come from" },
      { "note", kind = "text", doc = "a remark" },
    } end },

  { name = "data", shape = "optional-name", what = "a cost", default_name = "Data",
    doc = "data bought: amount, or units × unit_price",
    example = 'data { amount = 2e6 }',
    fields = function() return {
      { "units", kind = "value", unit = "1", min = 0, doc = "units bought (with unit_price)" },
      { "unit_price", kind = "value", unit = "USD", min = 0, doc = "price per unit" },
      { "amount", kind = "value", unit = "USD", min = 0, doc = "the whole amount" },
      { "source", kind = "text", doc = "where the figures come from" },
      { "note", kind = "text", doc = "a remark" },
    } end },

  { name = "fixed", shape = "optional-name", what = "a cost", default_name = "Fixed cost",
    doc = "a fixed amount",
    example = 'fixed "licences" { amount = 1e6 }',
    fields = function() return {
      { "amount", kind = "value", unit = "USD", min = 0, required = true, doc = "the amount" },
      { "source", kind = "text", doc = "where the figure comes from" },
      { "note", kind = "text", doc = "a remark" },
    } end },

  { name = "experiments", shape = "optional-name", what = "a cost", default_name = "Experiments and ablations",
    doc = "experiments as a multiple of the final runs' compute",
    example = 'experiments { multiple = 1.5 }',
    fields = function() return {
      { "multiple", kind = "value", unit = "ratio", min = 0, required = true, plausible = { 0, 20 },
        doc = "experiment compute / final-run compute" },
      { "phases", kind = "list", doc = "the phases it is a multiple of (default: all)" },
      { "source", kind = "text", doc = "where the figure comes from" },
      { "note", kind = "text", doc = "a remark" },
    } end },

  { name = "figure", shape = "named", what = "a derived figure",
    doc = "a derived number to show in the report",
    example = 'figure "Implied MFU" { value = implied_mfu(...), unit = "ratio" }',
    fields = function() return {
      { "value", kind = "value", required = true, doc = "the number" },
      { "unit", kind = "unit", doc = "its unit" },
      { "note", kind = "text", doc = "a remark" },
      { "source", kind = "text", doc = "where it comes from" },
    } end },

  { name = "expect", shape = "named", what = "an expectation",
    doc = "a published figure the scenario must reproduce, checked after the run (tcost validate)",
    example = 'expect "energy" { 433e3, unit = "kWh", within = 0.01, source = "[luccioni-bloom-carbon-2022]" }',
    names = function() return require("tcost.lang.expect").measure_names() end,
    names_doc = "the measure",
    positional = { { "value", kind = "number", required = true,
      doc = "the published figure, given first: a finite non-zero number" } },
    fields = function() return {
      { "unit", kind = "text", default = "the measure's own",
        doc = "the unit the figure is written in: GPU-h, Wh/kWh/MWh/GWh, kg CO2e/t CO2e, USD/kUSD/MUSD, FLOP, "
          .. "ratio/%, days/hours, by measure" },
      { "within", kind = "number", unit = "fraction", min = 0, min_open = true, max = 1, default = "0.01",
        doc = "the relative tolerance (0.01 is 1%)" },
      { "phase", kind = "text", doc = "compare with this phase instead of the run's total" },
      { "pricing", kind = "text", default = "the scenario's only one",
        doc = "the key of the pricing model (cost measures)" },
      { "scenario", kind = "text", default = "the file's only one", doc = "the scenario, when the file has several" },
      { "percentile", kind = "enum", values = { 5, 25, 50, 75, 95 },
        doc = "compare with this percentile of an uncertain value instead of its mean" },
      { "inside", kind = "enum", values = { 0.9, 0.5 },
        doc = "the figure must lie in the 90% (p5 to p95) or 50% (p25 to p75) interval" },
      { "fails", kind = "text", doc = "why the published figure is known not to add up: the check must fail" },
      { "source", kind = "text", required = true, doc = "where the published figure comes from" },
      { "note", kind = "text", doc = "a remark" },
    } end },

  { name = "scenario", shape = "named", what = "a scenario",
    doc = "phases, costs and figures with the pricing models to price them",
    example = 'scenario "R1" { phase "RL" { ... }, pricing = { rental { rate = rate } } }',
    fields = function() return {
      { "pricing", kind = "table", doc = "the pricing models: rental {...}, own {...}, buy {...}, custom" },
      { "description", kind = "text", doc = "one sentence shown under the title" },
      { "energy", kind = "fields", fields = M.ENERGY, doc = "energy settings" },
      { "reconcile", kind = "fields", fields = M.RECONCILE,
        doc = "{ pricing = KEY, steps = { ... } }: a reported figure, step by step" },
      { "phases", kind = "table", doc = "phases and costs (they may also be listed positionally)" },
      -- what the run trained on, for its training FLOPs, implied MFU and cost per trillion tokens
      { "tokens", kind = "value", unit = "token", min = 0, min_open = true, plausible = { 1e6, 1e16 }, mid = 1e13,
        doc = "training tokens of the whole run" },
      { "params", kind = "value", unit = "parameter", min = 0, min_open = true, plausible = { 1e6, 1e14 }, mid = 1e11,
        doc = "parameters (active parameters for a mixture of experts)" },
      { "flops", kind = "value", unit = "FLOP", min = 0, min_open = true, plausible = { 1e12, 1e29 },
        doc = "training compute of the whole run" },
      { "precision", kind = "enum", values = "precisions", default = "bf16", doc = "the precision of the implied MFU" },
      { "dates", kind = "fields", doc = "ISO dates of the run: start, finish, published, priced", fields = {
        { "start", kind = "text", doc = "training start (YYYY-MM-DD)" },
        { "finish", kind = "text", doc = "training end (YYYY-MM-DD)" },
        { "published", kind = "text", doc = "publication date; inputs are in its month's dollars unless priced is given" },
        { "priced", kind = "text", doc = "the month whose dollars the inputs are in (YYYY-MM[-DD])" },
      } },
      { "dollars", kind = "any", doc = "express every cost in dollars of a year (2024: its average index) or " ..
        "a month (\"2024-12\"), with the PPI price index" },
      { "goodput", kind = "value", unit = "fraction", min = 0, min_open = true, max = 1, plausible = { 0.5, 1 },
        default = "1", doc = "every phase's goodput unless it gives its own: billed hours = useful / goodput" },
    } end },

  { name = "currency", shape = "named", what = "an exchange rate",
    doc = "a currency other than USD, with its rate and source; values in it then convert to USD",
    example = 'currency "EUR" { usd = 1.08, source = "ECB reference rate of 2025-06-02, https://www.ecb.europa.eu" }',
    fields = function() return {
      { "usd", kind = "value", unit = "1", min = 0, min_open = true, required = true, plausible = { 1e-4, 1e4 },
        doc = "US dollars per unit of the currency" },
      { "source", kind = "text", required = true, doc = "where the rate comes from, and its date" },
    } end },

  { name = "quantity", shape = "function", what = "a value with a unit",
    doc = "quantity(value, unit): a number or uncertain value with a unit, checked wherever it goes",
    example = 'local pretrain = quantity(2664e3, "GPU-hour")' },
  { name = "hw", shape = "value", what = "an accelerator",
    doc = "an accelerator from the catalog by name (any alias, any case), or hw { ... } defines one",
    example = 'local h800 = hw "H800"', fields = function() return M.HW end },
  { name = "region", shape = "value", what = "a region",
    doc = "a region's electricity price and grid intensity, with sources",
    example = 'energy = { region = region "china" }' },
  { name = "rent_as_of", shape = "function", what = "a dated rental price",
    doc = 'rent_as_of(gpu, date, commitment[, {...}]): USD per GPU-hour, the built-in observation nearest the date; '
      .. 'with no price for the commitment, Epoch AI\'s fallback 3-year -> 1-year -> on-demand and its discounts',
    example = 'rental { rate = rent_as_of("H100", "2025-03", "3-year", { class = "hyperscaler" }) }',
    fields = M.MARKET },
  { name = "price_as_of", shape = "function", what = "a dated purchase price",
    doc = "price_as_of(gpu, date[, {...}]): USD per GPU, the built-in purchase observation nearest the date",
    example = 'own { unit_price = price_as_of("H100", "2024-03", { scope = "server" }), ... }',
    fields = M.MARKET },
  { name = "market", shape = "function", what = "a market spread",
    doc = "market(gpu, date, commitment[, {...}]): the rental observations within `window` months of the date, "
      .. "as an uncertain value (each observation equally likely)",
    example = 'rental { rate = market("H100", "2026-03", "on-demand") }',
    fields = M.MARKET },
  { name = "correlate", shape = "function", what = "a correlation",
    doc = "correlate(a, b, rho): rank correlation between two uncertain assumptions (give the values)",
    example = 'correlate(rate, unit_price, 0.6)' },
  { name = "format", shape = "named-function", what = "an output format",
    doc = "a user-defined output format: function(result, out)",
    example = 'format "latex" (function(result, out) out(result.scenarios[1].name) end)' },
}

-- Built-in functions with units, one entry per C primitive (tcost.c.prim
-- lists them with their docs; a test fails when one has no entry here):
-- arguments with units convert to `args`, a plain number is taken in them,
-- and the result carries `returns` (a fraction or ratio stays a plain number).
M.FUNCTIONS = {
  train_flops = { args = { "parameter", "token" }, returns = "FLOP" },
  gpu_hours_from_flops = { args = { "FLOP", "TFLOP/s", "fraction" }, returns = "GPU-hour" },
  implied_mfu = { args = { "FLOP", "TFLOP/s", "GPU-hour" }, returns = "fraction" },
  achieved_tflops = { args = { "FLOP", "GPU-hour" }, returns = "TFLOP/s" },
  wall_days = { args = { "GPU-hour", "GPU" }, returns = "day" },
  gpu_hours_from_days = { args = { "day", "GPU" }, returns = "GPU-hour" },
  billed_hours = { args = { "GPU-hour", "fraction" }, returns = "GPU-hour" },
  water_litres = { args = { "kWh", "ratio", "L/kWh", "L/kWh" }, returns = "L" },
  -- kg CO2e per accelerator, as energy's embodied_kg_per_gpu field declares it
  embodied_kg = { args = { "GPU-hour", "kg CO2e", "year" }, returns = "kg CO2e" },
  rental_cost = { args = { "GPU-hour", "USD/GPU-hour", "fraction" }, returns = "USD" },
  cluster_capex = { args = { "GPU", "USD/GPU", "ratio", "ratio" }, returns = "USD" },
  straight_line_per_year = { args = { "USD", "fraction", "year" }, returns = "USD/year" },
  exp_depreciation = { args = { "USD", "1/year", "year" }, returns = "USD" },
  epoch_amortized = { args = { "USD/GPU", "GPU-hour", "1/year" }, returns = "USD" },
  exp_ownership_cost = { args = { "USD", "1/year", "1/year", "year" }, returns = "USD" },
  annuity_factor = { args = { "1/year", "year" }, returns = "1/year" },
  capital_cost_per_year = { args = { "USD", "fraction", "1/year", "year" }, returns = "USD/year" },
  maintenance_per_year = { args = { "USD", "1/year" }, returns = "USD/year" },
  run_share_years = { args = { "GPU-hour", "GPU", "fraction" }, returns = "year" },
  owned_rate = { args = { "USD/year", "GPU", "fraction" }, returns = "USD/GPU-hour" },
  energy_kwh = { args = { "GPU-hour", "W", "fraction", "ratio", "ratio" }, returns = "kWh" },
  energy_cost = { args = { "kWh", "USD/kWh" }, returns = "USD" },
  carbon_kg = { args = { "kWh", "kg CO2e/kWh" }, returns = "kg CO2e" },
  breakeven_utilization = { args = { "USD/GPU-year", "USD/GPU-hour" }, returns = "fraction" },
  breakeven_months = { args = { "USD/GPU", "USD/GPU-year", "USD/GPU-hour", "fraction", "1/year" }, returns = "month" },
}

-- Globals of the language that are not for authors: `tcost bundle` writes
-- bundled("module", function ... end) into the files it makes.
M.INTERNAL = { bundled = "a module inlined by tcost bundle" }

-- Distributions and the functions on uncertain values (the C engine, tcost.c.mc).
function LAZY.DISTRIBUTIONS() return {
  { name = "point", params = { { "x", "number" } }, doc = "A certain value, as a distribution." },
  { name = "uniform", params = { { "lo", "number" }, { "hi", "number" } }, doc = "Uniform between lo and hi." },
  { name = "normal", params = { { "mean", "number" }, { "sd", "number" } }, doc = "Normal with mean and sd." },
  { name = "lognormal", params = { { "mu", "number" }, { "sigma", "number" } },
    doc = "Lognormal with log-mean mu and log-sd sigma." },
  { name = "lognormal_ms", params = { { "mean", "number" }, { "sd", "number" } },
    doc = "Lognormal with the given mean and sd." },
  { name = "range", params = { { "lo", "number" }, { "hi", "number" } },
    doc = "Lognormal with lo and hi as its 5th and 95th percentiles (Squiggle's `lo to hi`)." },
  { name = "triangular", params = { { "lo", "number" }, { "mode", "number" }, { "hi", "number" } },
    doc = "Triangular from lo to hi, peaking at mode." },
  { name = "pert", params = { { "lo", "number" }, { "mode", "number" }, { "hi", "number" } },
    doc = "PERT (a smoothed triangular) from lo to hi with the given mode." },
  { name = "beta", params = { { "a", "number" }, { "b", "number" } }, doc = "Beta(a, b) on 0..1." },
  { name = "choice", params = { { "values", "number[]" }, { "weights?", "number[]" } },
    doc = "One of the values, with the given weights (equal by default)." },
  { name = "mixture", params = { { "parts", "tcost.Uncertain[]" }, { "weights?", "number[]" } },
    doc = "A mixture of distributions." },
  { name = "truncate", params = { { "d", "tcost.Uncertain" }, { "lo?", "number" }, { "hi?", "number" } },
    doc = "d limited to lo..hi." },
  { name = "min", params = { { "a", "tcost.Value" }, { "b", "tcost.Value" } }, returns = "tcost.Value",
    doc = "The smaller of two values (per sample when uncertain)." },
  { name = "max", params = { { "a", "tcost.Value" }, { "b", "tcost.Value" } }, returns = "tcost.Value",
    doc = "The larger of two values (per sample when uncertain)." },
  { name = "P", params = { { "x", "tcost.Uncertain" }, { "op?", '">"|">="|"<"|"<="' }, { "y?", "tcost.Value" } },
    doc = "A probability: P(x, \">\", 1e7) or P(x:gt(1e7)); its mean is the probability." },
} end

-- Multipliers a scenario may write: `params = 70 * billion`, `tokens = 15 * trillion`.
M.MULTIPLIERS = {
  { "thousand", 1e3 }, { "million", 1e6 }, { "billion", 1e9 }, { "trillion", 1e12 },
}

-- Names that changed in the second edition: the old spelling gives an error naming the new one.
M.RENAMED = {
  ["own.server_factor"] = "capex_factor",
  ["buy.server_factor"] = "capex_factor",
  ["energy.server_factor"] = "server_power_factor",
  ["energy.price"] = "usd_per_kwh",
  ["energy.carbon"] = "kg_co2e_per_kwh",
}

local by_name
---The declaration of a constructor, by the global a scenario calls.
---@param name string
---@return tcost.api.Constructor|nil
function M.constructor(name)
  if not by_name then
    by_name = {}
    for _, c in ipairs(CONSTRUCTORS) do by_name[c.name] = c end
  end
  local c = by_name[name]
  if c and type(c.fields) == "function" then c.fields = c.fields() end
  return c
end

---Every constructor's declaration, in order.
function LAZY.constructors()
  for _, c in ipairs(CONSTRUCTORS) do M.constructor(c.name) end
  return CONSTRUCTORS
end

---The declaration of one field in a list of fields.
---@param list tcost.api.Field[]
---@param name string
---@return tcost.api.Field|nil
function M.field(list, name)
  for _, f in ipairs(list) do if f[1] == name then return f end end
  return nil
end

-- tcost's built-in default assumptions (reg.default) and the field each stands
-- for: a value given for one by any route (--set pue=0.5, an --assumptions
-- file, the scenario's own assume "pue" { ... }) is checked as that field is
-- in energy = { pue = ... }, so no route skips the range. The name (alone or
-- before a dot), the constructor ("energy": the scenario's energy table) and
-- the field.
M.DEFAULT_ASSUMPTIONS = {
  { "pue", "energy", "pue" },
  { "power_ratio", "energy", "power_ratio" },
  { "server_power_factor", "energy", "server_power_factor" },
  { "electricity_price", "energy", "usd_per_kwh" },
  { "grid_intensity", "energy", "kg_co2e_per_kwh" },
  { "grid_intensity_market", "energy", "kg_co2e_per_kwh" },
  { "wue", "energy", "wue_l_per_kwh" },
  { "grid_water", "energy", "grid_water_l_per_kwh" },
  { "embodied_kg_per_gpu", "energy", "embodied_kg_per_gpu" },
  { "embodied_life_years", "energy", "embodied_life_years" },
  { "residual", "own", "residual" },
  { "maintenance", "own", "maintenance" },
  { "cost_of_capital", "own", "cost_of_capital" },
  { "oom_per_year", "own", "oom_per_year" },
  { "interconnect_share", "amortized", "interconnect" },
}

---The field declaration a default assumption of that name stands for, or nil:
---a name of M.DEFAULT_ASSUMPTIONS, or one of them and a dot ("power_ratio.gpu").
---@param name string an assumption's name
---@return tcost.api.Field|nil
local default_of
function M.default_field(name)
  if not default_of then -- by name, once (the first entry of a name wins, as a walk would find it)
    default_of = {}
    for _, d in ipairs(M.DEFAULT_ASSUMPTIONS) do default_of[d[1]] = default_of[d[1]] or d end
  end
  -- the names hold no dot: "power_ratio.gpu" is power_ratio's
  local d = default_of[name:match("^[^.]*")]
  if not d then return nil end
  local c = d[2] ~= "energy" and M.constructor(d[2])
  return M.field(c and c.fields or M.ENERGY, d[3])
end

---The default a constructor declares for a field, as the model applies it:
---a number where the declaration reads as one ("1" -> 1), else its text
---("straight"). Only for literal defaults; nil when none is declared.
---@param ctor string the constructor, e.g. "own"
---@param name string the field
---@return number|string|nil
-- ctor -> name -> its default as computed below (NONE: none): the declarations never change
local defaults, NONE = {}, {}
function M.default(ctor, name)
  local of = defaults[ctor]
  if not of then of = {}; defaults[ctor] = of end
  local v = of[name]
  if v == nil then
    local c = M.constructor(ctor)
    local f = c and c.fields and M.field(c.fields, name)
    local d = f and f.default
    v = tonumber(d) or d
    if v == nil then v = NONE end
    of[name] = v
  end
  if v == NONE then return nil end
  return v
end

---The names of a list of fields, in declaration order.
---@param list tcost.api.Field[]
---@return string[]
function M.names(list)
  local out = {}
  for _, f in ipairs(list) do out[#out + 1] = f[1] end
  return out
end

return M
