# lib.sh: helpers for CLI tests (sourced by tests/cli/*.sh; not a test itself).
# Each helper prints one PASS or FAIL line.
set -u
BIN=${TCOST_BIN:-./tcost}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
LIMIT=${TCOST_TEST_TIMEOUT:-30}

pass() { echo "PASS cli/$1"; }
fail() { echo "FAIL cli/$1: $2"; }

# expect NAME CODE STDERR_PART -- ARGS...
# Runs tcost ARGS; wants exit CODE and, when STDERR_PART is not empty, the
# first line of stderr to contain it.
expect() {
	local name=$1 code=$2 part=$3
	shift 4
	timeout "$LIMIT" "$BIN" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	local rc=$?
	local first
	first=$(head -n 1 "$TMP/err")
	if [ "$rc" -ne "$code" ]; then
		fail "$name" "exit $rc, want $code; stderr: $first"
	elif [ -n "$part" ] && [[ "$first" != *"$part"* ]]; then
		fail "$name" "stderr line 1 is '$first', want it to contain '$part'"
	else
		pass "$name"
	fi
}

# stdout_has NAME PART -- ARGS...: exit 0 and stdout contains PART.
stdout_has() {
	local name=$1 part=$2
	shift 3
	timeout "$LIMIT" "$BIN" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	local rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "$name" "exit $rc; stderr: $(head -n 1 "$TMP/err")"
	elif ! grep -qF -- "$part" "$TMP/out"; then
		fail "$name" "stdout lacks '$part'"
	else
		pass "$name"
	fi
}

# golden NAME FILE -- ARGS...: exit 0 and stdout equals FILE byte for byte.
golden() {
	local name=$1 file=$2
	shift 3
	timeout "$LIMIT" "$BIN" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
	local rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "$name" "exit $rc; stderr: $(head -n 1 "$TMP/err")"
	elif [ ! -f "$file" ]; then
		fail "$name" "no golden file $file (make update-golden)"
	elif ! cmp -s "$TMP/out" "$file"; then
		fail "$name" "differs from $file: $(diff "$file" "$TMP/out" | head -n 3 | tr '\n' ' ')"
	else
		pass "$name"
	fi
}

# check NAME CONDITION-COMMAND...: PASS when the command succeeds.
check() {
	local name=$1
	shift
	if "$@" >/dev/null 2>&1; then pass "$name"; else fail "$name" "$*"; fi
}
