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
for sig in INT TERM HUP USR1 USR2 QUIT; do
	: >"$TMP/err"
	"$BIN" run "$TMP/busy.lua" --time-limit 60 -o "$TMP/r/sig.txt" 2>"$TMP/err" &
	pid=$!
	wait_for "$TMP/err" running
	kill -"$sig" "$pid"
	wait "$pid"
	rc=$?
	want=$((128 + $(kill -l "$sig")))
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

# a FIFO, or a symlink to one, is written through, never replaced by a rename
# (the same path that keeps /dev/null a device when tcost runs as root)
mkfifo "$TMP/r/fifo"
ln -s fifo "$TMP/r/fifo_link"
for target in fifo fifo_link; do
	timeout "$LIMIT" cat "$TMP/r/$target" >"$TMP/fifo_read" &
	reader=$!
	expect "outfile/${target}_exit" 0 "" -- run "$good" -o "$TMP/r/$target"
	wait "$reader"
	check "outfile/${target}_still_fifo" test -p "$TMP/r/fifo"
	check "outfile/${target}_reader_got_report" grep -q 'DeepSeek' "$TMP/fifo_read"
done
check outfile/fifo_link_still_link test -L "$TMP/r/fifo_link"
# a symlink to a report: the report is rewritten, the link stays a link
printf 'old\n' >"$TMP/r/target.txt"
ln -s target.txt "$TMP/r/link.txt"
expect outfile/symlink_exit 0 "" -- run "$good" -o "$TMP/r/link.txt"
check outfile/symlink_kept test -L "$TMP/r/link.txt"
check outfile/symlink_target_written grep -q DeepSeek "$TMP/r/target.txt"
check outfile/symlink_target_whole test -z "$(grep -x old "$TMP/r/target.txt")"

# no output ever lands on an input of the run: the scenario, an --assumptions
# file, a symlink to either; the input is left byte for byte
cp "$good" "$TMP/r/in.lua"
cp "$good" "$TMP/r/in.keep"
printf 'assume "rate" { 3, source = "test" }\n' >"$TMP/r/a.lua"
cp "$TMP/r/a.lua" "$TMP/r/a.keep"
ln -s in.lua "$TMP/r/in_link.lua"
expect outfile/input_refused 1 "it is an input of this run" -- run "$TMP/r/in.lua" -o "$TMP/r/in.lua"
expect outfile/input_link_refused 1 "it is an input of this run" -- run "$TMP/r/in.lua" -o "$TMP/r/in_link.lua"
expect outfile/export_input_refused 1 "it is an input of this run" -- run tests/data/uncertain.lua --samples 10 --export-samples tests/data/uncertain.lua
expect outfile/assumptions_input_refused 1 "it is an input of this run" -- run "$TMP/r/in.lua" --assumptions "$TMP/r/a.lua" -o "$TMP/r/a.lua"
check outfile/input_unchanged cmp -s "$TMP/r/in.lua" "$TMP/r/in.keep"
check outfile/assumptions_unchanged cmp -s "$TMP/r/a.lua" "$TMP/r/a.keep"
check outfile/uncertain_unchanged git diff --quiet -- tests/data/uncertain.lua

# replacing a report keeps its mode (a private 0600 report stays private)
printf 'old\n' >"$TMP/r/private.txt"
chmod 600 "$TMP/r/private.txt"
expect outfile/private_exit 0 "" -- run "$good" -o "$TMP/r/private.txt"
check outfile/private_mode_kept test "$(stat -c %a "$TMP/r/private.txt")" = 600
check outfile/private_written grep -q DeepSeek "$TMP/r/private.txt"

# a valid 250-byte file name (NAME_MAX is 255): the temporary name must fit too
long=$(printf 'r%.0s' $(seq 246)).txt
expect outfile/long_name 0 "" -- run "$good" -o "$TMP/r/$long"
check outfile/long_name_written test -s "$TMP/r/$long"

# a signal that lands DURING the write: a file size limit of 1 KiB makes the
# kernel send SIGXFSZ inside write() of a 3.6 KB report, at once, on any machine
printf 'older report\n' >"$TMP/r/fsz.txt"
(ulimit -f 1; exec "$BIN" run "$good" -o "$TMP/r/fsz.txt") 2>"$TMP/err"
rc=$?
if [ "$rc" -ne $((128 + $(kill -l XFSZ))) ]; then
	fail outfile/sigXFSZ_during_write "exit $rc, want $((128 + $(kill -l XFSZ)))"
elif [ -n "$(find "$TMP/r" -name '*.tmp-*')" ]; then
	fail outfile/sigXFSZ_during_write "left a temporary file"
elif [ "$(cat "$TMP/r/fsz.txt")" != "older report" ]; then
	fail outfile/sigXFSZ_during_write "the older report was not kept"
else
	pass outfile/sigXFSZ_during_write
fi

