#!/usr/bin/env bash
# ecosystem.sh: everything around the scenario language: `tcost init` writes a
# starter that runs, `tcost repl` (driven through a pipe), `tcost help` and its
# topics (whose snippets must run as written), `tcost --version`, and the bash
# completion in scripts/completion.bash.
. "$(dirname "$0")/lib.bash"

# --- init -------------------------------------------------------------------
expect init/writes 0 "" -- init "$TMP/new.lua"
check init/file_exists test -s "$TMP/new.lua"
expect init/runs 0 "" -- run "$TMP/new.lua"
stdout_has init/report_has_total 'Total cost' -- run "$TMP/new.lua"
stdout_has init/check_passes 'ok: 1 file checked' -- check "$TMP/new.lua"
cp "$TMP/new.lua" "$TMP/new.before"
expect init/refuses_overwrite 1 "already exists" -- init "$TMP/new.lua"
check init/overwrite_untouched cmp -s "$TMP/new.lua" "$TMP/new.before"
expect init/needs_lua_suffix 2 ".lua" -- init "$TMP/new.txt"
check init/no_file_on_usage_error test ! -e "$TMP/new.txt"

# --- repl -------------------------------------------------------------------
# repl_run NAME INPUT ARGS...: feeds INPUT to `tcost repl ARGS` through a pipe;
# leaves stdout in $TMP/out, stderr in $TMP/err and the exit code in $rc.
repl_run() {
	local input=$1
	shift
	printf '%s' "$input" | timeout "$LIMIT" "$BIN" repl "$@" >"$TMP/out" 2>"$TMP/err"
	rc=$?
}

repl_run $'rental_cost(147e3, 2, 0)\nrange(1.5, 3) * 2\nio.open("x")\n'
if [ "$rc" -ne 0 ]; then
	fail repl/pipe_exit "exit $rc, want 0; stderr: $(head -n 1 "$TMP/err")"
else
	pass repl/pipe_exit
fi
# values print as reports print them: 147,000 GPU-h × $2 = $294,000 is "$294K"
check repl/number_value grep -qx '\$294K' "$TMP/out"
check repl/uncertain_summary grep -qE '^[0-9.]+ \(90%: [0-9.]+–[0-9.]+; mean of 20,000 samples\)$' "$TMP/out"
check repl/sandbox_error_on_stderr grep -qF 'io.open is not available' "$TMP/err"
check repl/sandbox_error_not_on_stdout test -z "$(grep -F 'io.open' "$TMP/out")"
check repl/no_prompt_banner_when_piped test -z "$(grep -F 'sandboxed. Try' "$TMP/err")"

# statements, locals across lines are not required, but globals set by assume are
repl_run $'assume "rate" { 2.5, unit = "USD/GPU-hour", source = "test" }\nrate * 2\nquit\nrate * 1000\n'
check repl/assume_then_use grep -qx '\$5.00/GPU-h' "$TMP/out"
check repl/quit_stops test -z "$(grep -x '2500' "$TMP/out")"
[ "$rc" -eq 0 ] && pass repl/quit_exit || fail repl/quit_exit "exit $rc, want 0"

# a syntax error is reported and the session goes on
repl_run $'1 +\n6 * 7\n'
check repl/syntax_error_reported test -s "$TMP/err"
check repl/continues_after_error grep -qx '42' "$TMP/out"

# an endless loop hits the time limit of its line: reported in one line, and the session goes on (a
# REPL never ends on a user's error; issue 12)
repl_run $'while true do end\n1 + 1\n' --time-limit 1
if [ "$rc" -ne 0 ]; then
	fail repl/time_limit_exit "exit $rc, want 0"
else
	pass repl/time_limit_exit
fi
check repl/time_limit_message grep -qF 'time limit' "$TMP/err"
check repl/time_limit_session_goes_on grep -qx '2' "$TMP/out"

# --- help -------------------------------------------------------------------
stdout_has help/overview 'Usage: tcost COMMAND' -- help
stdout_has help/no_args_is_overview 'Commands:' --
stdout_has help/dash_dash_help 'Usage: tcost COMMAND' -- --help
for cmd in run check validate hw sweep diff bundle init repl version; do
	stdout_has "help/command_$cmd" "Usage: tcost $cmd" -- help "$cmd"
	stdout_has "help/${cmd}_dash_help" "Usage: tcost $cmd" -- "$cmd" --help
