#!/usr/bin/env bash
# pricing.sh: a scenario's totals do not depend on the company it keeps. Run
# alone or in a batch with other files, every total line is the same, for
# exact pricing models (the Epoch examples) and uncertain ones alike.
. "$(dirname "$0")/lib.bash"

files=(examples/frontier_claims.lua examples/epoch/llama2_70b.lua examples/epoch/palm_540b.lua examples/rent_vs_buy.lua)
: >"$TMP/alone.csv"
for f in "${files[@]}"; do
	"$BIN" run "$f" --format csv 2>/dev/null | tr -d '\r' | grep ',total,' | grep -v ',cash flow,' | sed "s|^|$f,|" >>"$TMP/alone.csv"
done
# the batch, in reverse order: each line starts with its file already
"$BIN" run examples/rent_vs_buy.lua examples/epoch/palm_540b.lua examples/epoch/llama2_70b.lua \
	examples/frontier_claims.lua --format csv 2>/dev/null | tr -d '\r' | grep ',total,' | grep -v ',cash flow,' | sed 's/,*$//' | sort >"$TMP/batch.csv"
sed 's/,*$//' "$TMP/alone.csv" | sort >"$TMP/alone.sorted"
check pricing/batch_equals_alone_nonempty test -s "$TMP/batch.csv"
check pricing/batch_equals_alone cmp -s "$TMP/alone.sorted" "$TMP/batch.csv"

# Epoch AI's nine published estimates (three methods × three models), each within 1%
"$BIN" validate examples/epoch >"$TMP/epoch.txt" 2>&1
check pricing/epoch_examples_validate grep -q '^9 checks in 3 files: 9 passed, 0 failed as expected, 0 failed$' "$TMP/epoch.txt"

# A rental rate of 0 is valid (>= 0, only a warning): the headline costs $0, so the
# reconciliation has no "× headline" multiple (0/0), and the run succeeds (red team F6).
printf 'scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 100, headline = true }, phase "q" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rate = 0 } } }\n' >"$TMP/rate0.lua"
stdout_has pricing/rate_zero_reconciles "  + q            \$0             \$0           —" -- run "$TMP/rate0.lua" -n 0
expect pricing/rate_zero_set_runs 0 "examples/rent_vs_buy.lua:38: warning: --set rate=0: rental: rate = 0 USD/GPU-hour, outside the usual 0.05 to 50" -- run examples/rent_vs_buy.lua --set rate=0 -n 0

# An uncertain break-even whose every sample never pays (a rent of $0.01-0.02 an hour is below an
# H800's electricity, 0.7 kW at several cents a kWh) sits at the cap (1,000% / 1,200 months): it is
# reported as never, with no figure, and diff gives no change into it (red team F23).
cat >"$TMP/sentinel.lua" <<'LUA'
assume "rate" { range(1, 3), unit = "USD/GPU-hour", source = "x" }
assume "price" { range(1000, 30000), unit = "USD/GPU", source = "x" }
scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rate = rate }, own { units = 8, unit_price = price, life_years = 4, utilization = 0.5 } } }
LUA
"$BIN" run "$TMP/sentinel.lua" -n 2000 --set 'rate=range(0.01, 0.02)' >"$TMP/sentinel.txt" 2>&1
check pricing/sentinel_never grep -q 'Break-even months, own   never pays back (in at least 95% of the samples)' "$TMP/sentinel.txt"
check pricing/sentinel_no_figure sh -c "! grep -qE '1000%|1200 months' '$TMP/sentinel.txt'"
"$BIN" diff "$TMP/sentinel.lua" --set-b 'rate=range(0.01, 0.02)' -n 2000 >"$TMP/sentinel_diff.txt" 2>&1
check pricing/sentinel_diff_no_change sh -c "! grep -qE '1000%|\+9[0-9][0-9]%' '$TMP/sentinel_diff.txt'"
"$BIN" diff "$TMP/sentinel.lua" --set-b 'rate=range(0.01, 0.02)' -n 2000 -f csv >"$TMP/sentinel_diff.csv" 2>&1
check pricing/sentinel_diff_csv_blank grep -q '^figure,S,"Break-even months, own vs rental",,[0-9.]*,,,,B: never pays back' "$TMP/sentinel_diff.csv"
