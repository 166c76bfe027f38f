-- test_pricing.lua: every pricing and energy formula against cases worked out
-- by hand (the arithmetic is in the comments), and the invariances a run's
-- cost must keep: splitting a phase, reordering phases, batching files.
local runner = require "tcost.model.runner"
local inflation = require "tcost.model.inflation"
local dates = require "tcost.model.dates"

local run = helper("scenario_files")("pricing").run

local function figure(s, prefix)
  for _, f in ipairs(s.figures) do
    if f.name:sub(1, #prefix) == prefix then return f end
  end
  error("no figure starting with '" .. prefix .. "'")
end

-- The issue's hand case: 1,024 H100 at $33,750, 3-year life, cost of capital
-- 12%, residual 20%, maintenance 2%, utilization 0.9; rental $3/GPU-hour with
-- a 30% discount, so $2.10 is paid.
local HAND = [[
local h = hw "H100"
scenario "hand" {
  phase "run" { gpu = h, gpu_hours = 1e6 },
  energy = { usd_per_kwh = 0 },
  pricing = {
    rental { rate = 3, discount = 0.3 },
    own { units = 1024, unit_price = 33750, life_years = 3, cost_of_capital = 0.12, residual = 0.2,
          maintenance = 0.02, utilization = 0.9 },
  },
}
]]

test("breakeven_against_the_rate_paid", function()
  local s = run(HAND).scenarios[1]
  -- annuity(12%, 3) = 0.12 / (1 − 1.12^−3) = 0.12 / 0.28822 = 0.4163490;
  -- PV(residual) = 0.2 × 33,750 / 1.404928 = 4,804.5167;
  -- capital = (33,750 − 4,804.5167) × 0.4163490 = 12,051.4225 a year; + maintenance 675 = 12,726.4225;
  -- break-even = 12,726.4225 / (8,760 × $2.10 = 18,396) = 0.691804 (69.18%)
  near(figure(s, "Break-even utilization").value, 0.691803787513953, 1e-12, "break-even utilization")
  -- months: net = 33,750 − 4,804.5167 = 28,945.4833; yearly saving S = 2.10 × 8,760 × 0.9 − 675
  -- = 15,881.40; n = −ln(1 − 28,945.4833 × 0.12 / 15,881.40) / ln 1.12 = 2.17784 years = 26.134 months
  near(figure(s, "Break-even months").value, 26.134092453825467, 1e-12, "break-even months")
end)

test("breakeven_months_equal_the_life_at_the_breakeven_utilization", function()
  -- at u = 0.691803787513953 the rent saved repays the net capex in exactly the 3-year life
  local src = HAND:gsub("utilization = 0.9", "utilization = 0.691803787513953")
  local s = run(src).scenarios[1]
  near(figure(s, "Break-even months").value, 36, 1e-9, "months at break-even")
end)

-- The hand case with the owner's electricity: 1 kWh metered per GPU-hour at
-- $0.10, so owning pays $0.10 a GPU-hour that the rate paid ($2.10) includes.
local HAND_E = HAND:gsub('phase "run" { gpu = h, gpu_hours = 1e6 }', 'phase "run" { gpu = h, gpu_hours = 1e6, kwh = 1e6 }')
  :gsub("energy = { usd_per_kwh = 0 }", 'energy = { method = "measured", pue = 1, usd_per_kwh = 0.1 }')

local function finance_block(s)
  local view = require "tcost.report.view"
  for _, b in ipairs(view.build({ scenarios = { s } }).sections[1].blocks) do
    if b.id == "finance" then return b end
  end
end

test("breakeven_counts_the_owners_electricity", function()
  local s = run(HAND_E).scenarios[1]
  -- the rent a used hour saves, less the owner's electricity: $2.10 − $0.10 = $2.00;
  -- break-even = 12,726.4225 / (8,760 × $2.00 = 17,520) = 0.726394 (72.64%, was 69.18% without energy)
  near(figure(s, "Break-even utilization").value, 0.7263939768896506, 1e-12, "break-even utilization")
  -- months: S = 2.00 × 8,760 × 0.9 − 675 = 15,093; n = −ln(1 − 28,945.4833 × 0.12 / 15,093) / ln 1.12
  -- = −ln(0.769863) / 0.113329 = 2.307825 years = 27.694 months (was 26.134)
  local m = figure(s, "Break-even months")
  near(m.value, 27.69389482224785, 1e-12, "break-even months")
  eq(m.within_life, true, "27.7 months within the 3-year life")
  eq(m.life_months, 36, "the life it is measured against")
  truthy(m.note:find("the owner's electricity", 1, true), "the note says energy is counted: " .. m.note)
end)

test("npv_of_owning_versus_renting", function()
  local s = run(HAND_E).scenarios[1]
  local t = finance_block(s)
  local rows = t.rows
  eq(#rows, 5, "year 0, three years, total")
  eq(t.columns[7].head, "Rent saved", "a column for the rent owning saves")
  -- a year of the cluster: 1,024 × 8,760 h × 0.9 = 8,073,216 GPU-h; rent saved at $2.10 = $16,953,753.60;
  -- energy at $0.10 = $807,321.60; maintenance 2% × $34,560,000 = $691,200
  near(rows[2][7].v, 16953753.6, 1e-12, "rent saved")
  near(rows[2][5].v, -807321.6, 1e-12, "energy")
  -- cash: 16,953,753.60 − 807,321.60 − 691,200 = $15,455,232 a year (year 3 adds the residual $6,912,000)
  near(rows[2][8].v, 15455232, 1e-12, "year 1 cash flow")
  -- NPV = −34,560,000 + 15,455,232 × (1 − 1.12^−3) / 0.12 (2.4018313) + 6,912,000 / 1.12^3 (1.404928)
  --     = −34,560,000 + 37,120,856.9 + 4,919,827.7 = +$7,480,684.55
  near(rows[5][9].v, 7480684.548104949, 1e-9, "net present value of owning versus renting")
  -- the costs alone: −34,560,000 − 1,498,521.6 × 2.4018313 + 4,919,827.7 = −$33,239,370.96
  local text = {}
  for _, b in ipairs((require "tcost.report.view").build({ scenarios = { s } }).sections[1].blocks) do
    if b.type == "para" then
      for _, c in ipairs(b.parts) do
        if c.t == "value" then text[#text + 1] = c.v end
      end
    end
  end
  near(text[1], -33239370.962099127, 1e-9, "present value of the costs alone")
  near(text[2], 7480684.548104949, 1e-9, "net present value in the sentence")
  -- the same in the result, for a script (JSON: pricing[i].finance)
  local f = s.pricing[2].finance
  near(f.npv_vs_renting, 7480684.548104949, 1e-9, "finance.npv_vs_renting")
  near(f.pv_of_costs, -33239370.962099127, 1e-9, "finance.pv_of_costs")
  near(f.schedule.years[1].rent_saved, 16953753.6, 1e-12, "schedule: year 1 rent saved")
  near(f.schedule.years[3].residual, 6912000, 1e-12, "schedule: the residual 20% × $34,560,000 in year 3")
end)

test("npv_versus_renting_is_zero_at_the_breakeven_utilization", function()
  -- at u = 72.64% (the break-even with energy) the rent saved over the 3-year life repays owning exactly
  local s = run((HAND_E:gsub("utilization = 0.9", "utilization = 0.7263939768896506"))).scenarios[1]
  near(figure(s, "Break-even months").value, 36, 1e-9, "months at break-even")
  local rows = finance_block(s).rows
  truthy(math.abs(rows[#rows][9].v) < 1e-6, "NPV 0 at break-even, got " .. rows[#rows][9].v)
end)

test("a_breakeven_past_the_life_never_pays", function()
  -- $0.40 paid − $0.10 of electricity = $0.30 margin; break-even = 12,726.4225 / (8,760 × 0.30 = 2,628) = 4.842627:
  -- never, whatever the use; at 90%: S = 0.30 × 8,760 × 0.9 − 675 = 1,690.20; x = 28,945.4833 × 0.12 / 1,690.20
  -- = 2.055 > 1: the saving never repays the capex (no value)
  local s = run((HAND_E:gsub("rental { rate = 3, discount = 0.3 }", "rental { rate = 0.4 }"))).scenarios[1]
  local u = figure(s, "Break-even utilization")
  near(u.value, 4.84262651259767, 1e-12, "needs 484%")
  eq(u.never, true, "above 100%: never")
  local m = figure(s, "Break-even months")
  eq(m.value, nil, "no number of months")
  eq(m.within_life, false, "never within the life")
  eq(u.never_reason, "above_100_percent", "the state named: above 100% use")
  -- S = 1,690.20 a GPU-year ≤ the cost of capital on the net capex, 28,945.4833 × 0.12 = 3,473.46: no horizon repays it
  eq(m.never_reason, "saving_below_cost_of_capital", "the state named: it never pays back at all")
  local view = require "tcost.report.view"
  eq(view.never_text(m), "never pays back (the saving does not cover the cost of capital)", "never, not 'within its life'")
  eq(view.never_text(m, true), "never", "a sweep's cell: bare never, as its legend says")
  -- $0.80 paid: margin $0.70; S = 0.70 × 7,884 − 675 = 4,843.80; x = 3,473.458 / 4,843.80 = 0.717094;
  -- n = −ln(0.282906) / 0.113329 = 11.141391 years = 133.697 months, past the 36-month life
  s = run((HAND_E:gsub("rental { rate = 3, discount = 0.3 }", "rental { rate = 0.8 }"))).scenarios[1]
  m = figure(s, "Break-even months")
  near(m.value, 133.69669177454995, 1e-12, "months past the life")
  eq(m.within_life, false, "past the life")
  eq(m.never_reason, "past_life", "the state named: it pays back, after the life")
  eq(view.never_text(m, true), "past life (134 mo)", "a sweep's cell, with its unit")
  for _, b in ipairs(view.build({ scenarios = { s } }).sections[1].blocks) do
    if b.id == "figures" then
      for _, r in ipairs(b.rows) do
        if r[1].v:find("Break-even months", 1, true) then
          eq(r[2].v, "pays back only after its 3-year life (in 134 months)", "the report says so")
        end
      end
    end
  end
end)

test("owned_cost_per_gpu_hour_is_the_charge", function()
  local s = run(HAND).scenarios[1]
  -- 12,726.4225 / (8,760 × 0.9) = $1.614209 per GPU-hour; 1e6 GPU-h × that = $1,614,208.84 charged
  local rate = figure(s, "Owned cost per GPU-hour").value
  near(rate, 1.6142088375325567, 1e-12, "rate")
  near(s.totals.cost.own, rate * 1e6, 1e-12, "charge = rate × GPU-hours")
end)

local EXP = [[
local h = hw "H100"
scenario "exp" {
  %s
  energy = { usd_per_kwh = 0 },
  pricing = { own { units = 1024, unit_price = 33750, depreciation = "exponential", utilization = 0.9,
                    cost_of_capital = %s } },
}
]]

local function phases(n, total)
  local out = {}
  for i = 1, n do out[#out + 1] = string.format('phase "p%d" { gpu = h, gpu_hours = %.17g },', i, total / n) end
  return table.concat(out, "\n  ")
end

test("exponential_ownership_charged_on_the_whole_run", function()
  -- 5M GPU-h on 1,024 GPUs at 90%: Y = 5e6 / (1,024 × 8,760 × 0.9) = 0.619332 years;
  -- value lost = 34,560,000 × (1 − 10^(−0.14 × 0.619332)) = $6,254,731.99, as one phase, 5 or 50
  for _, k in ipairs({ 1, 5, 50 }) do
    local s = run(EXP:format(phases(k, 5e6), "0")).scenarios[1]
    near(s.totals.cost.own, 6254731.9919695845, 1e-12, k .. " phases")
  end
  -- with 12% cost of capital: 34,560,000 × (1 − 10^(−0.0867065) × 1.12^(−0.619332)) = $8,173,305.97
  local s = run(EXP:format(phases(5, 5e6), "0.12")).scenarios[1]
  near(s.totals.cost.own, 8173305.974922909, 1e-12, "present value")
  near(figure(s, "Owned cost per GPU-hour").value * 5e6, s.totals.cost.own, 1e-12, "rate = charge")
  truthy(s.pricing[1].label:find("OOM/yr", 1, true), "label says exponential: " .. s.pricing[1].label)
  -- the part year is rounded like every figure (audit2 X2: it read "1 (0.619331874682902 yr)")
  local b = finance_block(s)
  eq(b.rows[2][1].v, "1 (0.619 yr)", "part year to 3 figures")
  truthy(b.intro:find("holds the cluster, 0.619 years,", 1, true), "and in the caption")
  -- Capital: the year-end cost 34,560,000 × 1.12^0.619332 − 28,305,123 = $8.77M, whose present value
  -- is the $8.17M charge (audit2 X1): the caption says so, and the Total row leaves Capital blank
  truthy(b.intro:find("its present value is the charge that prices the run", 1, true), "capital vs charge")
  eq(b.rows[#b.rows][3].v, "", "Capital is not totalled")
end)

test("exponential_refuses_straight_line_fields", function()
  raises(function()
    run('scenario "x" { phase "p" { gpu = hw "H100", gpu_hours = 1 }, pricing = { own { units = 1, unit_price = 1, ' ..
      'utilization = 1, depreciation = "exponential", life_years = 3 } } }')
  end, "life_years and residual apply to the straight line")
end)

test("breakeven_against_a_per_accelerator_rate", function()
  local s = run((HAND:gsub("rental { rate = 3, discount = 0.3 }", "rental { rates = { H100 = 3, H800 = 1 }, discount = 0.3 }")))
    .scenarios[1]
  -- the H100 cluster compares with the H100 rate, $3 × 0.7 = $2.10: the same 69.18%
  near(figure(s, "Break-even utilization").value, 0.691803787513953, 1e-12, "per-accelerator rate")
end)

test("purchase_by_hand", function()
  local s = run([[scenario "b" {
  phase "a" { gpu = hw "H100", gpu_hours = 250 }, phase "b" { gpu = hw "H100", gpu_hours = 750 },
  pricing = { buy { units = 1000, unit_price = 30000, capex_factor = 1.64, network_factor = 1.23 } } }]]).scenarios[1]
  -- 1,000 × $30,000 × 1.64 × 1.23 = $60,516,000, spent once: no phase carries a share of it
  near(s.totals.cost.buy, 60516000, 1e-15, "capex")
  near(s.pricing[1].spent_once, 60516000, 1e-15, "spent once")
  eq(s.phases[1].cost.buy, nil, "no share for a phase")
  eq(s.phases[2].cost.buy, nil, "no share for a phase")
  -- with a cluster line of 10%: $6,051,600 more, added to the sum spent once
  local c = run([[scenario "b" { phase "a" { gpu = hw "H100", gpu_hours = 250 },
  pricing = { buy { units = 1000, unit_price = 30000, capex_factor = 1.64, network_factor = 1.23,
    cluster_costs = { storage = 0.10 } } } }]]).scenarios[1]
  near(c.totals.cost.buy, 66567600, 1e-15, "capex + 10% storage")
  -- a reconciliation goes from a headline phase to a fuller cost: a purchase has none
  raises(function()
    run([[scenario "r" { phase "a" { gpu = hw "H100", gpu_hours = 250, headline = true },
  phase "b" { gpu = hw "H100", gpu_hours = 750 },
  pricing = { buy { units = 8, unit_price = 30000 } }, reconcile = { pricing = "buy", steps = { { "a", phases = { "a" } } } } }]])
  end, "reconcile: pricing 'buy' is a purchase")
end)

test("ownership_is_per_accelerator", function()
  raises(function()
    run([[scenario "x" {
  phase "h" { gpu = hw "H100", gpu_hours = 10 },
  phase "a100 part" { gpu = hw "A100 SXM 80GB", gpu_hours = 10 },
  pricing = { own { units = 8, unit_price = 30000, life_years = 4, utilization = 0.5 } } }]])
  end, "phase 'a100 part' runs on A100 SXM 80GB, but the cluster holds H100 SXM")
  raises(function()
    run([[scenario "x" { phase "h" { gpu = hw "H100", gpu_hours = 10 },
  pricing = { buy { units = 8, unit_price = 30000, gpu = "H800" } } }]])
  end, "phase 'h' runs on H100 SXM, but the cluster holds H800 SXM")
end)

test("a_cluster_says_how_to_price_other_accelerators", function()
  local s = run([[scenario "x" {
  phase "h" { gpu = hw "H100", gpu_hours = 8760 },
  phase "a" { gpu = hw "A100 SXM 80GB", gpu_hours = 1000 },
  energy = { usd_per_kwh = 0 },
  pricing = { own { gpu = "H100", units = 1, unit_price = 8760, life_years = 1, utilization = 1,
                    others = rental { rate = 2 } } } }]]).scenarios[1]
  -- H100: $8,760 over a 1-year life at full use = $1/GPU-h × 8,760 = $8,760; A100 rented: 1,000 × $2 = $2,000
  eq(s.phases[1].cost.own, 8760, "owned phase")
  eq(s.phases[2].cost.own, 2000, "the other accelerator, rented")
  eq(s.totals.cost.own, 10760, "total")
  truthy(s.pricing[1].label:find("other accelerators: Rental at $2/GPU-h", 1, true), s.pricing[1].label)
end)

test("energy_in_the_total_of_a_cluster_with_rented_others", function()
  local view = require "tcost.report.view"
  local s = run([[scenario "x" {
  phase "h" { gpu = hw "H100", gpu_hours = 8760, kwh = 1000 },
  phase "a" { gpu = hw "A100 SXM 80GB", gpu_hours = 1000, kwh = 500 },
  energy = { method = "measured", pue = 1, usd_per_kwh = 0.1 },
  pricing = { own { gpu = "H100", units = 1, unit_price = 8760, life_years = 1, utilization = 1,
                    others = rental { rate = 2 } },
              own "both" { gpu = "H100", units = 1, unit_price = 8760, life_years = 1, utilization = 1,
                    others = own { units = 1, unit_price = 1000, life_years = 1, utilization = 1000 / 8760 } } } }]]).scenarios[1]
  -- the owner pays the H100's electricity, 1,000 kWh × $0.10 = $100; the rented A100's
  -- 500 kWh ($50) is in its $2 rate: total $8,760 + $100 + 1,000 × $2 = $10,860
  eq(s.totals.energy_cost, 150, "the run's electricity: 1,500 kWh × $0.10")
  eq(s.pricing[1].energy_cost, 100, "in own's total: the H100 phase only")
  eq(s.totals.cost.own, 10860, "total")
  eq(s.pricing[1].energy, "added for H100 SXM; in the rate for the other accelerators", "said")
  -- owned others add theirs too: $100 + $50 = $150 (A100: $1,000 over 1,000 h = $1,000, + $50)
  eq(s.pricing[2].energy_cost, 150, "both clusters' electricity")
  eq(s.pricing[2].energy, "added", "one word when both add")
  eq(s.totals.cost.both, 8760 + 100 + 1000 + 50, "total with an owned other cluster")
  local rows
  for _, b in ipairs(view.build({ scenarios = { s } }).sections[1].blocks) do
    if b.id == "totals" then rows = b.rows end
  end
  local found = {}
  for _, r in ipairs(rows) do if r.measure == "energy_in_total" then found[#found + 1] = r end end
  eq(found[1][1].v, "Energy in the total, own (H100 SXM only)", "label")
  eq(found[1][2].v, 100, "row: $100, not the run's $150")
  eq(found[2][2].v, 150, "row of both")
end)

test("cash_flows_of_exponential_ownership", function()
  local view = require "tcost.report.view"
  -- 65,700 GPU-h on 10 GPUs at 50%: 65,700 / (10 × 8,760 × 0.5) = 1.5 cluster-years held, then sold
  local s = run([[scenario "expo" {
  phase "run" { gpu = hw "H100", gpu_hours = 65700, kwh = 30000 },
  energy = { method = "measured", pue = 1, usd_per_kwh = 0.1 },
  pricing = { own { units = 10, unit_price = 10000, depreciation = "exponential", oom_per_year = 0.1,
                    cost_of_capital = 0.1, maintenance = 0.02, utilization = 0.5 } } }]]).scenarios[1]
  local t
  for _, b in ipairs(view.build({ scenarios = { s } }).sections[1].blocks) do
    if b.id == "finance" then t = b end
  end
  truthy(t, "an exponential owner gets the cash-flow table")
  local rows = t.rows
  eq(#rows, 4, "year 0, year 1, the half year 2, total")
  -- capex 10 × $10,000 = $100,000 at year 0; maintenance 2% = $2,000 a year; energy
  -- 30,000 kWh × $0.10 = $3,000 over 1.5 years = $2,000 a year
  eq(rows[1][2].v, -100000, "capex")
  -- worth: V(t) = 100,000 × 10^(−0.1 t): V(1) = 79,432.8235, V(1.5) = 70,794.5784
  -- year 1 capital cost: 100,000 × 1.1 − 79,432.8235 = 30,567.1765
  near(rows[2][3].v, 30567.176527571864, 1e-12, "year 1 capital cost")
  eq(rows[2][4].v, -2000, "year 1 maintenance")
  eq(rows[2][5].v, -2000, "year 1 energy")
  -- year 1 cash −$4,000, discounted: −4,000 / 1.1 = −3,636.3636
  near(rows[2][8].v, -3636.363636363636, 1e-12, "year 1 present value")
  eq(rows[3][1].v, "2 (0.5 yr)", "a half year")
  -- year 2 (half): 79,432.8235 × 1.1^0.5 − 70,794.5784 = 83,309.8481 − 70,794.5784 = 12,515.2697
  near(rows[3][3].v, 12515.269654606556, 1e-10, "half-year capital cost")
  eq(rows[3][4].v, -1000, "half a year's maintenance")
  -- sold at 70,794.5784; cash 70,794.5784 − 1,000 − 1,000 = 68,794.5784, at 1.5 years:
  -- / 1.1^1.5 (1.1536897) = 59,630.0517
  near(rows[3][6].v, 70794.5784384138, 1e-12, "sale")
  near(rows[3][8].v, 59630.05171268091, 1e-12, "half-year present value")
  -- NPV = −100,000 − 3,636.3636 + 59,630.0517 = −44,006.3119
  near(rows[4][8].v, -44006.31192368272, 1e-12, "net present value")
  -- in the result: no rental to compare with, so no NPV versus renting; the costs' present value
  near(s.pricing[1].finance.pv_of_costs, -44006.31192368272, 1e-12, "finance.pv_of_costs")
  eq(s.pricing[1].finance.npv_vs_renting, nil, "no rental: no NPV versus renting")
  eq(s.pricing[1].finance.schedule.sold, true, "sold at the end")
  -- the capital costs' present values, 30,567.1765 / 1.1 + 12,515.2697 / 1.1^1.5 = 38,636.3799, equal the
  -- run's capital charge 100,000 × (1 − 10^−0.15 × 1.1^−1.5); + maintenance 3,000 + energy 3,000
  near(s.totals.cost.own, 38636.3799432362 + 3000 + 3000, 1e-12, "the run's total")
end)

test("a_purchase_total_is_the_capex_exactly", function()
  -- 2,048 × $20,000 = $40,960,000, shared by GPU-hours over four phases: the shares added up
  -- came to 40959999.99999999; the total is the capex itself
  local s = run([[scenario "b" {
  phase "a" { gpu = hw "H800", gpu_hours = 2664e3 }, phase "b" { gpu = hw "H800", gpu_hours = 119e3 },
  phase "c" { gpu = hw "H800", gpu_hours = 5e3 }, phase "d" { gpu = hw "H800", gpu_hours = 147e3 },
  pricing = { buy { units = 2048, unit_price = 20000 } } }]]).scenarios[1]
  eq(s.totals.cost.buy, 40960000, "exact total")
  -- a rented other accelerator adds its own cost: $40,960,000 + 1,000 GPU-h × $2 = $40,962,000
  s = run([[scenario "b" {
  phase "a" { gpu = hw "H800", gpu_hours = 2664e3 }, phase "b" { gpu = hw "H800", gpu_hours = 119e3 },
  phase "x" { gpu = hw "H100", gpu_hours = 1000 },
  pricing = { buy { units = 2048, unit_price = 20000, others = rental { rate = 2 } } } }]]).scenarios[1]
  eq(s.totals.cost.buy, 40962000, "with rented others")
end)

test("labels_say_rates_as_reports_do", function()
  local s = run([[scenario "l" { phase "p" { gpu = hw "H100", gpu_hours = 10 },
  pricing = { rental "a" { rate = 2 }, rental "b" { rate = 2.5 }, rental "c" { rate = 3.58 / 3 } } }]]).scenarios[1]
  eq(s.pricing[1].label, "Rental at $2/GPU-h", "a whole rate")
  eq(s.pricing[2].label, "Rental at $2.5/GPU-h", "as written")
  -- 3.58 / 3 = 1.19333…: three significant digits, not %g's six
  eq(s.pricing[3].label, "Rental at $1.19/GPU-h", "rounded as reports round")
end)

test("ownership_defaults_are_declared_assumptions", function()
  local src = [[scenario "d" { phase "p" { gpu = hw "H100", gpu_hours = 8760 },
  energy = { usd_per_kwh = 0 },
  pricing = { own { units = 1, unit_price = 8760, life_years = 1, utilization = 1 } } }]]
  local r = run(src)
  local names = {}
  for _, a in ipairs(r.assumptions) do names[a.name] = a end
  truthy(names.cost_of_capital and names.cost_of_capital.source:find("[cottier-rising-costs-2024]", 1, true), "cost_of_capital")
  truthy(names.residual and names.maintenance, "residual and maintenance listed")
  -- $8,760 over 1 year at full use: $1/GPU-h × 8,760 h = $8,760
  near(r.scenarios[1].totals.cost.own, 8760, 1e-15, "no capital cost by default")
  -- --set cost_of_capital=0.1: one year's annuity is 1.1 → $9,636
  near(run(src, { sets = { "cost_of_capital=0.1" } }).scenarios[1].totals.cost.own, 9636, 1e-13, "--set")
end)

-- Every kind: one phase, the same GPU-hours in 7 unequal phases, and those
-- reversed give the same total.
local KINDS = {
  'rental { rate = 2.5, discount = 0.1 }',
  'rental { rates = { H100 = 2.2 } }',
  'own { units = 512, unit_price = 30000, life_years = 4, residual = 0.1, cost_of_capital = 0.08, maintenance = 0.03, utilization = 0.7 }',
  'own { units = 512, unit_price = 30000, depreciation = "exponential", cost_of_capital = 0.08, utilization = 0.7 }',
  'buy { units = 512, unit_price = 30000 }',
  'amortized { unit_price = 30000, acquired = "2023-01-01", start = "2023-06-01" }',
  'cloud { provider = "P", date = "2023-06-01", prices = { { gpu = "H100", provider = "P", date = "2023-01-01", ["3-year"] = 2, source = "test" } } }',
  'custom "per hour" (function(p) return p.gpu_hours * 1.5 + p.energy_cost end)',
}

-- Two phases share one accelerator entry (hw "H100"); a custom pricing
-- function is handed its own copy, so what it changes there is not what the
-- next phase, or the model, reads: each phase costs its 100 GPU-hours × $1.
test("a_custom_pricing_function_cannot_change_the_accelerator", function()
  local s = run([[
local h = hw "H100"
scenario "s" {
  phase "a" { gpu = h, gpu_hours = 100 },
  phase "b" { gpu = h, gpu_hours = 100 },
  pricing = { custom "c" (function(p)
    local usd = p.gpu.name == "H100 SXM" and p.gpu_hours or 0
    p.gpu.name, p.gpu.tflops.bf16 = "forged", 1
    return usd
  end) },
}]]).scenarios[1]
  eq(s.totals.cost.c, 200, "both phases saw the H100 SXM")
  eq(s.phases[2].gpu, "H100 SXM", "the phase's accelerator")
end)

test("splitting_and_reordering_never_change_a_total", function()
  local parts = { 0.31, 0.02, 0.17, 0.05, 0.23, 0.12, 0.10 }
  for _, kind in ipairs(KINDS) do
    local function total(list)
      local src = 'local h = hw "H100"\nscenario "s" {\n' .. table.concat(list, "\n") ..
        '\n  energy = { usd_per_kwh = 0.08 },\n  pricing = { ' .. kind .. ' } }'
      local s = run(src).scenarios[1]
      return s.totals.cost[s.pricing[1].key]
    end
    local whole = total({ 'phase "all" { gpu = h, gpu_hours = 4e6 },' })
    local split, reversed = {}, {}
    for i, f in ipairs(parts) do
      split[i] = string.format('phase "p%d" { gpu = h, gpu_hours = %.17g },', i, 4e6 * f)
      reversed[#parts + 1 - i] = split[i]
    end
    near(total(split), whole, 1e-12, kind .. " split")
    near(total(reversed), whole, 1e-12, kind .. " reordered")
  end
end)

test("whole_numbers_never_wrap", function()
  local s = run('scenario "big" { phase "p" { gpu = hw "H100", gpus = 1 << 62, hours = 4 },\n' ..
    '  pricing = { rental { rate = 1 } } }').scenarios[1]
  -- 2^62 × 4 = 2^64 = 18,446,744,073,709,551,616 GPU-hours, a float, never 0
  eq(s.totals.gpu_hours, 2.0 ^ 64, "GPU-hours")
  truthy(s.totals.gpu_hours > 0, "positive")
  -- two phases of 2^62 GPU-hours each, plus experiments at 4× and a fixed cost of 2^62 dollars:
  -- 2^63 GPU-hours + 4 × 2^63 = 5 × 2^63 = 4.6e19 (an integer sum would wrap to a negative number)
  s = run('scenario "big" { phase "a" { gpu = hw "H100", gpu_hours = 1 << 62 },\n' ..
    '  phase "b" { gpu = hw "H100", gpu_hours = 1 << 62 }, experiments { multiple = 4 },\n' ..
    '  fixed { amount = 1 << 62, source = "t" }, pricing = { rental { rate = 1 } } }').scenarios[1]
  eq(s.totals.gpu_hours, 5 * 2.0 ^ 63, "summed GPU-hours")
  eq(s.totals.other_cost, 2.0 ^ 62, "other costs")
end)

test("reconciliation_ratio_is_the_ratio_of_the_totals_shown", function()
  local r = run([[
assume "rate" { uniform(1, 3), unit = "USD/GPU-hour", source = "test" }
scenario "r" {
  phase "head" { gpu = hw "H100", gpu_hours = 1000, headline = true },
  phase "rest" { gpu = hw "H100", gpu_hours = 9000 },
  fixed "other" { amount = 50000, source = "test" },
  pricing = { rental { rate = rate } } }]], { samples = 2000, seed = 3 })
  local st = r.scenarios[1].reconciliation.steps
  for i = 2, #st do
    near(st[i].ratio, st[i].total.mean / st[1].total.mean, 1e-15, "step " .. i)
  end
end)

-- Energy conventions ------------------------------------------------------

test("energy_epoch_method", function()
  local s = run([[scenario "e" {
  phase "a" { gpu = hw "A100 SXM 80GB", gpu_hours = 1000 },
  phase "t" { gpu = hw "TPU v4", gpu_hours = 1000, watts = 170 },
  energy = { usd_per_kwh = 0.1 }, pricing = { rental { rate = 1 } } }]]).scenarios[1]
  -- A100: 1,000 × 0.4 kW × 0.75 × (6.5 / 8 / 0.4 = 2.03125) × 1.25 = 761.71875 kWh → $76.17
  near(s.phases[1].energy_kwh, 761.71875, 1e-15, "A100 kWh")
  near(s.phases[1].energy_cost, 76.171875, 1e-15, "A100 $")
  -- TPU v4 at 170 W: 1,000 × 0.17 × 0.43 × 1.56 × 1.25 = 142.545 kWh → $14.25
  near(s.phases[2].energy_kwh, 142.545, 1e-14, "TPU kWh")
  eq(s.energy.method, "epoch", "the report names the method")
end)

test("energy_gpu_tdp_method", function()
  local s = run([[scenario "e" {
  phase "a" { gpu = hw "A100 SXM 80GB", gpu_hours = 1720320 },
  phase "h" { gpu = hw "H100", gpu_hours = 1000 },
  energy = { method = "gpu-tdp", usd_per_kwh = 0.1 }, pricing = { rental { rate = 1 } } }]]).scenarios[1]
  -- Llama 2 70B: 1,720,320 GPU-h × 0.4 kW × 1.1 (PUE) = 756,940.8 kWh → $75,694.08
  near(s.phases[1].energy_kwh, 756940.8, 1e-15, "A100 kWh")
  near(s.phases[1].energy_cost, 75694.08, 1e-15, "A100 $")
  -- 1,000 H100-h × 0.7 kW × 1.1 = 770 kWh → $77.00
  near(s.phases[2].energy_kwh, 770, 1e-15, "H100 kWh")
  eq(s.energy.method, "gpu-tdp", "method")
end)

test("energy_measured_method", function()
  local src = [[scenario "e" {
  phase "a" { gpu = hw "H100", gpu_hours = 1000, kwh = 1234.5 },
  phase "b" { gpu = hw "H100", gpu_hours = 10, kwh = 20 },
  energy = { method = "measured", usd_per_kwh = 0.2 %s }, pricing = { rental { rate = 1 } } }]]
  -- metered at the facility: 1,234.5 kWh as given → $246.90; 20 kWh → $4.00
  local s = run(src:format("")).scenarios[1]
  near(s.phases[1].energy_kwh, 1234.5, 1e-15, "kWh")
  near(s.phases[1].energy_cost, 246.9, 1e-15, "$")
  -- metered at the IT load with PUE 1.2: 20 × 1.2 = 24 kWh → $4.80
  s = run(src:format(", pue = 1.2")).scenarios[1]
  near(s.phases[2].energy_kwh, 24, 1e-15, "kWh × PUE")
  near(s.phases[2].energy_cost, 4.8, 1e-15, "$ × PUE")
  raises(function() run((src:format(""):gsub(", kwh = 20", ""))) end, "needs kwh")
end)

-- Dates and the price index -----------------------------------------------

test("dates_give_durations", function()
  local a, b = dates.parse("2019-10-01"), dates.parse("2020-05-28")
  -- Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 29 (2020 leaps) + Mar 31 + Apr 30 + 27 = 240 days
  eq(dates.days(a, b), 240, "days")
  near(dates.years(dates.parse("2018-06-25"), a), 463 / 365.25, 1e-15, "years")
  local s = run([[scenario "d" { phase "p" { gpu = hw "H100", gpus = 100, start = "2024-02-27", finish = "2024-03-02" },
  pricing = { rental { rate = 2 } } }]]).scenarios[1]
  -- Feb 27 → Mar 2, 2024 (a leap year) is 4 days: 100 × 96 h = 9,600 GPU-h → $19,200
  eq(s.totals.gpu_hours, 9600, "GPU-hours")
  eq(s.totals.cost.rental, 19200, "cost")
  -- gpus alone: the scenario's dates, 2024-01-01 → 2024-01-31 = 30 days × 24 h × 100 GPUs = 72,000 GPU-h
  s = run([[scenario "d" { phase "p" { gpu = hw "H100", gpus = 100 },
  dates = { start = "2024-01-01", finish = "2024-01-31" }, pricing = { rental { rate = 2 } } }]]).scenarios[1]
  eq(s.totals.gpu_hours, 72000, "from the scenario's dates")
  eq(s.phases[1].hours, 720, "wall-clock hours")
  raises(function()
    run('scenario "d" { phase "p" { gpu = hw "H100", gpus = 100 }, pricing = { rental { rate = 2 } } }')
  end, "gpus alone takes its hours from the scenario's dates")
  local _, err = dates.parse("2023-02-29")
  truthy(err and err:find("day out of range"), "no Feb 29 in 2023")
end)

test("price_index_converts_dollars", function()
  -- PPI PCU518210518210: May 2020 = 113.4, Dec 2024 = 119.349 → × 1.0524603
  near(inflation.factor("2020-05-28", "2024-12"), 119.349 / 113.4, 1e-15, "2020-05 → 2024-12")
  -- 2023 average = (117.19 + 117.529 + 117.766 + 117.726 + 117.818 + 118.064 + 118.355 + 118.474
  --   + 118.297 + 118.513 + 118.752 + 119.029) / 12 = 1,417.513 / 12 = 118.12608
  near(inflation.value(2023), 1417.513 / 12, 1e-14, "2023 average")
  local s = run([[scenario "i" { phase "p" { gpu = hw "H100", gpu_hours = 1000 },
  dates = { published = "2020-05-28" }, dollars = "2024-12",
  energy = { usd_per_kwh = 0 }, pricing = { rental { rate = 2 } } }]]).scenarios[1]
  -- 1,000 × $2 = $2,000 of May 2020 × 119.349 / 113.4 = $2,104.92 of Dec 2024
  near(s.totals.cost.rental, 2000 * 119.349 / 113.4, 1e-15, "converted")
  raises(function()
    run([[scenario "i" { phase "p" { gpu = hw "H100", gpu_hours = 1 }, dates = { published = "1999-01-01" },
  dollars = 2024, pricing = { rental { rate = 2 } } }]])
  end, "the price index has no value for 1999-01")
end)

test("money_figures_follow_the_dollars_of_the_totals", function()
  -- a purchase of 10 × $2,000 in May 2020, reported in December 2024 dollars: the total and the purchase
  -- price figure are both $20,000 × 119.349 / 113.4 = $21,049.21 (the figure stayed $20,000 before);
  -- an owner's capex in the cash-flow view too; the break-even ratio does not move (every sum scales alike)
  local src = [[scenario "d" { phase "p" { gpu = hw "H100", gpu_hours = 1000 },
  dates = { published = "2020-05-28" }, %s energy = { usd_per_kwh = 0 },
  pricing = { rental { rate = 2 }, buy { units = 10, unit_price = 2000 },
    own { units = 10, unit_price = 2000, life_years = 2, utilization = 0.5 } } }]]
  local s = run(src:format('dollars = "2024-12",')).scenarios[1]
  local k = 119.349 / 113.4
  near(s.totals.cost.buy, 20000 * k, 1e-15, "total")
  near(figure(s, "Purchase price").value, 20000 * k, 1e-15, "the figure in the same dollars")
  truthy(figure(s, "Purchase price").note:find("in 2024-12 dollars", 1, true), "the note says which dollars")
  near(s.pricing[3].finance.capex, 20000 * k, 1e-15, "the owner's capex")
  -- capital $2,000 / 2 years = $1,000 a GPU-year (r = 0) / (8,760 × $2) = 5.71%, with or without conversion
  local plain = run(src:format("")).scenarios[1]
  near(figure(s, "Break-even utilization").value, figure(plain, "Break-even utilization").value, 1e-15,
    "a ratio stays")
  near(figure(plain, "Break-even utilization").value, 1000 / (8760 * 2), 1e-15, "1,000 / 17,520")
end)

-- Epoch AI's methods ------------------------------------------------------

test("amortized_by_hand", function()
  local src = [[scenario "a" { phase "p" { gpu = hw "H100", gpu_hours = %s },
  energy = { usd_per_kwh = 0 },
  pricing = { amortized { unit_price = %s, acquired = "%s", start = "%s" %s } } }]]
  -- a $10,000 GPU, no interconnect, new at the start: one Julian year (8,766 GPU-h) costs
  -- 10,000 × 0.14 × ln 10 = $3,223.62
  local s = run(src:format("8766", "10000", "2024-01-01", "2024-01-01", ", interconnect = 0")).scenarios[1]
  near(s.totals.cost.amortized, 3223.6191301916647, 1e-13, "one year")
  -- $30,000, interconnect 19%: 30,000 / 0.81 = 37,037.04; 151 days old (2023-01-01 → 06-01):
  -- × 10^(−0.14 × 151 / 365.25) = × 0.875229 = 32,415.90; × 0.322362 / 8,766 × 1e6 = $1,192,066.07
  s = run(src:format("1e6", "30000", "2023-01-01", "2023-06-01", "")).scenarios[1]
  near(s.totals.cost.amortized, 1192066.0741536736, 1e-12, "written down and amortized")
  near(figure(s, "Hardware value").value, 32415.89897566405, 1e-12, "value at start")
  raises(function() run(src:format("1", "1", "2024-02-01", "2024-01-01", "")) end, "is before the hardware was acquired")
end)

local CLOUD = [[scenario "c" { phase "p" { gpu = hw "%s", gpu_hours = 1000 },
  pricing = { cloud { provider = "%s", date = "2023-06-01", prices = {
    { gpu = "H100", provider = "Microsoft Azure", date = "2023-01-01", ["1-year"] = 2.00, source = "t" },
    { gpu = "H100", provider = "Amazon Web Services", date = "2023-03-01", ["3-year"] = 1.45, source = "t" },
    { gpu = "H100", provider = "Amazon Web Services", date = "2023-07-01", ["3-year"] = 9.99, source = "t" },
    { gpu = "TPU v4", provider = "Google Cloud", date = "2023-09-01", ["3-year"] = 1.20, source = "t" },
  } } } }]]

test("cloud_by_hand", function()
  -- Azure has no 3-year listing: AWS (the next provider) has one, dated 2023-03-01, the last
  -- before 2023-06-01 (the 2023-07-01 listing is later): 1,000 × $1.45 = $1,450
  local s = run(CLOUD:format("H100", "Microsoft Azure")).scenarios[1]
  eq(s.totals.cost.cloud, 1450, "next provider, same tier")
  -- a TPU is sold only by its own provider: Google's listing after the date, $1.20 → $1,200
  s = run(CLOUD:format("TPU v4", "Google Cloud")).scenarios[1]
  near(s.totals.cost.cloud, 1200, 1e-15, "listing after the date")
  -- Lambda Labs has no listing at all: AWS's 3-year $1.45 again
  s = run(CLOUD:format("H100", "Lambda Labs")).scenarios[1]
  near(s.totals.cost.cloud, 1450, 1e-15, "provider fallback")
end)

test("cloud_carries_a_tier_over_at_the_providers_discounts", function()
  local s = run([[scenario "c" { phase "p" { gpu = hw "H100", gpu_hours = 1000 },
  pricing = { cloud { provider = "Microsoft Azure", date = "2023-06-01", prices = {
    { gpu = "H100", provider = "Microsoft Azure", date = "2023-01-01", ["1-year"] = 2.00, source = "t" } } } } }]])
    .scenarios[1]
  -- only Azure's 1-year price: 3-year = 2.00 × (1 − 0.49) / (1 − 0.25) = 2.00 × 0.68 = $1.36 → $1,360
  near(s.totals.cost.cloud, 1360, 1e-14, "1-year carried to 3-year")
  truthy(figure(s, "Cloud price").note:find("carried from 1-year", 1, true), "the figure says so")
end)

-- The three examples reproduce Epoch AI's published estimates (model_costs.csv
-- of training-cost-trends, December 2024 dollars); the arithmetic is in each
-- example's header.
test("epoch_examples_reproduce_epoch", function()
  local cases = {
    { "examples/epoch/gpt3_175b.lua", 1, "amortized", 2198104.5650957455 },
    { "examples/epoch/gpt3_175b.lua", 1, "cloud", 4336473.295238095 },
    { "examples/epoch/palm_540b.lua", 1, "amortized", 2864192.456611229 },
    { "examples/epoch/palm_540b.lua", 2, "cloud", 13947799.456518434 },
    { "examples/epoch/llama2_70b.lua", 1, "amortized", 1102561.1942339484 },
    -- −0.44%: Epoch's cloud estimate takes 1,000 × 1,728 h, not the 1,720,320 GPU-hours
    { "examples/epoch/llama2_70b.lua", 1, "cloud", 3153947.702420683, 0.0045 },
    -- the up-front acquisition: units × price / (1 − 0.19), in December 2024 dollars
    { "examples/epoch/gpt3_175b.lua", 1, "buy", 242000906.32961005 },
    { "examples/epoch/palm_540b.lua", 1, "buy", 65515455.855884165 },
    { "examples/epoch/llama2_70b.lua", 1, "buy", 30967792.282164294 },
  }
  for _, c in ipairs(cases) do
    local r = runner.run(c[1], {})
    near(r.scenarios[c[2]].totals.cost[c[3]], c[4], c[5] or 1e-6, c[1] .. " " .. c[3])
  end
end)

test("set_on_a_correlated_assumption_drops_the_correlation", function()
  local src = [[
assume "rate" { range(1.5, 3), unit = "USD/GPU-hour", source = "test" }
assume "unit_price" { range(20000, 30000), unit = "USD/GPU", source = "test" }
correlate(rate, unit_price, 0.6)
scenario "c" { phase "p" { gpu = hw "H800", gpu_hours = 1e6 },
  pricing = { rental { rate = rate }, own { units = 2048, unit_price = unit_price, life_years = 4, utilization = 0.7 } } }
]]
  local r = run(src, { sets = { "rate=2.5" }, samples = 1000 })
  -- 1,000,000 GPU-h × $2.50 = $2,500,000, exactly: rate is a number now
  eq(r.scenarios[1].totals.cost.rental, 2500000, "rental at the set rate")
  local note
  for _, a in ipairs(r.assumptions) do if a.name == "rate" then note = a.note end end
  truthy(note and note:find("correlation (rank 0.6", 1, true) and note:find("dropped", 1, true), "the report says so")
  truthy(#r.warnings > 0 and r.warnings[1].message:find("correlation", 1, true), "a warning too")
  -- with a distribution the correlation stays
  r = run(src, { sets = { "rate=range(1, 2)" }, samples = 1000 })
  eq(#r.warnings, 0, "no warning when it stays uncertain")
end)

test("cloud_reads_the_catalogs_dated_prices", function()
  local src = [[scenario "c" { phase "p" { gpu = hw "A100 SXM 80GB", gpu_hours = 1000 },
  pricing = { cloud { provider = "%s", date = "%s" } } }]]
  -- the catalog's AWS p4de 3-year $1.81 listed 2022-12-09, the last before 2023-01-07: $1,810
  near(run(src:format("AWS", "2023-01-07")).scenarios[1].totals.cost.cloud, 1810, 1e-15, "AWS")
  -- Azure 3-year $1.80 listed 2022-05-30, the last before 2022-06-01: $1,800
  near(run(src:format("Microsoft Azure", "2022-06-01")).scenarios[1].totals.cost.cloud, 1800, 1e-15, "Azure")
end)

test("an_uncertain_breakeven_gives_the_probability_of_paying_back", function()
  -- rent ~ uniform(0, 2) a GPU-hour; the owner's electricity 5 kWh × $0.10 = $0.50 a GPU-hour, so a used
  -- hour saves rate − 0.50, negative below $0.50 (those samples never pay: they must not stop the run).
  -- 10 GPUs at $8,760, 2-year life, r = 0, no residual or maintenance, 50% use: net $8,760 a GPU,
  -- months = 12 × 8,760 / ((rate − 0.5) × 8,760 × 0.5) = 24 / (rate − 0.5), within the 24-month life
  -- when rate − 0.5 ≥ 1, i.e. rate ≥ 1.5: probability (2 − 1.5) / 2 = 25%
  -- (20,000 samples: standard error √(0.25 × 0.75 / 20,000) = 0.31 points)
  local s = run([[scenario "u" {
  phase "run" { gpu = hw "H100", gpu_hours = 1000, kwh = 5000 },
  energy = { method = "measured", pue = 1, usd_per_kwh = 0.1 },
  pricing = { rental { rate = uniform(0, 2) },
    own { units = 10, unit_price = 8760, life_years = 2, utilization = 0.5 } } }]]).scenarios[1]
  local p = figure(s, "Probability owning pays back within the life")
  truthy(math.abs(p.value.mean - 0.25) < 0.0125, "25% of samples pay back, got " .. p.value.mean)
  local m = figure(s, "Break-even months")
  -- a sample that never pays counts as 1,200 months: the median (rate 1) is 24 / 0.5 = 48 months
  truthy(m.value.max <= 1200 and math.abs(m.value.p50 - 48) < 2, "capped, median 48: " .. m.value.p50)
  truthy(m.note:find("counts as 1,200 months", 1, true), "the note says so")
  eq(m.within_life, nil, "an uncertain figure is not judged never or within")
  local u = figure(s, "Break-even utilization")
  -- 4,380 a GPU-year / (8,760 × (rate − 0.5)): at the median rate 1, 100%
  truthy(u.value.max <= 10 and math.abs(u.value.p50 - 1) < 0.05, "utilization capped at 1,000%, median 100%")
end)