# a batch into a folder: two files with the same base name and a scenario named index.lua each keep
# their report (r1.txt, r1-2.txt, index-2.txt beside index.txt); a file tcost did not write there is
# never overwritten; a second run replaces what the first one wrote
mkdir -p "$TMP/b/a" "$TMP/b/c" "$TMP/b/out" "$TMP/b/fresh"
cp "$good" "$TMP/b/a/r1.lua"; cp "$good" "$TMP/b/c/r1.lua"; cp "$good" "$TMP/b/index.lua"
expect batch/same_names 0 "" -- run "$TMP/b/a/r1.lua" "$TMP/b/c/r1.lua" "$TMP/b/index.lua" -o "$TMP/b/fresh"
check batch/all_reports_kept test -s "$TMP/b/fresh/r1.txt" -a -s "$TMP/b/fresh/r1-2.txt" -a -s "$TMP/b/fresh/index-2.txt"
check batch/index_lists_each grep -q $'^index-2.txt\t.*/b/index.lua$' "$TMP/b/fresh/index.txt"
expect batch/rerun_replaces_own 0 "" -- run "$TMP/b/a/r1.lua" "$TMP/b/c/r1.lua" "$TMP/b/index.lua" -o "$TMP/b/fresh"
printf 'my own page\n' >"$TMP/b/out/index.html"
printf 'my notes\n' >"$TMP/b/out/r1.html"
expect batch/foreign_file_kept 1 "r1.lua: cannot write '$TMP/b/out/r1.html': a file tcost did not write" -- run "$TMP/b/a/r1.lua" "$TMP/b/c/r1.lua" --format html -o "$TMP/b/out/"
check batch/foreign_report_untouched test "$(cat "$TMP/b/out/r1.html")" = "my notes"
check batch/foreign_index_untouched test "$(cat "$TMP/b/out/index.html")" = "my own page"
check batch/other_report_written grep -q DeepSeek "$TMP/b/out/r1-2.html"
# a single file into an existing folder is a batch too: same rules
expect batch/single_into_folder 1 "a file tcost did not write" -- run "$TMP/b/a/r1.lua" --format html -o "$TMP/b/out"
check batch/single_foreign_untouched test "$(cat "$TMP/b/out/r1.html")" = "my notes"

# a batch folder's entries are never written through, whatever its manifest says (red team F21): a
# planted link named .tcost-batch, a forged manifest naming a link, a forged manifest naming a file
# tcost never wrote (old bare-name lines, or a hash of other bytes) all leave their targets untouched
mkdir -p "$TMP/f21/l1" "$TMP/f21/l2" "$TMP/f21/l3"
printf 'precious\n' >"$TMP/f21/victim1"; printf 'precious\n' >"$TMP/f21/victim2"
ln -s "$TMP/f21/victim1" "$TMP/f21/l1/.tcost-batch"
expect batch/manifest_link_refused 1 "cannot write '$TMP/f21/l1/.tcost-batch': a symbolic link is there" -- run "$TMP/b/a/r1.lua" -o "$TMP/f21/l1/"
check batch/manifest_link_target_untouched test "$(cat "$TMP/f21/victim1")" = precious
ln -s "$TMP/f21/victim2" "$TMP/f21/l2/r1.txt"; printf 'r1.txt\n' >"$TMP/f21/l2/.tcost-batch"
expect batch/report_link_refused 1 "cannot write '$TMP/f21/l2/r1.txt': a symbolic link is there" -- run "$TMP/b/a/r1.lua" -o "$TMP/f21/l2/"
check batch/report_link_target_untouched test "$(cat "$TMP/f21/victim2")" = precious
printf 'my notes\n' >"$TMP/f21/l3/r1.txt"; printf 'r1.txt\n%064d  index.txt\n' 0 >"$TMP/f21/l3/.tcost-batch"
printf 'my index\n' >"$TMP/f21/l3/index.txt"
expect batch/forged_manifest_refused 1 "a file tcost did not write is there" -- run "$TMP/b/a/r1.lua" -o "$TMP/f21/l3/"
check batch/forged_manifest_untouched test "$(cat "$TMP/f21/l3/r1.txt")" = "my notes" -a "$(cat "$TMP/f21/l3/index.txt")" = "my index"
check batch/manifest_is_sha256sum sh -c "cd '$TMP/b/fresh' && sha256sum --quiet -c .tcost-batch"

# -o and --export-samples naming the same file (or a link to it): refused before anything is written
expect outfile/export_same_as_output 2 "-o and --export-samples name the same file" -- run tests/data/uncertain.lua --export-samples "$TMP/r/same.csv" -o "$TMP/r/same.csv"
check outfile/export_same_nothing_written test ! -e "$TMP/r/same.csv"
printf 'keep\n' >"$TMP/r/same2.csv"; ln -s same2.csv "$TMP/r/same2_link.csv"
expect outfile/export_same_via_link 2 "-o and --export-samples name the same file" -- run tests/data/uncertain.lua --export-samples "$TMP/r/same2_link.csv" -o "$TMP/r/same2.csv"

# Output that cannot be written is an error for every command, not only those that write
# through outfile.c: help, version, check and repl print through stdio (red team F37).
for cmd in "help" "version" "help units" "check examples/rent_vs_buy.lua"; do
	# shellcheck disable=SC2086 # the command's words split on purpose
	"$BIN" $cmd >&- 2>"$TMP/err"
	rc=$?
	check "outfile/closed_stdout_$(echo "$cmd" | tr " /." "___")" sh -c "[ $rc -eq 1 ] && grep -q \"^tcost: cannot write 'stdout': \" '$TMP/err'"
done
echo '1 + 1' | "$BIN" repl >&- 2>"$TMP/err"
rc=$?
check outfile/closed_stdout_repl sh -c "[ $rc -eq 1 ] && grep -q \"^tcost: cannot write 'stdout': \" '$TMP/err'"
