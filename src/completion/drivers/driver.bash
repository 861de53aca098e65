# Splits the line before the cursor into words with quotes and backslashes removed. Done here rather
# than with COMP_WORDS so that '=', ':' and '@' (COMP_WORDBREAKS) do not split values.
__ashby_split() {
  local line=$1 c q= w= inword= i
  __ashby_words=()
  for ((i = 0; i < ${#line}; i++)); do
    c=${line:i:1}
    if [[ -n $q ]]; then
      if [[ $c == "$q" ]]; then q=
      elif [[ $q == '"' && $c == \\ ]]; then ((i++)); w+=${line:i:1}
      else w+=$c; fi
    elif [[ $c == \\ ]]; then ((i++)); w+=${line:i:1}; inword=1
    elif [[ $c == [\"\'] ]]; then q=$c; inword=1
    elif [[ $c == [[:space:]] ]]; then
      [[ -n $inword ]] && __ashby_words+=("$w")
      w= inword=
    else w+=$c; inword=1; fi
  done
  __ashby_words+=("$w")
  __ashby_quote=$q
}

# Remembers what a flag says about live values elsewhere on the line (--job, --profile, --sandbox).
__ashby_note() {
  case $2 in
    --sandbox) ctx+=(sandbox=1); return ;;
    --base-url) ctx+=("base-url=$3"); return ;;
  esac
  __ashby_spec "$1|$2"
  [[ ${__ashby_a[0]} == l ]] && ctx+=("${__ashby_a[1]}=$3")
}

__ashby_match() {
  local w
  for w in "$@"; do [[ $w == "$cur"* ]] && COMPREPLY+=("$w"); done
}

# Live values and field names from 'ashby __complete SPEC CUR [NAME=VALUE]...' (value<TAB>description
# per line; the engine has matched them already, names to ids included).
__ashby_engine() {
  local bin=${__ashby_words[0]} line
  [[ $bin == '~/'* ]] && bin=$HOME/${bin:2}
  while IFS= read -r line; do
    [[ -n $line ]] && COMPREPLY+=("${line%%$'\t'*}")
  done < <("$bin" __complete "$1" "$cur" "${ctx[@]}" 2>/dev/null </dev/null)
}

_ashby() {
  local __ashby_a=() __ashby_s= __ashby_words=() __ashby_quote=
  __ashby_split "${COMP_LINE:0:COMP_POINT}"
  local last=$((${#__ashby_words[@]} - 1))
  local cur=${__ashby_words[last]} path= n=0 i w want= dd= pre= esc=1 ctx=() spec=()
  for ((i = 1; i < last; i++)); do
    w=${__ashby_words[i]}
    if [[ -n $want ]]; then __ashby_note "$path" "$want" "$w"; want=; continue; fi
    if [[ -z $dd && $w == -?* ]]; then
      case $w in
        --) dd=1 ;;
        --*=*) __ashby_note "$path" "${w%%=*}" "${w#*=}" ;;
        *) __ashby_spec "$path|$w"
           if ((${#__ashby_a[@]})); then want=$w; else __ashby_note "$path" "$w" 1; fi ;;
      esac
      continue
    fi
    if ((n == 0)) && [[ -z $dd ]]; then
      __ashby_sub "$path/$w"
      if [[ -n $__ashby_s ]]; then path=$__ashby_s; continue; fi
    fi
    __ashby_arg "$path|$n"
    [[ ${__ashby_a[0]} == l ]] && ctx+=("${__ashby_a[1]}=$w")
    ((n++))
  done

  COMPREPLY=()
  if [[ -z $want && -z $dd && $cur == --*=* ]]; then want=${cur%%=*} pre=${cur%%=*}= cur=${cur#*=}; fi
  if [[ -n $want ]]; then
    __ashby_spec "$path|$want"; spec=("${__ashby_a[@]}")
  elif [[ -z $dd && $cur == -* ]]; then
    __ashby_flags "$path"; __ashby_match "${__ashby_a[@]}" "${__ashby_gflags[@]}"
  else
    __ashby_kids "$path"
    if ((n == 0 && ${#__ashby_a[@]})) && [[ -z $dd ]]; then
      __ashby_match "${__ashby_a[@]}"
    else
      __ashby_arg "$path|$n"; spec=("${__ashby_a[@]}")
      if ((${#spec[@]} == 0)) && [[ -z $dd ]]; then
        __ashby_flags "$path"; __ashby_match "${__ashby_a[@]}" "${__ashby_gflags[@]}"
      fi
    fi
  fi
  case ${spec[0]} in
    c) __ashby_match "${spec[@]:1}" ;;
    f) esc= ; compopt -o filenames 2>/dev/null
       while IFS= read -r w; do COMPREPLY+=("$w"); done < <(compgen -f -- "$cur") ;;
    l) __ashby_engine "live:${spec[1]}:${spec[2]}"
       # An argument whose values are not known yet (a cold cache, a slow network): its flags.
       if ((${#COMPREPLY[@]} == 0)) && [[ -z $want && -z $dd && -z $cur ]]; then
         __ashby_flags "$path"; __ashby_match "${__ashby_a[@]}" "${__ashby_gflags[@]}"
       fi ;;
    F) __ashby_ep "$path"
       [[ -n $__ashby_s ]] && __ashby_engine "fields:$__ashby_s"
       compopt -o nospace 2>/dev/null ;;
  esac

  # Readline replaces only the text after the last COMP_WORDBREAKS character outside quotes, so
  # that much is cut from each full word; then what is left is quoted for the line. Values are data
  # (a candidate can be called "Zed $(rm -rf ~)"), so they are escaped for the quoting the cursor is
  # in: inside '…' a ' closes, escapes and reopens; inside "…" \ $ ` and " get a backslash and a !
  # (history expansion) is put in single quotes; bare words get printf %q. Readline itself adds the
  # closing quote.
  local whole=$pre$cur breaks=${COMP_WORDBREAKS//[\"\' $'\t\n']/} cut= r
  if [[ -z $__ashby_quote && -n $breaks && $whole == *[$breaks]* ]]; then cut=${whole%"${whole##*[$breaks]}"}; fi
  for i in "${!COMPREPLY[@]}"; do
    r=$pre${COMPREPLY[i]}
    r=${r#"$cut"}
    if [[ -n $esc ]]; then
      case $__ashby_quote in
        \') r=${r//\'/\'\\\'\'} ;;
        \") r=${r//\\/\\\\}; r=${r//\$/\\\$}; r=${r//\`/\\\`}; r=${r//\"/\\\"}; r=${r//!/\"\'!\'\"} ;;
        *) [[ $r == *[^A-Za-z0-9_.,:/@+=%-]* ]] && printf -v r %q "$r" ;;
      esac
    fi
    COMPREPLY[i]=$r
  done
}

complete -F _ashby ashby
