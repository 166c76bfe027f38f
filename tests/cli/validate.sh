#!/usr/bin/env bash
# validate.sh: expect statements, the Checks section and `tcost validate`.
# Published figures come from the sources the library cites; the arithmetic
# that reproduces them is written beside each case.
. "$(dirname "$0")/lib.bash"

lib=examples/runs
# The bundled library holds: every check that should hold holds.
expect validate/library 0 "" -- validate
if grep -qE '^[0-9]+ checks in [0-9]+ files: [0-9]+ passed, [0-9]+ failed as expected, 0 failed$' "$TMP/out"; then
	pass validate/library_count_line
else
	fail validate/library_count_line "last line: $(tail -n 1 "$TMP/out")"
fi
expect validate/library_dir_named 0 "" -- validate "$lib"

# GPT-3 (Patterson et al. 2021): 10,000 V100 × 14.8 d × 24 h = 3,552,000 GPU-h
# × 0.330 kW × PUE 1.10 = 1,289,376 kWh (published 1,287 MWh, +0.18%; the float sum of days,
# 1289376.0000000005, is written at 15 significant digits: 1289376)
stdout_has run/gpt3_energy_kwh ',1289376,' -- run "$lib/gpt3_175b.lua" --format csv
# BLOOM: 1,082,990 GPU-h × 0.4 kW = 433,196 kWh; × $0.0806 = $34,915.5976; × 0.057 kg = 24,692.172 kg
stdout_has run/bloom_energy_kwh ',1082990,433196,34915.5976,24692.172' -- run "$lib/bloom_176b.lua" --format csv

# A deliberately changed input: GPT-3 on 16.8 days instead of 14.8 uses
# 10,000 × 16.8 × 24 × 0.330 × 1.10 = 1,463,616 kWh, +13.72% on the published
# 1,287 MWh; validate names the file, line and figures.
sed 's/days = 14.8, watts/days = 16.8, watts/' "$lib/gpt3_175b.lua" >"$TMP/gpt3_changed.lua"
# Both figures are shown with the four digits the source gave (1,287 MWh).
expect validate/changed_input_fails 1 "gpt3_changed.lua:21: check energy of 'GPT-3 175B' failed: published 1287 MWh, tcost 1464 MWh (+13.72%, allowed ±1%)" \
	-- validate "$TMP/gpt3_changed.lua"
if grep -q ' fail$' "$TMP/out"; then pass validate/changed_input_table; else fail validate/changed_input_table "no fail row"; fi
# run only warns: exit 0, the warning on stderr, the Checks section on stdout
expect run/failed_check_warns 0 "tcost: warning: " -- run "$TMP/gpt3_changed.lua"
if grep -q 'Checks against published figures' "$TMP/out"; then pass run/checks_section; else fail run/checks_section "missing"; fi

# An expected failure that starts to pass is an error too: its reason no longer holds.
cat >"$TMP/xpass.lua" <<'LUA'
scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { rental { rate = 2 } } }
expect "cost" { 2000, fails = "a stale reason", source = "1,000 GPU-h × $2 = $2,000" }
LUA
expect validate/unexpected_pass 1 "xpass.lua:2: check cost [rental] of 's' was expected to fail (a stale reason) but passes" \
	-- validate "$TMP/xpass.lua"

# Uncertain values: the rate uniform on [1, 3] makes 1,000 GPU-h cost $1,000-$3,000;
# its 5th and 95th percentiles are $1,100 and $2,900, its median $2,000.
cat >"$TMP/uncertain.lua" <<'LUA'
scenario "u" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { rental { rate = uniform(1, 3) } } }
expect "cost" { 2000, percentile = 50, within = 0.02, source = "median of 1,000 × U(1, 3)" }
expect "cost" { 2900, percentile = 95, within = 0.02, source = "p95 of 1,000 × U(1, 3)" }
expect "cost" { 2500, inside = 0.9, source = "inside $1,100-$2,900" }
expect "cost" { 3000, inside = 0.9, fails = "outside the 90% interval", source = "above $2,900" }
LUA
expect validate/uncertain 0 "" -- validate "$TMP/uncertain.lua"
stdout_has validate/uncertain_count '4 checks in 1 file: 3 passed, 1 failed as expected, 0 failed' -- validate "$TMP/uncertain.lua"