done
for topic in scenario phases expect pricing uncertainty formats sandbox; do
	timeout "$LIMIT" "$BIN" help "$topic" >"$TMP/help_$topic.txt" 2>"$TMP/err" </dev/null
	rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "help/topic_$topic" "exit $rc; stderr: $(head -n 1 "$TMP/err")"
	elif [ "$(wc -l <"$TMP/help_$topic.txt")" -lt 5 ]; then
		fail "help/topic_$topic" "fewer than 5 lines of text"
	elif [ -s "$TMP/err" ]; then
		fail "help/topic_$topic" "wrote to stderr: $(head -n 1 "$TMP/err")"
	else
		pass "help/topic_$topic"
	fi
done
expect help/unknown_topic 2 "no help topic 'nope'" -- help nope

# The runnable snippet of a language topic: its last block of lines indented
# by two spaces (blank lines inside a block are kept; a prose line ends it).
snippet() {
	awk '
	/^  / { if (!inblk) { blk = ""; inblk = 1 } blk = blk pending $0 "\n"; pending = ""; next }
	/^[[:space:]]*$/ { if (inblk) pending = pending "\n"; next }
	{ if (inblk) { last = blk; inblk = 0; pending = "" } }
	END { if (inblk) last = blk; printf "%s", last }' "$1"
}

# snippet_runs NAME FILE -- RUN-ARGS...: FILE is a scenario; it must run (exit 0,
# a report on stdout) and pass `tcost check`.
snippet_runs() {
	local name=$1 file=$2
	shift 3
	timeout "$LIMIT" "$BIN" run "$file" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	local rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "$name" "exit $rc; stderr: $(head -n 1 "$TMP/err")"
	elif ! grep -qF '$' "$TMP/out"; then
		fail "$name" "the report has no cost in it"
	elif ! timeout "$LIMIT" "$BIN" check "$file" >/dev/null 2>"$TMP/err" </dev/null; then
		fail "$name" "tcost check fails: $(head -n 1 "$TMP/err")"
	else
		pass "$name"
	fi
}

for topic in scenario phases expect pricing uncertainty; do
	snippet "$TMP/help_$topic.txt" >"$TMP/snippet_$topic.lua"
	# guard against extracting the wrong block: the snippet declares a scenario
	if ! grep -q '^ *scenario "' "$TMP/snippet_$topic.lua"; then
		fail "help/snippet_$topic" "no runnable snippet found at the end of 'tcost help $topic'"
		continue
	fi
	snippet_runs "help/snippet_$topic" "$TMP/snippet_$topic.lua" --
done
# the formats topic's snippet registers a format: run it over the scenario snippet
snippet "$TMP/help_formats.txt" >"$TMP/snippet_formats.lua"
if ! grep -q '^ *format "' "$TMP/snippet_formats.lua"; then
	fail help/snippet_formats "no format snippet found in 'tcost help formats'"
else
	fmt=$(sed -n 's/^ *format "\([^"]*\)".*/\1/p' "$TMP/snippet_formats.lua" | head -n 1)
	cat "$TMP/snippet_scenario.lua" "$TMP/snippet_formats.lua" >"$TMP/snippet_format_run.lua"
	snippet_runs help/snippet_formats "$TMP/snippet_format_run.lua" -- --format "$fmt"
	stdout_has help/snippet_formats_output '294000' -- run "$TMP/snippet_format_run.lua" --format "$fmt"
fi

# --- version ----------------------------------------------------------------
for flag in --version -V version; do
	timeout "$LIMIT" "$BIN" $flag >"$TMP/out" 2>"$TMP/err" </dev/null
	rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "version/$flag" "exit $rc"
	elif ! grep -qE '^tcost [0-9]+\.[0-9]+\.[0-9]+ \(catalog as of [0-9]{4}-[0-9]{2}-[0-9]{2}, Lua 5\.4\)$' "$TMP/out"; then
		fail "version/$flag" "unexpected output: $(head -n 1 "$TMP/out")"
	else
		pass "version/$flag"
	fi
done

# the man page names the same version as the binary
ver=$("$BIN" --version | sed -n 's/^tcost \([^ ]*\) .*/\1/p')
check version/man_page_matches grep -q "^\.TH TCOST 1 .*\"tcost $ver\"" src/tcost.1

