# bash completion for keyward-cli (installed as share/bash-completion/completions/keyward-cli).
_keyward_cli()
{
    local cur prev words cword
    _init_completion || return
    local commands="login logout keys auth-key users audit verify"
    local global="--server --json --help"
    case "${words[1]}" in
    keys)
        if [ "$cword" -eq 2 ]; then
            COMPREPLY=($(compgen -W "list show create edit revoke reactivate rotate delete" -- "$cur"))
            return
        fi
        case "${words[2]}" in
        list) COMPREPLY=($(compgen -W "--user --status --search $global" -- "$cur")) ;;
        create | edit) COMPREPLY=($(compgen -W "--name --description --expires --scope --user --rate-limit --quiet $global" -- "$cur")) ;;
        rotate) COMPREPLY=($(compgen -W "--grace --quiet $global" -- "$cur")) ;;
        delete) COMPREPLY=($(compgen -W "--yes $global" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "$global" -- "$cur")) ;;
        esac
        [ "$prev" = "--status" ] && COMPREPLY=($(compgen -W "active inactive expired" -- "$cur"))
        [ "$prev" = "--scope" ] && COMPREPLY=($(compgen -W "read write admin webhook" -- "$cur"))
        [ "$prev" = "--expires" ] && COMPREPLY=($(compgen -W "7 30 60 90" -- "$cur"))
        return
        ;;
    auth-key) [ "$cword" -eq 2 ] && COMPREPLY=($(compgen -W "generate" -- "$cur")) || COMPREPLY=($(compgen -W "--password-stdin --otp --quiet $global" -- "$cur")); return ;;
    users) [ "$cword" -eq 2 ] && COMPREPLY=($(compgen -W "list" -- "$cur")) || COMPREPLY=($(compgen -W "$global" -- "$cur")); return ;;
    login) COMPREPLY=($(compgen -W "--email --password-stdin --otp --auth-key-stdin $global" -- "$cur")); return ;;
    audit) COMPREPLY=($(compgen -W "--action --limit $global" -- "$cur")); return ;;
    logout | verify) COMPREPLY=($(compgen -W "$global" -- "$cur")); return ;;
    esac
    COMPREPLY=($(compgen -W "$commands $global" -- "$cur"))
}
complete -F _keyward_cli keyward-cli
