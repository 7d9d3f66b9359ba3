/// The zsh completion script: `dlquiz completions zsh`, a `#compdef` function for `fpath`.
///
/// One function per command, each a call of `_arguments` with an option spec per declared option (its help as the
/// description, its value's completion as the action); a command with subcommands hands the rest of the line to the
/// subcommand's function, as swift-argument-parser's script does.
struct ZshCompletionScript {
    let tree: CompletionTree

    var text: String {
        var lines = [
            "#compdef dlquiz",
            "# Zsh completion for dlquiz, written by 'dlquiz completions zsh'.",
            "# Install: dlquiz completions zsh > ~/.zfunc/_dlquiz, with fpath=(~/.zfunc $fpath) before compinit.",
            "",
            "_dlquiz() {",
            "    local -r __dlquiz_program=\"${words[1]}\"",
            "    _dlquiz_root",
            "}",
            "",
        ]
        for node in tree.nodes {
            lines += function(for: node)
        }
        lines += Self.helpers
        return lines.joined(separator: "\n") + "\n"
    }

    private func function(for node: CompletionTree.Node) -> [String] {
        var lines = ["_dlquiz_\(node.identifier)() {"]
        let subcommands = node.spec.subcommands
        if !subcommands.isEmpty {
            lines += ["    local context state state_descr line", "    local -A opt_args"]
        }
        lines += ["    local -i ret=1", "    local -a specs=("]
        lines += node.options.map { "        " + optionSpec($0) }
        for argument in node.spec.arguments {
            let action = argument.completion.map(action) ?? ""
            // A repeatable argument takes every word left (`help progress reset`); others one word, perhaps optional.
            let position = argument.isRepeatable ? "*" : argument.isOptional ? ":" : ""
            lines.append("        '\(position):\(argument.name):\(action)'")
        }
        if !subcommands.isEmpty {
            lines += ["        '(-): :->command'", "        '(-)*:: :->argument'"]
        }
        lines += ["    )", "    _arguments -s -S : \"${specs[@]}\" && ret=0"]
        if !subcommands.isEmpty {
            lines += [
                "    case \"${state}\" in",
                "    command)",
                "        local -a subcommands=(",
            ]
            lines += subcommands.map { "            " + "\($0.name):\(Self.describe($0.abstract))".singleQuoted }
            lines += [
                "        )",
                "        _describe -V subcommand subcommands && ret=0",
                "        ;;",
                "    argument)",
                "        case \"${words[1]}\" in",
            ]
            for subcommand in subcommands {
                let identifier = CompletionTree.Node(spec: subcommand, options: []).identifier
                lines.append("        \(subcommand.name)) _dlquiz_\(identifier) && ret=0 ;;")
            }
            lines += ["        esac", "        ;;", "    esac"]
        }
        return lines + ["    return ret", "}", ""]
    }

    /// `'(-n --count)'{-n+,--count=}'[How many.]:n:'` and the like.
    private func optionSpec(_ option: OptionSpec) -> String {
        let help = "[" + Self.bracketed(option.help) + "]"
        var value = ""
        if let valueName = option.valueName {
            value = ":" + valueName + ":" + (option.valueCompletion.map(action) ?? "")
        }
        let repeated = option.isRepeatable ? "*" : ""
        let long = "--" + option.name + (option.takesValue ? "=" : "")
        guard let short = option.short else {
            return (repeated + long + help + value).singleQuoted
        }
        let shortSpelling = "-\(short)" + (option.takesValue ? "+" : "")
        let exclusion = option.isRepeatable ? "'*'" : "'(-\(short) --\(option.name))'"
        return exclusion + "{\(shortSpelling),\(long)}" + (help + value).singleQuoted
    }

    private func action(_ kind: CompletionKind) -> String {
        switch kind {
        case .values(let words): "(" + words.joined(separator: " ") + ")"
        case .file(let extensions):
            extensions.isEmpty ? "_files" : "_files -g \"" + extensions.map { "*.\($0)" }.joined(separator: " ") + "\""
        case .deck(let values): "{_dlquiz_deck_values " + values.rawValue + "}"
        case .deckChoice: "{_files -g \"*.(json|md|markdown)\"; _dlquiz_deck_values decks}"
        case .commands: "(" + tree.commandNames.joined(separator: " ") + ")"
        case .freeText: ""
        }
    }

    /// A description inside `[…]` of an option spec: brackets escaped.
    private static func bracketed(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("[", with: "\\[").replacing("]", with: "\\]")
    }

    /// A description after `name:` for `_describe`: colons escaped.
    private static func describe(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing(":", with: "\\:")
    }

    private static let helpers = #"""
        # Question ids or topics of the deck in use (--deck, else the bundled deck), or the library's deck names,
        # asked of dlquiz itself. opt_args keeps the word as typed, quoted once more: (Q) twice gives it as the shell
        # will read it, and a leading ~ is the home folder.
        _dlquiz_deck_values() {
            local deck="${(Q)${(Q)opt_args[--deck]}}"
            local -a arguments values
            arguments=(completions --values "$1")
            [[ "${deck}" == "~" || "${deck}" == "~/"* ]] && deck="${HOME}${deck:1}"
            [[ -n "${deck}" && "$1" != decks ]] && arguments+=(--deck "${deck}")
            values=("${(@f)$(${~__dlquiz_program} "${arguments[@]}" 2>/dev/null)}")
            values=(${values:#})
            compadd -a values
        }

        if [[ "${funcstack[1]}" == _dlquiz ]]; then
            _dlquiz "$@"
        else
            compdef _dlquiz dlquiz
        fi
        """#.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}
