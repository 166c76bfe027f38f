-- test_mc.lua: the Lua face of the uncertainty engine (tcost.c.mc) and of the
-- primitives (tcost.c.prim). Statistical checks use fixed seeds and 5
-- standard errors: at n samples a mean has SE sd/sqrt(n), the fraction of
-- samples below an exact p-quantile has SE sqrt(p(1-p)/n).
local mc = require "tcost.c.mc"
local prim = require "tcost.c.prim"

local function within(got, want, tol, what)
  truthy(math.abs(got - want) <= tol,
    string.format("%s: got %.17g, want %.17g +- %g", what or "value", got, want, tol))
end

test("constructors give locked nodes that describe themselves", function()
  local r = mc.range(1.5, 3)
  truthy(mc.isnode(r), "isnode")
  eq(mc.isnode(3), false, "isnode(3)")
  eq(getmetatable(r), "locked", "metatable")
  eq(tostring(r), "range(1.5, 3)")
  eq(tostring(mc.pert(1, 2, 4)), "pert(1, 2, 4)")
  eq(tostring(mc.uniform(0, 1)), "uniform(0, 1)")
  eq(tostring(r * 2 + 1), "uncertain expression")
  for _, node in ipairs({ mc.point(3), mc.normal(0, 1), mc.lognormal(0, 1), mc.lognormal_ms(5, 1),
    mc.triangular(1, 2, 3), mc.beta(2, 3), mc.choice({ 1, 2 }, { 1, 3 }), mc.mixture({ r, mc.uniform(5, 6) }),
    mc.truncate(mc.normal(0, 1), 0, nil), r:gt(2), mc.min(r, 2), mc.max(1, r), -r, r ^ 2, 2 / r, 1 - r }) do
    truthy(mc.isnode(node), tostring(node))
  end
  eq(mc.min(2, 3), 2, "min of numbers")
  eq(mc.max(2, 3), 3, "max of numbers")
end)

-- Called straight from pcall (as the scenario language does) a message has no
-- position prefix; from Lua code it gets the caller's, as luaL_error does.
local function message(f, ...)
  local ok, err = pcall(f, ...)
  eq(ok, false, "raised")
  return err
end

test("parameter errors say what is wrong", function()
  eq(message(mc.uniform, 3, 1), "uniform: lo must be < hi (got lo=3, hi=1)")
  eq(message(mc.normal, 0, -1), "normal: sd must be >= 0 (got -1)")
  eq(message(mc.range, -1, 5), "lognormal: lo must be > 0 (got -1)")
  raises(function() mc.range(5, 5) end, "lognormal: lo must be < hi")
  raises(function() mc.pert(1, 5, 4) end, "pert: need lo <= mode <= hi")
  raises(function() mc.beta(0, 1) end, "beta: a must be > 0 (got 0)")
  raises(function() mc.choice({}) end, "choice: needs 1 to")
  raises(function() mc.choice({ 1, 2 }, { 1 }) end, "choice: 2 values but 1 weights")
  raises(function() mc.choice({ 1, "x" }) end, "choice: value 2 must be a number (got string)")
  raises(function() mc.mixture({ mc.uniform(0, 1) * 2 }) end, "mixture: component 1 must be a distribution")
  raises(function() mc.truncate(mc.uniform(0, 1), 2, 3) end, "no probability between 2 and 3")
  raises(function() return mc.uniform(0, 1) + "x" end, "needs numbers or uncertain values")
  raises(function() return mc.uniform(0, 1) < 1 end, "cannot be compared")
  raises(function() mc.uniform("a", 1) end, "number expected")
end)

