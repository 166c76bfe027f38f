#!/usr/bin/env bash
# outfile.sh: what tcost promises about report files (-o PATH): written
# atomically, an older report survives a failed run, interrupted runs leave no
# temporary file, an unwritable path is a clear error.
. "$(dirname "$0")/lib.bash"

good=examples/deepseek_r1_reported.lua
mkdir -p "$TMP/r"

# a successful run writes the report
expect outfile/writes 0 "" -- run "$good" -o "$TMP/r/report.txt"
check outfile/written test -s "$TMP/r/report.txt"

# a failing scenario leaves the older report untouched, and no temporary file
cp "$TMP/r/report.txt" "$TMP/before.txt"
expect outfile/failed_run_exit 1 "io.open is not available" -- run tests/hostile/io_open.lua -o "$TMP/r/report.txt"
check outfile/failed_run_keeps_old cmp -s "$TMP/r/report.txt" "$TMP/before.txt"

# a user format that errors halfway: error located, no partial file
cat >"$TMP/badfmt.lua" <<'LUA'
scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, pricing = { rental { rate = 2 } } }
format "half" (function(result, out)
  out("first half\n")
  error("the format broke")
end)
LUA
expect outfile/user_format_error 1 "badfmt.lua:4: the format broke" -- run "$TMP/badfmt.lua" --format half -o "$TMP/r/report.txt"
check outfile/user_format_keeps_old cmp -s "$TMP/r/report.txt" "$TMP/before.txt"
check outfile/no_temp_files_left test -z "$(find "$TMP/r" -name '*.tmp-*')"

# unwritable paths
expect outfile/missing_dir 1 "cannot write '$TMP/nope/x.txt': No such file or directory" -- run "$good" -o "$TMP/nope/x.txt"
mkdir -p "$TMP/ro" && chmod 555 "$TMP/ro"
if [ "$(id -u)" -ne 0 ]; then
	expect outfile/read_only_dir 1 "cannot write" -- run "$good" -o "$TMP/ro/x.txt"
fi
expect outfile/output_is_dir_single 0 "" -- run "$good" -o "$TMP/r/"
check outfile/dir_mode_report test -s "$TMP/r/deepseek_r1_reported.txt"

# SIGINT and SIGTERM during a run: exit 128+signal, no temporary file. The
# scenario says on stderr when it is running; the signal is sent only then (a
# signal sent before tcost installs its handlers would prove nothing).
printf 'print("running")\nwhile true do end\n' >"$TMP/busy.lua"
# waits (up to $LIMIT s) until FILE contains TEXT
wait_for() {
	local i
	for ((i = 0; i < LIMIT * 20; i++)); do
		grep -q "$2" "$1" 2>/dev/null && return 0
		sleep 0.05
	done
	return 1
}
for sig in INT TERM; do
	: >"$TMP/err"
	"$BIN" run "$TMP/busy.lua" --time-limit 60 -o "$TMP/r/sig.txt" 2>"$TMP/err" &
	pid=$!
	wait_for "$TMP/err" running
	kill -"$sig" "$pid"
	wait "$pid"
	rc=$?
	want=$([ "$sig" = INT ] && echo 130 || echo 143)
	if [ "$rc" -ne "$want" ]; then
		fail "outfile/sig$sig" "exit $rc, want $want"
	elif [ -n "$(find "$TMP/r" -name '*.tmp-*')" ] || [ -e "$TMP/r/sig.txt" ]; then
		fail "outfile/sig$sig" "left a file behind"
	else
		pass "outfile/sig$sig"
	fi
done

# -o - is stdout
stdout_has outfile/dash_is_stdout '294' -- run "$good" -o -
