# Remembers what a flag says about live values elsewhere on the line (--job, --profile, --sandbox).
__ashby_note() {
  case $2 in
    --sandbox) ctx+=(sandbox=1); return ;;
    --base-url) ctx+=("base-url=$3"); return ;;
  esac
  __ashby_spec "$1|$2"
  [[ $__ashby_a[1] == l ]] && ctx+=("$__ashby_a[2]=$3")
}

# Live values and field names from 'ashby __complete SPEC CUR [NAME=VALUE]...' (value<TAB>description
# per line), with $2 cut from each value; the rest are compadd options.
__ashby_engine() {
  local bin=${(Q)words[1]} line strip=$2
  local -a vals disp
  [[ $bin == '~/'* ]] && bin=$HOME/${bin#\~/}
  for line in "${(@f)$("$bin" __complete "$1" "$cur" "${ctx[@]}" 2>/dev/null </dev/null)}"; do
    [[ -z $line ]] && continue
    vals+=("${${line%%$'\t'*}#$strip}")
    if [[ $line == *$'\t'* ]]; then disp+=("${vals[-1]}  -- ${line#*$'\t'}"); else disp+=("${vals[-1]}"); fi
  done
  (( $#vals )) || return 1
  compadd -l -d disp "${@[3,-1]}" -a vals
}

# `path` is zsh's array tied to PATH, so the command path is called `node` here.
_ashby() {
  local -a __ashby_a ctx spec
  local __ashby_s node= n=0 w want= dd= cur cpre=
  for w in "${(@Q)words[2,CURRENT-1]}"; do
    if [[ -n $want ]]; then __ashby_note "$node" "$want" "$w"; want=; continue; fi
    if [[ -z $dd && $w == -?* ]]; then
      case $w in
        --) dd=1 ;;
        --*=*) __ashby_note "$node" "${w%%=*}" "${w#*=}" ;;
        *) __ashby_spec "$node|$w"
           if (( $#__ashby_a )); then want=$w; else __ashby_note "$node" "$w" 1; fi ;;
      esac
      continue
    fi
    if (( n == 0 )) && [[ -z $dd ]]; then
      __ashby_sub "$node/$w"
      if [[ -n $__ashby_s ]]; then node=$__ashby_s; continue; fi
    fi
    __ashby_arg "$node|$n"
    [[ $__ashby_a[1] == l ]] && ctx+=("$__ashby_a[2]=$w")
    (( n++ ))
  done

  cur=${(Q)PREFIX}
  if [[ -z $want && -z $dd && $cur == --*=* ]]; then want=${cur%%=*}; compset -P '*='; cur=${(Q)PREFIX}; fi
  if [[ -n $want ]]; then
    __ashby_spec "$node|$want"; spec=("${__ashby_a[@]}")
  elif [[ -z $dd && $cur == -* ]]; then
    __ashby_flags "$node"
    _describe -t options 'option' __ashby_a -- __ashby_gflags
    return
  else
    __ashby_kids "$node"
    if (( n == 0 && $#__ashby_a )) && [[ -z $dd ]]; then
      _describe -t commands 'command' __ashby_a
      return
    fi
    __ashby_arg "$node|$n"; spec=("${__ashby_a[@]}")
    if (( $#spec == 0 )) && [[ -z $dd ]]; then
      __ashby_flags "$node"
      _describe -t options 'option' __ashby_a -- __ashby_gflags
      return
    fi
  fi
  case $spec[1] in
    c) compadd -- "${(@)spec[2,-1]}" ;;
    f) _files ;;
    # -U: the engine has matched already, and a typed name may select an id; -U would also drop
    # the ignored prefix (--job=), so it is given back with -i.
    l) __ashby_engine "live:$spec[2]:$spec[3]" '' -U -i "$IPREFIX" && return
       # An argument whose values are not known yet (a cold cache, a slow network): its flags.
       # (compadd itself: _describe adds nothing at this point, for a reason not found.)
       [[ -z $want && -z $dd && -z $cur ]] || return 1
       __ashby_flags "$node"
       local -a fl fd
       for w in "${__ashby_a[@]}" "${__ashby_gflags[@]}"; do fl+=("${w%%:*}"); fd+=("${w%%:*}  -- ${w#*:}"); done
       compadd -l -d fd -a fl ;;
    F) __ashby_ep "$node"
       [[ -n $__ashby_s ]] || return 1
       [[ $cur == *,* ]] && cpre=${cur%,*}, && compset -P '*,'
       __ashby_engine "fields:$__ashby_s" "$cpre" -S '' ;;
    *) return 1 ;;
  esac
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _ashby "$@"
else
  compdef _ashby ashby
fi
