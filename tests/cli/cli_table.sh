#!/usr/bin/env bash
# cli_table.sh: src/cli.c's table of commands is the one list. The parser
# accepts exactly its listed commands; `tcost help`, both shell completions,
# the man page and the unknown-command message name every one of them.
. "$(dirname "$0")/lib.bash"

# {"name", 1} entries of tc_commands[] (listed ones; selftest is {..., 0})
listed=$(sed -n '/^const tc_command tc_commands\[\] = {/,/^};/p' src/cli.c |
	grep -oE '\{"[a-z]+", 1\}' | sed 's/{"\([a-z]*\)", 1}/\1/')
check cli_table/has_commands test "$(printf '%s\n' "$listed" | wc -l)" -ge 10

"$BIN" help >"$TMP/help" 2>&1
"$BIN" frobnicate >/dev/null 2>"$TMP/unknown"
for c in $listed; do
	check "cli_table/$c/parsed" "$BIN" "$c" --help
	check "cli_table/$c/in_help" grep -qE "^  $c( |$)" "$TMP/help"
	check "cli_table/$c/in_bash_completion" grep -qE "local commands=\"([a-z ]* )?$c( [a-z ]*)?\"" scripts/completion.bash
	check "cli_table/$c/in_zsh_completion" grep -qE "^    '$c:" scripts/_tcost
	check "cli_table/$c/in_man_page" grep -qE "^\.B[IR]? \"?$c( |\"|$)" src/tcost.1
	check "cli_table/$c/in_unknown_message" grep -qE "commands: ([a-z, ]*, )?$c(,|\))" "$TMP/unknown"
done
# and nothing else: the help's command list and the completions name no command the table lacks
help_cmds=$(sed -n '/^Commands:/,/^$/p' "$TMP/help" | grep -oE '^  [a-z]+' | tr -d ' ' | sort)
none_extra() { [ -z "$(comm -23 <(printf '%s\n' "$1" | sort) <(printf '%s\n' $listed | sort))" ]; }
check cli_table/help_lists_no_other none_extra "$help_cmds"
bash_cmds=$(grep -oE 'local commands="[a-z ]*"' scripts/completion.bash | sed 's/.*="\(.*\)"/\1/' | tr ' ' '\n')
check cli_table/bash_lists_no_other none_extra "$bash_cmds"
