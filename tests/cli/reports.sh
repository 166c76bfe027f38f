#!/usr/bin/env bash
# reports.sh: what the one report view gives across files and scenarios (issue 16):
# one combined tidy table for csv/json of several files on stdout, the
# comparison of every pricing model of every scenario, its log axis.
. "$(dirname "$0")/lib.bash"

r1=examples/deepseek_r1_reported.lua
v3=examples/deepseek_v3_reported.lua

# csv of two files on stdout: one header (with a file column), then both files' records
"$BIN" run "$r1" --format csv >"$TMP/r1.csv" 2>"$TMP/err"
"$BIN" run "$v3" --format csv >"$TMP/v3.csv" 2>"$TMP/err"
"$BIN" run "$r1" "$v3" --format csv >"$TMP/both.csv" 2>"$TMP/err"
check reports/csv_combined_exit test $? -eq 0
check reports/csv_combined_one_header test "$(grep -c '^file,scenario,kind,' "$TMP/both.csv")" -eq 1
want=$(($(wc -l <"$TMP/r1.csv") + $(wc -l <"$TMP/v3.csv") - 1))
check reports/csv_combined_rows test "$(wc -l <"$TMP/both.csv")" -eq "$want"
check reports/csv_combined_file_column grep -q "^$r1,\"DeepSeek-R1, as reported\",total," "$TMP/both.csv"

# json of two files on stdout: one document, one records table naming each file
stdout_has reports/json_combined '"schema": "tcost-results/1"' -- run "$r1" "$v3" --format json
check reports/json_combined_names_files grep -qF "\"file\": \"$v3\"" "$TMP/out"

# the comparison of several files: every pricing model of every scenario (rent_vs_buy has one, R1 two) with its multiple
# of the lowest. Buying 2,048 GPUs at $24,900 = $50,995,200; / R1's $294,000 = 173.45
stdout_has reports/comparison_of_files 'Comparison of 3 scenarios' -- run examples/rent_vs_buy.lua "$r1"
check reports/comparison_every_model grep -qE 'buy .*\$51\.0M +173×' "$TMP/out"

# side-by-side chart: GPT-4's $144M is more than 10× DeepSeek-V3's $6.04M, so the axis is logarithmic;
# the three electricity prices ($155K to $359K) stay on a linear axis
stdout_has reports/chart_log_axis 'log scale' -- run examples/frontier_claims.lua --format svg --chart scenarios
stdout_has reports/chart_linear_axis '>Total cost (USD)<' -- run examples/electricity_us_vs_china.lua --format svg --chart scenarios

# computed figures in the reports, not only in JSON. GPT-3: 10,000 V100 × 14.8 days × 24 h = 3,552,000
# GPU-h × $1.6 = $5,683,200, over 300e9 tokens = 0.3 trillion: $18,944,000 per trillion tokens
# (the value on the row, whatever the column padding)
stdout_has reports/cost_per_trillion_tokens 'Cost per trillion tokens, rental' -- run examples/runs/gpt3_175b.lua
check reports/cost_per_trillion_tokens_value grep -qE '^ +Cost per trillion tokens, rental +\$18\.9M$' "$TMP/out"
check reports/wall_clock_days grep -qE 'Wall-clock days .* 14\.8 days' "$TMP/out"
# V3 pre-training: 2,664,000 GPU-h / 2,048 GPUs / 24 h = 54.2 days, in the phase table of every format
stdout_has reports/phase_days_text '54.2 days' -- run examples/deepseek_v3_reported.lua
stdout_has reports/phase_days_md '| 54.2 days |' -- run examples/deepseek_v3_reported.lua --format md
stdout_has reports/phase_days_html '<td class="num">54.2 days</td>' -- run examples/deepseek_v3_reported.lua --format html

# DeepSeek-V3's GPU-hours per trillion tokens, one label per definition: all 2,788K training hours
# / 14.8T tokens = 188,378 (188K) beside the Llama 4 cards' all-training hours (2.38M / 22T = 108K);
# pre-training's 2,664K / 14.8 = 180,000 (180K), the paper's figure
stdout_has reports/per_trillion_all_hours_json '"name": "All training GPU-hours per trillion tokens"' -- run examples/llama4_vs_deepseek.lua --format json
check reports/per_trillion_all_hours_188k grep -qE '^  All training GPU-hours per +188K GPU-h per trillion tokens' <("$BIN" run examples/llama4_vs_deepseek.lua)
check reports/per_trillion_llama_108k grep -qE '^  All training GPU-hours per +108K GPU-h per trillion tokens' <("$BIN" run examples/llama4_vs_deepseek.lua)
check reports/per_trillion_pretraining_180k grep -qE '^  Pre-training GPU-hours per +180K GPU-h per trillion tokens' <("$BIN" run examples/deepseek_v3_reported.lua)
if "$BIN" run examples/llama4_vs_deepseek.lua examples/deepseek_v3_reported.lua | grep -qE '^  GPU-hours per trillion'; then
	fail reports/per_trillion_no_bare_label "an unqualified 'GPU-hours per trillion tokens' label"
