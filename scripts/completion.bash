# bash completion for tcost                                   -*- shell-script -*-
# Installed as share/bash-completion/completions/tcost; or source it directly.
# Completes commands, each command's options, the values of --format and
# --chart, help topics, .lua files, and for `tcost hw NAME` the accelerator
# names of the catalog, read from `tcost hw --format csv` so they never drift.
# Self-contained: does not need the bash-completion package.

# The catalog's names, one per line: the first CSV column, header skipped.
_tcost_hw_names()
{
	local bin=$1 line
	command -v -- "$bin" >/dev/null 2>&1 || bin=tcost
	"$bin" hw --format csv 2>/dev/null </dev/null | {
		read -r line # the header
		while IFS= read -r line; do
			line=${line%$'\r'}
			if [[ $line == \"* ]]; then
				# a quoted field: up to the closing quote, "" is a quote
				line=${line#\"}
				local name="" rest=$line
				while [[ $rest == *\"* ]]; do
					name+=${rest%%\"*}
					rest=${rest#*\"}
					if [[ $rest == \"* ]]; then
						name+=\"
						rest=${rest#\"}
					else
						break
					fi
				done
				printf '%s\n' "$name"
			else
				printf '%s\n' "${line%%,*}"
			fi
		done
	}
}

# Adds the words of $1 (newline separated) that start with $2 to COMPREPLY,
# quoted for the command line. With ci=1 the match ignores case.
_tcost_add_words()
{
	local words=$1 cur=$2 ci=${3:-0} w q="" bare=$2
	case $cur in
	\"*) q=\" bare=${cur#\"} ;;
	\'*) q=\' bare=${cur#\'} ;;
	esac
	# a typed backslash-escaped space ("H800\ S") means a space
	bare=${bare//\\ / }
	while IFS= read -r w; do
		[[ -n $w ]] || continue
		if [[ $ci == 1 ]]; then
			[[ ${w,,} == "${bare,,}"* ]] || continue
		else
			[[ $w == "$bare"* ]] || continue
		fi
		if [[ -n $q ]]; then
			COMPREPLY+=("$q$w$q")
		elif [[ $w == *[![:alnum:]._/:=,+-]* ]]; then
			COMPREPLY+=("$(printf '%q' "$w")")
		else
			COMPREPLY+=("$w")
		fi
	done <<<"$words"
}

# Scenario files: *.lua and folders to descend into.
_tcost_lua_files()
{
	local cur=$1 f
	compopt -o filenames 2>/dev/null
	while IFS= read -r f; do [[ -n $f ]] && COMPREPLY+=("$f"); done < <(compgen -f -X '!*.lua' -- "$cur")
	while IFS= read -r f; do [[ -n $f ]] && COMPREPLY+=("$f"); done < <(compgen -d -- "$cur")
}

_tcost_any_files()
{
	local cur=$1 f
	compopt -o filenames 2>/dev/null
	while IFS= read -r f; do [[ -n $f ]] && COMPREPLY+=("$f"); done < <(compgen -f -- "$cur")
}

# Completes the value of option $1 for command $2; returns 1 when $1 takes no value.
_tcost_option_value()
{
	local opt=$1 cmd=$2 cur=$3 f
	case $opt in
	-f | --format)
		case $cmd in
		hw) _tcost_add_words $'text\njson\ncsv' "$cur" ;;
		sweep) _tcost_add_words $'text\nmd\ncsv\njson\nhtml' "$cur" ;;
		diff) _tcost_add_words $'text\nmd\ncsv\njson\nhtml' "$cur" ;;
		validate) _tcost_add_words $'text\ncsv\njson' "$cur" ;;
		*) _tcost_add_words $'text\nmd\ncsv\njson\nhtml\nsvg' "$cur" ;;
		esac
		;;
	--chart) _tcost_add_words $'waterfall\nphases\nhistogram\ntornado\nscenarios' "$cur" ;;
	--assumptions | --assumptions-a | --assumptions-b) _tcost_lua_files "$cur" ;;
	-o | --output | --export-samples)
		if [[ $cmd == bundle ]]; then _tcost_lua_files "$cur"; else _tcost_any_files "$cur"; fi
		;;
	--lib)
		compopt -o filenames 2>/dev/null
		while IFS= read -r f; do [[ -n $f ]] && COMPREPLY+=("$f"); done < <(compgen -d -- "$cur")
		;;
	--set | --set-a | --set-b | -n | --samples | --seed | --time-limit | --memory-limit) ;; # free-form values
	*) return 1 ;;
	esac
	return 0
}

