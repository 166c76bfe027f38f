#!/usr/bin/env bash
# hostile.sh: every scenario in tests/hostile/ is hostile or broken. Each must
# end with exit 1 and a one-line reason (stderr line 1 contains the file's
# "-- expect:" text), within a few seconds, and leave no trace on the host:
# no file created outside the run's folder, nothing written to stdout.
. "$(dirname "$0")/lib.bash"

canary=/tmp/tcost-pwned
# Peak memory is measured with GNU time, except under the sanitizers, whose
# shadow memory is not the program's.
measure=
if [ -x /usr/bin/time ] && ! nm "$BIN" 2>/dev/null | grep -q __asan_init; then measure=1; fi
rm -f "$canary"
for f in tests/hostile/*.lua; do
	name=hostile/$(basename "$f" .lua)
	want=$(sed -n 's/^-- expect: //p' "$f" | head -n 1)
	read -r -a extra <<<"$(sed -n 's/^-- args: //p' "$f" | head -n 1)"
	start=$(date +%s%N)
	if [ -n "$measure" ]; then
		timeout "$LIMIT" /usr/bin/time -o "$TMP/rss" -f %M "$BIN" run "$f" "${extra[@]}" >"$TMP/out" 2>"$TMP/err" </dev/null
	else
		timeout "$LIMIT" "$BIN" run "$f" "${extra[@]}" >"$TMP/out" 2>"$TMP/err" </dev/null
	fi
	rc=$?
	ms=$(( ($(date +%s%N) - start) / 1000000 ))
	rss_kb=$( [ -n "$measure" ] && tail -n 1 "$TMP/rss" || echo 0)
	first=$(head -n 1 "$TMP/err")
	if [ $rc -ne 1 ]; then
		fail "$name" "exit $rc, want 1; stderr: $first"
	elif [[ "$first" != *"$want"* ]]; then
		fail "$name" "stderr line 1 is '$first', want it to contain '$want'"
	elif [ -s "$TMP/out" ]; then
		fail "$name" "wrote to stdout: $(head -c 80 "$TMP/out")"
	elif grep -q 'lib-lua/' "$TMP/err"; then # the library's paths are tcost's business, never a user's
		fail "$name" "stderr names the library: $(grep -m 1 'lib-lua/' "$TMP/err")"
	elif [ $ms -gt 20000 ]; then # a generous bound: limits here are 1-3 s
		fail "$name" "took $ms ms"
	elif [ "$rss_kb" -gt $((1100 * 1024)) ]; then
		fail "$name" "peak memory $((rss_kb / 1024)) MB (the default limit is 1024 MiB)"
	elif [ -e "$canary" ]; then
		fail "$name" "left $canary behind"
	else
		pass "$name"
	fi
done

# A module reached through a link that points out of the scenario's folder.
mkdir -p "$TMP/outside" "$TMP/scen"
echo 'return { secret = true }' >"$TMP/outside/secret.lua"
ln -s "$TMP/outside/secret.lua" "$TMP/scen/secret.lua"
ln -s "$TMP/outside" "$TMP/scen/linkdir"
echo 'require "secret"' >"$TMP/scen/a.lua"
echo 'require "linkdir.secret"' >"$TMP/scen/b.lua"
expect hostile/require_symlink_file 1 "leads outside the scenario's folder" -- run "$TMP/scen/a.lua"
expect hostile/require_symlink_dir 1 "leads outside the scenario's folder" -- run "$TMP/scen/b.lua"

# A module's usual last line is a tail call (`return f(...)`): its error names the module's
# file and line, not the file that required it nor a library file; a cycle of
# modules is named at once instead of loading until the time limit (red team F25, F26).
mkdir -p "$TMP/mods"
echo 'local x = require "b"' >"$TMP/mods/main_hw.lua"
printf 'local y = 1\nreturn hw "nonexistent-gpu"\n' >"$TMP/mods/b.lua"
expect hostile/module_tail_call 1 "$TMP/mods/b.lua:2: unknown accelerator 'nonexistent-gpu'" -- run "$TMP/mods/main_hw.lua"
echo 'local x = require "r"' >"$TMP/mods/main_rq.lua"
echo 'return require "zzz"' >"$TMP/mods/r.lua"
expect hostile/module_tail_require 1 "$TMP/mods/r.lua:1: require('zzz'): no module" -- run "$TMP/mods/main_rq.lua"
echo 'local a = require "a"' >"$TMP/mods/main_cycle.lua"
echo 'return require "a"' >"$TMP/mods/a.lua"
expect hostile/module_requires_itself 1 "$TMP/mods/a.lua:1: require('a'): modules require each other in a cycle (a -> a)" -- run "$TMP/mods/main_cycle.lua"
echo 'local c = require "c"' >"$TMP/mods/main_cycle2.lua"
echo 'return require "d"' >"$TMP/mods/c.lua"
printf 'local c = require "c"\nreturn 1\n' >"$TMP/mods/d.lua"
expect hostile/module_cycle 1 "$TMP/mods/d.lua:1: require('c'): modules require each other in a cycle (c -> d -> c)" -- run "$TMP/mods/main_cycle2.lua"

# Huge requests from the command line.
expect hostile/huge_samples_flag 2 "--samples must be" -- run tests/hostile/../data/uncertain.lua --samples 1e12
expect hostile/huge_samples_memory 1 "limit" -- run tests/data/uncertain.lua --samples 100000000 --memory-limit 256
expect hostile/huge_sweep 2 "more than 10000 points" -- sweep tests/data/uncertain.lua --set rate=0:1e9:1

# CSV printed to a terminal: a file name holding ESC ] 0 ; ... BEL (git allows it) came out raw in
# the file column of a batch's CSV (red team F33); every CSV field shows control characters as \xNN.
mkdir -p "$TMP/esc"
escname=$(printf 'esc\033]0;pwn\007.lua')
cp tests/data/uncertain.lua "$TMP/esc/$escname"
"$BIN" run "$TMP/esc/$escname" tests/data/uncertain.lua -n 0 -f csv >"$TMP/esc/out.csv" 2>/dev/null
check hostile/csv_control_chars_shown grep -qF 'esc\x1B]0;pwn\x07.lua' "$TMP/esc/out.csv"
check hostile/csv_no_raw_control_chars sh -c "! LC_ALL=C grep -q \"\$(printf '[\\033\\007]')\" '$TMP/esc/out.csv'"

# Scenario text echoed in an error keeps it on one line (red team R3): a unit is
# one line of text (a line break there made 'unknown unit' and 'the value given
# is' messages two lines), and a text refused for control characters is shown
# with its line break as \n (Lua's %q wrote a backslash and a real line break).
one_line() { # NAME WANT FILE_TEXT
	printf '%s\n' "$3" >"$TMP/one_line.lua"
	timeout "$LIMIT" "$BIN" run "$TMP/one_line.lua" --samples 0 >/dev/null 2>"$TMP/err" </dev/null
	local rc=$? lines
	lines=$(wc -l <"$TMP/err")
	if [ $rc -ne 1 ] || [ "$lines" -ne 1 ] || ! grep -qF -- "$2" "$TMP/err"; then
		fail "$1" "exit $rc, $lines lines, want 1 and 1 line containing '$2': $(head -c 200 "$TMP/err")"
	else
		pass "$1"
	fi
}
scen='scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1000 * k }, pricing = { rental { rate = 2 } } }'
one_line hostile/unit_line_break "field 'unit' must be one line of text (got \"kg\\nx\")" \
	"assume \"k\" { 2, unit = \"kg\\nx\" } $scen"
one_line hostile/unit_carriage_return "field 'unit' must be one line of text (got \"a,b\\13c\")" \
	"assume \"k\" { 2, unit = \"a,b\\rc\" } $scen"
one_line hostile/control_shown_on_one_line "must be text without control characters (got \"a\\1\\nb\")" \
	"assume \"k\" { 2, unit = \"GPU-hour\", source = \"a\\1\\nb\" } $scen"
# An accelerator or region given by its name string is checked as hw "..." and
# region "..." check theirs (a line break, a megabyte, invalid UTF-8 were echoed
# whole in 'unknown accelerator' / 'unknown region' messages)
one_line hostile/gpu_string_line_break "hw name contains control characters" \
	'scenario "s" { phase "p" { gpu = "x\ny", gpu_hours = 1000 }, pricing = { rental { rate = 2 } } }'
one_line hostile/region_string_line_break "region name contains control characters" \
	'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, energy = { region = "a\nb" }, pricing = { rental { rate = 2 } } }'
one_line hostile/region_string_megabyte "region name is longer than 200 bytes" \
	'scenario "s" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, energy = { region = string.rep("y", 1e6) }, pricing = { rental { rate = 2 } } }'
# A long text quoted in a message is cut at a character's start, never inside
# one (40 bytes were cut mid-character: invalid UTF-8 on stderr)
one_line hostile/quoted_name_cut_whole "unknown name '日日日日日日日日日日日日日...'" \
	'local x = _ENV[string.rep("日", 30)]'
one_line hostile/quoted_text_cut_whole "(got \"日日日日日日日日日日日日日...\")" \
	'scenario "s" { description = string.rep("日", 20) .. "\1", phase "p" { gpu = hw "H800", gpu_hours = 1 }, pricing = { rental { rate = 2 } } }'