else pass reports/per_trillion_no_bare_label; fi

# finance view of ownership: 2,048 × $24,900 = $50,995,200 spent at year 0; energy $943,557 a year
# (the run's energy over its 0.327 cluster-years); at 8% the four years' present-value factor is
# (1 - 1.08^-4) / 0.08 = 3.3121268, so the present value of the costs alone is
# -(50,995,200 + 943,557.12 × 3.3121268) = -$54,120,380.86. Rent saved at 50%: 2,048 × 8,760 h × 0.5 × $2
# = $17,940,480 a year; net of energy $16,996,922.88 × 3.3121268 = $56,295,964.47, so owning versus
# renting is worth 56,295,964.47 - 50,995,200 = +$5,300,764.47
stdout_has reports/finance_table 'Owning the cluster, year by year (own_50)' -- run examples/rent_vs_buy.lua
tr '\n' ' ' <"$TMP/out" >"$TMP/flat" # the sentences, whatever their wrapping
check reports/finance_costs_pv grep -qF "Present value of owning's costs alone (capex, maintenance, energy, less the residual), at 8.00% a year: -\$54.1M." "$TMP/flat"
check reports/finance_npv_vs_renting grep -qF 'Net present value of owning versus renting (rental, $2.00/GPU-h), at 8.00% a year: $5.30M (owning comes out ahead).' "$TMP/flat"
# annuity: 50,995,200 × 0.08 / (1 - 1.08^-4) = $15,396,512 a year; cash 17,940,480 - 943,557 = $17.0M,
# / 1.08 = $15.7M
check reports/finance_capital_cost grep -qE '^  1 +\$15\.4M +\$0 +-\$944K +\$17\.9M +\$17\.0M +\$15\.7M$' "$TMP/out"
# the Total row sums cash flows only (audit2 C1): capex -50,995,200, energy 4 × -943,557.12 = -$3.77M, rent saved
# 4 × 17,940,480 = $71.8M, cash flow -50,995,200 + 4 × 16,996,922.88 = $17.0M, PV $5.30M; Capital (4 × $15.4M =
# $61.6M, not a cash flow) is left blank
check reports/finance_total_no_capital grep -qE '^  Total  -\$51\.0M {10,}\$0  -\$3\.77M +\$0 +\$71\.8M +\$17\.0M +\$5\.30M$' "$TMP/out"
tr -s ' ' <"$TMP/flat" >"$TMP/flat1"
check reports/finance_capital_not_totalled grep -qF 'it is not a cash flow and is not totalled.' "$TMP/flat1"
# a purchase is capital spent, not a cost of each phase: its phase cells are empty, its total $51.0M
check reports/buy_not_per_phase grep -qE '^  V3 pre-training +H800 SXM +2\.66M GPU-h +3\.18 GWh +\$5\.33M +— ' "$TMP/out"
# the same two figures in JSON, for a script: pricing[i].finance.npv_vs_renting and pv_of_costs
stdout_has reports/finance_npv_json '"npv_vs_renting": 5300764.4690116,' -- run examples/rent_vs_buy.lua --format json
check reports/finance_pv_costs_json grep -qF '"pv_of_costs": -54120380.8622669,' "$TMP/out"

# energy inside each pricing model's total: an owner adds the electricity (3.51 GWh × $0.088 = $309K),
# a renter pays it in the rate, a purchase does not count it
stdout_has reports/energy_per_model_own 'Energy in the total, own_50' -- run examples/rent_vs_buy.lua
check reports/energy_per_model_own_value grep -qE 'Energy in the total, own_50 +\$309K$' "$TMP/out"
check reports/energy_per_model_rental grep -qE 'Energy in the total, rental +in the rate$' "$TMP/out"
check reports/energy_per_model_buy grep -qE 'Energy in the total, buy +not counted$' "$TMP/out"

# the tidy CSV says what each cost does with the electricity, so energy_cost_usd ($308,725.3125) is never added
# to a cost that holds it: own_50's $5,346,356.65 includes it (added), rental's $5,870,000 has it in the rate,
# the purchase's $50,995,200 leaves it out
stdout_has reports/csv_energy_in_cost_header ',carbon_basis,energy_in_cost' -- run examples/rent_vs_buy.lua --format csv
check reports/csv_energy_added grep -qE ',total,,,,,,,own_50,2935000,3508242.1875,308725.3125,[^,]+,5346356.65284426,.*,added,"China, industrial average",*[[:space:]]*$' "$TMP/out"
check reports/csv_energy_in_rate grep -qE ',total,,,,,,,rental,.*,5870000,.*,in the rate,"China, industrial average",*[[:space:]]*$' "$TMP/out"
check reports/csv_energy_not_counted grep -qE ',total,,,,,,,buy,.*,50995200,.*,not counted,"China, industrial average",*[[:space:]]*$' "$TMP/out"

