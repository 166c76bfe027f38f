-- test_views.lua: pieces of the report views computed by hand: where two
-- sweep lines cross, a summary scaled by an exact factor, signed changes, and
-- the records every data format lays out (one per phase × pricing model).
local sweep = require "tcost.cmd.sweep"
local view = require "tcost.report.view"
local units = require "tcost.lib.units"
local fixture = helper("fixture_result")

test("crossings_between_points", function()
  -- a = 2x, b = 1: they cross at x = 0.5, y = 1 (between the first two points)
  local c = sweep.crossings({ 0, 1, 2 }, { 0, 2, 4 }, { 1, 1, 1 })
  eq(#c, 1, "one crossing")
  eq(c[1].x, 0.5, "x")
  eq(c[1].y, 1, "y")
  -- touching at a point counts once; parallel lines never cross
  eq(#sweep.crossings({ 1, 2, 3 }, { 1, 2, 3 }, { 3, 2, 1 }), 1, "equal at x = 2 once")
  eq(#sweep.crossings({ 1, 2 }, { 1, 2 }, { 2, 3 }), 0, "parallel")
end)

test("axis_values_without_float_noise", function()
  -- 0.1 + 2 × 0.1 is 0.30000000000000004 in doubles; the axis says 0.3
  local v = sweep.axis("0.1:0.5:0.1")
  eq(#v, 5, "five points")
  eq(v[3], 0.3, "0.3 exactly")
  eq(sweep.axis("range(1.5, 3)"), nil, "a distribution is one value, not a list")
end)

test("scaled_summary", function()
  -- $6M (p5 $4M, p95 $9M) over 14.8 trillion tokens, per trillion: × 1/14.8
  local s = view.scaled({ mean = 6e6, p5 = 4e6, p50 = 5.9e6, p95 = 9e6 }, 1 / 14.8)
  eq(s.mean, 6e6 * (1 / 14.8), "mean")
  eq(s.p95, 9e6 * (1 / 14.8), "p95")
  eq(view.scaled(nil, 2), nil, "absent stays absent")
end)

test("signed_changes", function()
  eq(units.signed(147000, "USD"), "+$147K", "gain")
  eq(units.signed(-147000, "USD"), "-$147K", "loss")
  eq(units.signed(0, "USD"), "+$0", "no change")
  eq(units.signed(0.5, "ratio"), "+50.0%", "ratio")
  eq(units.signed(nil, "USD"), "—", "absent")
end)

test("records_one_per_phase_and_pricing", function()
  local rs = view.records(fixture)
  -- scenario 1: 3 phases × 1 pricing + 1 total + 2 figures; scenario 2: 4 × 2 + 2 other × 2 + 2 totals + 4 figures
  eq(#rs, 6 + 18, "records")
  eq(rs[1].kind, "phase", "kind")
  eq(rs[1].cost_usd, 202000, "R1-Zero: 101,000 GPU-h × $2")
  local other
  for _, r in ipairs(rs) do if r.kind == "other cost" then other = r; break end end
  eq(other.phase, nil, "an other cost has no phase")
  truthy(other.cost_item ~= nil, "it names its item")
end)

test("sweep_chart_keys_never_overlap", function()
  local svg = require "tcost.lib.svg"
  -- two lines ending on the same $5M: their keys at the right end are 12 px apart, not on top of each other
  local out = svg.sweep_lines({ param = "x", xs = { 1, 2 }, series = {
    { key = "alpha", label = "alpha", ys = { 4e6, 5e6 } }, { key = "beta", label = "beta", ys = { 6e6, 5e6 } } } })
  local ya = tonumber(out:match('y="([%d.]+)"[^>]*>alpha<'))
  local yb = tonumber(out:match('y="([%d.]+)"[^>]*>beta<'))
  truthy(ya and yb, "both keys drawn")
  eq(math.abs(yb - ya), 12, "12 px apart")
end)
