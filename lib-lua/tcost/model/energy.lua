-- model/energy.lua: the energy conventions of the literature, as named
-- methods. Each says how a phase's GPU-hours become facility kWh and which
-- PUE convention it follows; its defaults are declared as assumptions with
-- their sources so every report lists them and --set can change them.
-- What is not here: electricity prices and grid intensity (regions, in the
-- catalog) and the arithmetic itself (the energy_kwh primitive).
local M = {}

-- Epoch AI's chip-to-server power multipliers and average-power ratios by
-- accelerator family, matched on the accelerator's name in this order
-- (training-cost-trends code, chip_to_server_power and server_TDP_fraction;
-- Cottier et al. 2024, A.4). The H800 and H20 are H100-family boards (HGX
-- H100 baseboard), so they take the H100 figure; Epoch's code lists only H100.
M.EPOCH_FAMILIES = {
  { match = "TPU v1", family = "tpu_v1", server = 2.93, ratio = 0.43 },
  { match = "TPU v2", family = "tpu_v2", server = 1.64, ratio = 0.43 },
  { match = "TPU v3", family = "tpu_v3", server = 1.47, ratio = 0.43 },
  { match = "TPU", family = "tpu", server = 1.56, ratio = 0.43 },
  { match = "H100", family = "h100", server = 10.2 / 8 / 0.7, ratio = 0.75,
    note = "DGX H100: 10.2 kW for 8 GPUs of 700 W" },
  { match = "H800", family = "h100", server = 10.2 / 8 / 0.7, ratio = 0.75,
    note = "DGX H100: 10.2 kW for 8 GPUs of 700 W" },
  { match = "H20", family = "h100", server = 10.2 / 8 / 0.7, ratio = 0.75,
    note = "DGX H100: 10.2 kW for 8 GPUs of 700 W" },
  { match = "A100", family = "a100", server = 6.5 / 8 / 0.4, ratio = 0.75,
    note = "DGX A100: 6.5 kW for 8 GPUs of 400 W" },
  { match = "V100", family = "v100", server = (10 / 16 / 0.3 + 1.5 / 4 / 0.3) / 2, ratio = 0.75,
    note = "mean of DGX-2 (10 kW / 16 GPUs) and DGX Station (1.5 kW / 4 GPUs) at 300 W" },
  { match = "", family = "gpu", server = 1.8, ratio = 0.75, note = "Epoch's default for other GPUs" },
}

local EPOCH_SRC = "Epoch AI: chip_to_server_power and server_TDP_fraction [epoch-training-cost-trends-2024]; " ..
  "Cottier et al. 2024, A.4 [cottier-rising-costs-2024]"

---The Epoch family row of an accelerator name.
---@param name string
---@return table
function M.epoch_family(name)
  for _, f in ipairs(M.EPOCH_FAMILIES) do
    if name:find(f.match, 1, true) then return f end
  end
end

-- The methods: key -> description, PUE convention and per-phase factors.
M.METHODS = {
  epoch = {
    label = "Epoch AI: chip TDP × server multiplier × average-power ratio × PUE",
    pue = { 1.25, source = "Epoch AI: PUE 1.25 outside hyperscalers, 1.1 for hyperscalers (Cottier et al. 2024, A.4) [cottier-rising-costs-2024]" },
  },
  ["gpu-tdp"] = {
    label = "GPU TDP × GPU-hours × PUE (Llama model cards; Patterson et al. 2021)",
    pue = { 1.1, source = "[patterson-carbon-2021]: energy = hours × processors × average power × PUE; " ..
      "Google's data centers at PUE 1.10",
      note = "the Llama cards count peak power per GPU \"adjusted for power usage efficiency\" " ..
        "[meta-llama-model-cards-2025]" },
  },
  measured = {
    label = "measured kWh given per phase × PUE",
    pue = { 1.0, source = "[patterson-carbon-2021]: facility energy = IT energy × PUE; tcost takes metered kWh " ..
      "as facility energy (PUE 1) unless a PUE is given",
      note = "give pue when the meter reads the IT load only" },
  },
}

M.DEFAULT = "epoch"

---The energy settings of a scenario: its method and what the method needs.
---@param e table the scenario's energy = { ... }
---@param reg table the registry (reg.default declares built-in assumptions)
---@param fail fun(fmt: string, ...) raises a located error
---@return table { method, label, pue, power_ratio, server_factor, factors(gpu_name) }
function M.settings(e, reg, fail)
  local key = e.method or M.DEFAULT
  local m = M.METHODS[key]
  if not m then
    local known = {}
    for k in pairs(M.METHODS) do known[#known + 1] = k end
    table.sort(known)
    fail("energy: unknown method '%s' (known: %s)", tostring(key), table.concat(known, ", "))
  end
  local function default(name, field, def)
    if e[field] ~= nil then return e[field] end
    local d = { def[1], unit = "ratio", source = def.source, note = def.note }
    return reg.default(name, d)
  end
  local s = { method = key, label = m.label }
  s.pue = default("pue", "pue", m.pue)
  if key == "epoch" then
    -- per family, declared on first use so only the families a run uses are listed
    s.factors = function(gpu_name)
      local f = M.epoch_family(gpu_name)
      local ratio = e.power_ratio or reg.default("power_ratio." .. (f.family:match("^tpu") and "tpu" or "gpu"),
        { f.ratio, unit = "ratio", source = EPOCH_SRC,
          note = "average power during training as a share of TDP" })
      local server = e.server_power_factor or reg.default("server_power_factor." .. f.family,
        { f.server, unit = "ratio", source = EPOCH_SRC, note = f.note })
      return ratio, server
    end
  elseif key == "gpu-tdp" then
    s.factors = function() return e.power_ratio or 1, e.server_power_factor or 1 end
  else
    s.factors = function() return 1, 1 end
  end
  return s
end

return M
