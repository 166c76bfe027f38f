#!/usr/bin/env bash
# commands.sh: every command end to end, with figures worked out by hand.
. "$(dirname "$0")/lib.bash"

r1=examples/deepseek_r1_reported.lua
# 101,000 + 5,000 + 41,000 = 147,000 H800 GPU-hours × $2 = $294,000 (R1 Table 7)
stdout_has run/demo_headline '$294K' -- run "$r1"
stdout_has run/r1_total_csv '"DeepSeek-R1, as reported",total,,,,,,,rental,147000,' -- run "$r1" --format csv
stdout_has run/r1_total_usd ',294000,' -- run "$r1" --format csv
# cluster view: 512 × 198 = 101,376 and 512 × 80 = 40,960 GPU-h; + 5,000 = 147,336 × $2 = $294,672
stdout_has run/r1_cluster_view '"DeepSeek-R1, cluster view",total,,,,,,,rental,147336,' -- run "$r1" --format csv
stdout_has run/r1_cluster_usd ',294672,' -- run "$r1" --format csv
# V3: 2,664K + 119K + 5K = 2,788K GPU-h × $2 = $5,576,000 (V3 Table 1)
# wall-clock days of the V3 run: 2,788,000 GPU-h / 2,048 GPUs / 24 h = 56.722005208333333…, written at
# 15 significant digits (lib/json.lua's number_text)
stdout_has run/v3_total ',total,,,,,,56.7220052083333,rental,2788000,' -- run examples/deepseek_v3_reported.lua --format csv
stdout_has run/v3_usd ',5576000,' -- run examples/deepseek_v3_reported.lua --format csv
# 2,664,000 / 14.8 = 180,000 GPU-h per trillion tokens; / 2,048 / 24 = 3.66 days
stdout_has run/v3_per_trillion '180K GPU-h per trillion tokens' -- run examples/deepseek_v3_reported.lua
stdout_has run/v3_days '3.66 days' -- run examples/deepseek_v3_reported.lua
# implied MFU: 3.2856e24 / (2,664,000 × 3,600 × 989e12) = 34.6%; against 1,979 TF = 17.3%
stdout_has run/v3_mfu_bf16 '34.6%' -- run examples/deepseek_v3_reported.lua
stdout_has run/v3_mfu_fp8 '17.3%' -- run examples/deepseek_v3_reported.lua
# full compute: 147K + 2,788K = 2,935,000 GPU-h × $2 = $5,870,000; / $294,000 = 19.97×
stdout_has run/full_compute_usd ',5870000,' -- run examples/deepseek_full_compute.lua --format csv
stdout_has run/full_compute_ratio '20.0×' -- run examples/deepseek_full_compute.lua
# rent vs buy: 2,048 × $24,900 = $50,995,200
stdout_has run/buy_51M ',buy,2935000,' -- run examples/rent_vs_buy.lua --format csv
stdout_has run/buy_usd ',50995200,' -- run examples/rent_vs_buy.lua --format csv

# overrides: 147,000 × $2.50 = $367,500, marked in the report
stdout_has set/changes_total ',367500,' -- run "$r1" --set rate=2.5 --format csv
stdout_has set/marked_text 'rate *' -- run "$r1" --set rate=2.5
stdout_has set/listed_in_provenance 'rate=2.5' -- run "$r1" --set rate=2.5
expect set/unknown_name 1 "unknown assumption 'rat' (did you mean 'rate'?); known: " -- run "$r1" --set rat=3
expect set/name_not_a_value 1 "--set rate: expected a number or a distribution, got 'abc'" -- run "$r1" --set rate=abc
expect set/not_a_value 1 "--set rate: not a number or distribution" -- run "$r1" --set 'rate=two dollars'
expect set/sweep_in_run 2 "is a sweep; use 'tcost sweep'" -- run "$r1" --set rate=1:4:1
stdout_has set/distribution 'range(1.5, 3)' -- run "$r1" --set 'rate=range(1.5, 3)'
# shared assumptions: the team's file sets rate 2.35 → 2,935,000 × 2.35 = 6,897,250
stdout_has assumptions/applied ',6897250,' -- run examples/shared_assumptions/paper.lua \
	--assumptions examples/shared_assumptions/market_2026.lua --format csv

# usage errors exit 2
expect usage/unknown_command 2 "unknown command 'frobnicate'" -- frobnicate
expect usage/unknown_option 2 "unknown option '--colour'" -- run "$r1" --colour
expect usage/option_typo 2 "unknown option '--formt' (did you mean '--format'?)" -- run "$r1" --formt md
expect usage/option_typo_inline 2 "unknown option '--sampels=3' (did you mean '--samples'?)" -- run "$r1" --sampels=3
expect usage/flag_with_value 2 "option '--strict' takes no value (got '--strict=1')" -- run "$r1" --strict=1
expect usage/missing_value 2 "option '--samples' needs a value" -- run "$r1" --samples
expect usage/bad_samples 2 "--samples must be a whole number" -- run "$r1" --samples -5
expect usage/no_file 2 "run needs at least one scenario file" -- run
expect usage/unknown_format 2 "unknown format 'pdf'" -- run "$r1" --format pdf
expect usage/bad_chart 2 "unknown chart 'pie'" -- run "$r1" --format svg --chart pie
expect usage/missing_file 1 "tcost: cannot read 'nope.lua': No such file or directory" -- run nope.lua

