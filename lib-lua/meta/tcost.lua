---@meta tcost
-- LuaLS definitions for tcost scenario files: everything a scenario can call.
-- Not loaded by tcost; point lua-language-server at this folder (see README).

---@class tcost.Accelerator
---@field name string
---@field key string
---@field aliases string[]
---@field vendor string
---@field year integer
---@field memory_gb number
---@field memory_bw_gbs number
---@field link_gbs number
---@field tdp_w number
---@field tflops table<"fp64"|"fp32"|"tf32"|"bf16"|"fp16"|"fp8"|"fp4", number> dense peaks; absent when not published
---@field price_usd? number
---@field rent_usd_per_hour? number
---@field note? string
---@field sources table<string, {source: string, date: string, status: string}>

---@class tcost.Region
---@field key string
---@field name string
---@field usd_per_kwh? number
---@field kg_co2e_per_kwh? number

---An uncertain value: combine with + - * / ^ and unary minus.
---@class tcost.Uncertain
local Uncertain = {}
---@param x number|tcost.Uncertain
---@return tcost.Uncertain indicator 1 where self > x
function Uncertain:gt(x) end
---@param x number|tcost.Uncertain
---@return tcost.Uncertain
function Uncertain:ge(x) end
---@param x number|tcost.Uncertain
---@return tcost.Uncertain
function Uncertain:lt(x) end
---@param x number|tcost.Uncertain
---@return tcost.Uncertain
function Uncertain:le(x) end
---@return string|nil
function Uncertain:label() end

---@alias tcost.Value number|tcost.Uncertain

---@class tcost.Phase
---@class tcost.Pricing
---@class tcost.Cost
---@class tcost.Figure
---@class tcost.Scenario

---@class tcost.PhaseFields
---@field gpu tcost.Accelerator|string
---@field gpu_hours? tcost.Value
---@field gpus? tcost.Value
---@field hours? tcost.Value
---@field days? tcost.Value
---@field flops? tcost.Value
---@field params? tcost.Value
---@field active_params? tcost.Value
---@field tokens? tcost.Value
---@field mfu? tcost.Value
---@field precision? "fp64"|"fp32"|"tf32"|"bf16"|"fp16"|"fp8"|"fp4"
---@field stage? "pre-training"|"context-extension"|"post-training"|"sft"|"rl"|"data-generation"|"experiments"|"other"
---@field headline? boolean
---@field watts? tcost.Value power per accelerator, where the catalog has no TDP
---@field note? string
---@field source? string

---@class tcost.AssumptionFields
---@field [1]? tcost.Value
---@field value? tcost.Value
---@field unit? string
---@field source? string
---@field note? string

---@class tcost.ScenarioFields
---@field pricing tcost.Pricing[]
---@field description? string
---@field energy? {pue?: tcost.Value, power_ratio?: tcost.Value, server_factor?: tcost.Value, price?: tcost.Value, carbon?: tcost.Value, region?: string}
---@field reconcile? {pricing?: string, steps: table[]}
---@field phases? tcost.Phase[]

---Looks up an accelerator in the catalog (any alias, any case), or defines a custom one.
---@param name_or_fields string|table
---@return tcost.Accelerator
function hw(name_or_fields) end

---An electricity region: "us-industrial", "us-california-industrial", "us-residential", "china", "eu-average", "world".
---@param key string
---@return tcost.Region
function region(key) end

---Declares a named input with its unit and source; also defines the global of that name.
---@param name string
---@return fun(fields: tcost.AssumptionFields|tcost.Value): tcost.Value
function assume(name) end

---@param name string
---@return fun(fields: tcost.ScenarioFields): tcost.Scenario
function scenario(name) end

---@param name string
---@return fun(fields: tcost.PhaseFields): tcost.Phase
function phase(name) end

---@param fields {rate?: tcost.Value, rates?: table<string, tcost.Value>, discount?: tcost.Value, name?: string, label?: string, source?: string}
---@return tcost.Pricing
function rental(fields) end

