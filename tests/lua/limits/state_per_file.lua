-- state_per_file.lua: the sampling engine's correlation registry holds one
-- file's correlate() calls only (run by tests/cli/commands.sh). Before the
-- fix, it kept every file's and grew by one entry per sweep point.
local runner = require "tcost.model.runner"
local mc = require "tcost.c.mc"

test("correlations are forgotten between files and sweep points", function()
  mc.clear_correlations()
  for _ = 1, 3 do
    runner.run("examples/full_development_cost.lua", { sets = {}, assumptions = {}, samples = 10 })
  end
  -- the example has one correlate(rate, unit_price, 0.6): three runs, still one
  eq(mc.clear_correlations(), 1, "correlations after three runs of a file with one")
  runner.run("examples/full_development_cost.lua", { sets = {}, assumptions = {}, samples = 10 })
  runner.run("examples/deepseek_r1_reported.lua", { sets = {}, assumptions = {}, samples = 10 })
  eq(mc.clear_correlations(), 0, "correlations left after a file with none")
end)
