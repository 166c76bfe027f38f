-- lang/ctor/phase.lua: `phase "name" { gpu =, ... }`: one stretch of work on
-- one accelerator, given exactly one way (GPU-hours, GPUs × time, FLOPs or
-- parameters × tokens with an MFU). The model turns it into GPU-hours.
local fields = require "tcost.lang.fields"

local fail = fields.fail

local M = {}

-- Which way the phase gives its work ("gpu_hours", "gpus × hours", ...), or an error.
local function work_form(what, def)
  local forms = {}
  if def.gpu_hours ~= nil then forms[#forms + 1] = "gpu_hours" end
  if def.hours ~= nil or def.days ~= nil then
    if def.hours ~= nil and def.days ~= nil then fail("%s: give hours or days, not both", what) end
    if def.gpus == nil then fail("%s: %s needs gpus (the cluster size)", what, def.hours and "hours" or "days") end
    forms[#forms + 1] = "gpus × " .. (def.hours and "hours" or "days")
  end
  if def.start ~= nil or def.finish ~= nil then
    if def.start == nil or def.finish == nil then fail("%s: give both start and finish (ISO dates)", what) end
    if def.gpus == nil then fail("%s: start and finish need gpus (the cluster size)", what) end
    forms[#forms + 1] = "gpus × dates"
  end
  if def.flops ~= nil then forms[#forms + 1] = "flops" end
  if def.params ~= nil or def.active_params ~= nil or def.tokens ~= nil then
    if def.tokens == nil then fail("%s: params needs tokens (6·N·D)", what) end
    if def.params == nil and def.active_params == nil then fail("%s: tokens needs params or active_params", what) end
    forms[#forms + 1] = "params × tokens"
  end
  -- gpus alone: the run's wall clock comes from the scenario's dates (start → finish)
  if #forms == 0 and def.gpus ~= nil and def.mfu == nil then forms[1] = "gpus × scenario dates" end
  if #forms == 0 then
    fail("%s: give the work as gpu_hours, gpus with hours (or days, or start and finish dates), flops with " ..
      "mfu, or params and tokens with mfu", what)
  elseif #forms > 1 then
    fail("%s: give the work one way only (got %s)", what, table.concat(forms, " and "))
  end
  return forms[1]
end

-- The phase's accelerator (a catalog entry), checked against what its work form needs.
local function phase_gpu(I, what, def)
  return I.gpu_entry(what, def.gpu)
end

-- MFU goes with FLOPs and parameters × tokens, and nothing else.
local function check_mfu(what, def, gpu, form)
  local needs_mfu = form == "flops" or form == "params × tokens"
  if needs_mfu and def.mfu == nil then fail("%s: %s needs mfu (the utilization of peak FLOPS)", what, form) end
  if not needs_mfu and def.mfu ~= nil then fail("%s: mfu applies only to flops or params × tokens", what) end
  if needs_mfu then
    local p = def.precision or "bf16"
    if not gpu.tflops[p] then fail("%s: %s has no %s peak in the catalog", what, gpu.name, p) end
  end
  if def.watts == nil and not gpu.tdp_w then
    fail("%s: %s has no TDP in the catalog; give watts = ... (power per accelerator) for its energy", what,
      gpu.name)
  end
end

---Adds phase to I.G.
---@param I table the language instance (lang/dsl.lua)
function M.install(I)
  I.G.phase = I.shaped("phase", false, function(name, def)
    local what = "phase '" .. name .. "'"
    def = fields.copy(def)
    if #def > 0 then fail("%s: unexpected positional value; name every field", what) end
    fields.validate(what, def, I.decl("phase"), I.vopts, "phase")
    local gpu = phase_gpu(I, what, def)
    local form = work_form(what, def)
    check_mfu(what, def, gpu, form)
    def.name, def.form = name, form
    def.file, def.line = I.where()
    -- shared, never copied: nothing changes an accelerator's entry once
    -- checked (a custom pricing function is handed a copy: model/pricing.lua)
    def.gpu = gpu
    def.start, def.finish = I.date_field(what, "start", def.start), I.date_field(what, "finish", def.finish)
    return I.spec("phase", def)
  end)
end

return M
