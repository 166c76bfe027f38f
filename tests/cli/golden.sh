#!/usr/bin/env bash
# golden.sh: every example in every format, byte for byte against tests/golden/
# (regenerate with `make update-golden` and review the diff), and twice in a
# row to show the output is byte-identical for the same inputs.
. "$(dirname "$0")/lib.bash"
grep -v '^#' tests/golden/cases | while read -r name file args; do
	[ -n "$name" ] || continue
	# shellcheck disable=SC2086
	golden "golden/$name" "tests/golden/$name" -- run "$file" $args
done
