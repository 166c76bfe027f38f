#!/usr/bin/env bash
# repl_robust.sh: `tcost repl` never ends on a user's error: a value whose
# __tostring errors, a table the printer cannot read, a line that hits the
# time limit, a line of 6,000 bytes (read whole, not in 4,095-byte pieces), a
# NUL byte inside a string (kept, not a cut), a line over 1 MiB (ignored with a
# message). Each case is followed by `6 * 7`, which must still print 42.
. "$(dirname "$0")/lib.bash"

# repl_case NAME INPUT-FILE: feeds the file, then "6 * 7"; wants exit 0, and 42 as the last line
repl_case() {
	local name=$1 input=$2
	printf '\n6 * 7\n' >>"$input"
	timeout "$LIMIT" "$BIN" repl --time-limit 1 <"$input" >"$TMP/out" 2>"$TMP/err"
	local rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "$name" "exit $rc; stderr: $(head -n 1 "$TMP/err")"
	elif [ "$(tail -n 1 "$TMP/out")" != 42 ]; then
		fail "$name" "the REPL did not go on: last line '$(tail -n 1 "$TMP/out" | head -c 80)'"
	else
		pass "$name"
	fi
}

printf 'setmetatable({}, { __tostring = function() error("no") end })' >"$TMP/in1"
repl_case repl/tostring_errors "$TMP/in1"
check repl/tostring_error_reported grep -q 'stdin:1: no' "$TMP/err"
printf 'setmetatable({}, { __tostring = function() return {} end })' >"$TMP/in2"
repl_case repl/tostring_not_a_string "$TMP/in2"
printf '{ name = "fake", tflops = 5 }\n{ name = "fake", tflops = {}, tdp_w = "x" }' >"$TMP/in3"
repl_case repl/bad_table_fields "$TMP/in3"
printf 'while true do end' >"$TMP/in4"
repl_case repl/time_limit_line "$TMP/in4"
check repl/time_limit_reported grep -q 'time limit of 1 s reached' "$TMP/err"
printf 'local t = {} for i = 1, 1e9 do t[i] = i end' >"$TMP/in5"
printf 'local t = {} for i = 1, 1e9 do t[i] = i end\n6 * 7\n' | timeout "$LIMIT" "$BIN" repl --memory-limit 64 >"$TMP/out" 2>"$TMP/err"
check repl/memory_limit_line test "$(tail -n 1 "$TMP/out")" = 42
# 1 + 0 + 0 ... : 6,003 bytes that add up to 1 (split at 4,095 bytes, it was two syntax errors)
{ printf '1'; for ((i = 0; i < 1500; i++)); do printf ' + 0'; done; printf '\n'; } >"$TMP/in6"
repl_case repl/long_line "$TMP/in6"
check repl/long_line_value test "$(head -n 1 "$TMP/out")" = 1
# #"a<NUL>b" is 3 (cut at the NUL, it was a syntax error)
printf '#"a\0b"' >"$TMP/in7"
repl_case repl/nul_byte "$TMP/in7"
check repl/nul_byte_value test "$(head -n 1 "$TMP/out")" = 3
# a line of 1 MiB + 10 bytes: ignored, with a message
{ head -c $(((1 << 20) + 10)) /dev/zero | tr '\0' 'x'; } >"$TMP/in8"
repl_case repl/huge_line "$TMP/in8"
check repl/huge_line_message grep -q 'a line longer than 1 MiB (10 bytes more) was ignored' "$TMP/err"

# help works inside the REPL; key codes (arrow keys without a line editor) get advice, not a Lua error
printf 'help pricing\nhelp nope\n\033[A\n' >"$TMP/in9"
repl_case repl/help_and_keys "$TMP/in9"
check repl/help_topic grep -q 'Pricing models, side by side' "$TMP/out"
check repl/help_unknown grep -q "no help topic 'nope'" "$TMP/err"
check repl/arrow_keys_advice grep -q 'rlwrap tcost repl' "$TMP/err"
check repl/arrow_keys_no_lua_error test -z "$(grep -F 'unexpected symbol' "$TMP/err")"

# A value show() cannot lay out is the line's error or plain text, never a
# position in the library (red team F28).
printf '{ name = "x", tflops = { bf16 = "zz" }, tdp_w = 5 }\n' >"$TMP/in_fake"
repl_case repl/fake_accelerator_plain "$TMP/in_fake"
check repl/fake_accelerator_no_library sh -c "! grep -q 'lib-lua/' '$TMP/err' && grep -q '^table: ' '$TMP/out'"
printf 'quantity(0/0 + range(1,2), "USD")\n' >"$TMP/in_nan"
repl_case repl/nan_node "$TMP/in_nan"
check repl/nan_node_line test "$(head -n 1 "$TMP/err")" = "stdin:1: a result is not a number (0/0, inf - inf, or a negative number to a fractional power) in sample 1"
printf 'range(1,2) / 0\n' >"$TMP/in_inf"
repl_case repl/infinite_node "$TMP/in_inf"
check repl/infinite_node_text test "$(head -n 1 "$TMP/out")" = "not a finite value (mean inf, 90%: inf to inf)"
printf '{ name = "x", tflops = { bf16 = 1 }, tdp_w = 0/0 }\n' >"$TMP/in_nanw"
repl_case repl/nan_watts "$TMP/in_nanw"
check repl/nan_watts_text test "$(head -n 1 "$TMP/out")" = "x (?): nan W, BF16 1 TFLOPS"

# hw "..." gives a read-only handle (red team F15); the REPL still shows the entry behind it:
# the H800 SXM's 700 W TDP and 989 dense BF16 TFLOPS (half of NVIDIA's 1,979 with sparsity)
printf 'hw "H800"\n' >"$TMP/in_hw"
repl_case repl/hw_handle "$TMP/in_hw"
check repl/hw_handle_text test "$(head -n 1 "$TMP/out")" = "H800 SXM (NVIDIA): 700 W, BF16 989 TFLOPS"

# Options the REPL has no use for are usage errors, never silently dropped (red team F43).
expect repl/refuses_file 2 "tcost: repl takes no file: type :load examples/rent_vs_buy.lua at its prompt" -- repl examples/rent_vs_buy.lua
expect repl/refuses_set 2 "tcost: repl does not use --set: use :set NAME=VALUE after :load" -- repl --set rate=3
expect repl/refuses_output 2 "tcost: repl does not use -o: :report prints to stdout" -- repl -o "$TMP/never.txt"
check repl/refused_output_not_written test ! -e "$TMP/never.txt"
expect repl/refuses_format 2 "tcost: repl does not use --format: use :report FORMAT" -- repl --format json
