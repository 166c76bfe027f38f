-- cmd/init.lua: `tcost init NAME.lua` writes a starter scenario that runs as written.
local host = require "tcost.c.host"
local command = require "tcost.command"

local M = {}

M.TEMPLATE = [==[
-- %s: a starter scenario written by `tcost init`. Run it with
--   tcost run %s
-- Every number says where it came from: give each assumption a source.

-- The accelerator, from tcost's catalog (`tcost hw` lists them all).
local gpu = hw "H800"

-- Assumptions: named inputs with a unit and a source. Override one from the
-- command line with --set rate=2.5, or make it uncertain: range(1.5, 3).
assume "rate" { 2.00, unit = "USD/GPU-hour",
  source = "DeepSeek-V3 report, Table 1, https://arxiv.org/abs/2412.19437: $2 per H800 GPU-hour" }
assume "unit_price" { 24900, unit = "USD/GPU",
  source = "https://www.theregister.com/2025/09/19/deepseek_cost_train/: over $51M for 256 servers / 2,048 GPUs" }

scenario "My training run" {
  description = "Replace these phases with your own.",
  -- work as GPU-hours, as GPUs × hours, or from FLOPs or parameters × tokens with an MFU
  phase "Pre-training" { gpu = gpu, gpu_hours = 2664e3, stage = "pre-training", headline = true },
  phase "Fine-tuning"  { gpu = gpu, gpus = 512, hours = 80, stage = "rl" },

  -- two pricing models, side by side
  pricing = {
    rental { rate = rate },
    own { units = 2048, unit_price = unit_price, life_years = 4, utilization = 0.7 },
  },
}
]==]

function M.main(args)
  local usage = command.usage
  local path = args.files[1]
  if #args.files ~= 1 then return usage("init takes one file name, e.g. tcost init my_model.lua", "init") end
  if not path:match("%.lua$") then return usage("the scenario file name must end in .lua", "init") end
  if host.kind(path) then host.eprint("tcost: " .. path .. " already exists; not overwriting it"); return 1 end
  local name = path:match("([^/]+)$")
  if command.emit(path, string.format(M.TEMPLATE, name, path)) ~= 0 then return 1 end
  host.eprint("wrote " .. path .. "; run it with: tcost run " .. path)
  return 0
end

return M
