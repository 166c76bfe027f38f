#!/usr/bin/env bash
# sources.sh: every reference travels with the code. docs/sources.md holds one
# well-formed entry per key; every [key] cited anywhere (catalog, notes, code,
# examples, docs, reports) has an entry; every source string written in
# lib-lua/ is followable (a URL/DOI or a [key]); no path of another machine
# and no citation of a file outside the repository. The catalog's and the
# regions' own strings are checked value by value in tests/lua/test_sources.lua.
. "$(dirname "$0")/lib.bash"

SOURCES=docs/sources.md
KEY_RE='[a-z0-9]+(-[a-z0-9]+)*-[0-9]{4}'

# none NAME LIST: PASS when LIST is empty, else FAIL showing it.
none() {
	if [ -z "$2" ]; then pass "$1"; else fail "$1" "$(printf '%s' "$2" | tr '\n' ' ' | cut -c1-400)"; fi
}

# Entries: "## key" outside code fences, each with the five fields.
entries=$(awk '/^```/ { fence = !fence; next } !fence && /^## / { print substr($0, 4) }' "$SOURCES")
check sources/has_entries test -n "$entries"
bad=$(printf '%s\n' "$entries" | grep -vxE "$KEY_RE")
none sources/keys_well_formed "$bad"
dups=$(printf '%s\n' "$entries" | sort | uniq -d)
none sources/keys_unique "$dups"
incomplete=$(awk '
	/^```/ { fence = !fence; next }
	fence { next }
	function done() { if (key != "" && n != 5) print key " (" n " of 5 fields)" }
	/^## / { done(); key = substr($0, 4); n = 0; next }
	/^- (Title|Authors \/ publisher|Date|URL \/ DOI|Figures taken): ./ { n++ }
	END { done() }' "$SOURCES")
none sources/entries_complete "$incomplete"

# Every [key] cited anywhere exists. The catalog is read as users see it.
"$BIN" hw --format json >"$TMP/hw.json" 2>"$TMP/hw.err"
check sources/hw_json test -s "$TMP/hw.json"
cited=$( { cat "$TMP/hw.json"; grep -rhE --include='*.c' --include='*.h' --include='*.lua' --include='*.md' \
	--include='*.1' --include='*.json' --include='*.txt' --include='*.csv' --include='*.html' \
	"\[$KEY_RE\]" src lib-lua examples docs tests/golden tests/c tests/lua README.md; } |
	grep -oE "\[$KEY_RE\]" | tr -d '[]' | sort -u)
check sources/cites_found test -n "$cited"
missing=$(comm -23 <(printf '%s\n' "$cited") <(printf '%s\n' "$entries" | sort -u))
none sources/every_cited_key_exists "$missing"

# Built-in source strings in the library are followable: a URL, a DOI or a [key].
# (help.lua shows the syntax users write; dsl.lua's "string" are field types.)
unsourced=$(grep -rhoE 'source = "[^"]*"' lib-lua --include='*.lua' --exclude=help.lua |
	grep -vE '= "(string|\.\.\.)"$' | grep -vE "https?://|doi\.org/|\[$KEY_RE\]")
none sources/library_strings_followable "$unsourced"

# Every source string of the catalog as `tcost hw` prints it.
hw_unsourced=$(grep -E '^ *"source": ' "$TMP/hw.json" | grep -vE "https?://|doi\.org/|\[$KEY_RE\]")
none sources/catalog_strings_followable "$hw_unsourced"

# Nothing cites a file that is not in the repository, or a folder of some machine.
outside=$(grep -rlE 'figures[.]md|/wor[k]/|/hom[e]/[a-z]|/Users/[A-Za-z]' src lib-lua examples docs tests scripts \
	README.md Makefile 2>/dev/null)
none sources/no_outside_paths "$outside"
