#!/usr/bin/env bash
# streams.sh: one scenario, one set of numbers (issue 13). An uncertain value's
# random stream is keyed by what it is (its name, or its place in its own file),
# so the same file gives the same figures alone, in a batch, at every sweep point
# and on both sides of `tcost diff`. tests/data/unlabeled.lua has two unnamed
# distributions, whose streams a counter shared across files used to shift.
. "$(dirname "$0")/lib.bash"

u=tests/data/unlabeled.lua

# diff of a file with itself: nothing differs, so every total moves by exactly 0
stdout_has streams/diff_self_zero 'total,Unlabeled,,rental,' -- diff "$u" "$u" --format csv
check streams/diff_self_no_change grep -qE '^total,Unlabeled,,rental,([0-9.e+]+),\1,0,0,' "$TMP/out"

# a sweep over rate = 2, 2, 2: three points of the same scenario, three identical rows
"$BIN" sweep "$u" --set rate=2,2,2 --format csv >"$TMP/sweep.csv" 2>"$TMP/err"
check streams/sweep_three_rows test "$(tail -n +2 "$TMP/sweep.csv" | wc -l)" -eq 3
check streams/sweep_identical test "$(tail -n +2 "$TMP/sweep.csv" | sort -u | wc -l)" -eq 1

# a sweep point equals the run alone with the same --set (total, p5, p95 of the csv)
"$BIN" run "$u" --set rate=2 --format csv >"$TMP/alone.csv" 2>"$TMP/err"
alone=$(grep '^Unlabeled,total,' "$TMP/alone.csv" | tr -d '\r' | cut -d, -f14,15,17)
point=$(sed -n 2p "$TMP/sweep.csv" | tr -d '\r' | cut -d, -f3-5) # rate,scenario,rental,rental_p5,rental_p95
check streams/sweep_point_is_alone test -n "$alone" -a "$alone" = "$point"

# a sweep samples only what its table shows (the totals and the figures), yet an
# uncertain break-even figure is the run alone's mean, to the last digit
"$BIN" sweep examples/rent_vs_buy.lua --set rate=2,2.5 --set 'cost_of_capital=range(0.05, 0.1)' --format csv \
	>"$TMP/sweep_be.csv" 2>"$TMP/err"
"$BIN" run examples/rent_vs_buy.lua --set rate=2 --set 'cost_of_capital=range(0.05, 0.1)' --format json \
	>"$TMP/alone_be.json" 2>"$TMP/err"
col=$(head -1 "$TMP/sweep_be.csv" | tr ',' '\n' | grep -nx 'break_even_months_own_50_vs_rental' | cut -d: -f1)
point=$(sed -n 2p "$TMP/sweep_be.csv" | tr -d '\r' | sed 's/"[^"]*"//' | cut -d, -f"${col:-1}")
alone=$(grep -A8 '"name": "Break-even months, own_50 vs rental"' "$TMP/alone_be.json" | sed -n 's/.*"mean": \([^,]*\),/\1/p')
check streams/sweep_figure_is_alone test -n "$col" -a -n "$alone" -a "$alone" = "$point"

# alone and in a batch after another uncertain file: byte-identical reports
"$BIN" run "$u" --format csv -o "$TMP/alone_u.csv" 2>"$TMP/err"
"$BIN" run tests/data/uncertain.lua "$u" --format csv -o "$TMP/batch/" 2>"$TMP/err"
check streams/batch_is_alone cmp -s "$TMP/alone_u.csv" "$TMP/batch/unlabeled.csv"

# one set of samples for every figure: at 1,000,000 samples the waterfall's last
# running total is the rental total, mean and 90% interval alike (they used to
# come from the first 20,000 samples and the whole run: $77.9M beside $77.8M)
timeout 300 "$BIN" run examples/full_development_cost.lua --samples 1000000 --time-limit 240 >"$TMP/big.txt" 2>"$TMP/err"
total=$(grep -m1 '^  Total cost, Rental' "$TMP/big.txt" | sed 's/.*  \(\$[^ ]* (90%: [^)]*)\)$/\1/')
# (the step's "× headline" is a plain ratio of the totals shown, after the running total)
last=$(grep -m1 '^  + Data ' "$TMP/big.txt" | sed 's/.*  \(\$[^ ]* (90%: [^)]*)\)  *[0-9.,]*×$/\1/')
check streams/waterfall_ends_at_total test -n "$total" -a "$total" = "$last"

# memory: an explicit --memory-limit holds for the sample arrays (2,000,000
# samples of two total costs alone are 32 MB), while the default limit grows with
# --samples (tests/c/test_samples_budget.c checks the rule itself)
expect streams/explicit_memory_limit 1 "memory limit of 16 MiB reached" -- run tests/bench/model.lua --samples 2000000 --memory-limit 16
# ... and names what it needs: the memory in use plus the refused request (the
# rule is checked on a hand-computed case in tests/c/test_samples_budget.c);
# with that much the run gets past the step that failed (it ends, or a later
# step names more)
need=$(sed -n 's/.*needs at least \([0-9]*\) MiB: use --memory-limit \1$/\1/p' "$TMP/err")
check streams/memory_limit_names_need test -n "$need" -a "${need:-0}" -gt 16
"$BIN" run tests/bench/model.lua --samples 2000000 --memory-limit "${need:-16}" --time-limit 120 >/dev/null 2>"$TMP/err2"
need2=$(sed -n 's/.*needs at least \([0-9]*\) MiB: use --memory-limit \1$/\1/p' "$TMP/err2")
check streams/memory_limit_need_gets_further test ! -s "$TMP/err2" -o "${need2:-0}" -gt "${need:-0}"

# a NaN among equal values is still found, at its sample (seed 2: samples 1 and 2
# have x >= 0, sample 3 the first x < 0)
expect streams/nan_among_constants 1 "not a number (0/0, inf - inf, or a negative number to a fractional power) in sample 3" -- run tests/data/nan_some_samples.lua --seed 2
