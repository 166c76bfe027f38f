-- phases.lua: the V3 + R1 phases both scenarios in this folder use (a module,
-- loaded with require "phases"). Sources: V3 Table 1, R1 Table 7.
local h800 = hw "H800"
return {
  phase "V3 (all stages)" { gpu = h800, gpu_hours = 2788e3, stage = "pre-training", source = "V3 Table 1" },
  phase "R1 (all stages)" { gpu = h800, gpu_hours = 147e3, stage = "rl", headline = true, source = "R1 Table 7" },
}
