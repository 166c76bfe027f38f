---@meta tcost
-- LuaLS definitions for tcost scenario files: everything a scenario can call.
-- GENERATED from lib-lua/tcost/lang/api.lua by `make generated`: DO NOT EDIT.
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
---@field tflops table<string, number> dense peaks by precision; absent when not published
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

---A number or uncertain value with a unit (an assumption with a unit, or quantity(v, unit)).
---@class tcost.Quantity
---@field value number|tcost.Uncertain
---@field unit string

---@alias tcost.Value number|tcost.Uncertain|tcost.Quantity

---@class tcost.Phase
---@class tcost.Pricing
---@class tcost.Cost
---@class tcost.Figure
---@class tcost.Scenario

---@class tcost.AssumeFields
---@field [1]? tcost.Value the value, given first
---@field value? any the value (or give it first, positionally)
---@field unit? string its unit, e.g. USD/GPU-hour, USD/kWh, GPU-hour, years
---@field source? string where the figure comes from
---@field note? string a remark shown with it

---@class tcost.PhaseFields
---@field gpu tcost.Accelerator|string the accelerator: hw "H800" or its name
---@field gpu_hours? tcost.Value the work as accelerator-hours; unit: GPU-hour; valid: >= 0; usual: 0 to 2e9
---@field gpus? tcost.Value the cluster size (with hours, days, start and finish, or alone: the scenario's dates); unit: GPU; valid: > 0; usual: 1 to 2e6
---@field hours? tcost.Value wall-clock hours (with gpus); unit: hour; valid: >= 0; usual: 0 to 1e5
---@field days? tcost.Value wall-clock days (with gpus); unit: day; valid: >= 0; usual: 0 to 4000
---@field flops? tcost.Value training compute (with mfu); unit: FLOP; valid: >= 0; usual: 1e12 to 1e29
---@field params? tcost.Value parameters (with tokens and mfu: 6·N·D); unit: parameter; valid: > 0; usual: 1e6 to 1e14
---@field active_params? tcost.Value active parameters per token, for mixtures of experts; unit: parameter; valid: > 0; usual: 1e6 to 1e14
---@field tokens? tcost.Value training tokens (with params); unit: token; valid: > 0; usual: 1e6 to 1e16
---@field mfu? tcost.Value model FLOPS utilization: achieved / peak; unit: fraction; valid: above 0, at most 1; usual: 0.05 to 0.8
---@field precision? "fp64"|"fp64_tensor"|"fp32"|"tf32"|"bf16"|"fp16"|"fp8"|"fp4" the precision whose peak mfu is of; default: bf16
---@field stage? "pre-training"|"context-extension"|"post-training"|"sft"|"rl"|"data-generation"|"experiments"|"other" what the phase is for
---@field headline? boolean part of the headline figure a paper reports; default: false
---@field goodput? tcost.Value the share of paid GPU-hours that advance training: the work given is useful hours, billed hours = useful / goodput (failures, restarts, checkpoints); not for gpus with hours, days or dates, which count every paid hour; unit: fraction; valid: above 0, at most 1; usual: 0.5 to 1; default: the scenario's, else 1
---@field watts? tcost.Value power per accelerator; unit: W; valid: > 0; usual: 10 to 5000; default: the catalog's TDP
---@field kwh? tcost.Value measured energy of the phase (energy method "measured"); unit: kWh; valid: >= 0; usual: 0 to 1e10
---@field start? string first day, an ISO date "YYYY-MM-DD" (with finish and gpus: the hours)
---@field finish? string last day (exclusive), an ISO date "YYYY-MM-DD"
---@field note? string a remark shown with the phase
---@field source? string where the figures come from

---@class tcost.RentalFields
---@field rate? tcost.Value one rate for every accelerator; unit: USD/GPU-hour; valid: >= 0; usual: 0.05 to 50
---@field rates? table<string, tcost.Value> a rate per accelerator: { H800 = 2, H100 = 2.5 }; unit: USD/GPU-hour; valid: >= 0; usual: 0.05 to 50
---@field discount? tcost.Value a commitment discount off the rate; unit: fraction; valid: 0 to 1; usual: 0 to 0.8; default: 0
---@field cluster_costs? true|table<string, true|tcost.Value> the non-GPU lines of the cluster's cost (model/cluster.lua lists them and their sources): true for every line with a sourced default, or { storage = 0.03, support = true, ... } (shares of the GPU cost); unit: fraction; valid: 0 to 2; usual: 0 to 0.5
---@field label? string the name shown in reports (default: the key)
---@field source? string where the figures come from

---@class tcost.OwnFields
---@field units tcost.Value accelerators in the cluster; unit: GPU; valid: > 0; usual: 1 to 2e6
---@field unit_price tcost.Value purchase price per accelerator; unit: USD/GPU; valid: >= 0; usual: 100 to 2e5
---@field capex_factor? tcost.Value cluster capex / accelerator price (servers around the GPUs); unit: ratio; valid: > 0; usual: 1 to 4; default: 1
---@field network_factor? tcost.Value multiplier for networking; unit: ratio; valid: > 0; usual: 1 to 2; default: 1
---@field life_years? tcost.Value useful life (straight line; required there); unit: year; valid: > 0; usual: 1 to 10
---@field residual? tcost.Value resale value at end of life / capex (straight line); unit: fraction; valid: 0 to 1; usual: 0 to 0.6; default: 0 (declared assumption residual)
---@field depreciation? "straight"|"exponential" straight-line, or exponential at oom_per_year; default: straight
---@field oom_per_year? tcost.Value orders of magnitude of price-performance lost per year (exponential); unit: 1/year; valid: 0 to 5; usual: 0 to 1; default: 0.14
---@field cost_of_capital? tcost.Value a fraction per year; unit: 1/year; valid: 0 to 1; usual: 0 to 0.3; default: 0 (declared assumption cost_of_capital)
---@field utilization tcost.Value the share of the cluster's time spent on useful work; unit: fraction; valid: above 0, at most 1; usual: 0.1 to 1
---@field maintenance? tcost.Value yearly maintenance as a fraction of capex; unit: 1/year; valid: 0 to 1; usual: 0 to 0.3; default: 0 (declared assumption maintenance)
---@field energy? boolean add the energy cost to ownership; default: true
---@field others? any a pricing model for phases on other accelerators (else they are an error)
---@field gpu? tcost.Accelerator|string the accelerator the cluster holds; default: the first phase's
---@field cluster_costs? true|table<string, true|tcost.Value> the non-GPU lines of the cluster's cost (model/cluster.lua lists them and their sources): true for every line with a sourced default, or { storage = 0.03, support = true, ... } (shares of the GPU cost); unit: fraction; valid: 0 to 2; usual: 0 to 0.5
---@field label? string the name shown in reports (default: the key)
---@field source? string where the figures come from

---@class tcost.BuyFields
---@field units tcost.Value accelerators bought; unit: GPU; valid: > 0; usual: 1 to 2e6
---@field unit_price tcost.Value purchase price per accelerator; unit: USD/GPU; valid: >= 0; usual: 100 to 2e5
---@field capex_factor? tcost.Value cluster capex / accelerator price; unit: ratio; valid: > 0; usual: 1 to 4; default: 1
---@field network_factor? tcost.Value multiplier for networking; unit: ratio; valid: > 0; usual: 1 to 2; default: 1
---@field others? any a pricing model for phases on other accelerators (else they are an error)
---@field gpu? tcost.Accelerator|string the accelerator bought; default: the first phase's
---@field cluster_costs? true|table<string, true|tcost.Value> the non-GPU lines of the cluster's cost (model/cluster.lua lists them and their sources): true for every line with a sourced default, or { storage = 0.03, support = true, ... } (shares of the GPU cost); unit: fraction; valid: 0 to 2; usual: 0 to 0.5
---@field label? string the name shown in reports (default: the key)
---@field source? string where the figures come from

---@class tcost.AmortizedFields
---@field unit_price tcost.Value price per accelerator with its share of the server; unit: USD/GPU; valid: >= 0; usual: 100 to 2e5
---@field capex_factor? tcost.Value server cost / chip price when unit_price is the chip alone (Epoch: 1.64); unit: ratio; valid: > 0; usual: 1 to 4; default: 1
---@field interconnect? tcost.Value cluster-level interconnect as a share of the cluster's cost; unit: fraction; valid: from 0, below 1; usual: 0 to 0.4; default: 0.19 (declared assumption interconnect_share)
---@field acquired string when the hardware was acquired (YYYY-MM-DD)
---@field start? string training start (YYYY-MM-DD); default: the scenario's dates.start
---@field oom_per_year? tcost.Value orders of magnitude of value lost per year; unit: 1/year; valid: 0 to 5; usual: 0 to 1; default: 0.14 (declared assumption oom_per_year)
---@field energy? boolean add the energy cost; default: true
---@field others? any a pricing model for phases on other accelerators (else they are an error)
---@field gpu? tcost.Accelerator|string the accelerator amortized; default: the first phase's
---@field label? string the name shown in reports (default: the key)
---@field source? string where the figures come from

---@class tcost.CloudFields
---@field provider string the cloud provider tried first
---@field tier? "3-year"|"1-year"|"on-demand" the commitment tier wanted; default: 3-year
---@field date? string when the compute was bought (YYYY-MM-DD); default: the scenario's dates.start
---@field prices? tcost.PricesFields[] listings: { gpu =, provider =, date =, ["3-year"] =, ["1-year"] =, ["on-demand"] =, source = }
---@field discounts? table<string, tcost.DiscountsFields> { [provider] = { ["1-year"] =, ["3-year"] = } } to carry a price between tiers
---@field label? string the name shown in reports (default: the key)
---@field source? string where the figures come from

---@class tcost.PricesFields
---@field gpu string the accelerator's name
---@field provider string the cloud provider
---@field date string when the price was listed (YYYY-MM-DD)
---@field ["3-year"]? tcost.Value the 3-year commitment price; unit: USD/GPU-hour; valid: >= 0
---@field ["1-year"]? tcost.Value the 1-year commitment price; unit: USD/GPU-hour; valid: >= 0
---@field ["on-demand"]? tcost.Value the on-demand price; unit: USD/GPU-hour; valid: >= 0
---@field source string where the listing comes from
---@field note? string a remark

---@class tcost.DiscountsFields
---@field ["on-demand"]? number the on-demand discount (0); unit: fraction; valid: from 0, below 1
---@field ["1-year"]? number the 1-year discount; unit: fraction; valid: from 0, below 1
---@field ["3-year"]? number the 3-year discount; unit: fraction; valid: from 0, below 1

---@class tcost.StaffFields
---@field headcount tcost.Value people; unit: person; valid: >= 0; usual: 0 to 1e5
---@field annual_cost tcost.Value fully loaded cost per person per year; unit: USD/person-year; valid: >= 0; usual: 1000 to 5e6
---@field years tcost.Value duration; unit: year; valid: >= 0; usual: 0 to 30
---@field source? string where the figures come from
---@field note? string a remark

---@class tcost.DataFields
---@field units? tcost.Value units bought (with unit_price); valid: >= 0
---@field unit_price? tcost.Value price per unit; unit: USD; valid: >= 0
---@field amount? tcost.Value the whole amount; unit: USD; valid: >= 0
---@field source? string where the figures come from
---@field note? string a remark

---@class tcost.FixedFields
---@field amount tcost.Value the amount; unit: USD; valid: >= 0
---@field source? string where the figure comes from
---@field note? string a remark

---@class tcost.ExperimentsFields
---@field multiple tcost.Value experiment compute / final-run compute; unit: ratio; valid: >= 0; usual: 0 to 20
---@field phases? string[] the phases it is a multiple of (default: all)
---@field source? string where the figure comes from
---@field note? string a remark

---@class tcost.FigureFields
---@field value tcost.Value the number
---@field unit? string its unit
---@field note? string a remark
---@field source? string where it comes from

---@class tcost.ExpectFields
---@field [1] number the published figure, given first: a finite non-zero number
---@field unit? string the unit the figure is written in: GPU-h, Wh/kWh/MWh/GWh, kg CO2e/t CO2e, USD/kUSD/MUSD, FLOP, ratio/%, days/hours, by measure; default: the measure's own
---@field within? number the relative tolerance (0.01 is 1%); unit: fraction; valid: above 0, at most 1; default: 0.01
---@field phase? string compare with this phase instead of the run's total
---@field pricing? string the key of the pricing model (cost measures); default: the scenario's only one
---@field scenario? string the scenario, when the file has several; default: the file's only one
---@field percentile? 5|25|50|75|95 compare with this percentile of an uncertain value instead of its mean
---@field inside? 0.9|0.5 the figure must lie in the 90% (p5 to p95) or 50% (p25 to p75) interval
---@field fails? string why the published figure is known not to add up: the check must fail
---@field source string where the published figure comes from
---@field note? string a remark

---@class tcost.ScenarioFields
---@field pricing? table the pricing models: rental {...}, own {...}, buy {...}, custom
---@field description? string one sentence shown under the title
---@field energy? tcost.EnergyFields energy settings
---@field reconcile? tcost.ReconcileFields { pricing = KEY, steps = { ... } }: a reported figure, step by step
---@field phases? table phases and costs (they may also be listed positionally)
---@field tokens? tcost.Value training tokens of the whole run; unit: token; valid: > 0; usual: 1e6 to 1e16
---@field params? tcost.Value parameters (active parameters for a mixture of experts); unit: parameter; valid: > 0; usual: 1e6 to 1e14
---@field flops? tcost.Value training compute of the whole run; unit: FLOP; valid: > 0; usual: 1e12 to 1e29
---@field precision? "fp64"|"fp64_tensor"|"fp32"|"tf32"|"bf16"|"fp16"|"fp8"|"fp4" the precision of the implied MFU; default: bf16
---@field dates? tcost.DatesFields ISO dates of the run: start, finish, published, priced
---@field dollars? any express every cost in dollars of a year (2024: its average index) or a month ("2024-12"), with the PPI price index
---@field goodput? tcost.Value every phase's goodput unless it gives its own: billed hours = useful / goodput; unit: fraction; valid: above 0, at most 1; usual: 0.5 to 1; default: 1

---@class tcost.EnergyFields
---@field method? "epoch"|"gpu-tdp"|"measured" epoch: TDP × server multiplier × average-power ratio × PUE; gpu-tdp: TDP × PUE (Llama cards, Patterson et al.); measured: each phase's kwh × PUE (see tcost help pricing); default: epoch
---@field pue? tcost.Value power usage effectiveness: facility energy / IT energy; unit: ratio; valid: >= 1; usual: 1 to 2; default: by method: 1.25 epoch, 1.1 gpu-tdp, 1.0 measured
---@field power_ratio? tcost.Value average power draw as a fraction of TDP; unit: fraction; valid: above 0, at most 1.5; usual: 0.3 to 1; default: epoch: 0.75 GPUs, 0.43 TPUs; gpu-tdp: 1
---@field server_power_factor? tcost.Value server power per accelerator / the accelerator's own power; unit: ratio; valid: >= 1; usual: 1 to 3; default: epoch: per family (1.82 H100, 2.03 A100, 1.56 TPU v4, 1.8 other GPUs); gpu-tdp: 1
---@field usd_per_kwh? tcost.Value electricity price; unit: USD/kWh; valid: >= 0; usual: 0.01 to 0.6; default: the region's price, else US industrial
---@field kg_co2e_per_kwh? tcost.Value grid carbon intensity; unit: kg CO2e/kWh; valid: >= 0; usual: 0 to 1.5; default: the region's grid intensity, else the US average
---@field region? tcost.Region|string a region (region "china" or its name; tcost hw --regions lists them): its electricity price and grid intensity, with the intensity's basis
---@field carbon_method? "location"|"market" grid carbon accounting: location-based (the grid's average) or market-based (the residual mix); default: location
---@field market_kg_co2e_per_kwh? tcost.Value market-based grid intensity (carbon_method = "market"); unit: kg CO2e/kWh; valid: >= 0; usual: 0 to 1.5; default: the region's market-based factor
---@field wue_l_per_kwh? tcost.Value on-site water per kWh of IT energy (water usage effectiveness); unit: L/kWh; valid: >= 0; usual: 0 to 10; default: the region's, else the US average
---@field grid_water_l_per_kwh? tcost.Value water consumed generating each kWh (the grid's indirect water); unit: L/kWh; valid: >= 0; usual: 0 to 20; default: the region's, else the US average
---@field embodied_kg_per_gpu? tcost.Value manufacturing emissions per accelerator (with its server share if you include it); unit: kg CO2e; valid: >= 0; usual: 1 to 1e+04; default: the catalog's, where it has one
---@field embodied_life_years? tcost.Value years over which embodied carbon is amortized, like capex; unit: year; valid: > 0; usual: 1 to 15; default: 6

---@class tcost.ReconcileFields
---@field pricing? string the key of the pricing model to follow; default: the first pricing model
---@field steps tcost.ReconcileStepsFields[] the steps: { "label", phases = { names }, other = { names } }, ...

---@class tcost.ReconcileStepsFields
---@field [1]? string the step's label
---@field label? string the step's label (or give it first)
---@field phases? string[] the names of the phases it adds
---@field other? string[] the names of the other costs it adds

---@class tcost.DatesFields
---@field start? string training start (YYYY-MM-DD)
---@field finish? string training end (YYYY-MM-DD)
---@field published? string publication date; inputs are in its month's dollars unless priced is given
---@field priced? string the month whose dollars the inputs are in (YYYY-MM[-DD])

---@class tcost.CurrencyFields
---@field usd tcost.Value US dollars per unit of the currency; valid: > 0; usual: 1e-4 to 1e+04
---@field source string where the rate comes from, and its date

---@class tcost.HwFields
---@field name string the name reports show; phases may give it instead of the value
---@field tdp_w number thermal design power per accelerator; unit: W; valid: > 0; usual: 10 to 5000
---@field tflops tcost.TflopsFields dense peak TFLOP/s by precision: { bf16 = 989, fp8 = 1979 }
---@field vendor? string who makes it
---@field year? integer launch year; valid: 1 to 9999; usual: 1980 to 2040
---@field memory_gb? number memory per accelerator; unit: GB; valid: > 0; usual: 1 to 4096
---@field memory_bw_gbs? number memory bandwidth per accelerator; unit: GB/s; valid: > 0; usual: 10 to 1e5
---@field link_gbs? number scale-up interconnect bandwidth per accelerator; unit: GB/s; valid: > 0; usual: 1 to 1e5
---@field price_usd? number purchase price per accelerator; unit: USD; valid: > 0; usual: 100 to 1e6
---@field rent_usd_per_hour? number rental price per accelerator-hour; unit: USD/GPU-hour; valid: > 0; usual: 0.05 to 100
---@field aliases? string[] other names for it: { "x1", "chip x1" }
---@field note? string a remark shown with it
---@field source? string where the figures come from (every figure's source); default: "user-defined"

---@class tcost.TflopsFields
---@field fp64? number dense peak at fp64; unit: TFLOP/s; valid: > 0; usual: 0.01 to 1e5
---@field fp64_tensor? number dense peak at fp64_tensor; unit: TFLOP/s; valid: > 0; usual: 0.01 to 1e5
---@field fp32? number dense peak at fp32; unit: TFLOP/s; valid: > 0; usual: 0.01 to 1e5
---@field tf32? number dense peak at tf32; unit: TFLOP/s; valid: > 0; usual: 0.01 to 1e5
---@field bf16? number dense peak at bf16; unit: TFLOP/s; valid: > 0; usual: 0.01 to 1e5
---@field fp16? number dense peak at fp16; unit: TFLOP/s; valid: > 0; usual: 0.01 to 1e5
---@field fp8? number dense peak at fp8; unit: TFLOP/s; valid: > 0; usual: 0.01 to 1e5
---@field fp4? number dense peak at fp4; unit: TFLOP/s; valid: > 0; usual: 0.01 to 1e5

---@class tcost.Rent_as_ofFields
---@field class? "hyperscaler"|"specialised"|"marketplace"|"index"|"reseller" only observations of this provider class
---@field provider? string only this provider's observations (as tcost hw NAME --prices names it)
---@field scope? "chip"|"board"|"server" purchases: chip, board or server share per GPU
---@field within? tcost.Value rent_as_of, price_as_of: the farthest an observation may be from the date; unit: month; valid: > 0; default: 24
---@field window? tcost.Value market: the observations within this many months of the date; unit: month; valid: > 0; default: 6

---@class tcost.Price_as_ofFields
---@field class? "hyperscaler"|"specialised"|"marketplace"|"index"|"reseller" only observations of this provider class
---@field provider? string only this provider's observations (as tcost hw NAME --prices names it)
---@field scope? "chip"|"board"|"server" purchases: chip, board or server share per GPU
---@field within? tcost.Value rent_as_of, price_as_of: the farthest an observation may be from the date; unit: month; valid: > 0; default: 24
---@field window? tcost.Value market: the observations within this many months of the date; unit: month; valid: > 0; default: 6

---@class tcost.MarketFields
---@field class? "hyperscaler"|"specialised"|"marketplace"|"index"|"reseller" only observations of this provider class
---@field provider? string only this provider's observations (as tcost hw NAME --prices names it)
---@field scope? "chip"|"board"|"server" purchases: chip, board or server share per GPU
---@field within? tcost.Value rent_as_of, price_as_of: the farthest an observation may be from the date; unit: month; valid: > 0; default: 24
---@field window? tcost.Value market: the observations within this many months of the date; unit: month; valid: > 0; default: 6

---A named input with its unit and source; binds a global of the same name.
---Example: assume "rate" { 2.00, unit = "USD/GPU-hour", source = "Table 1 [deepseek-v3-report-2024]" }
---@param name string
---@return fun(fields: tcost.AssumeFields|tcost.Value): tcost.Value
function assume(name) end

---One stretch of training compute on one accelerator; give the work one way.
---Example: phase "R1 RL" { gpu = hw "H800", gpu_hours = 41e3, stage = "rl" }
---@param name string
---@return fun(fields: tcost.PhaseFields): tcost.Phase
function phase(name) end

---Accelerators rented by the hour.
---Example: rental { rate = 2 }  or  rental "spot" { rates = { H800 = 2, H100 = 2.5 } }
---@param name_or_fields string|tcost.RentalFields
---@return tcost.Pricing|fun(fields: tcost.RentalFields): tcost.Pricing
function rental(name_or_fields) end

---A cluster you own: the run pays its share of a year's capital cost, maintenance and energy.
---Example: own { units = 2048, unit_price = 24900, life_years = 4, utilization = 0.7 }
---@param name_or_fields string|tcost.OwnFields
---@return tcost.Pricing|fun(fields: tcost.OwnFields): tcost.Pricing
function own(name_or_fields) end

---The cluster bought outright; the purchase is shared among phases by GPU-hours.
---Example: buy { units = 2048, unit_price = 24900 }
---@param name_or_fields string|tcost.BuyFields
---@return tcost.Pricing|fun(fields: tcost.BuyFields): tcost.Pricing
function buy(name_or_fields) end

---Epoch AI's amortized hardware + energy: the hardware's value at training start, amortized at oom_per_year × ln 10 a year over the run's chip-hours, plus energy.
---Example: amortized { unit_price = 18625, acquired = "2018-06-25", start = "2019-10-01" }
---@param name_or_fields string|tcost.AmortizedFields
---@return tcost.Pricing|fun(fields: tcost.AmortizedFields): tcost.Pricing
function amortized(name_or_fields) end

---Epoch AI's cloud price: the listing nearest before a date (else after) for the provider and tier, falling back 3-year → 1-year → on-demand and to other providers, carried over at Epoch's discounts.
---Example: cloud { provider = "Microsoft Azure", date = "2019-08-02", prices = { { gpu = "V100", ... } } }
---@param name_or_fields string|tcost.CloudFields
---@return tcost.Pricing|fun(fields: tcost.CloudFields): tcost.Pricing
function cloud(name_or_fields) end

---A pricing model written in Lua: function(phase) returning USD.
---Example: custom "spot" (function(p) return p.gpu_hours * 1.5 end)
---@param name string
---@return fun(fn: function)
function custom(name) end

---People: headcount × annual cost × years.
---Example: staff { headcount = 100, annual_cost = 250e3, years = 1 }
---@param name_or_fields string|tcost.StaffFields
---@return tcost.Cost|fun(fields: tcost.StaffFields): tcost.Cost
function staff(name_or_fields) end

---Data bought: amount, or units × unit_price.
---Example: data { amount = 2e6 }
---@param name_or_fields string|tcost.DataFields
---@return tcost.Cost|fun(fields: tcost.DataFields): tcost.Cost
function data(name_or_fields) end

---A fixed amount.
---Example: fixed "licences" { amount = 1e6 }
---@param name_or_fields string|tcost.FixedFields
---@return tcost.Cost|fun(fields: tcost.FixedFields): tcost.Cost
function fixed(name_or_fields) end

---Experiments as a multiple of the final runs' compute.
---Example: experiments { multiple = 1.5 }
---@param name_or_fields string|tcost.ExperimentsFields
---@return tcost.Cost|fun(fields: tcost.ExperimentsFields): tcost.Cost
function experiments(name_or_fields) end

---A derived number to show in the report.
---Example: figure "Implied MFU" { value = implied_mfu(...), unit = "ratio" }
---@param name string
---@return fun(fields: tcost.FigureFields): tcost.Figure
function figure(name) end

---A published figure the scenario must reproduce, checked after the run (tcost validate).
---Example: expect "energy" { 433e3, unit = "kWh", within = 0.01, source = "[luccioni-bloom-carbon-2022]" }
---@param name string
---@return fun(fields: tcost.ExpectFields): any
function expect(name) end

---Phases, costs and figures with the pricing models to price them.
---Example: scenario "R1" { phase "RL" { ... }, pricing = { rental { rate = rate } } }
---@param name string
---@return fun(fields: tcost.ScenarioFields): tcost.Scenario
function scenario(name) end

---A currency other than USD, with its rate and source; values in it then convert to USD.
---Example: currency "EUR" { usd = 1.08, source = "ECB reference rate of 2025-06-02, https://www.ecb.europa.eu" }
---@param name string
---@return fun(fields: tcost.CurrencyFields): number
function currency(name) end

---Quantity(value, unit): a number or uncertain value with a unit, checked wherever it goes.
---Example: local pretrain = quantity(2664e3, "GPU-hour")
---@param value number|tcost.Uncertain @param unit string @return tcost.Quantity
function quantity(value, unit) end

---An accelerator from the catalog by name (any alias, any case), or hw { ... } defines one.
---Example: local h800 = hw "H800"
---@param name_or_fields string|tcost.HwFields
---@return tcost.Accelerator
function hw(name_or_fields) end

---A region's electricity price and grid intensity, with sources.
---Example: energy = { region = region "china" }
---@param key string
---@return tcost.Region
function region(key) end

---Rent_as_of(gpu, date, commitment[, {...}]): USD per GPU-hour, the built-in observation nearest the date; with no price for the commitment, Epoch AI's fallback 3-year -> 1-year -> on-demand and its discounts.
---Example: rental { rate = rent_as_of("H100", "2025-03", "3-year", { class = "hyperscaler" }) }
---@return tcost.Value
function rent_as_of(...) end

---Price_as_of(gpu, date[, {...}]): USD per GPU, the built-in purchase observation nearest the date.
---Example: own { unit_price = price_as_of("H100", "2024-03", { scope = "server" }), ... }
---@return tcost.Value
function price_as_of(...) end

---Market(gpu, date, commitment[, {...}]): the rental observations within `window` months of the date, as an uncertain value (each observation equally likely).
---Example: rental { rate = market("H100", "2026-03", "on-demand") }
---@return tcost.Value
function market(...) end

---Correlate(a, b, rho): rank correlation between two uncertain assumptions (give the values).
---Example: correlate(rate, unit_price, 0.6)
---@param a tcost.Value @param b tcost.Value @param rho number
function correlate(a, b, rho) end

---A user-defined output format: function(result, out).
---Example: format "latex" (function(result, out) out(result.scenarios[1].name) end)
---@param name string
---@return fun(fn: function)
function format(name) end

---A certain value, as a distribution.
---@param x number @return tcost.Uncertain
function point(x) end
---Uniform between lo and hi.
---@param lo number @param hi number @return tcost.Uncertain
function uniform(lo, hi) end
---Normal with mean and sd.
---@param mean number @param sd number @return tcost.Uncertain
function normal(mean, sd) end
---Lognormal with log-mean mu and log-sd sigma.
---@param mu number @param sigma number @return tcost.Uncertain
function lognormal(mu, sigma) end
---Lognormal with the given mean and sd.
---@param mean number @param sd number @return tcost.Uncertain
function lognormal_ms(mean, sd) end
---Lognormal with lo and hi as its 5th and 95th percentiles (Squiggle's `lo to hi`).
---@param lo number @param hi number @return tcost.Uncertain
function range(lo, hi) end
---Triangular from lo to hi, peaking at mode.
---@param lo number @param mode number @param hi number @return tcost.Uncertain
function triangular(lo, mode, hi) end
---PERT (a smoothed triangular) from lo to hi with the given mode.
---@param lo number @param mode number @param hi number @return tcost.Uncertain
function pert(lo, mode, hi) end
---Beta(a, b) on 0..1.
---@param a number @param b number @return tcost.Uncertain
function beta(a, b) end
---One of the values, with the given weights (equal by default).
---@param values number[] @param weights? number[] @return tcost.Uncertain
function choice(values, weights) end
---A mixture of distributions.
---@param parts tcost.Uncertain[] @param weights? number[] @return tcost.Uncertain
function mixture(parts, weights) end
---d limited to lo..hi.
---@param d tcost.Uncertain @param lo? number @param hi? number @return tcost.Uncertain
function truncate(d, lo, hi) end
---The smaller of two values (per sample when uncertain).
---@param a tcost.Value @param b tcost.Value @return tcost.Value
function min(a, b) end
---The larger of two values (per sample when uncertain).
---@param a tcost.Value @param b tcost.Value @return tcost.Value
function max(a, b) end
---A probability: P(x, ">", 1e7) or P(x:gt(1e7)); its mean is the probability.
---@param x tcost.Uncertain @param op? ">"|">="|"<"|"<=" @param y? tcost.Value @return tcost.Uncertain
function P(x, op, y) end
---1000: params = 70 * billion reads as 70e9.
---@type number
thousand = 1000
---1e6: params = 70 * billion reads as 70e9.
---@type number
million = 1000000
---1e9: params = 70 * billion reads as 70e9.
---@type number
billion = 1000000000
---1e12: params = 70 * billion reads as 70e9.
---@type number
trillion = 1000000000000

---6 × params × tokens (FLOPs; active params for MoE)
---@param params tcost.Value parameter @param tokens tcost.Value token @return tcost.Value FLOP
function train_flops(params, tokens) end
---flops / (peak_tflops·1e12 × mfu × 3600) (GPU-hours)
---@param flops tcost.Value FLOP @param peak_tflops tcost.Value TFLOP/s @param mfu tcost.Value fraction @return tcost.Value GPU-hour
function gpu_hours_from_flops(flops, peak_tflops, mfu) end
---flops / (gpu_hours × 3600 × peak_tflops·1e12) (fraction)
---@param flops tcost.Value FLOP @param peak_tflops tcost.Value TFLOP/s @param gpu_hours tcost.Value GPU-hour @return tcost.Value fraction
function implied_mfu(flops, peak_tflops, gpu_hours) end
---flops / (gpu_hours × 3600) / 1e12 (TFLOP/s per GPU)
---@param flops tcost.Value FLOP @param gpu_hours tcost.Value GPU-hour @return tcost.Value TFLOP/s
function achieved_tflops(flops, gpu_hours) end
---gpu_hours / gpus / 24 (days)
---@param gpu_hours tcost.Value GPU-hour @param gpus tcost.Value GPU @return tcost.Value day
function wall_days(gpu_hours, gpus) end
---days × 24 × gpus (GPU-hours)
---@param days tcost.Value day @param gpus tcost.Value GPU @return tcost.Value GPU-hour
function gpu_hours_from_days(days, gpus) end
---useful_gpu_hours / goodput (GPU-hours paid)
---@param useful_gpu_hours tcost.Value GPU-hour @param goodput tcost.Value fraction @return tcost.Value GPU-hour
function billed_hours(useful_gpu_hours, goodput) end
---kwh / pue × wue + kwh × grid_water (litres: on-site plus the grid's)
---@param kwh tcost.Value kWh @param pue tcost.Value ratio @param wue tcost.Value L/kWh @param grid_water tcost.Value L/kWh @return tcost.Value L
function water_litres(kwh, pue, wue, grid_water) end
---gpu_hours × kg_per_gpu / (life_years × 8,766 h) (kg CO2e)
---@param gpu_hours tcost.Value GPU-hour @param kg_per_gpu tcost.Value kg CO2e @param life_years tcost.Value year @return tcost.Value kg CO2e
function embodied_kg(gpu_hours, kg_per_gpu, life_years) end
---gpu_hours × rate × (1 − discount) (USD)
---@param gpu_hours tcost.Value GPU-hour @param rate tcost.Value USD/GPU-hour @param discount tcost.Value fraction @return tcost.Value USD
function rental_cost(gpu_hours, rate, discount) end
---units × unit_price × server_factor × network_factor (USD)
---@param units tcost.Value GPU @param unit_price tcost.Value USD/GPU @param server_factor tcost.Value ratio @param network_factor tcost.Value ratio @return tcost.Value USD
function cluster_capex(units, unit_price, server_factor, network_factor) end
---capex × (1 − residual_fraction) / life_years (USD/year)
---@param capex tcost.Value USD @param residual_fraction tcost.Value fraction @param life_years tcost.Value year @return tcost.Value USD/year
function straight_line_per_year(capex, residual_fraction, life_years) end
---value × (1 − 10^(−oom_per_year × years)) (USD of value lost)
---@param value tcost.Value USD @param oom_per_year tcost.Value 1/year @param years tcost.Value year @return tcost.Value USD
function exp_depreciation(value, oom_per_year, years) end
---start_value × chip_hours / 8766 × oom_per_year × ln 10 (USD)
---@param start_value tcost.Value USD/GPU @param chip_hours tcost.Value GPU-hour @param oom_per_year tcost.Value 1/year @return tcost.Value USD
function epoch_amortized(start_value, chip_hours, oom_per_year) end
---capex × (1 − 10^(−oom_per_year × years) × (1 + rate)^−years) (USD, present value)
---@param capex tcost.Value USD @param oom_per_year tcost.Value 1/year @param rate tcost.Value 1/year @param years tcost.Value year @return tcost.Value USD
function exp_ownership_cost(capex, oom_per_year, rate, years) end
---rate / (1 − (1 + rate)^−years); 1/years at rate 0 (per year)
---@param rate tcost.Value 1/year @param years tcost.Value year @return tcost.Value 1/year
function annuity_factor(rate, years) end
---(capex − capex × residual × (1 + rate)^−life) × annuity_factor(rate, life) (USD/year)
---@param capex tcost.Value USD @param residual_fraction tcost.Value fraction @param rate tcost.Value 1/year @param life_years tcost.Value year @return tcost.Value USD/year
function capital_cost_per_year(capex, residual_fraction, rate, life_years) end
---capex × share_per_year (USD/year)
---@param capex tcost.Value USD @param share_per_year tcost.Value 1/year @return tcost.Value USD/year
function maintenance_per_year(capex, share_per_year) end
---gpu_hours / (units × 8760 × utilization) (cluster-years)
---@param gpu_hours tcost.Value GPU-hour @param units tcost.Value GPU @param utilization tcost.Value fraction @return tcost.Value year
function run_share_years(gpu_hours, units, utilization) end
---annual_cost / (units × 8760 × utilization) (USD per GPU-hour)
---@param annual_cost tcost.Value USD/year @param units tcost.Value GPU @param utilization tcost.Value fraction @return tcost.Value USD/GPU-hour
function owned_rate(annual_cost, units, utilization) end
---gpu_hours × watts / 1000 × power_ratio × server_factor × pue (kWh)
---@param gpu_hours tcost.Value GPU-hour @param watts tcost.Value W @param power_ratio tcost.Value fraction @param server_factor tcost.Value ratio @param pue tcost.Value ratio @return tcost.Value kWh
function energy_kwh(gpu_hours, watts, power_ratio, server_factor, pue) end
---kwh × usd_per_kwh (USD)
---@param kwh tcost.Value kWh @param usd_per_kwh tcost.Value USD/kWh @return tcost.Value USD
function energy_cost(kwh, usd_per_kwh) end
---kwh × kg_per_kwh (kg CO2e)
---@param kwh tcost.Value kWh @param kg_per_kwh tcost.Value kg CO2e/kWh @return tcost.Value kg CO2e
function carbon_kg(kwh, kg_per_kwh) end
---annual_cost_per_gpu / (8760 × rate) (fraction; > 1: always rent)
---@param annual_cost_per_gpu tcost.Value USD/GPU-year @param rate tcost.Value USD/GPU-hour @return tcost.Value fraction
function breakeven_utilization(annual_cost_per_gpu, rate) end
---12 × −ln(1 − net × r / S) / ln(1 + r), S = rate_paid × 8760 × utilization − maintenance (months; inf: never)
---@param net_capex_per_gpu tcost.Value USD/GPU @param maintenance_per_gpu_year tcost.Value USD/GPU-year @param rate_paid tcost.Value USD/GPU-hour @param utilization tcost.Value fraction @param cost_of_capital tcost.Value 1/year @return tcost.Value month
function breakeven_months(net_capex_per_gpu, maintenance_per_gpu_year, rate_paid, utilization, cost_of_capital) end