# A probability is the mean of a 0/1 indicator: a point run (--samples 0)
# evaluates it at the medians (0 or 1), so it is left out with a note, and the
# sampled run shows the share of samples (about 80% for frontier_claims).
cat >"$TMP/prob.lua" <<'LUA'
scenario "p" { phase "x" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { rental { rate = uniform(1, 3) } },
  figure "P(cost > $2,500)" { value = P(rental_cost(1000, uniform(1, 3), 0), ">", 2500), unit = "probability" } }
LUA
stdout_has reports/point_run_probability_left_out 'not computed by a point run (--samples 0)' -- run "$TMP/prob.lua" --samples 0
if grep -q '100%\|  0%' "$TMP/out"; then fail reports/point_run_probability_no_0_or_1 "$(grep 'P(cost' "$TMP/out")"; else pass reports/point_run_probability_no_0_or_1; fi
# 1,000 × U(1, 3) > 2,500 when the rate > 2.5: probability 0.5 / 2 = 25%
# (at 20,000 samples the standard error is 0.3 points: 24.x% or 25.x%).
stdout_has reports/sampled_probability 'P(cost > $2,500)' -- run "$TMP/prob.lua"
if grep -qE 'P\(cost > \$2,500\) +2[45]\.[0-9]%' "$TMP/out"; then pass reports/sampled_probability_25; else
	fail reports/sampled_probability_25 "$(grep 'P(cost' "$TMP/out")"; fi

# A purchase of an uncertain price is summarized like every value (JSON could
# not encode it before): 8 × the median price √(20,000 × 30,000) = 8 × 24,494.897
# = $195,959.18 at the medians.
cat >"$TMP/ubuy.lua" <<'LUA'
scenario "b" { phase "a" { gpu = hw "H100", gpu_hours = 1000 },
  pricing = { buy { units = 8, unit_price = range(20000, 30000) } } }
LUA
stdout_has reports/uncertain_purchase_json '"spent_once": {' -- run "$TMP/ubuy.lua" --format json --samples 2000
stdout_has reports/uncertain_purchase_point '"spent_once": 195959.179' -- run "$TMP/ubuy.lua" --format json --samples 0
# a market's rate in words, not its raw key (market.h100-sxm.2026-03.on-demand ~ choice of N values)
stdout_has reports/market_label 'Rental at the H100 SXM on-demand market of 2026-03 (' -- run examples/market_prices.lua
check reports/market_label_no_key test -z "$(grep -F 'market.h100-sxm' "$TMP/out" | grep -F 'Rental at')"
# a long pricing label never wraps a totals row: the row names the key, the Pricing models table the label
stdout_has reports/long_label_key 'Total cost, own_50' -- run examples/rent_vs_buy.lua
check reports/long_label_no_orphan test -z "$(grep -xE ' +(50|70|90)%' "$TMP/out")"
# `help formats` names every CSV column a run writes (carbon_basis and energy_in_cost were missing)
"$BIN" help formats >"$TMP/help_formats" 2>&1
"$BIN" run examples/rent_vs_buy.lua --format csv 2>/dev/null | head -1 | tr -d '\r' | tr ',' '\n' >"$TMP/csv_columns"
check reports/help_formats_every_csv_column bash -c 'while read -r c; do grep -q "\b$c\b" "$1" || exit 1; done <"$2"' _ \
	"$TMP/help_formats" "$TMP/csv_columns"