# check
stdout_has check/ok 'ok: 1 file checked' -- check "$r1"
printf 'assume "x" { 2 }\nscenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, pricing = { rental { rate = x } } }\n' >"$TMP/unsourced.lua"
expect check/unsourced 1 "unsourced.lua:1: assumption 'x' has no source" -- check "$TMP/unsourced.lua"
# a unit mismatch and a magnitude slip (issue 14): caught by check, named at their line
printf 'assume "price" { 0.09, unit = "USD/kWh", source = "test" }\nscenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 },\n  pricing = { rental { rate = price } } }\n' >"$TMP/units.lua"
expect check/unit_mismatch 1 "units.lua:3: rental: field 'rate' is USD/GPU-hour (a rental rate) but the value given is USD/kWh (an energy price)" -- check "$TMP/units.lua"
printf 'scenario "s" { phase "p" { gpu = hw "H800", params = 70, tokens = 15e12, mfu = 0.4 },\n  pricing = { rental { rate = 2 } } }\n' >"$TMP/params70.lua"
expect check/magnitude_warning 1 "params70.lua:1: warning: phase 'p': params = 70 parameters, outside the usual 1e6 to 1e14; did you mean 70e9 (70 * billion)?" -- check "$TMP/params70.lua"
expect run/magnitude_strict 1 "(an error under --strict)" -- run "$TMP/params70.lua" --strict
stdout_has run/magnitude_warning_runs 'Checks of the inputs' -- run "$TMP/params70.lua"
printf 'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 },\n  pricing = { own { units = 8, unit_price = 25000, life_years = 4, utilization = 0.5, cost_of_capital = 10 } } }\n' >"$TMP/coc.lua"
expect check/fraction_as_percent 1 "coc.lua:2: own: field 'cost_of_capital' must be a fraction per year, 0 to 1 (got 10); did you mean 0.10?" -- check "$TMP/coc.lua"
# a value given by --set is the flag's mistake, not the line that uses it
printf 'assume "cost_of_capital" { 0.08, unit = "1/year", source = "test" }\nscenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 },\n  pricing = { own { units = 8, unit_price = 25000, life_years = 4, utilization = 0.5, cost_of_capital = cost_of_capital } } }\n' >"$TMP/coc_set.lua"
expect check/set_fraction_as_percent 1 "--set cost_of_capital=10: own: field 'cost_of_capital' must be a fraction per year, 0 to 1 (got 10); did you mean 0.10?" -- check "$TMP/coc_set.lua" --set cost_of_capital=10
check check/set_names_the_line_using_it grep -qx '  in .*coc_set.lua:3' "$TMP/err"
expect check/broken 1 "io.open is not available" -- check tests/hostile/io_open.lua

# hw
stdout_has hw/table 'H800 SXM' -- hw
# every dense precision, FP64 vector and tensor apart (H100 SXM datasheet: 34 and 67)
stdout_has hw/precisions 'FP64 FP64T  FP32   TF32   BF16   FP16    FP8    FP4' -- hw
stdout_has hw/fp64_apart 'Dense FP64 tensor   67 TFLOPS' -- hw h100
check hw/at_least_16 test "$("$BIN" hw --format csv | tail -n +2 | wc -l)" -ge 16
stdout_has hw/one_entry_sources 'Sources' -- hw h800
stdout_has hw/alias_and_case 'H800 SXM' -- hw 'h800-sxm'
expect hw/unknown 1 "unknown accelerator 'H900'; did you mean 'H800'?" -- hw H900
stdout_has hw/json '"accelerators"' -- hw --format json
stdout_has hw/csv 'name,vendor,year' -- hw --format csv
# dated prices: Lambda's H100 SXM5 $3.49 of 29 Jan 2024 (Epoch's Hardware prices.csv)
stdout_has hw/prices '2024-01-29 Lambda Labs' -- hw h100 --prices
stdout_has hw/prices_csv 'accelerator,date,kind,class,commitment,scope,provider,usd' -- hw h100 --prices --format csv
stdout_has hw/prices_csv_row 'H100 SXM,2024-01-29,rent,specialised,on-demand,,Lambda Labs,3.49' -- hw h100 --prices -f csv
stdout_has hw/prices_json '"commitment": "3-year"' -- hw h100 --prices --format json
stdout_has hw/prices_none 'No dated prices for B300 (HGX).' -- hw b300 --prices
expect hw/prices_unknown 1 "unknown accelerator 'H900'; did you mean 'H800'?" -- hw H900 --prices
# the name column is as wide as the longest name: "Google TPU v7 (Ironwood)" (24 characters) keeps one space
stdout_has hw/name_column_fits 'Google TPU v7 (Ironwood) 2025' -- hw
# regions: every intensity beside its basis (EIA counts CO2 at the plants; Electricity Maps lifecycle CO2e)
stdout_has hw/regions 'CO2, direct combustion' -- hw --regions
stdout_has hw/regions_lifecycle 'us-texas-industrial' -- hw --regions
stdout_has hw/region_one 'Grid intensity      0.394 kg/kWh, CO2e, lifecycle, location-based' -- hw --regions us-texas-industrial
stdout_has hw/region_csv 'us-iowa-industrial,"Iowa, industrial average; MISO grid",0.0691,0.503,"CO2e, lifecycle"' -- hw --regions -f csv
stdout_has hw/region_json '"carbon_basis": "CO2e, lifecycle"' -- hw --regions nordics --format json
# Nordics: 151.96 × 33.89 + 81.21 × 81.52 + 30.46 × 153.63 + 38.42 × 166.05 = 22,829.37 t / 435.09 TWh = 52.47 g,
# and the note says the 0.052 used is that rounded to whole grams (audit2 G1: it read "52.5" beside 0.052)
stdout_has hw/nordics_rounding '22,829 t / 435.09 TWh = 52.47 gCO2e/kWh, used as 52 g (whole grams' -- hw --regions nordics
check hw/nordics_value grep -qF 'Grid intensity      0.052 kg/kWh, CO2e, lifecycle' "$TMP/out"
# a region without a price: the U.S. industrial average (EIA 2023, $0.0806) stands in, and the listing says so
stdout_has hw/region_price_fallback 'Price               - (not published: the U.S. industrial average 0.0806 USD/kWh applies)' -- hw --regions nordics
expect hw/region_unknown 1 "unknown region 'mars'" -- hw --regions mars
expect hw/region_did_you_mean 1 "unknown region 'texas' (did you mean 'us-texas-industrial'?)" -- hw --regions texas
# one rule for scenarios and hw: a typo of a whole key gets its guess too
expect hw/region_typo 1 "unknown region 'chna' (did you mean 'china'?)" -- hw --regions chna
expect hw/region_part_typo 1 "unknown region 'texs' (did you mean 'us-texas-industrial'?)" -- hw --regions texs
expect hw/region_ambiguous_part 1 "unknown region 'industrial'; known: us-industrial," -- hw --regions industrial
expect hw/regions_two_keys 2 "hw --regions takes at most one region key" -- hw --regions china japan
expect hw/prices_and_regions 2 "hw takes --prices or --regions, not both" -- hw --prices --regions

