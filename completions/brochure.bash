# bash completion for brochure; installed to share/bash-completion/completions/brochure.
# Keep it in step with `brochure --help` (a test checks that it offers every option).

_brochure() {
    local cur prev words cword
    _init_completion || return

    local commands="render check build watch init schema"
    local layout="--paper --format --pages --fonts --assets --werror --diagnostics --help"
    local output="--target --imposition --pdfa"

    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi

    case $prev in
        --target) COMPREPLY=($(compgen -W "screen print" -- "$cur")); return ;;
        --paper) COMPREPLY=($(compgen -W "a4 letter" -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W "sheet trifold booklet" -- "$cur")); return ;;
        --pages) COMPREPLY=($(compgen -W "auto 1 2 4 8 12" -- "$cur")); return ;;
        --imposition) COMPREPLY=($(compgen -W "sheets none" -- "$cur")); return ;;
        --diagnostics) COMPREPLY=($(compgen -W "text json sarif github" -- "$cur")); return ;;
        --lang) COMPREPLY=($(compgen -W "en fr de es it nl pl pt sv" -- "$cur")); return ;;
        --fonts | --assets | --out) _filedir -d; return ;;
        -o | --output) _filedir pdf; return ;;
        --report) _filedir json; return ;;
        --junit) _filedir xml; return ;;
        --jobs | --shard) return ;;
    esac

    local options
    case ${words[1]} in
        render | watch) options="-o --output $layout $output" ;;
        check) options="$layout" ;;
        build) options="--out --jobs --shard --force --quiet --report --junit $layout $output" ;;
        init) options="--lang --force --help" ;;
        *) return ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [[ ${words[1]} == build ]]; then
        _filedir yaml
        _filedir -d
    else
        _filedir yaml
    fi
}
complete -F _brochure brochure
