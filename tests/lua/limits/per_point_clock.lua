-- per_point_clock.lua: the time limit holds for each point of a sweep, proved
-- without depending on how fast the machine is. Not a test_*.lua (tests/run
-- would give it the default 5 s): tests/cli/commands.sh runs it as
--   tcost-test selftest --time-limit 1 tests/lua/limits/per_point_clock.lua
-- The scenario run of each point is replaced by a wait that ends by the clock,
-- 0.6 s after the point started: three points take 1.8 s > 1 s, so the sweep
-- passes only if the clock restarts at every point. The only timing it needs
-- is that a point's wait overshoots 0.6 s by less than 0.4 s.
local host = require "tcost.c.host"
local runner = require "tcost.model.runner"
local sweep = require "tcost.cmd.sweep"

test("time limit restarts at every sweep point", function()
  local real, points, started = runner.run, 0, host.clock()
  runner.run = function()
    points = points + 1
    local t0 = host.clock()
    while host.clock() - t0 < 0.6 do end
    return { tool = "test", scenarios = {} }
  end
  local ok, code = pcall(sweep.main, { files = { "x.lua" }, sets = { "a=1,2,3" }, format = "csv", output = "-" })
  runner.run = real
  eq(ok, true, "sweep ran without a limit hit")
  eq(code, 0, "exit code")
  eq(points, 3, "points run")
  truthy(host.clock() - started > 1.5, "the three points together took longer than the 1 s limit")
  eq(host.limit(), nil, "no limit hit")
end)