---@param fields {units: tcost.Value, unit_price: tcost.Value, life_years: tcost.Value, utilization: tcost.Value, server_factor?: tcost.Value, network_factor?: tcost.Value, residual?: tcost.Value, depreciation?: "straight"|"exponential", oom_per_year?: tcost.Value, cost_of_capital?: tcost.Value, maintenance?: tcost.Value, energy?: boolean, name?: string, label?: string, source?: string}
---@return tcost.Pricing
function own(fields) end

---@param fields {units: tcost.Value, unit_price: tcost.Value, server_factor?: tcost.Value, network_factor?: tcost.Value, name?: string, label?: string, source?: string}
---@return tcost.Pricing
function buy(fields) end

---Epoch AI's amortized hardware + energy (docs/pricing.md).
---@param fields {unit_price: tcost.Value, acquired: string, start?: string, capex_factor?: tcost.Value, interconnect?: tcost.Value, oom_per_year?: tcost.Value, energy?: boolean, gpu?: string|tcost.Accelerator, others?: tcost.Pricing, label?: string, source?: string}
---@return tcost.Pricing
function amortized(fields) end

---Epoch AI's cloud price by date, provider and commitment tier (docs/pricing.md).
---@param fields {provider: string, tier?: "3-year"|"1-year"|"on-demand", date?: string, prices?: table[], discounts?: table, label?: string, source?: string}
---@return tcost.Pricing
function cloud(fields) end

---@param name string
---@return fun(fn: fun(phase: table): tcost.Value): tcost.Pricing
function custom(name) end

---@param fields {headcount: tcost.Value, annual_cost: tcost.Value, years: tcost.Value, name?: string, source?: string, note?: string}
---@return tcost.Cost
function staff(fields) end
---@param fields {amount?: tcost.Value, units?: tcost.Value, unit_price?: tcost.Value, name?: string, source?: string, note?: string}
---@return tcost.Cost
function data(fields) end
---@param fields {amount: tcost.Value, name?: string, source?: string, note?: string}
---@return tcost.Cost
function fixed(fields) end
---@param fields {multiple: tcost.Value, phases?: string[], name?: string, source?: string, note?: string}
---@return tcost.Cost
function experiments(fields) end

---@param name string
---@return fun(fields: {value: tcost.Value, unit?: string, note?: string, source?: string}): tcost.Figure
function figure(name) end

---@param name string
---@return fun(fn: fun(result: table, out: fun(...: string|number)))
function format(name) end

