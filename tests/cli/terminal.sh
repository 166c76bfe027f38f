#!/usr/bin/env bash
# terminal.sh: what reaches a terminal or a spreadsheet. Control sequences from
# a scenario (ESC, OSC 52 clipboard writes, C1 CSI) are shown as \xNN in print,
# error messages and text reports; print and error messages are capped with a
# note; CSV text cells that a spreadsheet would run as formulas start with '
# (OWASP) while numbers stay numbers; the chunk name shown is the file tcost
# opened, whatever name a scenario passes to load().
. "$(dirname "$0")/lib.bash"

ok='scenario "x" { phase "p" { gpu = hw "H800", gpu_hours = 1 }, pricing = { rental { rate = 2 } } }'
# OSC 52 (write "pwned" to the clipboard), clear screen, and U+009B (C1 CSI) as UTF-8
printf 'print("a\\27]52;c;cHduZWQ=\\7b \\27[2J c\\194\\155d")\n%s\n' "$ok" >"$TMP/esc_print.lua"
expect terminal/print_exit 0 "" -- run "$TMP/esc_print.lua"
check terminal/print_no_esc test -z "$(grep -l $'\033' "$TMP/err")"
check terminal/print_visible grep -qF 'a\x1B]52;c;cHduZWQ=\x07b \x1B[2J c\x9Bd' "$TMP/err"
printf 'error("bad\\27]52;c;cHduZWQ=\\7")\n' >"$TMP/esc_error.lua"
expect terminal/error_visible 1 'esc_error.lua:1: bad\x1B]52;c;cHduZWQ=\x07' -- run "$TMP/esc_error.lua"
# a table error object with an escaping __tostring is never called (named by type)
printf 'error(setmetatable({}, { __tostring = function() return "\\27[2J" end }))\n' >"$TMP/esc_errobj.lua"
expect terminal/error_object 1 "error object is a table value" -- run "$TMP/esc_errobj.lua"
check terminal/error_object_no_esc test -z "$(grep -l $'\033' "$TMP/err")"
# a text report written to a file carries no control sequence either
expect terminal/text_report 0 "" -- run "$TMP/esc_print.lua" -o "$TMP/report.txt"
check terminal/text_report_no_esc test -z "$(grep -l $'\033' "$TMP/report.txt")"

# print is capped at 1 MiB per run of tcost, with a note; the run still ends normally
printf 'for i = 1, 1e6 do print(("x"):rep(99)) end\n%s\n' "$ok" >"$TMP/loud.lua"
expect terminal/print_cap 0 "" -- run "$TMP/loud.lua" --time-limit 60
check terminal/print_cap_size test "$(wc -c <"$TMP/err")" -lt $((1100 * 1024))
check terminal/print_cap_note grep -q 'print output cut after 1048576 bytes (for the whole run)' "$TMP/err"
# one cap for the whole process: a sweep runs its file once per point and a cap per point let 10,000
# points write 10 GB (red team F44). 5 points of 400 KB each: 2 MB before, now cut at 1 MiB, one note
printf 'assume "rate" { 2, unit = "USD/GPU-hour", source = "x" }\nfor i = 1, 4000 do print(("x"):rep(99)) end\n%s\n' \
	'scenario "S" { phase "p" { gpu = hw "H800", gpu_hours = 100 }, pricing = { rental { rate = rate } } }' >"$TMP/loud_sweep.lua"
expect terminal/print_cap_sweep 0 "" -- sweep "$TMP/loud_sweep.lua" --set rate=1:5:1 -n 0 --time-limit 60
check terminal/print_cap_sweep_size test "$(wc -c <"$TMP/err")" -lt $((1100 * 1024))
check terminal/print_cap_sweep_one_note test "$(grep -c 'print output cut after' "$TMP/err")" -eq 1
# an error message of 10 MB and one of a million lines: a few KB, with a note of the cut
printf 'error(("y"):rep(1e7))\n' >"$TMP/big_error.lua"
expect terminal/error_bytes_cap 1 "big_error.lua:1: yyyy" -- run "$TMP/big_error.lua"
check terminal/error_bytes_small test "$(wc -c <"$TMP/err")" -lt 20000
check terminal/error_bytes_note grep -q 'more bytes of this message cut' "$TMP/err"
printf 'error(("line\\n"):rep(1e6))\n' >"$TMP/long_error.lua"
expect terminal/error_lines_cap 1 "long_error.lua:1: line" -- run "$TMP/long_error.lua"
check terminal/error_lines_few test "$(wc -l <"$TMP/err")" -le 42

# CSV injection: text cells are neutralised, numbers are not (-5 and 1e-3 stay numbers)
stdout_has csv/formula_name "'=1+2,phase,'@SUM(A1)," -- run tests/data/injection.lua --format csv
stdout_has csv/formula_pipe "'+cmd|' /C calc'!A0" -- run tests/data/injection.lua --format csv
stdout_has csv/formula_minus ",'-2+3," -- run tests/data/injection.lua --format csv
# 250 GPU-hours x $2 = $500: the number cell is unchanged
stdout_has csv/numbers_unchanged ",rental,250," -- run tests/data/injection.lua --format csv
stdout_has csv/sweep_cells "1,'=1+2,1750" -- sweep tests/data/injection.lua --set rate=1,2 --format csv

# the chunk name is not the scenario's to choose: load(..., "@/etc/passwd") is shown as the line of
# the file tcost opened
printf 'local f = load([[%s]], "@/etc/passwd")\nf()\n' "$ok" >"$TMP/chunk.lua"
stdout_has chunk/defined_in 'Defined in `'"$TMP"'/chunk.lua:2`' -- run "$TMP/chunk.lua" --format md
printf 'local f = load("error(\\"boom\\")", "@/etc/passwd")\nf()\n' >"$TMP/chunk_err.lua"
expect chunk/error_names_file 1 "(load):1: boom" -- run "$TMP/chunk_err.lua"
check chunk/error_in_file grep -qx "  in $TMP/chunk_err.lua:2" "$TMP/err"
check chunk/no_passwd test -z "$(grep -l passwd "$TMP/err")"
