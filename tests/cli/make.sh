#!/usr/bin/env bash
# make.sh: the build's promises that a test can check without building:
# `make help` and `make clean` never look for (or install) Lua, and
# `make test T=NAME` (tests/run with TCOST_ONLY) runs just that test or suite.
. "$(dirname "$0")/lib.bash"
# The T=NAME checks below run tests/run again; inside that run this file stays quiet.
[ -n "${TCOST_MAKE_SH:-}" ] && exit 0
export TCOST_MAKE_SH=1

# A pkg-config that only records being asked: goals that build would call it
# through scripts/find-lua; help and clean must not.
mkdir -p "$TMP/bin"
printf '#!/bin/sh\necho "$@" >>"%s/asked"\nexit 1\n' "$TMP" >"$TMP/bin/pkg-config"
chmod +x "$TMP/bin/pkg-config"
for goal in help clean; do
	rm -f "$TMP/asked"
	PATH="$TMP/bin:$PATH" make -n "$goal" >"$TMP/out" 2>&1
	rc=$?
	check "make/$goal/exits_0" test "$rc" -eq 0
	check "make/$goal/never_looks_for_lua" test ! -e "$TMP/asked"
done
PATH="$TMP/bin:$PATH" make -s help >"$TMP/help" 2>&1
check make/help/lists_test grep -q '^  test .*T=NAME' "$TMP/help"
check make/help/lists_check_style grep -q '^  check-style ' "$TMP/help"

# T=NAME: a C suite, one CLI test by its printed name, a name that matches nothing.
only() { TCOST_ONLY=$1 tests/run 2>&1; }
out=$(only c/prim)
check make/only_c_suite test "$(printf '%s\n' "$out" | tail -n 1 | grep -cE '^[1-9][0-9]* passed, 0 failed$')" -eq 1
out=$(only cli/sources/keys_unique)
check make/only_one_cli_test test "$(printf '%s\n' "$out" | tail -n 1)" = "1 passed, 0 failed"
out=$(only no/such/test)
check make/only_unknown_fails test "$(printf '%s\n' "$out" | tail -n 1)" = "0 passed, 1 failed"
