/// The bash completion script: `dlquiz completions bash`.
///
/// A few lookup functions written from the declarations (the subcommands, options and value completions of each
/// command), and one function, `_dlquiz`, that walks `COMP_WORDS` to find the command being typed, skipping option
/// values, and offers what fits the word under the cursor. `--opt=value` works with or without `=` in
/// `COMP_WORDBREAKS`.
struct BashCompletionScript {
    let tree: CompletionTree

    var text: String {
        var lines = [
            "#!/bin/bash",
            "# Bash completion for dlquiz, written by 'dlquiz completions bash'.",
            "# Install: dlquiz completions bash > ~/.local/share/bash-completion/completions/dlquiz",
            "",
        ]
        lines += lookup("__dlquiz_subcommands", comment: "The subcommands of a command (the words after 'dlquiz').") {
            node in
            node.spec.subcommands.isEmpty
                ? nil : "printf '%s\\n' " + node.spec.subcommands.map(\.name).joined(separator: " ")
        }
        lines += lookup("__dlquiz_options", comment: "Every option of a command.") { node in
            "printf '%s\\n' " + node.options.flatMap(CompletionTree.Node.spellings).joined(separator: " ")
        }
        lines += takesValue
        lines += values
        lines += Self.helpers
        return lines.joined(separator: "\n") + "\n"
    }

    /// `case "$1" in 'quiz') …;; esac` over every command.
    private func lookup(_ name: String, comment: String, _ body: (CompletionTree.Node) -> String?) -> [String] {
        var lines = ["# \(comment)", "\(name)() {", "    case \"$1\" in"]
        for node in tree.nodes {
            guard let body = body(node) else { continue }
            lines.append("    \(node.key.singleQuoted)) \(body) ;;")
        }
        return lines + ["    esac", "}", ""]
    }

    /// Whether an option (as written) takes a value in a command.
    private var takesValue: [String] {
        let patterns = tree.nodes.flatMap { node in
            node.valued.flatMap(CompletionTree.Node.spellings).map { "\(node.key) \($0)".singleQuoted }
        }
        return [
            "# Whether option $2 of command $1 takes a value.",
            "__dlquiz_takes_value() {",
            "    case \"$1 $2\" in",
            "    " + patterns.joined(separator: "|") + ") return 0 ;;",
            "    esac",
            "    return 1",
            "}",
            "",
        ]
    }

    /// The completions of each option value and positional argument (numbered from 1).
    private var values: [String] {
        var lines = [
            "# Fills COMPREPLY with the values of option $2 (or positional argument number $2) of command $1.",
            "__dlquiz_values() {",
            "    case \"$1 $2\" in",
        ]
        for node in tree.nodes {
            for option in node.valued {
                guard let kind = option.valueCompletion else { continue }
                let patterns = CompletionTree.Node.spellings(of: option).map { "\(node.key) \($0)".singleQuoted }
                lines.append("    \(patterns.joined(separator: "|"))) \(action(kind)) ;;")
            }
            for (index, argument) in node.spec.arguments.enumerated() {
                guard let kind = argument.completion else { continue }
                lines.append("    \("\(node.key) \(index + 1)".singleQuoted)) \(action(kind)) ;;")
            }
        }
        return lines + ["    esac", "}", ""]
    }

    private func action(_ kind: CompletionKind) -> String {
        switch kind {
        case .values(let words): "__dlquiz_words " + words.joined(separator: " ").singleQuoted
        case .file(let extensions): (["__dlquiz_files"] + extensions).joined(separator: " ")
        case .deck(let values): "__dlquiz_deck " + values.rawValue
        case .deckChoice: "__dlquiz_files json md markdown; __dlquiz_deck decks"
        case .commands: "__dlquiz_words " + tree.commandNames.joined(separator: " ").singleQuoted
        case .freeText: ""
        }
    }

    private static let helpers = #"""
        __dlquiz_words() {
            local IFS=$' \t\n'
            COMPREPLY+=($(compgen -W "$1" -- "${cur}"))
        }

