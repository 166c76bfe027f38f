#!/usr/bin/env bash
# startup.sh: how a run starts and ends: the limits reach every thread of a
# scenario (its coroutines too), and a missing file is one line.
. "$(dirname "$0")/lib.bash"

# Work that never ends inside a coroutine is stopped by the time limit's own
# hook, with the normal message: the deadline's SIGALRM sets the hook on the
# main thread only, and before the fix such a loop ran on until the backstop
# ("in a long C call"). Not timed: the limit must end it, whatever the load.
MSG="time limit of 1 s reached (raise it with --time-limit)"
printf 'local f = coroutine.wrap(function() while true do end end)\nf()\n' >"$TMP/co_wrap.lua"
printf 'local c = coroutine.create(function() local x = 0 while true do x = x + 1 end end)\nprint(coroutine.resume(c))\n' >"$TMP/co_create.lua"
# a pcall inside the coroutine cannot swallow the limit; a coroutine made inside a coroutine is watched too
printf 'coroutine.wrap(function() while true do pcall(function() while true do end end) end end)()\n' >"$TMP/co_pcall.lua"
printf 'coroutine.wrap(function() coroutine.resume(coroutine.create(function() while true do end end)) end)()\n' >"$TMP/co_nested.lua"
# a coroutine that yields forever to a loop in the main thread
printf 'local c = coroutine.wrap(function() while true do coroutine.yield(1) end end)\nwhile true do c() end\n' >"$TMP/co_yield.lua"
for f in co_wrap co_create co_pcall co_nested co_yield; do
	expect "limits/coroutine/$f" 1 "tcost: $TMP/$f.lua: $MSG" -- run "$TMP/$f.lua" --time-limit 1
done
# the coroutine functions behave as Lua's: values through resume and yield, errors with the line
printf 'local w = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) error("boom " .. b) end)\nprint(w(1))\nprint(pcall(w, 5))\nlocal c = coroutine.create(function(x) return x * 2 end)\nprint(coroutine.resume(c, 21))\nprint(coroutine.status(c))\n' >"$TMP/co_values.lua"
"$BIN" run "$TMP/co_values.lua" --samples 0 >"$TMP/out" 2>"$TMP/err"
printf '2\nfalse\t%s\ntrue\t42\ndead\n' "$TMP/co_values.lua:1: boom 5" >"$TMP/want"
check limits/coroutine/values cmp -s <(head -n 4 "$TMP/err") "$TMP/want" # print writes to stderr
printf 'local c = coroutine.create(5)\n' >"$TMP/co_bad.lua"
expect limits/coroutine/bad_argument 1 "co_bad.lua:1: create: argument 1: function expected, got number" -- run "$TMP/co_bad.lua"

# a file that does not exist: one line naming it, exit 1
expect startup/missing_file 1 "tcost: cannot read 'nonexist.lua': No such file or directory" -- run nonexist.lua
check startup/missing_file_one_line test "$(wc -l <"$TMP/err")" -eq 1

# The embedded library keeps its chunk names and line numbers (scripts/embed.c leaves out only the
# names of locals and upvalues): a developer's traceback (TCOST_DEBUG=1) names the library's files
# and lines, and a scenario's error still names its own file and line.
printf 'local x = nil\nlocal y = x + 1\n' >"$TMP/arith.lua"
expect startup/scenario_line 1 "arith.lua:2: " -- run "$TMP/arith.lua"
TCOST_DEBUG=1 "$BIN" run "$TMP/arith.lua" >/dev/null 2>"$TMP/err"
check startup/library_lines grep -qE '^	lib-lua/tcost/model/runner\.lua:[0-9]+: in ' "$TMP/err"