# version and help
stdout_has version/text 'catalog as of' -- --version
stdout_has help/overview 'Exit codes' -- help
stdout_has help/command 'Usage: tcost run' -- run --help
expect help/unknown_topic 2 "no help topic 'nope'" -- help nope
expect help/topic_typo 2 "no help topic 'phse' (did you mean 'phase'?)" -- help phse
stdout_has help/units 'energy (kWh): kWh; Wh (= 0.001 kWh); MWh (= 1000 kWh)' -- help units

# diff: rate 2 → 2.35 on 2,935,000 GPU-h: $5,870,000 → $6,897,250, +17.5%
stdout_has diff/assumption 'rate' -- diff examples/shared_assumptions/paper.lua examples/shared_assumptions/market.lua
stdout_has diff/total_moves '+17.5%' -- diff examples/shared_assumptions/paper.lua examples/shared_assumptions/market.lua
stdout_has diff/json '"what_changed": "value, source"' -- diff examples/shared_assumptions/paper.lua examples/shared_assumptions/market.lua --format json
# the what-if: B is A with rate=3. R1: 147,000 GPU-h × $3 = $441,000 (+$147,000, +50.0%);
# cluster view 147,336 GPU-h × $3 = $442,008
stdout_has diff/what_if_b_defaults_to_a 'total,"DeepSeek-R1, as reported",,rental,294000,441000,147000,0.5,' -- diff "$r1" --set-b rate=3 --format csv
check diff/what_if_second_pair grep -qF 'total,"DeepSeek-R1, cluster view",,rental,294672,442008,147336,0.5,' "$TMP/out"
stdout_has diff/what_if_text '+$147K    +50.0%' -- diff "$r1" --set-b rate=3
check diff/says_b_only grep -qE 'B only +--set +rate=3' "$TMP/out"
check diff/paired_by_name grep -qF 'same name' "$TMP/out"
# a side's --set error names the flag the command line has (red team F35)
expect diff/set_b_named 1 "--set-b rat: unknown assumption 'rat' (did you mean 'rate'?)" -- diff "$r1" --set-b rat=3
expect diff/set_a_named 1 "--set-a rate: expected a number or a distribution, got 'inf'" -- diff "$r1" --set-a rate=inf
expect diff/set_both_named 1 "--set rat: unknown assumption 'rat'" -- diff "$r1" --set rat=3
# --set applies to both sides and the report says so; --set-a to A only: A at $3, B at $2 (-33.3%)
stdout_has diff/both_sides_line 'both A and B' -- diff "$r1" --set pue=1.1 --set-a rate=3
check diff/set_a_only grep -qF -- '-$147K    -33.3%' "$TMP/out"
# scenarios with different names pair by order
stdout_has diff/paired_by_order 'by order' -- diff examples/deepseek_v3_reported.lua examples/deepseek_r1_reported.lua
# a phase that changes: experiments are (dev_multiplier - 1) × the final runs' 2,935,000 GPU-h; at 2 in B: 2.94M GPU-h
stdout_has diff/phase_changes 'GPU-hours, energy' -- diff examples/full_development_cost.lua --set-b dev_multiplier=2 --samples 0
check diff/phase_b_hours grep -qE 'Experiments and +[0-9.]+M GPU-h +2\.94M GPU-h' "$TMP/out"
# figures move too: at $0.40 a used hour saves $0.40 − $0.1051875 of electricity; own_50's NPV versus renting
# = (2,048 × 8,760 × 0.5 × $0.40 − $943,557.12) × 3.3121268 − $50,995,200 = −$42,236,151.80 (was +$5,300,764.47),
# and owning never pays (needs 291%; own_90 needs 303 months of a 48-month life)
stdout_has diff/figures_npv 'figure,"DeepSeek V3 + R1: rent, buy or own",Net present value of owning versus renting (own_50),,5300764.4690116,-42236151.7960112,' -- diff examples/rent_vs_buy.lua --set-b rate=0.4 --format csv
check diff/figures_never grep -qF ',B: pays back only after its 4-year life (in 303 months),' "$TMP/out"
# own_50 at $0.40: S = 0.2948125 × 8,760 × 0.5 = $1,291.28 a GPU-year < $24,900 × 8% = $1,992: never at any horizon
check diff/figures_never_at_all grep -qF 'Break-even months, own_50 vs rental",,42.7953082373707,,,,B: never pays back (the saving does not cover the cost of capital),examples/rent_vs_buy.lua,examples/rent_vs_buy.lua,,saving_below_cost_of_capital' "$TMP/out"
check diff/figures_past_life_state grep -qF ',303.290830781063,,,B: pays back only after its 4-year life (in 303 months),examples/rent_vs_buy.lua,examples/rent_vs_buy.lua,,past_life' "$TMP/out"
stdout_has diff/figures_text 'Figures that differ' -- diff examples/rent_vs_buy.lua --set-b rate=0.4
check diff/figures_never_text grep -qF 'never (needs 291%)' "$TMP/out"
expect diff/three_files 2 'one or two scenario files' -- diff "$r1" "$r1" "$r1"
expect diff/bad_format 2 'diff formats are text, md, html, csv and json' -- diff "$r1" --format svg

