#!/usr/bin/env bash
# repl_desk.sh: `tcost repl` as a what-if desk, driven through a pipe: values
# print as reports print them, :load a scenario, :set an assumption and see
# each total before → after, :unset, :report; help and key codes never give a
# Lua error; a scenario's error or limit inside :load leaves the desk working.
. "$(dirname "$0")/lib.bash"

# desk NAME INPUT ARGS...: feeds INPUT to `tcost repl ARGS`; wants exit 0;
# leaves stdout in $TMP/out and stderr in $TMP/err
desk() {
	local name=$1 input=$2
	shift 2
	printf '%s' "$input" | timeout "$LIMIT" "$BIN" repl "$@" >"$TMP/out" 2>"$TMP/err"
	local rc=$?
	[ "$rc" -eq 0 ] && pass "$name" || fail "$name" "exit $rc, want 0; stderr: $(head -n 1 "$TMP/err")"
}
has() { grep -qxF -- "$1" "$TMP/out"; }

# examples/deepseek_r1_reported.lua: 101K + 5K + 41K = 147,000 GPU-h at its assumption `rate` = $2:
# $294,000; the cluster view 512 × (198 + 80) h + 5,000 = 147,336 GPU-h × $2 = $294,672 ($295K).
# :set rate=3: 147,000 × $3 = $441,000 (+$147,000, +50%); 147,336 × $3 = $442,008 ($442K).
desk desk/load_set_report $':load examples/deepseek_r1_reported.lua\n:set rate=3\n:set\n:report\n'
check desk/load_totals has '  DeepSeek-R1, as reported, rental: $294K'
check desk/load_second_scenario has '  DeepSeek-R1, cluster view, rental: $295K'
check desk/set_before_after has '  DeepSeek-R1, as reported, rental: $294K → $441K (+$147K, +50.0%)'
check desk/set_cluster_view has '  DeepSeek-R1, cluster view, rental: $295K → $442K (+$147K, +50.0%)'
check desk/set_lists_overrides has 'overrides: rate=3'
# the report is the run's with the override: $441K, rate marked as overridden
check desk/report_total grep -qE '^  Total cost, Rental at \$3/GPU-h +\$441K$' "$TMP/out"
check desk/report_marks_override grep -qE '^  rate \*' "$TMP/out"

# the loaded file's assumptions are names of the prompt's lines, holding what :set gives them:
# rate = $2/GPU-h (a value with its unit): rate * 2 = $4/GPU-h; quantity(147e3, "GPU-hour") * rate
# = $294,000; after :set rate=3, rate * 2 = $6; after :unset, $4 again. power_ratio.gpu is no name
# a line can spell: only :set reaches it
desk desk/assumptions_visible $':load examples/deepseek_r1_reported.lua\nrate * 2\nquantity(147e3, "GPU-hour") * rate\n:set rate=3\nrate * 2\n:unset rate\nrate * 2\n'
check desk/assumption_times_hours has '$294K'
check desk/assumption_dotted_left grep -qF 'names here: rate, pue, electricity_price, grid_intensity, wue, grid_water, embodied_life_years (:set' "$TMP/out"
check desk/assumptions_named grep -qF 'Its assumptions are names here: ' "$TMP/out"
check desk/assumption_value test "$(grep -cxF '$4.00/GPU-h' "$TMP/out")" -eq 2
check desk/assumption_follows_set has '$6.00/GPU-h'
if grep -q 'rate' "$TMP/err"; then fail desk/assumption_no_error "$(head -n 1 "$TMP/err")"; else pass desk/assumption_no_error; fi

# :unset goes back; a second :set of the same name replaces the first (2.5: 147,000 × 2.5 = $367,500)
desk desk/unset $':load examples/deepseek_r1_reported.lua\n:set rate=3\n:set rate=2.5\n:unset rate\n'
check desk/set_replaces has '  DeepSeek-R1, as reported, rental: $441K → $368K (-$73.5K, -16.7%)'
check desk/unset_back has '  DeepSeek-R1, as reported, rental: $368K → $294K (-$73.5K, -20.0%)'