---@param x number @return tcost.Uncertain
function point(x) end
---@param lo number @param hi number @return tcost.Uncertain
function uniform(lo, hi) end
---@param mean number @param sd number @return tcost.Uncertain
function normal(mean, sd) end
---@param mu number @param sigma number @return tcost.Uncertain
function lognormal(mu, sigma) end
---@param mean number @param sd number @return tcost.Uncertain
function lognormal_ms(mean, sd) end
---Lognormal with lo and hi as its 5th and 95th percentiles (Squiggle's `lo to hi`).
---@param lo number @param hi number @return tcost.Uncertain
function range(lo, hi) end
---@param lo number @param mode number @param hi number @return tcost.Uncertain
function triangular(lo, mode, hi) end
---@param lo number @param mode number @param hi number @return tcost.Uncertain
function pert(lo, mode, hi) end
---@param a number @param b number @return tcost.Uncertain
function beta(a, b) end
---@param values number[] @param weights? number[] @return tcost.Uncertain
function choice(values, weights) end
---@param parts tcost.Uncertain[] @param weights? number[] @return tcost.Uncertain
function mixture(parts, weights) end
---@param d tcost.Uncertain @param lo? number @param hi? number @return tcost.Uncertain
function truncate(d, lo, hi) end
---@param a tcost.Value @param b tcost.Value @return tcost.Value
function min(a, b) end
---@param a tcost.Value @param b tcost.Value @return tcost.Value
function max(a, b) end
---A probability: P(x, ">", 1e7) or P(x:gt(1e7)); its mean is the probability.
---@param x tcost.Uncertain @param op? ">"|">="|"<"|"<=" @param y? tcost.Value @return tcost.Uncertain
function P(x, op, y) end
---Rank correlation between two uncertain assumptions, by name.
---@param a string @param b string @param rho number
function correlate(a, b, rho) end

---6·N·D training FLOPs (N: active parameters).
---@param params tcost.Value @param tokens tcost.Value @return tcost.Value
function train_flops(params, tokens) end
---@param flops tcost.Value @param peak_tflops tcost.Value @param mfu tcost.Value @return tcost.Value
function gpu_hours_from_flops(flops, peak_tflops, mfu) end
---@param flops tcost.Value @param peak_tflops tcost.Value @param gpu_hours tcost.Value @return tcost.Value
function implied_mfu(flops, peak_tflops, gpu_hours) end
---@param flops tcost.Value @param gpu_hours tcost.Value @return tcost.Value
function achieved_tflops(flops, gpu_hours) end
---@param gpu_hours tcost.Value @param gpus tcost.Value @return tcost.Value
function wall_days(gpu_hours, gpus) end
---@param days tcost.Value @param gpus tcost.Value @return tcost.Value
function gpu_hours_from_days(days, gpus) end
---@param gpu_hours tcost.Value @param rate tcost.Value @param discount tcost.Value @return tcost.Value
function rental_cost(gpu_hours, rate, discount) end
---@param units tcost.Value @param unit_price tcost.Value @param server_factor tcost.Value @param network_factor tcost.Value @return tcost.Value
function cluster_capex(units, unit_price, server_factor, network_factor) end
---@param capex tcost.Value @param residual_fraction tcost.Value @param life_years tcost.Value @return tcost.Value
function straight_line_per_year(capex, residual_fraction, life_years) end
---@param value tcost.Value @param oom_per_year tcost.Value @param years tcost.Value @return tcost.Value
function exp_depreciation(value, oom_per_year, years) end
---@param start_value tcost.Value @param chip_hours tcost.Value @param oom_per_year tcost.Value @return tcost.Value
function epoch_amortized(start_value, chip_hours, oom_per_year) end
---@param capex tcost.Value @param oom_per_year tcost.Value @param rate tcost.Value @param years tcost.Value @return tcost.Value
function exp_ownership_cost(capex, oom_per_year, rate, years) end
---@param rate tcost.Value @param years tcost.Value @return tcost.Value
function annuity_factor(rate, years) end
---@param capex tcost.Value @param residual_fraction tcost.Value @param rate tcost.Value @param life_years tcost.Value @return tcost.Value
function capital_cost_per_year(capex, residual_fraction, rate, life_years) end
---@param capex tcost.Value @param share_per_year tcost.Value @return tcost.Value
function maintenance_per_year(capex, share_per_year) end
---@param gpu_hours tcost.Value @param units tcost.Value @param utilization tcost.Value @return tcost.Value
function run_share_years(gpu_hours, units, utilization) end
---@param annual_cost tcost.Value @param units tcost.Value @param utilization tcost.Value @return tcost.Value
function owned_rate(annual_cost, units, utilization) end
---@param gpu_hours tcost.Value @param watts tcost.Value @param power_ratio tcost.Value @param server_factor tcost.Value @param pue tcost.Value @return tcost.Value
function energy_kwh(gpu_hours, watts, power_ratio, server_factor, pue) end
---@param kwh tcost.Value @param usd_per_kwh tcost.Value @return tcost.Value
function energy_cost(kwh, usd_per_kwh) end
---@param kwh tcost.Value @param kg_per_kwh tcost.Value @return tcost.Value
function carbon_kg(kwh, kg_per_kwh) end
---@param annual_cost_per_gpu tcost.Value @param rate tcost.Value @return tcost.Value
function breakeven_utilization(annual_cost_per_gpu, rate) end
---@param net_capex_per_gpu tcost.Value @param maintenance_per_gpu_year tcost.Value @param rate_paid tcost.Value @param utilization tcost.Value @param cost_of_capital tcost.Value @return tcost.Value
function breakeven_months(net_capex_per_gpu, maintenance_per_gpu_year, rate_paid, utilization, cost_of_capital) end