# Machine-readable forms
stdout_has validate/csv_header 'file,line,scenario,check,unit,published,tcost,rel_diff,within,status,reason,source' \
	-- validate "$TMP/uncertain.lua" --format csv
stdout_has validate/json_schema '"schema": "tcost-checks/1"' -- validate "$lib" --format json
stdout_has run/csv_check_row 'GPT-3 175B,check,,,,,,,,,,,,,,,,,,,,,,,energy,MWh,1287,' -- run "$lib/gpt3_175b.lua" --format csv
stdout_has run/md_checks '### Checks against published figures' -- run "$lib/gpt3_175b.lua" --format md
# The Checks table shows a published figure with the digits its source gave
# and tcost's with as many: 1,287 MWh beside 1,289,376 kWh = 1289 MWh, and
# the carbon check agrees with the Totals row (1,289,376 × 0.429 = 553,142 kg = 553 t).
stdout_has run/md_check_digits '| energy | 1287 MWh | 1289 MWh | +0.18% |' -- run "$lib/gpt3_175b.lua" --format md
stdout_has run/md_totals_carbon_3_figures '| Carbon (location-based grid; basis as given) | 553 t CO2e |' -- run "$lib/gpt3_175b.lua" --format md
stdout_has run/html_checks '<h3>Checks against published figures</h3>' -- run "$lib/gpt3_175b.lua" --format html
stdout_has run/json_checks '"status": "expected fail"' -- run "$lib/gpt3_175b.lua" --format json

# Mistakes in an expectation: one line, file and line, non-zero exit.
bad() {
	printf 'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 }, pricing = { rental { rate = 2 } } }\n%s\n' "$2" >"$TMP/bad.lua"
	expect "expect/$1" 1 "$3" -- run "$TMP/bad.lua"
}
bad unknown_measure 'expect "enrgy" { 1, source = "x" }' "bad.lua:2: expect 'enrgy': unknown measure (did you mean 'energy'?)"
bad wrong_unit 'expect "energy" { 1, unit = "t CO2e", source = "x" }' "bad.lua:2: expect 'energy': unit 't CO2e' does not measure energy"
bad no_source 'expect "energy" { 1 }' "bad.lua:2: expect 'energy': missing required field 'source'"
bad no_value 'expect "energy" { unit = "kWh", source = "x" }' "bad.lua:2: expect 'energy': give the published figure first"
bad mfu_per_phase 'expect "mfu" { 0.4, phase = "p", source = "x" }' "bad.lua:2: expect 'mfu': mfu is a total of the run"
bad inside_within 'expect "cost" { 1, inside = 0.9, within = 0.1, source = "x" }' "bad.lua:2: expect 'cost': inside tests the interval"
bad no_phase 'expect "energy" { 1, phase = "q", source = "x" }' "bad.lua:2: expect 'energy': scenario 's' has no phase 'q'"
bad no_pricing 'expect "cost" { 1, pricing = "own", source = "x" }' "bad.lua:2: expect 'cost': scenario 's' has no pricing model 'own' (models: rental)"
bad no_flops 'expect "mfu" { 0.4, source = "x" }' "bad.lua:2: expect 'mfu': scenario 's' has no mfu (give the scenario tokens and params"
bad bad_percentile 'expect "cost" { 1, percentile = 90, source = "x" }' "bad.lua:2: expect 'cost': field 'percentile' must be one of 5, 25, 50, 75, 95 (got 90)"