# bundle: one file, same report (csv carries no provenance)
expect bundle/writes 0 "" -- bundle examples/shared_assumptions/paper.lua -o "$TMP/bundled.lua"
check bundle/inlined grep -q 'bundled("phases"' "$TMP/bundled.lua"
"$BIN" run examples/shared_assumptions/paper.lua --format csv >"$TMP/a.csv" 2>/dev/null
(cd "$TMP" && "$OLDPWD/$BIN" run bundled.lua --format csv >"$TMP/b.csv" 2>/dev/null)
check bundle/same_report cmp -s "$TMP/a.csv" "$TMP/b.csv"
expect bundle/needs_output 2 "bundle needs -o OUT.lua" -- bundle "$r1"
# a bundle is a program: like init, it never overwrites an existing file
cp "$TMP/bundled.lua" "$TMP/bundled.keep"
expect bundle/no_overwrite 1 "already exists; not overwriting it" -- bundle examples/shared_assumptions/paper.lua -o "$TMP/bundled.lua"
check bundle/kept cmp -s "$TMP/bundled.lua" "$TMP/bundled.keep"
# a module and a main file that start with a byte-order mark and a "#!" line still bundle into a file
# that runs (each is valid only at the start of a file)
mkdir -p "$TMP/bom"
printf '\357\273\277#!/usr/bin/env tcost\n' | cat - examples/shared_assumptions/phases.lua >"$TMP/bom/phases.lua"
printf '\357\273\277#!/usr/bin/env tcost\n' | cat - examples/shared_assumptions/paper.lua >"$TMP/bom/paper.lua"
expect bundle/bom_shebang 0 "" -- bundle "$TMP/bom/paper.lua" -o "$TMP/bom/bundled.lua"
(cd "$TMP/bom" && "$OLDPWD/$BIN" run bundled.lua --format csv >"$TMP/bom/b.csv" 2>/dev/null)
check bundle/bom_shebang_same_report cmp -s "$TMP/a.csv" "$TMP/bom/b.csv"

