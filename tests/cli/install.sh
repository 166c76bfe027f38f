#!/usr/bin/env bash
# install.sh: `make install` into a temporary DESTDIR puts every file where the
# man page and README say, the installed binary runs an installed example from
# anywhere with no file beside it, the installed man page renders without
# warnings, the completions load, and `make uninstall` removes exactly what
# install wrote.
. "$(dirname "$0")/lib.bash"

D=$TMP/d
P=/usr/local
R=$D$P # the installed tree
DOC=$R/share/doc/tcost

# the same make that builds the tree; -s keeps its output to errors
if make -s install DESTDIR="$D" PREFIX="$P" >"$TMP/make.out" 2>&1; then
	pass install/make_install
else
	fail install/make_install "exit $?: $(tail -n 3 "$TMP/make.out" | tr '\n' ' ')"
fi

# every file, in its place
check install/bin_executable test -x "$R/bin/tcost" -a -f "$R/bin/tcost"
check install/man_page cmp -s src/tcost.1 "$R/share/man/man1/tcost.1"
check install/meta_definitions cmp -s lib-lua/meta/tcost.lua "$DOC/meta/tcost.lua"
check install/bash_completion cmp -s scripts/completion.bash "$R/share/bash-completion/completions/tcost"
check install/zsh_completion cmp -s scripts/_tcost "$R/share/zsh/site-functions/_tcost"
missing=""
for f in examples/*.lua examples/shared_assumptions/*.lua examples/runs/*.lua examples/epoch/*.lua; do
	cmp -s "$f" "$DOC/$f" || missing="$missing $f"
done
if [ -z "$missing" ]; then pass install/examples; else fail install/examples "missing or different:$missing"; fi
check install/examples_keep_subfolder test -f "$DOC/examples/shared_assumptions/market.lua"
check install/examples_no_stray_top_level test ! -e "$DOC/examples/market.lua"
# the binary is alone in bin/
check install/bin_alone test "$(ls -A "$R/bin")" = tcost
# a data file is not executable
check install/modes test -z "$(find "$R/share" -type f -perm /111)"

# the installed binary, run from another folder, needs no file beside it: the
# Lua library is built in (TCOST_LIB unset, no lib-lua/ in reach)
mkdir -p "$TMP/elsewhere"
out=$(cd "$TMP/elsewhere" && env -u TCOST_LIB "$R/bin/tcost" run "$DOC/examples/deepseek_r1_reported.lua" 2>"$TMP/err")
rc=$?
if [ "$rc" -ne 0 ]; then
	fail install/runs_elsewhere "exit $rc; stderr: $(head -n 1 "$TMP/err")"
elif [[ $out != *'$294K'* ]]; then
	fail install/runs_elsewhere "the report lacks \$294K"
else
	pass install/runs_elsewhere
fi
# an installed example that requires a module from its own folder
out=$(cd "$TMP/elsewhere" && env -u TCOST_LIB "$R/bin/tcost" run "$DOC/examples/shared_assumptions/market.lua" 2>"$TMP/err")
rc=$?
if [ "$rc" -eq 0 ] && [[ $out == *'DeepSeek V3 + R1'* ]]; then pass install/runs_subfolder_example; else
	fail install/runs_subfolder_example "exit $rc; stderr: $(head -n 1 "$TMP/err")"
fi
# the installed library of published runs validates from another folder
if (cd "$TMP/elsewhere" && env -u TCOST_LIB "$R/bin/tcost" validate "$DOC/examples/runs" >"$TMP/out" 2>"$TMP/err"); then
	pass install/validates_library
else
	fail install/validates_library "stderr: $(head -n 1 "$TMP/err")"
fi
# ... and is the default of `tcost validate` run from a folder without examples/runs/: the same
# count line as naming the installed folder
want=$(tail -n 1 "$TMP/out")
if (cd "$TMP/elsewhere" && env -u TCOST_LIB "$R/bin/tcost" validate >"$TMP/out" 2>"$TMP/err") &&
	[ "$(tail -n 1 "$TMP/out")" = "$want" ] && [ -n "$want" ]; then
	pass install/validates_installed_library_by_default
else
	fail install/validates_installed_library_by_default "got '$(tail -n 1 "$TMP/out")', want '$want'; stderr: $(head -n 1 "$TMP/err")"
fi
# the binary copied on its own into an empty folder still runs
mkdir -p "$TMP/alone" && cp "$R/bin/tcost" "$TMP/alone/tcost"
out=$(cd "$TMP/alone" && env -u TCOST_LIB ./tcost --version 2>&1)
if [[ $out == "$("$BIN" --version 2>&1)" ]]; then pass install/binary_alone_version; else
	fail install/binary_alone_version "got '$out'"
fi

# the installed man page renders without a warning
if command -v groff >/dev/null 2>&1; then
	groff_err=$(groff -man -Tutf8 -ww -z "$R/share/man/man1/tcost.1" 2>&1)
	if [ -n "$groff_err" ]; then
		fail install/man_groff "$(printf '%s' "$groff_err" | head -n 3 | tr '\n' ' ')"
	else
		pass install/man_groff
	fi
fi
if command -v man >/dev/null 2>&1; then
	MANWIDTH=80 man -l "$R/share/man/man1/tcost.1" >"$TMP/man.out" 2>"$TMP/man.err"
	rc=$?
	if [ "$rc" -ne 0 ]; then
		fail install/man_renders "exit $rc: $(head -n 1 "$TMP/man.err")"
	elif [ -s "$TMP/man.err" ]; then
		fail install/man_renders "warnings: $(head -n 3 "$TMP/man.err" | tr '\n' ' ')"
	elif ! grep -q 'EXIT STATUS' "$TMP/man.out" || ! grep -q -- '--memory-limit' "$TMP/man.out"; then
		fail install/man_renders "the rendered page lacks its sections"
	else
		pass install/man_renders
	fi
fi

# the installed completions load
check install/bash_completion_loads bash -c ". '$R/share/bash-completion/completions/tcost' && complete -p tcost"
if command -v zsh >/dev/null 2>&1; then
	check install/zsh_completion_syntax zsh -n "$R/share/zsh/site-functions/_tcost"
fi

# uninstall removes exactly what install wrote: files of other programs survive
mkdir -p "$R/share/doc/other" "$R/share/man/man1"
echo keep >"$R/bin/other-tool"
echo keep >"$R/share/doc/other/README"
echo keep >"$R/share/man/man1/other.1"
if make -s uninstall DESTDIR="$D" PREFIX="$P" >"$TMP/make.out" 2>&1; then
	pass install/make_uninstall
else
	fail install/make_uninstall "exit $?: $(tail -n 3 "$TMP/make.out" | tr '\n' ' ')"
fi
left=$(cd "$D" && find . \( -type f -o -type l \) | sort | tr '\n' ' ')
want="./usr/local/bin/other-tool ./usr/local/share/doc/other/README ./usr/local/share/man/man1/other.1 "
if [ "$left" = "$want" ]; then pass install/uninstall_removes_exactly; else
	fail install/uninstall_removes_exactly "left: $left"
fi
rm -f "$R/bin/other-tool" "$R/share/doc/other/README" "$R/share/man/man1/other.1"
check install/nothing_but_folders test -z "$(find "$D" ! -type d)"
# uninstalling twice is harmless
check install/uninstall_twice make -s uninstall DESTDIR="$D" PREFIX="$P"