# --- bash completion --------------------------------------------------------
# complete_words WORD...: the COMPREPLY of scripts/completion.bash for the
# command line WORD... (the last word is the one being completed), one per line.
complete_words() {
	(
		cd "$ROOT" || exit 1
		# shellcheck source=/dev/null
		. scripts/completion.bash
		COMP_WORDS=("$@")
		COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		COMP_LINE="$*"
		COMP_POINT=${#COMP_LINE}
		COMPREPLY=()
		_tcost
		printf '%s\n' "${COMPREPLY[@]}" | sort
	)
}
# comp_is NAME WANT WORD...: the sorted replies equal WANT (space separated).
comp_is() {
	local name=$1 want=$2 got
	shift 2
	got=$(complete_words "$@" | tr '\n' ' ' | sed 's/ $//')
	want=$(printf '%s\n' $want | sort | tr '\n' ' ' | sed 's/ $//')
	if [ "$got" = "$want" ]; then pass "$name"; else fail "$name" "got '$got', want '$want'"; fi
}
# comp_has NAME WANT WORD...: the replies include WANT.
comp_has() {
	local name=$1 want=$2
	shift 2
	if complete_words "$@" | grep -qxF -- "$want"; then pass "$name"; else
		fail "$name" "no '$want' in: $(complete_words "$@" | tr '\n' ' ')"
	fi
}
# comp_lacks NAME UNWANTED WORD...: the replies do not include UNWANTED.
comp_lacks() {
	local name=$1 unwanted=$2
	shift 2
	if complete_words "$@" | grep -qxF -- "$unwanted"; then
		fail "$name" "'$unwanted' offered"
	else pass "$name"; fi
}

ROOT=$(pwd)
check completion/syntax bash -n scripts/completion.bash
check completion/registers bash -c '. scripts/completion.bash && complete -p tcost | grep -q -- "-F _tcost"'
comp_is completion/commands "run check validate hw sweep diff bundle init repl help version" tcost ""
comp_is completion/command_prefix "run repl" tcost r
comp_is completion/top_level_options "--help --version" tcost --
comp_is completion/format_values "text md csv json html svg" tcost run --format ""
comp_is completion/format_short "text md csv json html svg" tcost run -f ""
comp_is completion/format_prefix "csv" tcost run --format c
comp_is completion/format_equals "--format=json" tcost run --format=j
comp_is completion/format_split_equals "json" tcost run --format = j
comp_is completion/hw_formats "text json csv" tcost hw --format ""
comp_is completion/diff_formats "text md csv json html" tcost diff --format ""
comp_is completion/validate_formats "text csv json" tcost validate --format ""
comp_is completion/chart_values "waterfall phases histogram tornado scenarios" tcost run --chart ""
# the hand-written topics, then those generated from lib-lua/tcost/lang/api.lua (one per constructor)
comp_is completion/help_topics \
	"scenario phases expect pricing uncertainty formats sandbox run check validate hw sweep diff bundle init repl version $(
		sed -n "s/^\ttopics+=\$'\\\\n\(.*\)' # generated.*/\1/p" scripts/completion.bash | sed 's/\\n/ /g')" \
	tcost help ""
comp_is completion/help_one_topic "" tcost help scenario ""
comp_has completion/run_options --samples tcost run --s
comp_has completion/run_chart_option --chart tcost run --c
comp_lacks completion/check_no_chart --chart tcost check --c
comp_has completion/repl_time_limit --time-limit tcost repl --t
comp_has completion/lua_files examples/deepseek_r1_reported.lua tcost run examples/deepseek_r
comp_has completion/lua_files_after_option examples/rent_vs_buy.lua tcost run --set rate=2 examples/rent
comp_has completion/folders examples/shared_assumptions tcost run examples/sh
comp_lacks completion/not_non_lua README.md tcost run README
comp_has completion/assumptions_file examples/shared_assumptions/market_2026.lua \
	tcost run --assumptions examples/shared_assumptions/market_2
comp_is completion/diff_two_files_only "" tcost diff a.lua b.lua ""
comp_is completion/set_value_free "" tcost run --set ""

# accelerator names: exactly the first column of `tcost hw --format csv`
"$BIN" hw --format csv | sed 1d | cut -d, -f1 | sort >"$TMP/hw_names"
# the completion quotes names with spaces for the command line; undo that
complete_words "$BIN" hw "" | sed 's/\\\(.\)/\1/g' >"$TMP/hw_comp"
if [ ! -s "$TMP/hw_names" ]; then
	fail completion/hw_names "tcost hw --format csv listed nothing"
elif cmp -s "$TMP/hw_names" "$TMP/hw_comp"; then
	pass completion/hw_names
else
	fail completion/hw_names "differs from tcost hw --format csv: $(diff "$TMP/hw_names" "$TMP/hw_comp" | head -n 3 | tr '\n' ' ')"
fi
comp_is completion/hw_prefix_any_case 'H800\ SXM' "$BIN" hw h80
comp_is completion/hw_escaped_space 'H800\ SXM' "$BIN" hw 'H800\ S'
comp_is completion/hw_quoted '"H800 SXM"' "$BIN" hw '"H800 S'
comp_is completion/hw_one_name "" "$BIN" hw H20 ""
