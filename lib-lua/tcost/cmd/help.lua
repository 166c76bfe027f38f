-- cmd/help.lua: the text of `tcost help [TOPIC]` and `tcost COMMAND --help`.
-- Each topic fits a screen and, where it teaches the language, ends with a
-- snippet that runs as written.
local M = {}

local T = {}

T.overview = [[
tcost - what did it really cost to train this AI model?

Usage: tcost COMMAND [OPTIONS] [FILE...]

Commands:
  run FILE...      run scenarios and print their report
  check FILE...    load and validate scenarios; flag assumptions without a source
  validate [PATH]  check scenarios against the published figures they expect (default examples/runs/)
  hw [NAME]        the accelerator catalog, one entry with every source, or --prices
  sweep FILE       run a grid of --set values, one row per point
  diff A [B]       what if: assumptions, phases and totals of A against B (or A --set-b)
  bundle FILE      write one self-contained scenario file (-o OUT.lua)
  init NAME.lua    write a commented starter scenario
  repl             an interactive prompt with the scenario language loaded
  help [TOPIC]     this text, a command's help, or a topic
  version          the version and the catalog's as-of date (also --version)

Options of run (see 'tcost help run' for all):
  -f, --format FMT     text (default), md, csv, json, html, svg, or one a scenario registers
  -o, --output PATH    write atomically to PATH (- is stdout); a folder for several files
  --set NAME=VALUE     override an assumption (a number or a distribution: range(1.5, 3))
  --assumptions FILE   apply a shared file of assumptions over the scenario
  -n, --samples N      Monte Carlo samples (default 20000; 0 = every input at its median)
  --seed N             random seed (default 1): same seed, same report, byte for byte

Limits (each ends the run with a one-line error and exit code 1):
  --time-limit SECONDS   wall clock for each scenario file or sweep point (default 5)
  --memory-limit MIB     memory the scenario and tcost may hold (default 1024 + the samples' arrays)

Exit codes: 0 success; 1 an error in a scenario or its inputs (limits included); 2 usage error.
Environment: NO_COLOR disables colour; TCOST_THREADS=N caps the cores used for sampling;
TCOST_LIB=DIR loads lib-lua/ from DIR (development).

Topics: scenario, phases, expect, pricing, uncertainty, formats, sandbox, units,
functions, and each constructor (tcost help phase, tcost help own, ...).
]]

T.run = [[
Usage: tcost run FILE... [OPTIONS]

Runs each scenario file and prints its report. With several files, or -o naming
a folder, writes one report per file into the folder plus an index; a failing
file is reported and the others are still written (exit 1 if any failed).

Writing files: -o FILE replaces the report at FILE (keeping its mode), but never a
file this run reads (a scenario, a module, an --assumptions file): refused. A
device, FIFO or symlink is written through, never replaced. In a folder, tcost
picks the names (a.txt, a-2.txt for a second a.lua) and replaces only files it
wrote there before and still unchanged (listed with their SHA-256 in the folder's
.tcost-batch); a symlink, device or FIFO there is refused. init and bundle write
programs, and never overwrite an existing file.

  -f, --format FMT        text, md, csv, json, html, svg, or a format the scenario registers
  -o, --output PATH       write to PATH atomically: a failed run leaves an older PATH untouched
  --set NAME=VALUE        override an assumption; repeatable; the report marks it as overridden
  --assumptions FILE      apply a shared assumptions file over the scenario; repeatable
  -n, --samples N         Monte Carlo samples, 0 to 100000000 (default 20000; 0 = medians)
  --seed N                random seed (default 1)
  --chart NAME            svg only: phases (default), waterfall, histogram, tornado, scenarios
  --export-samples FILE   write the raw samples of the totals and inputs as CSV
  --date[=YYYY-MM-DD]     print a date in the provenance block (none by default)
  --no-color              no ANSI colour in text output (also NO_COLOR, or when not a terminal)
  --strict                warnings (a value outside its field's usual range) are errors
  --time-limit SECONDS    default 5;  --memory-limit MIB: default 1024 plus what --samples needs

Example: tcost run examples/deepseek_r1_reported.lua --set rate=2.5 --format md
]]

T.check = [[
Usage: tcost check FILE...

Loads each scenario, builds it at the inputs' medians and reports problems,
one per line as FILE:LINE: message: errors (unit mismatches and values outside
their valid range included), warnings (values outside their usual range: 70
parameters, $250/GPU-hour), assumptions with no source, and scenarios with no
phases. Exit 0 when there is nothing to report, else 1. --strict: warnings are
errors (check counts them as problems either way).
]]

T.validate = [[
Usage: tcost validate [FILE|DIR]... [--format text|csv|json] [-o PATH]

Runs every scenario file named (a folder: the *.lua files in it and its
subfolders, hidden ones left out, files declaring no scenario such as
--assumptions files skipped; default: the library of published training
runs: examples/runs/ here, else the copy installed under
PREFIX/share/doc/tcost/) and prints one table of
every check its expect "..." { ... } statements state: published value,
tcost's value, relative difference, allowed tolerance and status, then a
count line (on stderr for csv and json). A check that fails, or passes though
marked fails = "reason", is also one line on stderr, FILE:LINE: ...
Exit 0 when every check holds, 1 when one does not or a file does not run.
See 'tcost help expect' for writing expectations.
]]

T.expect = [[
expect states a published figure a scenario must reproduce, beside assume:

  expect "energy" { 433e3, unit = "kWh", within = 0.01, source = "[luccioni-bloom-carbon-2022]" }
  expect "cost"   { 5.576e6, pricing = "rental", source = "DeepSeek-V3, Table 1" }
  expect "gpu_hours" { 2664e3, phase = "Pre-training", source = "Table 1" }

days is wall-clock, mfu the implied MFU. flops, mfu and cost per token need
the scenario's tokens = ... and params = ... (or flops = ...). percentile and
inside compare an uncertain value's percentiles. `tcost run` shows a Checks
section and warns on a failed check; `tcost validate` fails on it.

  scenario "DeepSeek-V3" {
    phase "Training" { gpu = hw "H800", gpu_hours = 2.788e6 },
    pricing = { rental { rate = 2 } },
  }
  expect "cost" { 5.576e6, within = 0.001, source = "DeepSeek-V3 report, Table 1" }
]]

T.hw = [[
Usage: tcost hw [NAME] [--prices | --regions] [--format text|json|csv]

Without NAME: the accelerator catalog as a table. With NAME (any alias, any
case: h800, "H800 SXM"): one entry with the source and date of every figure.
TFLOPS are dense peaks (FP64 vector and tensor apart); a vendor's figure with
sparsity is shown beside the dense one, never used. An absent precision is
absent, never zero.

--prices lists the dated price observations instead (of NAME, or of every
accelerator): rentals per GPU-hour by provider class (hyperscaler,
specialised, marketplace, index) and commitment (on-demand, 1-year, 3-year,
spot), and purchases per GPU by scope (chip, board, server share), each with
its source. A scenario asks for them with rent_as_of, price_as_of and market.

--regions lists the electricity regions instead (or the one named): price,
grid intensity location- and market-based with its basis (CO2 or CO2e,
direct combustion or lifecycle: sources differ, and the figures of two bases
do not compare), on-site and grid water, each with its source. A scenario
names one with energy = { region = "..." }.
]]

T.sweep = [[
Usage: tcost sweep FILE --set NAME=LO:HI:STEP --set NAME=A,B,C ... [--format FMT]

Runs the scenario at every point of the grid of the --set values (every point
with the same random numbers) and reports one row per point and scenario: each
pricing model's total (the mean, with p5 and p95 when uncertain), the
break-even figures ("never (217%)" above 100% use, "past life (111 mo)",
"never" when it never pays back; _never and _never_reason fields in csv and
json) and each owned cluster's NPV versus renting. One swept value adds a
chart of every pricing model against it with the crossovers listed and
marked (json: "crossovers", each { scenario, a, b, param, at, cost_usd });
two add a grid and a heat map per pricing model. Formats: text, md, html, csv
and json (one record per point, {"rate": 2, "rental": ...}). Plain --set
NAME=VALUE, or a distribution such as --set 'rate=range(1.5, 3)', pins an
assumption for every point. At most 10000 points.

Example: tcost sweep examples/rent_vs_buy.lua --set rate=1:4:0.5
]]

T.diff = [[
Usage: tcost diff A.lua [B.lua] [--set NAME=VALUE] [--set-a NAME=VALUE]
                  [--set-b NAME=VALUE] [--assumptions FILE] [--assumptions-a FILE]
                  [--assumptions-b FILE] [--samples N] [--format text|md|html|csv|json]

The what-if: runs A and B (B is A again when not given) and shows which
overrides applied to which side, how the scenarios were paired (by name, then
the rest by order), the assumptions and phases that differ, and how each
pricing model's total moves from A to B (change and percentage).
--set and --assumptions apply to both sides (the report says so);
--set-a/--assumptions-a only to A, --set-b/--assumptions-b only to B.
csv and json give one record per total, assumption and phase that differ.

Example: tcost diff examples/deepseek_r1_reported.lua --set-b rate=3
]]

T.bundle = [[
Usage: tcost bundle FILE -o OUT.lua

Writes one self-contained scenario: every module FILE requires (from its own
folder) is inlined with bundled("name", function(...) ... end), so OUT.lua gives
the same report as FILE (but for the provenance block, which names its sources).
]]

T.init = [[
Usage: tcost init NAME.lua

Writes a commented starter scenario (phases, assumptions with sources, two
pricing models) that runs as written. Refuses to overwrite an existing file.
]]

T.repl = [[
Usage: tcost repl

An interactive prompt with the scenario language loaded: hw, assume, phase,
the primitives (rental_cost, energy_kwh, ...) and the distributions. Type an
expression to see its value, printed as reports print it ($294K, a probability
as a percentage, an uncertain value's mean and 90% interval). The sandbox and
limits are the same as for scenario files (the time limit counts per line).

A what-if desk over a scenario file:
  :load FILE         run it and show each scenario's total cost
  :set NAME=VALUE    change an assumption; each total shows before → after
  :unset NAME        back to the file's value
  :report [FORMAT]   the report with the changes (text, md, csv, json, html)
  :help, :quit       (also help TOPIC, quit, Ctrl-D)
--samples, --seed and --assumptions apply to :load; a FILE, --set, -o,
--format, --export-samples and --chart are refused (use :load, :set, :report).
No line editor: run
`rlwrap tcost repl` for history and arrow keys.

Example: printf ':load r1.lua\n:set rate=3\n' | tcost repl
]]

T.version = [[
Usage: tcost version   (or tcost --version)

Prints tcost's version, the catalog's as-of date and the Lua version.
]]

T.scenario = [[
A scenario file is plain Lua. It declares assumptions (each with its source),
then scenarios: phases of compute, other costs, and pricing models to compare.

  local h800 = hw "H800"
  assume "rate" { 2.00, unit = "USD/GPU-hour", source = "DeepSeek-R1 paper, Table 7" }

  scenario "DeepSeek-R1, as reported" {
    phase "R1-Zero RL"        { gpu = h800, gpu_hours = 101e3 },
    phase "SFT data creation" { gpu = h800, gpu_hours = 5e3 },
    phase "R1 RL"             { gpu = h800, gpu_hours = 41e3 },
    pricing = { rental { rate = rate } },
  }

assume "x" {...} also defines the global x. A file may hold several scenarios,
and reuse phases kept in locals or required from a module in its folder.
Other costs: staff { headcount, annual_cost, years }, data { amount } or
data { units, unit_price }, fixed { amount }, experiments { multiple }, each
optionally named first (staff "R&D" { ... }) and with a source. figure "name"
{ value = ..., unit = "ratio" } shows a derived number. energy = { pue,
power_ratio, server_power_factor, usd_per_kwh, kg_co2e_per_kwh, region = "china" }
sets the energy model (defaults are listed as assumptions); carbon_method =
"location" or "market" (with market_kg_co2e_per_kwh), wue_l_per_kwh and
grid_water_l_per_kwh (water), embodied_kg_per_gpu and embodied_life_years
(manufacturing carbon) complete it. goodput = 0.9 on a scenario or a phase
bills useful hours / 0.9. Dated market prices: rent_as_of("H100", "2025-03",
"3-year"), price_as_of("H100", "2024-03", { scope = "server" }) and
market("H100", "2026-03", "on-demand") (tcost hw H100 --prices lists them);
cluster_costs = true on a pricing model adds the non-GPU lines of a cluster.
See also: tcost help phases, pricing, uncertainty.
]]

T.phases = [[
A phase is a stretch of compute on one accelerator. Give the work one way:

  phase "pre-training" { gpu = hw "H800", gpu_hours = 2.664e6 }
  phase "RL"           { gpu = hw "H800", gpus = 512, hours = 198 }   -- or days = 8.25
  phase "from FLOPs"   { gpu = hw "H800", flops = 3.3e24, precision = "fp8", mfu = 0.35 }
  phase "from 6ND"     { gpu = hw "H800", params = 671e9, active_params = 37e9,
                         tokens = 14.8e12, precision = "bf16", mfu = 0.35 }

Optional: watts (power per accelerator; needed where the catalog has no TDP,
e.g. TPU v5e), stage ("pre-training", "context-extension", "post-training", "sft",
"rl", "data-generation", "experiments", "other"), headline = true (part of a
published headline figure: the reconciliation starts from these), gpus (for
wall-clock days), note, source. Two ways at once is an error.

  local h800 = hw "H800"
  scenario "V3 pre-training" {
    phase "pre-training" { gpu = h800, gpu_hours = 2664e3, gpus = 2048 },
    pricing = { rental { rate = 2 } },
  }
]]

T.pricing = [[
Pricing models, side by side on the same phases; each charges the whole run
and shares it among phases by GPU-hours (docs/pricing.md: every formula with
a worked example).

  rental { rate = 2, discount = 0.3 }   h × rate × (1 − discount); rates = { H800 = 2 }
  own { units =, unit_price =, utilization =, life_years = }
        capital/yr = (capex − capex·residual·(1+r)^−life) × r/(1 − (1+r)^−life)
        run pays (capital + maintenance)/yr × H / (units × 8,760 × u) + energy
  own { ..., depreciation = "exponential", oom_per_year = 0.14 }
        run pays capex × (1 − 10^(−k·Y) × (1+r)^−Y) + maintenance × Y, Y = cluster-years
  buy { units =, unit_price = }         the whole capex, spent once
        (a cluster holds one accelerator: gpu = "H100"; others = rental { ... } for the rest)
  amortized { unit_price =, acquired = "2018-06-25", start = "2019-10-01" }   (Epoch AI)
        value × 10^(−k·age) / (1 − 0.19 interconnect) × k·ln 10 × h / 8,766 + energy
  cloud { provider =, tier = "3-year", date =, prices = { ... } }   (Epoch AI)
        nearest listing before the date; 3-year → 1-year → on-demand, other providers
  custom "spot" (function(phase) return phase.gpu_hours * 1.2 end)

Break-even utilization = (capital + maintenance)/yr per GPU / (8,760 ×
(rate paid − the owner's electricity per GPU-hour)); break-even months repay the
net capex at the cost of capital (= life at break-even); past the life or above
100%: "never".
The cash-flow table gives the NPV of owning versus renting at the cost of capital.
cost_of_capital, maintenance and residual default to 0 as declared assumptions
(--set cost_of_capital=0.08).
Energy: energy = { method = "epoch" } (TDP × server × 0.75 GPU/0.43 TPU × PUE 1.25),
"gpu-tdp" (TDP × PUE 1.1), "measured" (phase kwh × PUE). dollars = "2024-12" with
dates = { published = "2020-05-28" } converts costs by the PPI (PCU518210518210).

  scenario "rent or own" {
    phase "V3" { gpu = hw "H800", gpu_hours = 2.788e6 },
    pricing = { rental { rate = 2 }, own { units = 2048, unit_price = 24900,
                life_years = 4, utilization = 0.7 } },
  }
]]

T.uncertainty = [[
Any assumption or field may be uncertain:

  range(1.5, 3)              lognormal with that 90% interval (like Squiggle's 1.5 to 3)
  uniform(a, b)  normal(mean, sd)  lognormal(mu, sigma)  lognormal_ms(mean, sd)
  triangular(lo, mode, hi)  pert(lo, mode, hi)  beta(a, b)  point(x)
  choice({1, 2}, {0.3, 0.7})  mixture({range(1, 2), range(3, 4)}, {0.5, 0.5})
  truncate(normal(2, 1), 0, nil)

They combine with + - * / ^, min, max; P(cost, ">", 1e7) is a probability.
correlate(rate, gpu_price, 0.6) sets a rank correlation between two assumptions.
Reports show mean and 90% interval, a histogram and a tornado of the drivers.
--samples N (default 20000), --seed N; --samples 0 puts every input at its median.

  assume "rate" { range(1.5, 3), unit = "USD/GPU-hour", source = "rental market, 2025" }
  scenario "V3 at market rates" {
    phase "V3" { gpu = hw "H800", gpu_hours = 2.788e6 },
    pricing = { rental { rate = rate } },
  }
]]

T.formats = [[
--format text (default), md, csv, json, html (self-contained, with charts),
svg (one chart: --chart phases|waterfall|histogram|tornado|scenarios), or a format a
scenario registers:

  format "tweet" (function(result, out)
    local s = result.scenarios[1]
    out(s.name, ": $", string.format("%.0f", s.totals.cost.rental), "\n")
  end)

Every format lays out one view of the result (lib-lua/tcost/report/view.lua),
so a row appears in all of them. Reports end with a provenance block: version,
seed, samples, overrides and a SHA-256 fingerprint of every source loaded.

For programs (csv, and "records" in json), one record per phase, other cost,
total and check under each pricing model, with the same field names: scenario,
kind (phase, other cost, total, check), phase, cost_item, stage, accelerator,
gpus, days, pricing, gpu_hours, energy_kwh, energy_cost_usd, carbon_kg_co2e,
cost_usd, cost_usd_p5, cost_usd_p50, cost_usd_p95, then water_l,
embodied_kg_co2e, carbon_method, water_basis (whose water figures: the
region's, the U.S. average, or given), carbon_basis (what the intensity counts:
CO2 or CO2e, at the plant or over the lifecycle; when it begins "CO2,",
carbon_kg_co2e holds CO2 alone, shown as "t CO2"), energy_in_cost (added, in the
rate, not counted) and price_basis (whose electricity price: the region's, the
U.S. industrial average, "U.S. industrial, none for KEY", or given); always
present, empty when not counted. Kind "figure" (the report's figures: break-even
utilization and months, owned cost per GPU-hour, and each owner's present value
of costs and net present value versus renting) and kind "cash flow" (each
owner's schedule, one record per year and item; year "total" for the sums)
fill figure, year, value, value_p5, value_p95 (uncertain values), figure_unit
and never_reason (past_life, saving_below_cost_of_capital, above_100_percent,
electricity_above_rate). Cash-flow values carry the table's signs (spent
negative); capital_cost is the charge that prices a run, not a cash flow.
Numbers have 15 significant digits, trailing zeros dropped (4.1, 0.3 for
0.1 + 0.2; integers below 2^53 in full), so a figure typed with up to 15
digits reads back as typed. An
uncertain value is, in records, its mean with _p5/_p50/_p95 beside it, and in
the json result an object with at least mean, p5, p50 and p95. Several files
with --format csv or json on stdout give one table, with a leading file column.
]]

T.sandbox = [[
Scenarios are code from other people, so they run in a sandbox:
- available: the base library (no dofile/loadfile; load of text only), string
  (no dump), table, math (no random: use distributions), utf8, coroutine;
- not available: io, os, debug, package, C modules, bytecode, __gc;
- require loads only .lua files inside the scenario's own folder (links are
  resolved first; absolute paths and .. are refused);
- limits: --time-limit (default 5 s, also stops long C calls) and
  --memory-limit (default 1024 MiB, plus the arrays --samples asks for);
  hitting one ends the run with exit 1.
Reports are written atomically: a failed or interrupted run never leaves a
partial file, and an older report at -o PATH survives.
]]

---The text of a topic or command; the overview for nil.
---@param name string|nil
---@return string|nil
function M.topic(name)
  local generate = require "tcost.lang.generate"
  if name == "functions" then return generate.functions_help() end
  if name == "units" then return generate.units_help() end
  local fields = name and generate.constructor_help(name)
  -- the hand-written text ends with a runnable snippet: the fields go first
  if T[name or "overview"] and fields then return fields .. "\n" .. T[name] end
  return T[name or "overview"] or fields
end

---The message for a topic that does not exist: its did-you-mean, else every topic.
---@param topic string
---@return string
function M.not_found(topic)
  local names = {}
  for w in M.list():gmatch("[%w_]+") do names[#names + 1] = w end
  local hint = require("tcost.lang.fields").suggest(topic, names)
  if hint then return string.format("no help topic '%s' (did you mean '%s'?)", topic, hint) end
  return "no help topic '" .. topic .. "' (topics: " .. M.list() .. ")"
end

function M.list()
  local list = "scenario, phases, expect, pricing, uncertainty, formats, sandbox, run, check, validate, hw, sweep, " ..
    "diff, bundle, init, repl"
  local seen = {}
  for w in list:gmatch("[%w_]+") do seen[w] = true end
  for _, t in ipairs(require("tcost.lang.generate").topics()) do
    if not seen[t] then list = list .. ", " .. t end
  end
  return list
end

M.TOPICS = T

-- The options, declared once for the shell completions (lang/generate.lua
-- writes their option lists from this; `make generated`): what each is for,
-- its short alias and its value: nil for a flag, "format", "path", "lua" (a
-- scenario or assumptions file), "folder", "chart", "date" (only as
-- --date=VALUE), or a word naming a free-form value. `many`: repeatable.
-- src/cli.c parses each of them (a test holds the two lists together).
M.OPTION = {
  ["--format"] = { alias = "-f", value = "format", doc = "report format" },
  ["--output"] = { alias = "-o", value = "path", doc = "write atomically to PATH (- is stdout)" },
  ["--set"] = { value = "NAME=VALUE", many = true, doc = "override an assumption (NAME=VALUE)" },
  ["--set-a"] = { value = "NAME=VALUE", many = true, doc = "override an assumption in A only (NAME=VALUE)" },
  ["--set-b"] = { value = "NAME=VALUE", many = true, doc = "override an assumption in B only (NAME=VALUE)" },
  ["--samples"] = { alias = "-n", value = "samples", doc = "Monte Carlo samples (default 20000; 0 = medians)" },
  ["--seed"] = { value = "seed", doc = "random seed (default 1)" },
  ["--assumptions"] = { value = "lua", many = true, doc = "apply a shared assumptions file" },
  ["--assumptions-a"] = { value = "lua", many = true, doc = "an assumptions file for A only" },
  ["--assumptions-b"] = { value = "lua", many = true, doc = "an assumptions file for B only" },
  ["--chart"] = { value = "chart", doc = "svg chart (default phases)" },
  ["--export-samples"] = { value = "path", doc = "write the raw samples as CSV" },
  ["--date"] = { value = "date", doc = "print a date in the provenance block" },
  ["--no-color"] = { doc = "no ANSI colour in text output" },
  ["--strict"] = { doc = "warnings (values outside their usual range) are errors" },
  ["--prices"] = { doc = "dated rental and purchase prices" },
  ["--regions"] = { doc = "electricity regions: price, grid intensity and its basis, water" },
  ["--time-limit"] = { value = "seconds", doc = "wall-clock limit in seconds (default 5)" },
  ["--memory-limit"] = { value = "MiB", doc = "memory limit in MiB (default 1024)" },
  ["--lib"] = { value = "folder", doc = "load the Lua library from DIR (development)" },
  ["--help"] = { alias = "-h", doc = "show the help of the command" },
}

-- The options each command reads, in the order completions offer them; a
-- table entry changes what the option is for that command.
local LIMITS = { "--time-limit", "--memory-limit", "--lib", "--help" }
local function with_limits(list)
  for _, o in ipairs(LIMITS) do list[#list + 1] = o end
  return list
end
M.OPTIONS = {
  { "run", with_limits { "--format", "--output", "--set", "--samples", "--seed", "--assumptions", "--chart",
    "--export-samples", "--date", "--no-color", "--strict" } },
  { "check", with_limits { "--set", "--assumptions", "--seed", "--strict" } },
  { "validate", with_limits { "--format", "--output", "--set", "--assumptions", "--samples", "--seed" } },
  { "hw", { "--format", "--output", "--prices", "--regions", "--help" } },
  { "sweep", with_limits { "--set", "--format", "--output", "--samples", "--seed", "--assumptions", "--no-color" } },
  { "diff", with_limits { "--format", "--output", "--samples", "--seed", "--set", "--set-a", "--set-b",
    "--assumptions", "--assumptions-a", "--assumptions-b", "--no-color" } },
  { "bundle", with_limits { { "--output", value = "lua", doc = "the bundled scenario to write" } } },
  { "init", { "--help" } },
  { "repl", with_limits {} },
  { "help", { "--help" } },
  { "version", { "--help" } },
}

---The options of a command, each as { name, alias, value, many, doc }.
---@param cmd string
---@return table[]|nil
function M.options(cmd)
  for _, c in ipairs(M.OPTIONS) do
    if c[1] == cmd then
      local out = {}
      for _, o in ipairs(c[2]) do
        local name = type(o) == "table" and o[1] or o
        local d = assert(M.OPTION[name], name)
        local e = { name = name, alias = d.alias, value = d.value, many = d.many, doc = d.doc }
        if type(o) == "table" then for k, v in pairs(o) do if k ~= 1 then e[k] = v end end end
        out[#out + 1] = e
      end
      return out
    end
  end
  return nil
end

return M