# a wrong name: did-you-mean, and the desk keeps its state (the next :set still moves from $294K)
desk desk/unknown_name $':load examples/deepseek_r1_reported.lua\n:set rat=3\n:set rate=4\n'
check desk/unknown_name_message grep -qF ":set rat: unknown assumption 'rat' (did you mean 'rate'?)" "$TMP/err"
# 147,000 × $4 = $588,000
check desk/state_kept has '  DeepSeek-R1, as reported, rental: $294K → $588K (+$294K, +100%)'

# an uncertain override: the total shows its mean and 90% interval
desk desk/uncertain_set $':load examples/deepseek_r1_reported.lua\n:set rate=range(1.5, 3)\n'
check desk/uncertain_interval grep -qE '^  DeepSeek-R1, as reported, rental: \$294K → \$[0-9.]+K \(90%: \$[0-9.]+K–\$[0-9.]+K\) \(' "$TMP/out"

# a format the loaded file registers (custom_format.lua's tweet) is offered as `tcost run -f` offers
# it, with the desk's overrides: 147,000 GPU-h × $3 = $441,000
desk desk/report_own_format $':load examples/custom_format.lua\n:report nope\n:set rate=3\n:report tweet\n'
check desk/own_format_listed grep -qF "(formats: text, md, csv, json, html, svg, latex, tweet)" "$TMP/err"
check desk/own_format_rendered has 'DeepSeek-R1, as reported: 147K H800 GPU-hours at $3.00/h = $441K. Compute only; no base model, staff or data.'

# without a loaded file, :set and :report say what to do; an unknown command lists the commands
desk desk/needs_file $':set rate=3\n:report\n:nope\n6 * 7\n'
check desk/set_needs_file grep -qF ':set works on a loaded file: :load FILE first' "$TMP/err"
check desk/unknown_command grep -qF "unknown command ':nope'" "$TMP/err"
check desk/goes_on has '42'

# a scenario that errors or loops: one line's failure, the desk goes on
printf 'scenario "x" { phase "p" { gpu = hw "H100", gpu_hours = -1 }, pricing = { rental { rate = 2 } } }\n' >"$TMP/bad.lua"
printf 'while true do end\n' >"$TMP/loop.lua"
desk desk/bad_file $':load '"$TMP/bad.lua"$'\n:load '"$TMP/loop.lua"$'\n:load examples/deepseek_r1_reported.lua\n' --time-limit 1
check desk/bad_file_reported grep -qF 'bad.lua:1' "$TMP/err"
check desk/limit_reported grep -qF 'time limit of 1 s reached' "$TMP/err"
check desk/loads_after has '  DeepSeek-R1, as reported, rental: $294K'

# values as reports print them: a probability as a percentage (P(U > 1.5) for U uniform
# on [1, 2] is 50%, so the share of 20,000 samples is near 50%), money, a rate
desk desk/values $'P(uniform(1, 2):gt(1.5))\nrental_cost(147e3, 2, 0)\nrange(1.5, 3)\n'
check desk/probability grep -qE '^(49|50)\.[0-9]% \(a probability: the share of 20,000 samples where it holds\)$' "$TMP/out"
check desk/money has '$294K'

# help and :help both work; arrow keys (ESC [ A) get the rlwrap hint, not a Lua error
desk desk/help $'help\n:help\n\033[A\n:load x\033[D\n1 + 1\n'
check desk/help_lists_commands grep -qF ':set NAME=VALUE' "$TMP/out"
check desk/arrow_keys_hint grep -qF 'rlwrap tcost repl' "$TMP/err"
check desk/arrow_keys_twice test "$(grep -cF 'rlwrap tcost repl' "$TMP/err")" -eq 2
check desk/no_lua_error test -z "$(grep -E 'unexpected symbol|stdin:' "$TMP/err")"
check desk/after_keys has '2'