# run's CSV has the ownership figures and the cash-flow schedule (audit2 F1), as text and JSON do. By hand
# (docs/pricing.md): capital 2,048 × $24,900 = $50,995,200; own_50 uses 2,048 × 8,760 × 0.5 GPU-h a year:
# energy 8,970,240 × 1.1953125 × $0.088 = $943,557.12; rent saved × $2 = $17,940,480; cash flow $16,996,922.88,
# /1.08 = $15,737,891.56; NPV −50,995,200 + 16,996,922.88 × 3.31212684 = $5,300,764.47;
# break-even utilization 7,517.828 / (8,760 × 1.8948125) = 45.29%
"$BIN" run examples/rent_vs_buy.lua --format csv >"$TMP/own.csv" 2>/dev/null
check reports/csv_figure_columns grep -qF ',price_basis,figure,year,value,value_p5,value_p95,figure_unit,never_reason' "$TMP/own.csv"
check reports/csv_npv grep -qF ',figure,,,,,,,own_50,,,,,,,,,,,,,,,,Net present value of owning versus renting (own_50),,5300764.4690116,,,USD,' "$TMP/own.csv"
check reports/csv_pv_costs grep -qF "Present value of owning's costs (own_50),,-54120380.8622669," "$TMP/own.csv"
check reports/csv_breakeven grep -qF '"Break-even utilization, own_50/own_70/own_90 vs rental",,0.452920564386729,,,ratio,' "$TMP/own.csv"
check reports/csv_cash_energy grep -qF ',cash flow,,,,,,,own_50,,,,,,,,,,,,,,,,energy,1,-943557.12,,,USD,' "$TMP/own.csv"
check reports/csv_cash_flow grep -qF ',cash flow,,,,,,,own_50,,,,,,,,,,,,,,,,cash_flow,1,16996922.88,,,USD,' "$TMP/own.csv"
check reports/csv_cash_pv grep -qE ',cash flow,,,,,,,own_50,,,,,,,,,,,,,,,,present_value,1,15737891\.55[0-9]*,,,USD,' "$TMP/own.csv"
check reports/csv_cash_rent grep -qF ',cash flow,,,,,,,own_50,,,,,,,,,,,,,,,,rent_saved,1,17940480,,,USD,' "$TMP/own.csv"
# under uncertainty the NPV and PV of costs are computed once from the means (model/finance.lua): the report
# says so and why there is no interval beside them (audit2 U1)
"$BIN" run examples/full_development_cost.lua --samples 200 2>/dev/null | tr '\n' ' ' | tr -s ' ' >"$TMP/unc_flat"
check reports/npv_no_interval_said grep -qF 'Both present values are computed from the means of the uncertain inputs, not over the samples, so they carry no interval' "$TMP/unc_flat"
# the NPV is in run's Figures table, as diff lists it (audit2 N1): own_90 −50,995,200 + (32,292,864 − 1,698,402.82)
# × 3.31212684 = $50,337,536.04
stdout_has reports/figures_npv '| Net present value of owning versus renting (own\_90) | &#36;50.3M | over the 4-year life at the 8.00% cost of capital, against rental (the cash-flow table below) |' -- run examples/rent_vs_buy.lua --format md

# An uncertain cluster_costs share (documented as allowed) stayed an engine node in the result, and
# -f json failed "json: cannot encode a userdata" (red team F27). It is summarized like every value:
# a point run gives range(0.01, 0.05)'s median, sqrt(0.01 x 0.05) = 0.0223606797749979; a sampled run
# a summary with a mean.
cat >"$TMP/cc.lua" <<'LUA'
scenario 'S' { phase 'p' { gpu = hw 'H800', gpu_hours = 1000 }, pricing = { own { units = 8, unit_price = 1000,
  life_years = 4, utilization = 0.5, cluster_costs = { storage = range(0.01, 0.05) } } } }
LUA
expect reports/json_uncertain_share_point 0 "" -- run "$TMP/cc.lua" -f json -n 0
check reports/json_uncertain_share_median grep -qF '"share": 0.0223606797749979' "$TMP/out"
expect reports/json_uncertain_share_sampled 0 "" -- run "$TMP/cc.lua" -f json -n 1000
check reports/json_uncertain_share_summary sh -c "grep -A3 '\"share\": {' '$TMP/out' | grep -q '\"mean\"'"

# Linear work on long text (red team F32, F36). Bounds are generous: the quadratic versions took
# 6 s for 200 KB without a space (about 150 s for 1 MB), 4.3 s for 40,000 CJK characters (about
# 100 s for 200,000) and 14 s for 5,000 dotted assumption names (about 220 s for 20,000); linear,
# each is well under a second on a quiet machine.
echo 'scenario "S" { description = string.rep("x", 1000000), phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rate = 2 } } }' >"$TMP/longword.lua"
expect reports/long_word_linear 0 "" -- run "$TMP/longword.lua" -n 0 --time-limit 60
echo 'scenario "S" { description = string.rep("中", 200000), phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rate = 2 } } }' >"$TMP/longcjk.lua"
expect reports/long_cjk_linear 0 "" -- run "$TMP/longcjk.lua" -n 0 --time-limit 60
check reports/long_cjk_lines_fit sh -c "\"$BIN\" run '$TMP/longcjk.lua' -n 0 | grep -c '^中\\{50\\}\$' | grep -qx 4000"
{
	echo 'local A = {}'
	for ((i = 0; i < 20000; i++)); do echo "A.x$i = assume \"a.x$i\" { 2, source = \"s\" }"; done
	echo 'scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rate = A.x1 } } }'
} >"$TMP/dotted.lua"
expect check/many_dotted_assumptions_linear 0 "" -- check "$TMP/dotted.lua" --time-limit 60