        # Folders, and the files ending with one of the extensions given (any file when none is given).
        __dlquiz_files() {
            local IFS=$'\n' extension
            compopt -o filenames 2>/dev/null
            COMPREPLY+=($(compgen -d -- "${cur}"))
            if (( $# == 0 )); then
                COMPREPLY+=($(compgen -f -- "${cur}"))
            fi
            for extension in "$@"; do
                COMPREPLY+=($(compgen -f -X "!*.${extension}" -- "${cur}"))
            done
        }

        # A word as the shell will read it: quotes removed, backslash escapes undone, and a leading ~/ (outside quotes)
        # as the home folder. Nothing is evaluated, so a half-typed $(…) runs nothing.
        __dlquiz_dequote() {
            local word="$1" result="" quote="" char
            local -i index
            [[ "${word}" == "~" || "${word}" == "~/"* ]] && { result="${HOME}"; word="${word:1}"; }
            for (( index = 0; index < ${#word}; index++ )); do
                char="${word:index:1}"
                if [[ -z "${quote}" ]]; then
                    case "${char}" in
                    \'|\") quote="${char}" ;;
                    \\) index+=1; result+="${word:index:1}" ;;
                    *) result+="${char}" ;;
                    esac
                elif [[ "${char}" == "${quote}" ]]; then
                    quote=""
                elif [[ "${quote}" == '"' && "${char}" == \\ ]]; then
                    index+=1
                    result+="${word:index:1}"
                else
                    result+="${char}"
                fi
            done
            printf '%s' "${result}"
        }

        # Question ids or topics of the deck in use, or the library's deck names, asked of dlquiz itself.
        __dlquiz_deck() {
            local IFS=$'\n' program="${words[0]/#\~/${HOME}}"
            local -a arguments=(completions --values "$1")
            if [[ -n "${deck}" && "$1" != decks ]]; then
                arguments+=(--deck "$(__dlquiz_dequote "${deck}")")
            fi
            COMPREPLY+=($(compgen -W "$("${program}" "${arguments[@]}" 2>/dev/null)" -- "${cur}"))
        }

        # The words of the command line up to the cursor, split at blanks outside quotes only. COMP_WORDS also splits at
        # each ':' and '=' (COMP_WORDBREAKS), which cuts paths such as a:b.md or x=y.md into pieces.
        __dlquiz_line_words() {
            local line="${COMP_LINE:0:COMP_POINT}" word="" quote="" char
            local -i index started=0
            words=()
            if [[ -z "${COMP_LINE}" ]]; then
                words=("${COMP_WORDS[@]:0:COMP_CWORD+1}")
                return
            fi
            for (( index = 0; index < ${#line}; index++ )); do
                char="${line:index:1}"
                if [[ "${char}" == \\ && "${quote}" != \' ]]; then
                    word+="${char}${line:index+1:1}"
                    index+=1
                    started=1
                elif [[ -n "${quote}" ]]; then
                    word+="${char}"
                    [[ "${char}" == "${quote}" ]] && quote=""
                elif [[ "${char}" == [\"\'] ]]; then
                    quote="${char}"
                    word+="${char}"
                    started=1
                elif [[ "${char}" == [[:blank:]] ]]; then
                    (( started )) && words+=("${word}")
                    word=""
                    started=0
                else
                    word+="${char}"
                    started=1
                fi
            done
            words+=("${word}")
            # A line such as 'sudo dlquiz …' or 'FOO=1 dlquiz …' starts where the command does.
            while (( ${#words[@]} > 1 )) && [[ "${words[0]}" != "${COMP_WORDS[0]}" ]]; do
                words=("${words[@]:1}")
            done
            (( ${#words[@]} > 1 )) || words=("${COMP_WORDS[@]:0:COMP_CWORD+1}")
        }

        # Readline replaces only the text after the word's last ':', '=' or opening quote ($1, what bash passes as the
        # word): the part before it is taken off each completion, so that it is not written twice.
        __dlquiz_trim() {
            local typed="$1" prefix
            local -i index
            [[ "${typed_word}" == *"${typed}" ]] || return 0
            prefix="${typed_word%"${typed}"}"
            [[ -n "${prefix}" && "${COMP_WORDBREAKS}" == *"${prefix: -1}"* ]] || return 0
            for index in "${!COMPREPLY[@]}"; do
                COMPREPLY[index]="${COMPREPLY[index]#"${prefix}"}"
            done
        }

        _dlquiz() {
            local -a words
            __dlquiz_line_words
            local -i cword=$(( ${#words[@]} - 1 ))
            local typed_word="${words[cword]}"
            COMPREPLY=()
            __dlquiz_complete
            __dlquiz_trim "${2-}"
            return 0
        }

        # Fills COMPREPLY with what fits the word under the cursor, each completion the whole word.
        __dlquiz_complete() {
            local cur="${words[cword]}" command="" option="" deck="" word
            local -i index positional=0 expects_value=0 options_ended=0
            for (( index = 1; index < cword; index++ )); do
                word="${words[index]}"
                if (( options_ended )); then
                    positional+=1
                    continue
                fi
                if (( expects_value )); then
                    [[ "${word}" == "=" ]] && continue
                    expects_value=0
                    [[ "${option}" == --deck ]] && deck="${word}"
                    continue
                fi
                case "${word}" in
                --) options_ended=1 ;;
                --deck=?*) deck="${word#--deck=}" ;;
                --*=*) ;;
                -*)
                    if __dlquiz_takes_value "${command}" "${word}"; then
                        expects_value=1
                        option="${word}"
                    fi
                    ;;
                *)
                    if (( positional == 0 )) && __dlquiz_subcommands "${command}" | grep -qxF -- "${word}"; then
                        command="${command:+${command} }${word}"
                    else
                        positional+=1
                    fi
                    ;;
                esac
            done
            if (( expects_value )); then
                [[ "${cur}" == "=" ]] && cur=""
                __dlquiz_values "${command}" "${option}"
                return 0
            fi
            if (( options_ended )); then
                __dlquiz_values "${command}" "$(( positional + 1 ))"
                return 0
            fi
            if [[ "${cur}" == --*=* ]]; then
                option="${cur%%=*}"
                cur="${cur#*=}"
                __dlquiz_values "${command}" "${option}"
                COMPREPLY=("${COMPREPLY[@]/#/${option}=}")
                return 0
            fi
            if [[ "${cur}" == -* ]]; then
                __dlquiz_words "$(__dlquiz_options "${command}")"
                return 0
            fi
            if (( positional == 0 )); then
                __dlquiz_words "$(__dlquiz_subcommands "${command}")"
            fi
            __dlquiz_values "${command}" "$(( positional + 1 ))"
            if (( ${#COMPREPLY[@]} == 0 )) && [[ -z "${cur}" ]]; then
                __dlquiz_words "$(__dlquiz_options "${command}")"
            fi
            return 0
        }

        complete -F _dlquiz dlquiz
        """#.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}
