-- model/finance.lua: owning a cluster year by year, the finance view beside
-- the per-run charge: the capex spent at year 0, each year's capital cost,
-- maintenance and energy, the rent the cluster's hours save when a rental
-- model gives a rate, what the cluster is worth at the end, and the cash
-- flows discounted at the cost of capital. Two present values follow: of
-- owning's costs alone, and of owning versus renting (the NPV a finance
-- reader means). Computed once after sampling, from each value's mean, and
-- written into the result (JSON: pricing[i].finance.schedule); the report's
-- table only lays it out. The formulas are in docs/pricing.md.
-- What is not here: the yearly figures themselves (model/pricing.lua's own
-- kind), the table (report/view.lua).
local units = require "tcost.lib.units"

local M = {}

-- A straight line runs over the cluster's life and charges an annuity;
-- exponential depreciation holds the cluster for the run's years and sells
-- it, each year charging the value lost plus the cost of capital on the value
-- held (so the capital costs' present values add up to the run's capital
-- charge). A part year comes last; flows at the end of their year.
-- Year fields: year, share (of a whole year), capital_cost (not a cash flow),
-- maintenance, energy, rent_saved (costs positive), residual (the residual or
-- the sale, last year only), cost_flow and cost_pv (owning's own cash and its
-- present value), cash_flow and present_value (owning's net of renting's).
local function schedule(f)
  local P = units.point
  local capex, r = P(f.capex), P(f.cost_of_capital)
  local exp = f.depreciation == "exponential"
  local horizon = exp and P(f.run_years) or P(f.life_years)
  if not (capex and r and horizon and horizon > 0 and horizon <= 100) then return nil end
  local k, maint, energy = exp and (P(f.oom_per_year) or 0), P(f.maintenance_per_year) or 0, P(f.energy_per_year) or 0
  local rent = P(f.rent_per_year)
  local function worth(t) return capex * 10 ^ (-k * t) end
  local residual = exp and worth(horizon) or capex * (P(f.residual_share) or 0)
  local years = {}
  local sum = { capital_cost = 0, maintenance = 0, energy = 0, rent_saved = 0, cost_flow = -capex, cost_pv = -capex,
    cash_flow = -capex, present_value = -capex }
  local n = math.ceil(horizon - 1e-9)
  for t = 1, n do
    local share = math.min(1, horizon - (t - 1))
    local at = t - 1 + share
    local y = { year = t, share = share, maintenance = maint * share, energy = energy * share,
      rent_saved = rent and rent * share or 0, residual = t == n and residual or nil,
      capital_cost = exp and worth(t - 1) * (1 + r) ^ share - worth(at) or (P(f.capital_per_year) or 0) * share }
    y.cost_flow = -(y.maintenance + y.energy) + (y.residual or 0)
    local discount = (1 + r) ^ at
    y.cost_pv = y.cost_flow / discount
    y.cash_flow = y.cost_flow + y.rent_saved
    y.present_value = y.cash_flow / discount
    -- every summed field of a year is a number
    sum.capital_cost, sum.maintenance = sum.capital_cost + y.capital_cost, sum.maintenance + y.maintenance
    sum.energy, sum.rent_saved = sum.energy + y.energy, sum.rent_saved + y.rent_saved
    sum.cost_flow, sum.cost_pv = sum.cost_flow + y.cost_flow, sum.cost_pv + y.cost_pv
    sum.cash_flow, sum.present_value = sum.cash_flow + y.cash_flow, sum.present_value + y.present_value
    years[t] = y
  end
  return { capex = capex, rate = r, horizon = horizon, residual = residual, sold = exp or nil, years = years,
    total = sum, with_rent = rent ~= nil }
end

---Adds the year-by-year schedule to every owned pricing model of a summarized
---scenario (p.finance.schedule), with its two present values beside it:
---`pv_of_costs` (owning's costs alone, less the residual or sale) and, when a
---rental model gives a rate, `npv_vs_renting` (the rent saved less those costs).
---@param s table a scenario of the result, after sampling
function M.finish(s)
  for _, p in ipairs(s.pricing or {}) do
    local f = p.finance
    local sc = f and schedule(f)
    if sc then
      f.schedule = sc
      f.pv_of_costs = sc.total.cost_pv
      f.npv_vs_renting = sc.with_rent and sc.total.present_value or nil
    end
  end
end

return M