_tcost()
{
	local cur=${COMP_WORDS[COMP_CWORD]}
	local prev=""
	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	local commands="run check validate hw sweep diff bundle init repl help version"
	local topics=$'scenario\nphases\nexpect\npricing\nuncertainty\nformats\nsandbox\nrun\ncheck\nvalidate\nhw\nsweep\ndiff\nbundle\ninit\nrepl\nversion'
	topics+=$'\nassume\nphase\nrental\nown\nbuy\namortized\ncloud\ncustom\nstaff\ndata\nfixed\nexperiments\nfigure\ncurrency\nquantity\nregion\nrent_as_of\nprice_as_of\nmarket\ncorrelate\nformat\nfunctions\nunits' # generated from lib-lua/tcost/lang/api.lua (make generated)
	# BEGIN generated options: from lib-lua/tcost/cmd/help.lua's OPTIONS (make generated)
	local valued='^(--assumptions|--assumptions-a|--assumptions-b|--chart|--export-samples|-f|--format|--lib|--memory-limit|-o|--output|-n|--samples|--seed|--set|--set-a|--set-b|--time-limit)$'
	local -A opts_of=(
		[run]='--format -f --output -o --set --samples -n --seed --assumptions --chart --export-samples --date --no-color --strict --time-limit --memory-limit --lib --help -h'
		[check]='--set --assumptions --seed --strict --time-limit --memory-limit --lib --help -h'
		[validate]='--format -f --output -o --set --assumptions --samples -n --seed --time-limit --memory-limit --lib --help -h'
		[hw]='--format -f --output -o --prices --regions --help -h'
		[sweep]='--set --format -f --output -o --samples -n --seed --assumptions --no-color --time-limit --memory-limit --lib --help -h'
		[diff]='--format -f --output -o --samples -n --seed --set --set-a --set-b --assumptions --assumptions-a --assumptions-b --no-color --time-limit --memory-limit --lib --help -h'
		[bundle]='--output -o --time-limit --memory-limit --lib --help -h'
		[init]='--help -h'
		[repl]='--time-limit --memory-limit --lib --help -h'
		[help]='--help -h'
		[version]='--help -h'
	)
	# END generated options
	COMPREPLY=()

	# the command: the first word after tcost
	if ((COMP_CWORD == 1)); then
		if [[ $cur == -* ]]; then
			_tcost_add_words $'--version\n--help\n-V\n-h' "$cur"
		else
			_tcost_add_words "${commands// /$'\n'}" "$cur"
		fi
		return 0
	fi
	local cmd=${COMP_WORDS[1]}

	# the operands so far (words that are neither options nor option values)
	local i w nargs=0 dashdash=0
	for ((i = 2; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		if ((dashdash)) || [[ $w != -* || $w == - ]]; then
			# "=" and a value after "--opt" when COMP_WORDBREAKS split "--opt=value"
			[[ $w == = ]] && { ((i++)); continue; }
			((nargs++))
		elif [[ $w == -- ]]; then
			dashdash=1
		elif [[ $w != *=* ]] && [[ ${COMP_WORDS[i + 1]-} != = ]] && [[ $w =~ $valued ]]; then
			((i++)) # skip the option's value
		fi
	done

	if ((!dashdash)); then
		# --opt=VALUE, kept whole (COMP_WORDBREAKS without '=')
		if [[ $cur == --*=* ]]; then
			local opt=${cur%%=*} val=${cur#*=} n=${#COMPREPLY[@]} j
			_tcost_option_value "$opt" "$cmd" "$val" || return 0
			for ((j = n; j < ${#COMPREPLY[@]}; j++)); do COMPREPLY[j]="$opt=${COMPREPLY[j]}"; done
			return 0
		fi
		# --opt=VALUE, split by COMP_WORDBREAKS into "--opt" "=" "VALUE"
		if [[ $prev == = ]] && ((COMP_CWORD >= 3)); then
			_tcost_option_value "${COMP_WORDS[COMP_CWORD - 2]}" "$cmd" "$cur" && return 0
		elif [[ $cur == = && $prev == --* ]]; then
			_tcost_option_value "$prev" "$cmd" "" && return 0
		fi
		# the value of the previous word
		_tcost_option_value "$prev" "$cmd" "$cur" && return 0
	fi

	if [[ $cur == -* ]] && ((!dashdash)); then
		[[ -n ${opts_of[$cmd]+set} ]] || return 0
		local opts=${opts_of[$cmd]}
		_tcost_add_words "${opts// /$'\n'}" "$cur"
		return 0
	fi

	case $cmd in
	run | check | validate) _tcost_lua_files "$cur" ;;
	sweep | bundle) ((nargs == 0)) && _tcost_lua_files "$cur" ;;
	diff) ((nargs < 2)) && _tcost_lua_files "$cur" ;;
	init)
		# a new file: offer folders to put it in
		if ((nargs == 0)); then
			compopt -o filenames 2>/dev/null
			while IFS= read -r w; do [[ -n $w ]] && COMPREPLY+=("$w"); done < <(compgen -d -- "$cur")
		fi
		;;
	hw) ((nargs == 0)) && _tcost_add_words "$(_tcost_hw_names "${COMP_WORDS[0]}")" "$cur" 1 ;;
	help) ((nargs == 0)) && _tcost_add_words "$topics" "$cur" ;;
	esac
	return 0
}

complete -F _tcost tcost
