-- cluster.lua: the non-GPU lines of a cluster's cost that published TCO
-- analyses itemise, as named costs: each is a share of the pricing model's
-- GPU cost of a phase (for an owned cluster, its capital and maintenance
-- share, without energy). A line has a sourced default share where a source
-- gives one; the others take a share from the scenario. One table, read by
-- the language (which lines exist, their defaults) and by model.lua (costs).
local M = {}

-- A share the scenario gives is sourced by the scenario itself.
local GIVEN = "given in the scenario"

-- SemiAnalysis ClusterMAX TCO calculator (clustermax.ai/tco, Apr 2026), its
-- example of 4,096 GPUs over 36 months. The text copy's columns are partly
-- garbled; this reading is the one whose lines add up to the page's monthly
-- subtotals to the dollar. Hyperscaler column: GPU $6,423,183 + storage
-- $1,856 + network $82 + CPU $3,318 + support $321,422 + goodput $131,804
-- + setup $3,278,258 / 36 + debugging $16,667 = $6,989,395 a month. Gold:
-- GPU $5,426,381 + storage $1,408 + goodput $111,349 = $5,539,138. Silver:
-- GPU $5,898,240 + goodput $202,015 + setup $3,015,787 / 36 + debugging
-- $16,667 = $6,200,693. Only the hyperscaler column itemises every line, so
-- every default share below is read from it, on its own GPU cost.
local HYPERSCALER_GPU = 6423183

---@class tcost.ClusterLine
---@field key string
---@field name string
---@field share? number the default share of the GPU cost, when a source gives one
---@field kinds table<string, boolean> pricing kinds the default applies to
---@field source string
M.LINES = {
  { key = "networking", name = "Cluster networking",
    share = 0.19 / 0.81, kinds = { own = true, buy = true },
    source = "[cottier-rising-costs-2024] D: Epoch AI: cluster-level networking is 19% of the hardware "
      .. "acquisition cost (A.1); 0.19 / 0.81 = 23.5% of the GPU servers' cost; in a rental's rate already" },
  { key = "storage", name = "Storage", share = 1856 / HYPERSCALER_GPU, kinds = { rental = true },
    source = "[semianalysis-cluster-tco-2026] D: ClusterMAX hyperscaler tier, storage $1,856 a month on "
      .. "$6,423,183 of GPUs = 0.029% (the calculator's example volume; give your own share for a real dataset)" },
  { key = "control_plane", name = "Control plane and orchestration", kinds = {},
    source = "[semianalysis-cluster-tco-2026] names it as a cost area, but its calculator prices no "
      .. "control-plane line: no default share, give one" },
  { key = "cpu_nodes", name = "CPU nodes", share = 3318 / HYPERSCALER_GPU, kinds = { rental = true },
    source = "[semianalysis-cluster-tco-2026] D: ClusterMAX hyperscaler tier, CPU VMs $3,318 a month on "
      .. "$6,423,183 of GPUs = 0.052% (the calculator's example; give your own share for data loaders)" },
  { key = "support", name = "Support", share = 321422 / HYPERSCALER_GPU, kinds = { rental = true, own = true, buy = true },
    source = "[semianalysis-cluster-tco-2026] D: ClusterMAX hyperscaler tier, support uplift $321,422 on "
      .. "$6,423,183 of GPUs a month = 5.0%" },
  { key = "setup", name = "Setup", share = 3278258 / 36 / HYPERSCALER_GPU, kinds = { rental = true, own = true, buy = true },
    source = "[semianalysis-cluster-tco-2026] D: ClusterMAX hyperscaler tier, setup $3,278,258 once over "
      .. "36 months = $91,063 a month on $6,423,183 of GPUs = 1.42%" },
  { key = "debugging", name = "Debugging", share = 16667 / HYPERSCALER_GPU, kinds = { rental = true, own = true, buy = true },
    source = "[semianalysis-cluster-tco-2026] D: ClusterMAX hyperscaler tier, debugging $16,667 a month on "
      .. "$6,423,183 of GPUs = 0.26%" },
  { key = "space_power", name = "Data-centre space and power capacity", kinds = {},
    source = "no default share: the ClusterMAX calculator [semianalysis-cluster-tco-2026] prices rented GPUs, whose rate includes the "
      .. "data centre, and no TCO analysis read here gives it as a share; colocation is priced per kW of "
      .. "capacity: give one" },
}

local by_key = {}
for _, l in ipairs(M.LINES) do by_key[l.key] = l end

---The declaration of a line by key, or nil.
function M.line(key) return by_key[key] end

---The keys of every line, in report order.
function M.keys()
  local out = {}
  for _, l in ipairs(M.LINES) do out[#out + 1] = l.key end
  return out
end

---The lines a pricing model asked for, resolved: `true` gives every line with a default for its
---kind; a table gives each named line its share (true = the default). Raises on a line without
---a default asked as true, and on unknown names (the caller locates the error).
---@param spec true|table
---@param kind string "rental" | "own" | "buy"
---@return { key: string, name: string, share: any, source: string }[]
function M.resolve(spec, kind)
  local out = {}
  if spec == true then
    for _, l in ipairs(M.LINES) do
      if l.share and l.kinds[kind] then out[#out + 1] = { key = l.key, name = l.name, share = l.share, source = l.source } end
    end
    return out
  end
  for _, l in ipairs(M.LINES) do
    local v = rawget(spec, l.key)
    if v == true then
      if not l.share then error(string.format("cluster line '%s' has no default share: give one (%s)", l.key, l.source), 0) end
      out[#out + 1] = { key = l.key, name = l.name, share = l.share, source = l.source }
    elseif v ~= nil and v ~= false then
      out[#out + 1] = { key = l.key, name = l.name, share = v, source = GIVEN }
    end
  end
  return out
end

return M
