#!/usr/bin/env bash
# threads.sh: the thread count never changes a report. The same uncertain
# scenarios run with TCOST_THREADS=1, 2 and 8 give the same bytes (json: every
# figure to 17 digits; csv; the text report). `make tsan` runs the same check
# under ThreadSanitizer.
. "$(dirname "$0")/lib.bash"

for f in tests/data/uncertain.lua examples/full_development_cost.lua; do
	name=$(basename "$f" .lua)
	for fmt in json csv text; do
		for t in 1 2 8; do
			TCOST_THREADS=$t timeout "$LIMIT" "$BIN" run "$f" --samples 50000 --format "$fmt" \
				>"$TMP/$name.$t.$fmt" 2>"$TMP/err" </dev/null || echo "exit $? at $t threads" >>"$TMP/$name.$t.$fmt"
		done
		check "threads/${name}_${fmt}_1_vs_2" cmp -s "$TMP/$name.1.$fmt" "$TMP/$name.2.$fmt"
		check "threads/${name}_${fmt}_1_vs_8" cmp -s "$TMP/$name.1.$fmt" "$TMP/$name.8.$fmt"
	done
done
# a sweep point and a batch file are runs too
for t in 1 8; do
	TCOST_THREADS=$t timeout "$LIMIT" "$BIN" sweep tests/data/uncertain.lua --set 'hours=1e5,2e5' --samples 20000 \
		--format csv >"$TMP/sweep.$t" 2>/dev/null </dev/null
done
check threads/sweep_1_vs_8 cmp -s "$TMP/sweep.1" "$TMP/sweep.8"
check threads/sweep_nonempty grep -q '^100000,' "$TMP/sweep.1"