# sweep: rate 1..4 step 0.5 = 7 points, one wide row each (a column per pricing model) + header;
# at $1: 2,935,000 GPU-h × $1 = $2,935,000
check sweep/rows test "$("$BIN" sweep examples/rent_vs_buy.lua --set rate=1:4:0.5 --format csv | wc -l)" -eq 8
stdout_has sweep/header 'rate,scenario,rental,buy,own_50,own_70,own_90,break_even_' -- sweep examples/rent_vs_buy.lua --set rate=1:4:0.5 --format csv
stdout_has sweep/first_point '1,"DeepSeek V3 + R1: rent, buy or own",2935000,50995200,' -- sweep examples/rent_vs_buy.lua --set rate=1:4:0.5 --format csv
stdout_has sweep/list '2.5,"DeepSeek V3 + R1: rent, buy or own",7337500,' -- sweep examples/rent_vs_buy.lua --set rate=2,2.5 --format csv
# json: one record per point, {"rate": 2.5, ...}, not parallel arrays
stdout_has sweep/json_records '"rate": 2.5,' -- sweep examples/rent_vs_buy.lua --set rate=2,2.5 --format json
# crossover: own_50 costs $5,346,357 at every rate; rental 2,935,000 × rate equals it at 5,346,357 / 2,935,000 = 1.82
stdout_has sweep/crossover 'rental         own_50           1.82' -- sweep examples/rent_vs_buy.lua --set rate=1:4:0.25
stdout_has sweep/chart_html 'Total cost against rate' -- sweep examples/rent_vs_buy.lua --set rate=1:4:0.25 --format html
check sweep/chart_marks_crossings grep -qF 'rental = own_50 at rate ≈ 1.82' "$TMP/out"
# two swept values: a grid and a heat map per pricing model; buying 2,048 GPUs at $30,000 = $61,440,000
# break-even heads short enough to read: "BE util. own_50/70/90" (own_50/own_70/own_90 share it), spelled out above
stdout_has sweep/short_heads 'BE util. own_50/70/90' -- sweep examples/rent_vs_buy.lua --set rate=1:4:1
check sweep/short_heads_row grep -qE 'BE util\. own_50/70/90 +BE months own_50' "$TMP/out"
check sweep/short_heads_said grep -qF 'BE util. and BE months: break-even utilization and months' "$TMP/out"
# months in plain numbers under "BE months": rate 4, own_50 (docs/pricing.md): net = $24,900 a GPU, r = 8%;
# the owner's electricity is 0.7 kW × 1.8214 × 0.75 × 1.25 = 1.1953 kWh a GPU-hour × $0.088 = $0.1051875, so
# a used hour saves $3.8948125; S = 3.8948125 × 8,760 h × 0.5 = 17,059.28;
# 12 × −ln(1 − 24,900 × 0.08 / 17,059.28) / ln 1.08 = 19.36 months; utilization: capital $15,396,512 a year
# / 2,048 = $7,517.83 a GPU / (8,760 × 3.8948125) = 22.0%
check sweep/months_plain grep -qE '^     4 .* 22\.0% +19\.4$' "$TMP/out"
# a break-even that never comes says so, with the figure it needs: at $0.50 a used hour saves
# $0.3948125; 7,517.83 / (8,760 × 0.3948125) = 217%; own_90 pays back in 159 months, past its 48-month life
stdout_has sweep/never_pays_text 'never (217%)' -- sweep examples/rent_vs_buy.lua --set rate=0.5,1
check sweep/never_past_life grep -qE '^   0\.5 +past life \(270 mo\) +past life \(159 mo\) ' "$TMP/out"
stdout_has sweep/never_field_csv 'break_even_utilization_own_50_own_70_own_90_vs_rental_never' -- sweep examples/rent_vs_buy.lua --set rate=0.5,1 --format csv
# at $1: 7,517.83 / (8,760 × 0.8948125) = 95.9%, under 100%: pays (false); own_50 still needs 111 months (true)
check sweep/never_field_values grep -qE '^1,"DeepSeek V3 \+ R1: rent, buy or own",2935000,50995200,[0-9.]+,[0-9.]+,[0-9.]+,0\.9590831005[0-9]*,false,,110\.67[0-9]*,true,past_life,' "$TMP/out"
# $0.50: own_50 saves (0.5 − 0.1051875) × 4,380 = $1,729.8 < $1,992 of interest: never; own_70 past life (270 mo)
stdout_has sweep/never_reason_csv ',saving_below_cost_of_capital,' -- sweep examples/rent_vs_buy.lua --set rate=0.5,1 --format csv
stdout_has sweep/never_reason_past_life ',past_life,' -- sweep examples/rent_vs_buy.lua --set rate=0.5,1 --format csv
# each owned cluster's NPV versus renting at each point: at $0.50, own_50 saves (2,048 × 8,760 × 0.5 × $0.50
# − $943,557.12 of electricity) = $3,541,562.88 a year × 3.3121268 (4 years at 8%) − $50,995,200 = −$39,265,094.53;
# it crosses 0 where the break-even utilization is 50%: $0.1051875 + 7,517.83 / (8,760 × 0.5) = $1.82, the rate
# where rental's total meets own_50's (sweep/crossover above)
# the crossovers the text states are in the JSON too (audit2 S2): rental = own_50 where
# rate − $0.1051875 of electricity = 7,517.828 / (8,760 × 0.5), rate = 1.8215866, at own_50's $5,346,356.65
stdout_has sweep/crossovers_json '"at": 1.82158659381406,' -- sweep examples/rent_vs_buy.lua --set rate=0.5:4:0.5 --format json
check sweep/crossovers_json_cost grep -qF '"cost_usd": 5346356.65284426,' "$TMP/out"
stdout_has sweep/npv_columns ',npv_vs_renting_own_50,npv_vs_renting_own_70,npv_vs_renting_own_90' -- sweep examples/rent_vs_buy.lua --set rate=0.5,2 --format csv
check sweep/npv_value grep -qE '^0\.5,.*,-39265094\.529447[0-9]*,' "$TMP/out"
check sweep/npv_at_2 grep -qE '^2,.*,5300764\.4690116,' "$TMP/out"
stdout_has sweep/npv_text 'NPV own_50' -- sweep examples/rent_vs_buy.lua --set rate=0.5,2
# with no residual the break-even months do not depend on the life (net capex = capex, repaid by the same
# saving), so a sweep of life_years keeps own_50's 42.8 months and says whether they fit the life:
# never within 3 years (36 months), within 4 (48); own_70's 29.3 fit both
stdout_has sweep/life_swept 'life_years' -- sweep examples/rent_vs_buy.lua --set life_years=3,4
check sweep/life_never grep -qE '^ +3 .* 58\.2% +past life \(42\.8 mo\)$' "$TMP/out"
check sweep/life_within grep -qE '^ +4 .* 45\.3% +42\.8$' "$TMP/out"
check sweep/life_own70 grep -qE '^ +3 +29\.3 +22\.3 ' "$TMP/out"
# three swept values: a chart per swept value through the grid's middle (rate 2, unit_price 25000, life_years 4),
# crossovers named by the value swept; rental = own_50 at rate ≈ 1.83: own_50 at $25,000 costs annuity(8%, 4)
# 0.301921 × 2,048 × $25,000 × 0.327193 cluster-years (2.935M GPU-h / (2,048 × 8,760 × 0.5)) = $5.0579M + energy
# $308,725 (3.51 GWh × $0.088) = $5.3666M = 2.935M GPU-h × $1.8285 of rent (linear in the rate: exact)
stdout_has sweep/three_values 'the others held at their middle values (rate = 2,' -- sweep examples/rent_vs_buy.lua --set rate=1:4:1 --set unit_price=20000,25000,30000 --set life_years=3,4,5
check sweep/three_values_rows test "$(grep -cE '^ +[1-4] +[0-9]+ +[345] +\$' "$TMP/out")" -eq 36
check sweep/three_values_crossover grep -qE '^  rental +own_50 +rate +1\.83 ' "$TMP/out"
stdout_has sweep/three_values_charts 'Total cost against unit_price (rate = 2, life_years = 4)' -- sweep examples/rent_vs_buy.lua --set rate=1:4:1 --set unit_price=20000,25000,30000 --set life_years=3,4,5 --format html
check sweep/three_values_three_charts test "$(grep -o '<h[0-9][^>]*>Total cost against\|<title>Total cost against' "$TMP/out" | wc -l)" -ge 3
stdout_has sweep/grid 'Total cost, buy' -- sweep examples/rent_vs_buy.lua --set rate=1.5,2.5 --set unit_price=20000:30000:5000
check sweep/grid_cell grep -qE '^  2\.5 +\$41\.0M +\$51\.2M +\$61\.4M$' "$TMP/out"
stdout_has sweep/heat_map 'Total cost, buy, by rate and unit_price' -- sweep examples/rent_vs_buy.lua --set rate=1.5,2.5 --set unit_price=20000:30000:5000 --format html
# a distribution in --set is one value, not a list split at its comma
stdout_has sweep/range_not_split 'staff_fte,scenario,rental,rental_p5,rental_p95' -- sweep examples/full_development_cost.lua --set 'rate=range(1.5, 3)' --set staff_fte=100,150 --samples 200 --format csv
check sweep/range_two_rows test "$(wc -l <"$TMP/out")" -eq 3
expect sweep/needs_axis 2 "sweep needs at least one --set" -- sweep examples/rent_vs_buy.lua

