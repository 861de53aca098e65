# What a flag says about live values elsewhere on the line (--job, --profile, --sandbox): NAME=VALUE.
function __ashby_note -a node flag value
    switch $flag
        case --sandbox
            echo sandbox=1
        case --base-url
            echo "base-url=$value"
        case '*'
            set -l s (__ashby_spec "$node|$flag")
            test "$s[1]" = l; and echo "$s[2]=$value"
    end
end

function __ashby_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct | string unescape)
    set -l node ''
    set -l n 0
    set -l want ''
    set -l dd ''
    set -l ctx
    for w in $tokens[2..-1]
        if test -n "$want"
            set -a ctx (__ashby_note "$node" $want "$w")
            set want ''
            continue
        end
        if test -z "$dd"; and string match -q -- '-?*' $w
            switch $w
                case --
                    set dd 1
                case '--*=*'
                    set -l kv (string split -m1 = -- $w)
                    set -a ctx (__ashby_note "$node" $kv[1] "$kv[2]")
                case '*'
                    if test (count (__ashby_spec "$node|$w")) -gt 0
                        set want $w
                    else
                        set -a ctx (__ashby_note "$node" $w 1)
                    end
            end
            continue
        end
        if test $n -eq 0 -a -z "$dd"
            set -l sub (__ashby_sub "$node/$w")
            if test -n "$sub"
                set node $sub
                continue
            end
        end
        set -l s (__ashby_arg "$node|$n")
        test "$s[1]" = l; and set -a ctx "$s[2]=$w"
        set n (math $n + 1)
    end

    set -l pre ''
    set -l spec
    if test -z "$want" -a -z "$dd"; and string match -q -- '--*=*' $cur
        set -l kv (string split -m1 = -- $cur)
        set want $kv[1]
        set pre "$kv[1]="
        set cur "$kv[2]"
    end
    if test -n "$want"
        set spec (__ashby_spec "$node|$want")
    else if test -z "$dd"; and string match -q -- '-*' $cur
        __ashby_flags "$node"
        __ashby_gflags
        return
    else
        set -l kids (__ashby_kids "$node")
        if test $n -eq 0 -a -z "$dd" -a (count $kids) -gt 0
            printf '%s\n' $kids
            return
        end
        set spec (__ashby_arg "$node|$n")
        if test (count $spec) -eq 0 -a -z "$dd"
            __ashby_flags "$node"
            __ashby_gflags
            return
        end
    end
    set -l out
    switch "$spec[1]"
        case c
            set out $spec[2..-1]
        case f
            set out (__fish_complete_path "$cur")
        case l
            set out ($tokens[1] __complete "live:$spec[2]:$spec[3]" "$cur" $ctx 2>/dev/null </dev/null)
            # An argument whose values are not known yet (a cold cache, a slow network): its flags.
            if test (count $out) -eq 0 -a -z "$want" -a -z "$dd" -a -z "$cur"
                __ashby_flags "$node"
                __ashby_gflags
                return
            end
        case F
            set -l ep (__ashby_ep "$node")
            test -n "$ep"; and set out ($tokens[1] __complete "fields:$ep" "$cur" $ctx 2>/dev/null </dev/null)
    end
    for o in $out
        printf '%s\n' "$pre$o"
    end
end

complete -c ashby -f -a '(__ashby_complete)'
