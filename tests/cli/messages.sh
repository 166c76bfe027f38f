#!/usr/bin/env bash
# messages.sh: every error names the scenario file and line where the
# scenario did the thing: a table error object, a forbidden call in a tail
# call, a value that fails only in some samples; and correlate() in an
# --assumptions file is applied, exactly as the same line in the scenario.
. "$(dirname "$0")/lib.bash"

printf 'local function f() error({ code = 1 }) end\nf()\n' >"$TMP/errobj.lua"
expect messages/table_error_object 1 "errobj.lua:1: (error object is a table value)" -- run "$TMP/errobj.lua"
printf 'return os.exit(1)\n' >"$TMP/tail.lua"
expect messages/tail_call_forbidden 1 "tail.lua:1: os.exit is not available" -- run "$TMP/tail.lua"
printf 'local function f() return f() + 1 end\nf()\n' >"$TMP/overflow.lua"
# (a generous --time-limit: the overflow, not the clock, must end these on a slow, busy machine)
expect messages/stack_overflow 1 "overflow.lua:1: stack overflow" -- run "$TMP/overflow.lua" --time-limit 60
printf 'local t = setmetatable({}, { __index = function(t, k) return t[k] end })\nlocal x = t.a\n' >"$TMP/cstack.lua"
expect messages/c_stack_overflow 1 "cstack.lua:1: C stack overflow" -- run "$TMP/cstack.lua" --time-limit 60
# the median of r is 1.5, so 1e5 / (r - 1.2) is positive at the median and negative when r < 1.2:
# the engine fails in some sample; the message names the scenario's file and line, not sample.lua
cat >"$TMP/sampling.lua" <<'LUA'
assume "r" { range(1, 2), unit = "x", source = "test" }
scenario "ok" { phase "a" { gpu = hw "H800", gpu_hours = 5 }, pricing = { rental { rate = 2 } } }
scenario "x" {
  phase "bad" { gpu = hw "H800", gpu_hours = 1e5 / (r - 1.2) },
  pricing = { rental { rate = 2 } } }
LUA
expect messages/sampling_error 1 "sampling.lua:3: scenario 'x', rental: rental_cost: gpu_hours must be a finite number >= 0" -- run "$TMP/sampling.lua"
check messages/sampling_not_tool test -z "$(grep -l 'sample.lua' "$TMP/err")"

# correlate() in an --assumptions file: applied; the figures equal those of the same three lines
# written in the scenario itself, and differ from the uncorrelated run
cat >"$TMP/shared.lua" <<'LUA'
assume "rate" { range(1, 4), unit = "USD/GPU-hour", source = "shared" }
assume "hours" { uniform(9e4, 11e4), unit = "GPU-h", source = "shared" }
correlate(rate, hours, 0.9)
LUA
head -n 2 "$TMP/shared.lua" >"$TMP/shared0.lua"
{ cat "$TMP/shared.lua"; printf 'scenario "Uncertain" {\n  phase "Run" { gpu = hw "H800", gpu_hours = hours },\n  pricing = { rental { rate = rate } },\n}\n'; } >"$TMP/inline.lua"
"$BIN" run tests/data/uncertain.lua --assumptions "$TMP/shared.lua" --format csv >"$TMP/a.csv" 2>/dev/null
"$BIN" run tests/data/uncertain.lua --assumptions "$TMP/shared0.lua" --format csv >"$TMP/a0.csv" 2>/dev/null
"$BIN" run "$TMP/inline.lua" --format csv >"$TMP/b.csv" 2>/dev/null
check messages/assumptions_correlate_applied cmp -s "$TMP/a.csv" "$TMP/b.csv"
check messages/assumptions_correlate_changes test -n "$(cmp "$TMP/a.csv" "$TMP/a0.csv" 2>&1)"
check messages/assumptions_correlate_nonempty grep -q '^Uncertain,total,' "$TMP/a.csv"
# --set on an assumption correlated in the --assumptions file: the correlation is dropped with the same
# warning as when the correlate() line is in the scenario, naming the shared file's line
expect messages/assumptions_correlate_set 0 "shared.lua:3: warning: --set rate: correlation with this assumption dropped" -- run tests/data/uncertain.lua --assumptions "$TMP/shared.lua" --set rate=2 --format csv