test("run summarizes against closed forms", function()
  -- uniform(2, 5): mean 3.5, sd 3/sqrt(12) = 0.866; at n = 200,000 the mean's
  -- 5 SE are 0.0097. A p-quantile estimate has SE sqrt(p(1-p)/n)/f(q_p), f the
  -- density: for the uniform 3·sqrt(p(1-p)/n), 5 SE = 0.0168 at p = 0.5 and
  -- 0.0073 at p = 0.05
  local n = 200000
  local st = mc.run({ mc.uniform(2, 5), mc.normal(10, 2) }, { samples = n, seed = 1, percentiles = { 5, 50, 95 } })
  local u, g = st[1], st[2]
  within(u.mean, 3.5, 0.0097, "uniform mean")
  within(u.sd, 3 / math.sqrt(12), 0.01, "uniform sd")
  within(u.p[50], 3.5, 0.0168, "uniform p50")
  within(u.p[5], 2.15, 0.0073, "uniform p5")
  truthy(u.min > 2 and u.max < 5, "uniform support")
  within(g.mean, 10, 5 * 2 / math.sqrt(n), "normal mean")
  -- p95 of normal(10, 2) = 13.2897; f there = φ(1.645)/2 = 0.0516, so
  -- SE = sqrt(.05·.95/n)/0.0516 = 0.0094
  within(g.p[95], 10 + 2 * 1.6448536269514722, 5 * 0.0094, "normal p95")
  local total = 0
  for _, c in ipairs(u.hist.counts) do total = total + c end
  eq(total, n, "histogram counts")
  eq(#u.hist.counts, 30, "default bins")
  eq(u.hist.lo, u.min, "hist lo")
  eq(u.hist.hi, u.max, "hist hi")
end)

test("product of lognormals is lognormal", function()
  -- ln X ~ N(1, 0.3), ln Y ~ N(2, 0.4): ln XY ~ N(3, 0.5), so the median of XY is
  -- e^3 = 20.09; the density there is φ(0)/(e^3·0.5) = 0.0397, so the median's
  -- SE is sqrt(.25/n)/0.0397 = 0.0398 at n = 100,000
  local st = mc.run({ mc.lognormal(1, 0.3) * mc.lognormal(2, 0.4) }, { samples = 100000, seed = 5 })[1]
  within(st.p[50], math.exp(3), 5 * 0.0398, "median")
  within(st.mean, math.exp(3 + 0.125), 5 * math.exp(3.125) * math.sqrt(math.exp(0.25) - 1) / math.sqrt(100000), "mean")
end)

test("range(lo, hi) is the 90% interval", function()
  local r = mc.range(1.5, 3)
  near(mc.quantile(r, 0.05), 1.5, 1e-14, "q05")
  near(mc.quantile(r, 0.95), 3, 1e-14, "q95")
  near(mc.median(r), math.sqrt(4.5), 1e-14, "median")
  -- sample percentiles: SE sqrt(.05·.95/n)/f(q); sigma = ln 2/3.29 = 0.2107,
  -- f(1.5) = φ(1.645)/(1.5·0.2107) = 0.326 and f(3) = 0.163: SE 0.0021, 0.0042
  local st = mc.run({ r }, { samples = 100000, seed = 9 })[1]
  within(st.p[5], 1.5, 5 * 0.0021, "p5")
  within(st.p[95], 3, 5 * 0.0042, "p95")
end)

test("a plain number output is itself", function()
  local st = mc.run({ 0.1, mc.uniform(0, 1) }, { samples = 1000 })
  eq(st[1].mean, 0.1)
  eq(st[1].sd, 0.0)
  eq(st[1].p[50], 0.1)
  eq(st[1].p[95], 0.1)
  eq(#st[1].rankcorr, 0)
end)

test("determinism: same seed identical, other seed differs", function()
  local x = mc.label(mc.range(1, 2), "x")
  local y = x * mc.normal(3, 1)
  local a = mc.run({ y }, { samples = 5000, seed = 7 })[1]
  local b = mc.run({ y }, { samples = 5000, seed = 7 })[1]
  local c = mc.run({ y }, { samples = 5000, seed = 8 })[1]
  eq(a, b, "same seed")
  truthy(a.mean ~= c.mean, "different seed")
  -- a new named input elsewhere does not move x
  local before = mc.run({ x }, { samples = 1000, seed = 7 })[1]
  local z = mc.label(mc.uniform(0, 1), "z")
  local after = mc.run({ z, x }, { samples = 1000, seed = 7 })[2]
  eq(before.p, after.p, "x unchanged")
end)

test("labels, inputs and rank correlations", function()
  local rate = mc.label(mc.range(1.5, 3), "rate")
  local hours = mc.label(mc.range(1e6, 2e6), "hours")
  local noise = mc.uniform(0.99, 1.01) -- unnamed: not an input
  eq(rate:label(), "rate")
  eq(noise:label(), nil)
  raises(function() mc.label(rate * 2, "x") end, "only a distribution")
  local cost = hours * rate * noise
  local ins = mc.inputs({ cost })
  eq(#ins, 2, "inputs")
  truthy(ins[1] == hours and ins[2] == rate, "first-reach order")
  local st = mc.run({ cost, rate }, { samples = 20000, seed = 3 })
  eq(#st[1].rankcorr, 2)
  eq(st[1].rankcorr[1].input, "hours")
  eq(st[1].rankcorr[2].input, "rate")
  -- equal log-spreads: each input explains half the log variance, rho ≈ 0.69
  truthy(st[1].rankcorr[1].rho > 0.6 and st[1].rankcorr[2].rho > 0.6, "rank correlations")
  eq(#st[2].rankcorr, 1)
  near(st[2].rankcorr[1].rho, 1, 1e-12, "self")
  eq(#mc.run({ cost }, { samples = 100, rankcorr = false })[1].rankcorr, 0, "rankcorr = false")
end)

test("correlate achieves the requested rank correlation", function()
  -- SE of a Spearman estimate over 10,000 samples is ~(1-0.49)/100 = 0.005;
  -- the run has 10,000 samples and ranks them all, so 0.02 is 4 SE
  local a = mc.label(mc.range(1.5, 3), "ca")
  local b = mc.label(mc.pert(10, 20, 60), "cb")
  mc.correlate(a, b, 0.7)
  -- b + 0·a reaches both inputs, so its rank correlation with a is b's
  local st = mc.run({ b + 0 * a }, { samples = 10000, seed = 2 })
  eq(st[1].rankcorr[2].input, "ca")
  within(st[1].rankcorr[2].rho, 0.7, 0.02, "achieved")
  raises(function() mc.correlate(a, a, 0.5) end, "cannot be correlated with itself")
  raises(function() mc.correlate(a, b, 1) end, "must be > -1 and < 1")
  raises(function() mc.correlate(a, mc.uniform(0, 1), 0.5) end, "named uncertain inputs")
  local c = mc.label(mc.uniform(0, 1), "cc")
  mc.correlate(b, c, 0.9)
  mc.correlate(a, c, -0.9)
  raises(function() mc.run({ a + b + c }, { samples = 10 }) end,
    "the correlations between 'ca', 'cb' and 'cc' are not consistent")
end)

test("point evaluation and overrides", function()
  local a = mc.range(2, 8) -- median 4
  local b = mc.uniform(0, 10) -- median 5
  local v = mc.point({ a * b + 1.5, 7 }, {})
  near(v[1], 21.5, 1e-14, "at medians")
  eq(v[2], 7)
  near(mc.point({ a * b }, { [b] = 1 })[1], 4, 1e-14, "override")
  near(mc.median(a * b), 20, 1e-14, "median of expression")
  eq(mc.median(3), 3)
  eq(mc.point(5) ~= nil, true, "point(x) still constructs")
  raises(function() mc.point({ a }, { [a * 2] = 1 }) end, "keyed by uncertain inputs")
  raises(function() mc.quantile(a * 2, 0.5) end, "quantile: needs a distribution")
  raises(function() mc.quantile(a, 2) end, "p must be between 0 and 1")
end)

test("indicators: their mean is a probability", function()
  -- P(U > 0.3) = 0.7 for U uniform(0, 1); SE sqrt(.21/n) = 0.00145 at n = 100,000
  local u = mc.uniform(0, 1)
  local st = mc.run({ u:gt(0.3), u:le(0.3), u:lt(u) }, { samples = 100000, seed = 4 })
  within(st[1].mean, 0.7, 5 * 0.00145, "P(U > 0.3)")
  near(st[1].mean + st[2].mean, 1, 1e-12, "complement")
  eq(st[3].mean, 0.0, "never")
end)

test("run options are checked", function()
  local u = mc.uniform(0, 1)
  raises(function() mc.run({ u }, { samples = 0 }) end, "samples must be an integer between 1 and 100000000")
  raises(function() mc.run({ u }, { samples = 100000001 }) end, "samples must be an integer")
  raises(function() mc.run({ u }, { samples = 1.5 }) end, "samples must be an integer")
  raises(function() mc.run({ u }, { samples = 10, percentiles = { 101 } }) end, "between 0 and 100")
  raises(function() mc.run({ u }, { samples = 10, bins = 0 }) end, "bins must be an integer")
  raises(function() mc.run({ "x" }, { samples = 10 }) end, "output 1 must be a number or an uncertain value")
  local st = mc.run({ u }, { samples = 11, percentiles = { 10, 2.5 }, bins = 4 })[1]
  truthy(st.p[10] and st.p[2.5], "percentile keys")
  eq(#st.hist.counts, 4)
end)

test("kept samples: shape, labels and columns; CSV by the report rules", function()
  local x = mc.label(mc.uniform(0, 1), "x,1")
  local st, kept = mc.run({ x * 2, 3 }, { samples = 4, seed = 1, keep = true })
  truthy(kept, "kept")
  local n, nout, nin = kept:shape()
  eq({ n, nout, nin }, { 4, 2, 1 }, "4 samples, 2 outputs, 1 input")
  eq(kept:labels(), { "x,1" }, "input labels")
  local double, three, xs = kept:column(1), kept:column(2), kept:column(3)
  for k = 1, 4 do
    eq(double[k], 2 * xs[k], "output 1 is twice the input, sample " .. k)
    eq(three[k], 3, "output 2 is the constant 3")
  end
  raises(function() kept:column(4) end, "no such column")
  -- the export: header quoted like every CSV tcost writes, CRLF records, numbers at 15 significant
  -- digits (lib/json.lua's number_text: within 5 parts in 10^15)
  local csv = require("tcost.report.report").samples_csv(kept, { "double" })
  local lines = {}
  for line in csv:gmatch("([^\r\n]*)\r\n") do lines[#lines + 1] = line end
  eq(#lines, 5, "header + 4 CRLF records")
  eq(lines[1], 'double,output_2,"x,1"')
  local a, b, c = lines[2]:match("^([^,]+),([^,]+),([^,]+)$")
  near(tonumber(a), 2 * tonumber(c), 1e-14, "row values")
  near(tonumber(c), xs[1], 5e-15, "numbers read back within 5e-15")
  eq(b, "3")
  eq(st[1].mean, st[1].mean)
  eq(select("#", mc.run({ x }, { samples = 4 })), 1, "no samples unless keep")
end)

test("primitives: numbers, nodes, errors", function()
  eq(prim.rental_cost(100, 2, 0.5), 100.0)
  eq(message(prim.rental_cost, 100, -2, 0), "rental_cost: rate must be a finite number >= 0 (got -2)")
  raises(function() prim.rental_cost(100, 2) end, "rental_cost: expects 3 arguments (gpu_hours, rate, discount), got 2")
  raises(function() prim.rental_cost(mc.uniform(1, 2), 2, 1.5) end, "rental_cost: discount must be")
  local node = prim.rental_cost(mc.uniform(1, 2), 2, 0)
  truthy(mc.isnode(node), "node")
  within(mc.run({ node }, { samples = 100000, seed = 1 })[1].mean, 3, 5 * 2 * 0.2887 / math.sqrt(100000), "mean")
  local bad = prim.rental_cost(mc.normal(0, 1), 2, 0)
  raises(function() mc.run({ bad }, { samples = 100, seed = 1 }) end, ") (in sample ")
  local list = prim.list()
  truthy(#list > 0, "list")
  for _, p in ipairs(list) do
    truthy(type(prim[p.name]) == "function" and type(p.doc) == "string" and #p.args > 0, p.name)
  end
end)

test("stream scopes: an unlabeled value's stream is its place in its scope", function()
  local function draw()
    local a, b = mc.range(1, 2), mc.range(1, 2)
    local st = mc.run({ a, b }, { samples = 64, seed = 3, percentiles = { 50 } })
    return st[1].mean, st[2].mean
  end
  mc.stream_scope(0)
  local a1, b1 = draw()
  mc.range(5, 6) -- another leaf between the two: a counter shared by all would shift the next ones
  mc.stream_scope(0)
  local a2, b2 = draw()
  eq(a2, a1, "first leaf of scope 0 again")
  eq(b2, b1, "second leaf of scope 0 again")
  truthy(a1 ~= b1, "two leaves of one scope have their own streams")
  mc.stream_scope(1)
  local a3 = draw()
  truthy(a3 ~= a1, "scope 1's first leaf differs from scope 0's")
  eq(message(mc.stream_scope, -1):match("scope out of range") ~= nil, true, "negative scope")
end)

test("summarized outputs: same figures as full ones, percentiles only where asked", function()
  local x = mc.label(mc.range(1, 2), "x")
  local y = x * mc.normal(3, 1)
  local full = mc.run({ x, y }, { samples = 5000, seed = 9 })
  local sum = mc.run({ x, y }, { samples = 5000, seed = 9, full = 0, pct_outputs = 1 })
  for i = 1, 2 do
    for _, k in ipairs({ "mean", "sd", "min", "max" }) do eq(sum[i][k], full[i][k], k .. " of output " .. i) end
    eq(sum[i].hist, nil, "no histogram for a summarized output")
    eq(sum[i].rankcorr, nil, "no rank correlations for a summarized output")
  end
  eq(sum[1].p, full[1].p, "percentiles of output 1, exactly those of all samples")
  eq(next(sum[2].p), nil, "output 2 asked for moments only")
  truthy(#full[2].rankcorr == 1 and full[2].rankcorr[1].input == "x", "full output 2 ranks against x")
end)