# batch: a folder of reports plus an index; a failing file is reported, the others written
expect batch/one_fails 1 "io.open is not available" -- run "$r1" tests/hostile/io_open.lua examples/deepseek_v3_reported.lua --format md -o "$TMP/reports/"
check batch/report_1 test -s "$TMP/reports/deepseek_r1_reported.md"
check batch/report_2 test -s "$TMP/reports/deepseek_v3_reported.md"
check batch/index_links grep -q '(deepseek_v3_reported.md)' "$TMP/reports/index.md"
check batch/index_failure grep -q 'io_open.lua: \*\*failed\*\*' "$TMP/reports/index.md"
check batch/no_partial test ! -e "$TMP/reports/io_open.md"

# determinism and seeds
"$BIN" run tests/data/uncertain.lua --format json >"$TMP/u1.json"
"$BIN" run tests/data/uncertain.lua --format json >"$TMP/u2.json"
"$BIN" run tests/data/uncertain.lua --format json --seed 2 >"$TMP/u3.json"
check determinism/same_seed_identical cmp -s "$TMP/u1.json" "$TMP/u2.json"
check determinism/other_seed_differs test -n "$(cmp "$TMP/u1.json" "$TMP/u3.json" 2>&1)"
# --samples 0: the median of range(1.5, 3) is √4.5 = 2.1213…; × 100,000 (uniform's median) = $212,132
stdout_has samples/zero_is_median ',212132.034355964' -- run tests/data/uncertain.lua --samples 0 --format csv
expect export/writes 0 "" -- run tests/data/uncertain.lua --samples 1000 --export-samples "$TMP/s.csv" -o "$TMP/r.txt"
check export/rows test "$(wc -l <"$TMP/s.csv")" -eq 1001
check export/inputs head -n 1 "$TMP/s.csv" | grep -q rate
expect export/exact_scenario 1 "no uncertain values to export" -- run "$r1" --export-samples "$TMP/e.csv"

# no colour when stdout is not a terminal
"$BIN" run "$r1" >"$TMP/plain.txt"
check color/none_when_piped test -z "$(grep -l $'\033' "$TMP/plain.txt")"

# the README's outputs are the tool's real outputs
check readme/up_to_date scripts/update-readme --check

