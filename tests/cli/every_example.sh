#!/usr/bin/env bash
# every_example.sh: every shipped scenario (examples/ and its folders) runs in every
# built-in format, and its JSON and CSV read back. The golden tests pin the bytes
# of the main examples; this catches an example no golden covers (a value left
# as an engine node once broke only the JSON of examples/market_prices.lua).
cd "$(dirname "$0")/../.."
. tests/cli/lib.bash

# The read-back checks use python3 where it is installed; the exit codes are checked everywhere.
if command -v python3 >/dev/null; then PY=python3; else PY=:; fi
json_ok() { $PY -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null; }
csv_ok() { $PY -c 'import csv,sys; r=list(csv.reader(open(sys.argv[1], newline=""))); assert r and all(len(x)==len(r[0]) for x in r)' "$1" 2>/dev/null; }

while IFS= read -r f; do
	name=${f#examples/}; name=${name%.lua}
	for fmt in text md csv json html svg; do
		timeout "$LIMIT" "$BIN" run "$f" --format "$fmt" >"$TMP/out" 2>"$TMP/err" </dev/null
		rc=$?
		if [ $rc -ne 0 ]; then fail "example/$name/$fmt" "exit $rc: $(head -n 1 "$TMP/err")"
		elif [ "$fmt" = json ] && ! json_ok "$TMP/out"; then fail "example/$name/$fmt" "output does not parse as JSON"
		elif [ "$fmt" = csv ] && ! csv_ok "$TMP/out"; then fail "example/$name/$fmt" "output is not a rectangular CSV"
		else pass "example/$name/$fmt"; fi
	done
done < <(find examples -name '*.lua' -not -path 'examples/shared_assumptions/*' | LC_ALL=C sort)

# A cluster cost line of an uncertain rental rate is summarized like every other
# value: an object with mean, p5, p50 and p95 in JSON (it stayed an engine node).
printf 'scenario "x" { phase "p" { gpu = hw "H100", gpu_hours = 1000 }, pricing = { rental { rate = range(2, 3), cluster_costs = true } } }\n' >"$TMP/cl.lua"
if timeout "$LIMIT" "$BIN" run "$TMP/cl.lua" --format json >"$TMP/out" 2>"$TMP/err" </dev/null &&
	$PY -c 'import json,sys; c=json.load(open(sys.argv[1]))["scenarios"][0]["cluster_lines"][0]["cost"]; assert all(k in c for k in ("mean","p5","p50","p95"))' "$TMP/out"; then
	pass "example/cluster_line_uncertain_json"
else
	fail "example/cluster_line_uncertain_json" "$(head -n 1 "$TMP/err")"
fi