# validate with nothing to check is an error, and a file that does not run fails the whole validate
printf 'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, pricing = { rental { rate = 2 } } }\n' >"$TMP/none.lua"
expect validate/no_expectations 1 "tcost: validate: no expectations in the files named" -- validate "$TMP/none.lua"
expect validate/missing_file 1 "cannot read" -- validate "$TMP/absent.lua"
expect validate/bad_format 2 "validate: --format takes text, csv or json" -- validate --format html

# League table: several files into a folder give comparison.EXT (report.lua)
# with the side-by-side costs and, below them, the league table.
# DeepSeek-V3: $5,576,000 / 14.8T tokens = $376,757 per trillion tokens;
# implied MFU 6 × 37e9 × 14.8e12 / (2,788,000 h × 3,600 × 989e12) = 33.1%.
# GPT-3: 3,552,000 h × 0.33 kW × PUE 1.10 = 1.29 GWh, × 0.429 = 553 t; × $1.60 = $5,683,200,
# / 0.3T tokens = $18.9M per trillion; 3.14e23 / (3,552,000 h × 3,600 × 125e12) = 19.6%.
# (DeepSeek-V3's energy and carbon come from tcost's default energy model, not checked here.)
expect league/batch_md 0 "" -- run "$lib/deepseek_v3.lua" "$lib/gpt3_175b.lua" --format md -o "$TMP/league_md/"
# Markdown escapes ($, _) are undone first: the test is about the figures, not the escaping
sed -e 's/&#36;/$/g' -e 's/\\\$/$/g' -e 's/\\_/_/g' "$TMP/league_md/comparison.md" >"$TMP/league.md"
if grep -qE '^\| deepseek_v3: DeepSeek-V3 \| `rental` \| 2\.79M GPU-h \| [^|]+ \| [^|]+ \| \$5\.58M \| \$377K \| 33\.1% \| 5 of 5 \|$' "$TMP/league.md" &&
	grep -qF '| gpt3_175b: GPT-3 175B | `rental` | 3.55M GPU-h | 1.29 GWh | 553 t CO2e | $5.68M | $18.9M | 19.6% | 4 of 4 |' "$TMP/league.md"; then
	pass league/figures
else
	fail league/figures "$(grep -E 'DeepSeek|GPT' "$TMP/league.md" | tr '\n' '|')"
fi
expect league/batch_html 0 "" -- run "$lib/deepseek_v3.lua" "$lib/gpt3_175b.lua" --format html -o "$TMP/league_html/"
if grep -q '<h2>League table</h2>' "$TMP/league_html/comparison.html"; then pass league/html; else fail league/html "no league table"; fi


# A folder is walked with its subfolders: a tree holding the xpass-free
# uncertain.lua at the top, a sub/ folder with the 4-check file again and an
# --assumptions file (no scenario), and a hidden folder that must not be read.
# 4 + 4 = 8 checks in 2 files; the assumptions file is skipped, not an error.
mkdir -p "$TMP/tree/sub/deeper" "$TMP/tree/.hidden"
cp "$TMP/uncertain.lua" "$TMP/tree/a.lua"
cp "$TMP/uncertain.lua" "$TMP/tree/sub/deeper/b.lua"
echo 'assume "rate" { 2 }' >"$TMP/tree/sub/shared.lua"
echo 'this is not lua' >"$TMP/tree/.hidden/broken.lua"
stdout_has validate/walks_subfolders '8 checks in 2 files: 6 passed, 2 failed as expected, 0 failed; 1 file without a scenario skipped' \
	-- validate "$TMP/tree"
# Named on its own, a file without a scenario is still an error.
expect validate/named_file_without_scenario 1 "shared.lua: declares no scenario" -- validate "$TMP/tree/sub/shared.lua"
# A link to a parent folder is walked only to a bounded depth, then refused by name.
ln -s .. "$TMP/tree/sub/loop"
expect validate/folder_loop_refused 1 "folders nest deeper than 8" -- validate "$TMP/tree"