# every example names a source for every assumption
for f in examples/*.lua examples/shared_assumptions/paper.lua examples/shared_assumptions/market.lua; do
	stdout_has "check/example_$(basename "$f" .lua)" 'ok: 1 file checked' -- check "$f"
done

# extreme magnitudes render in every format, within the time limit (fuzzing findings)
for f in tiny_value huge_value; do
	for fmt in text md csv json html svg; do
		expect "extreme/${f}_$fmt" 0 "" -- run "tests/data/$f.lua" --format "$fmt" --time-limit 3
	done
done

# a byte-order mark (Windows editors) and a "#!" first line are skipped, line numbers kept
stdout_has source/bom ',2000,' -- run tests/data/bom.lua --format csv
printf '#!/usr/bin/env tcost\nerror("on line 2")\n' >"$TMP/shebang.lua"
expect source/shebang_line_numbers 1 "shebang.lua:2: on line 2" -- run "$TMP/shebang.lua"

# any assumption can be made uncertain: the report then has a tornado of its drivers
for f in deepseek_r1_reported deepseek_v3_reported deepseek_full_compute rent_vs_buy llama4_vs_deepseek custom_format; do
	stdout_has "uncertain/$f" 'Sensitivity of total cost' -- run "examples/$f.lua" --set 'rate=range(1.5, 3)' --samples 2000
done
stdout_has uncertain/user_format 'DeepSeek-R1, as reported: 147K H800 GPU-hours' -- run examples/custom_format.lua --set 'rate=range(1.5, 3)' --format tweet

# the time and memory limits hold per file of a batch, whatever the machine's speed: a file that never
# ends and a file that allocates without end each fail alone; the quick files after them still get
# their reports (had the clock not restarted, the 3 s would be long gone when quick2.lua starts).
# 3 s, not 1: the limit is wall time, and on a loaded machine the hog may need over a second to
# reach its 64 MiB (seen at load 18: it hit the time limit first)
printf 'while true do end\n' >"$TMP/endless.lua"
printf 'local t = {}\nfor i = 1, 1e12 do t[i] = i end\n' >"$TMP/hog.lua"
printf 'scenario "quick" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, pricing = { rental { rate = 2 } } }\n' >"$TMP/quick.lua"
cp "$TMP/quick.lua" "$TMP/quick2.lua"
expect limits/per_file_in_batch 1 "endless.lua: time limit of 3 s" -- run "$TMP/endless.lua" "$TMP/quick.lua" "$TMP/hog.lua" "$TMP/quick2.lua" --time-limit 3 --memory-limit 64 -o "$TMP/slowdir/"
check limits/per_file_time_message grep -q 'time limit of 3 s reached' "$TMP/err"
check limits/per_file_memory_message grep -q 'hog.lua: memory limit of 64 MiB reached' "$TMP/err"
check limits/per_file_reports_kept test -s "$TMP/slowdir/quick.txt" -a -s "$TMP/slowdir/quick2.txt"
check limits/per_file_index grep -q '^FAILED.*endless.lua.*time limit' "$TMP/slowdir/index.txt"
# a long C call (the backstop ends the process) names its file and the files that did not run; a
# sweep's limit names the file and the point (red team F40: the message named neither)
cp tests/hostile/pattern_bomb.lua "$TMP/cbomb.lua"
expect limits/long_c_call_names_file 1 "tcost: $TMP/cbomb.lua: time limit of 1 s reached in a long C call (raise it with --time-limit); 2 later files not run: $TMP/quick.lua, $TMP/quick2.lua" -- run "$TMP/quick.lua" "$TMP/cbomb.lua" "$TMP/quick.lua" "$TMP/quick2.lua" --time-limit 1 -o "$TMP/cdir/"
# the report written before the process ended is in the manifest, so the next run replaces it
check limits/long_c_call_manifest grep -q '  quick.txt$' "$TMP/cdir/.tcost-batch"
expect limits/long_c_call_rerun 0 "" -- run "$TMP/quick.lua" "$TMP/quick2.lua" -o "$TMP/cdir/"
printf 'assume "rate" { 2, unit = "USD/GPU-hour", source = "x" }\nif rate > 2.5 then while true do end end\nscenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rate = rate } } }\n' >"$TMP/sweep_loop.lua"
expect limits/sweep_names_point 1 "tcost: $TMP/sweep_loop.lua: time limit of 1 s reached (raise it with --time-limit) at point rate=3; 1 later point not run" -- sweep "$TMP/sweep_loop.lua" --set rate=1,2,3,4 --time-limit 1
# ... and for each point of a sweep: three points that each wait 0.6 s by the clock pass a 1 s limit
# (tests/lua/limits/per_point_clock.lua replaces the scenario run; see its comment)
out=$(timeout "$LIMIT" "${TCOST_TEST_BIN:-build/tcost-test}" selftest --time-limit 1 tests/lua/limits/per_point_clock.lua 2>&1)
check limits/per_sweep_point grep -q '^PASS' <<<"$out"

# region figures are assumptions too. Epoch's energy method: 2,935,000 GPU-h × 0.7 kW × 0.75 ×
# 1.8214 (DGX H100: 10.2 kW / 8 / 0.7 kW) × 1.25 = 2,935,000 × 1.1953125 = 3,508,242.1875 kWh;
# × 0.367 kg = 1,287,524.88 kg; × $0.0806 (EIA, US industrial) = $282,764.32;
# --set the China price to $0.05 → $175,412.11 (carbon × 0.582 = 2,041,796.953125 kg: exact at 15 digits,
# where the shortest round trip kept the product's binary noise, 2041796.9531249998)
stdout_has energy/us_price 'US industrial average,total,,,,,,,electricity,2935000,3508242.1875,282764.3203125,1287524.8828125,282764.3203125,' -- run examples/electricity_us_vs_china.lua --format csv
stdout_has energy/region_override 'China industrial,total,,,,,,,electricity,2935000,3508242.1875,175412.109375,2041796.953125,' -- run examples/electricity_us_vs_china.lua --set electricity_price.china=0.05 --format csv
stdout_has energy/region_listed 'electricity_price.china' -- run examples/electricity_us_vs_china.lua --format md

# a FIFO, a device or a folder as a scenario file is refused at once (a FIFO used to block until the time
# limit); the 30 s test timeout is far above "at once"
mkfifo "$TMP/fifo.lua"
expect read/fifo_refused 1 "it is a FIFO (named pipe), not a regular file" -- run "$TMP/fifo.lua" --time-limit 60
expect read/device_refused 1 "it is a device or socket, not a regular file" -- run /dev/zero --time-limit 60
mkdir -p "$TMP/folder.lua"
expect read/folder_refused 1 "it is a folder, not a scenario file" -- run "$TMP/folder.lua"

# under a parent that blocks every signal (job runners do; the mask is inherited), the backstop for long
# C calls still fires (a pattern bomb never ends by itself; before the fix it ran until killed) and
# SIGTERM still cleans up. KILL, which cannot be blocked, ends a failing build.
SIGBLOCK=${TCOST_SIGBLOCK:-build/sigblock}
timeout -s KILL "$LIMIT" "$SIGBLOCK" "$BIN" run tests/hostile/pattern_bomb.lua --time-limit 1 >/dev/null 2>"$TMP/err"
rc=$?
if [ "$rc" -eq 1 ] && grep -q 'time limit of 1 s reached in a long C call' "$TMP/err"; then
	pass limits/alarm_when_blocked
else
	fail limits/alarm_when_blocked "exit $rc: $(head -n 1 "$TMP/err")"
fi
printf 'print("running")\nwhile true do end\n' >"$TMP/busy.lua"
"$SIGBLOCK" "$BIN" run "$TMP/busy.lua" --time-limit 60 -o "$TMP/blocked.txt" 2>"$TMP/err" &
pid=$!
for ((i = 0; i < LIMIT * 20; i++)); do grep -q running "$TMP/err" && break; sleep 0.05; done
kill -TERM "$pid"
for ((i = 0; i < LIMIT * 20; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
kill -KILL "$pid" 2>/dev/null
wait "$pid"
check limits/term_when_blocked test $? -eq 143

# garbage is not a memory hit: live memory stays near 8 MB under a 24 MiB limit while 48 MB of
# 8 MB strings become garbage; Lua's emergency collection runs before a refusal counts as a hit
# (the old allocator counted the first refusal: "memory limit of 24 MiB reached")
printf 'local keep\nfor i = 1, 6 do keep = nil keep = string.rep("x", 8e6 + i) end\nscenario "churn" { phase "p" { gpu = hw "H800", gpu_hours = #keep }, pricing = { rental { rate = 2 } } }\n' >"$TMP/churn.lua"
expect limits/garbage_is_not_a_hit 0 "" -- run "$TMP/churn.lua" --memory-limit 24 --time-limit 60

# no state across files: a file that tampers with the catalog, the libraries and the language leaves the
# next file of the batch its report byte for byte; correlations are forgotten between files (a file
# correlating rate and unit_price at 0.9, then one at -0.9: the second's report is its own)
"$BIN" run examples/full_development_cost.lua --format csv >"$TMP/alone.csv" 2>/dev/null
sed 's/correlate(rate, unit_price, 0.6)/correlate(rate, unit_price, 0.9)/' examples/full_development_cost.lua >"$TMP/corr_a.lua"
expect state/tamper_batch 1 "" -- run tests/data/leak/evil.lua "$TMP/corr_a.lua" examples/full_development_cost.lua --format csv -o "$TMP/leak/"
check state/next_file_unchanged cmp -s "$TMP/leak/full_development_cost.csv" "$TMP/alone.csv"
out=$(timeout "$LIMIT" "${TCOST_TEST_BIN:-build/tcost-test}" selftest tests/lua/limits/state_per_file.lua 2>&1)
check state/correlations_per_file grep -q '^PASS' <<<"$out"

# the declared usual ranges fit every published example: none of them gets a warning
warned=$(for f in examples/*.lua examples/runs/*.lua examples/epoch/*.lua; do
	"$BIN" check "$f" 2>&1 | grep -F ': warning: '
done)
if [ -z "$warned" ]; then pass check/examples_without_warnings; else fail check/examples_without_warnings "$(printf '%s' "$warned" | head -n 1)"; fi
# world: the "CO2e, lifecycle" label rests on Ember's methodology, cited beside Statista's "gCO2" (audit2 W2)
stdout_has hw/world_basis_cited 'lifecycle CO2e per Ember'"'"'s methodology for that review (full lifecycle, all gases in CO2 equivalent) [ember-methodology-2024]' -- hw --regions world

# Pricing keys whose slugs meet (own "a-b", own "a_b", own "A B" all give a_b) keep every
# figure: a later one's fields take _2, _3 instead of overwriting the first (red team F24).
cat >"$TMP/slugs.lua" <<'LUA'
assume "rate" { 2, unit = "USD/GPU-hour", source = "x" }
scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 100 },
  pricing = { rental { rate = rate }, own "a-b" { units = 8, unit_price = 1000, life_years = 4, utilization = 0.5 },
    own "a_b" { units = 8, unit_price = 50000, life_years = 4, utilization = 0.5 } } }
LUA
"$BIN" sweep "$TMP/slugs.lua" --set rate=1,2 -n 0 -f csv >"$TMP/slugs.csv" 2>"$TMP/err"
check sweep/slug_fields_unique test "$(head -n 1 "$TMP/slugs.csv" | tr ',' '\n' | sort | uniq -d | wc -l)" -eq 0
check sweep/slug_second_kept sh -c "head -n 1 '$TMP/slugs.csv' | tr -d '\r' | tr ',' '\n' | grep -qx npv_vs_renting_a_b_2"
# the fields in a row: 2 swept/scenario + 3 totals + 2 x (2 break-even x 3) + 2 NPVs = 19, all filled for the first model
check sweep/slug_row_width test "$(sed -n 2p "$TMP/slugs.csv" | tr ',' '\n' | wc -l)" -eq 19

# Low findings of the red team: a subnormal in a range warning (F7), a list given to run's --set
# and the flag named twice (F8), impossible --date values (F34), help formats' number rule (F11).
expect set/subnormal_warning 1 "warning: --set unit_price=5e-324: buy: unit_price = 4.94e-324 USD/GPU, outside the usual 100 to 2e5" -- check examples/rent_vs_buy.lua --set unit_price=5e-324
expect set/list_refused 1 "--set rate=1,2: one value only (a list of values is for sweeps: tcost sweep FILE --set rate=1,2)" -- check examples/rent_vs_buy.lua --set rate=1,2
expect set/flag_named_once 1 "--set rate: *: needs numbers or uncertain values (got nil)" -- check examples/rent_vs_buy.lua --set 'rate=range(1,2)*rate'
expect date/month_13 2 "tcost: --date takes YYYY-MM-DD (got '2024-13-45'; month out of range in '2024-13-45')" -- run examples/rent_vs_buy.lua -n 0 --date=2024-13-45
expect date/not_leap 2 "tcost: --date takes YYYY-MM-DD (got '2023-02-29'; day out of range in '2023-02-29')" -- run examples/rent_vs_buy.lua -n 0 --date=2023-02-29
expect date/leap_day 0 "" -- run examples/rent_vs_buy.lua -n 0 --date=2024-02-29
stdout_has help/formats_15_digits "Numbers have 15 significant digits" -- help formats
