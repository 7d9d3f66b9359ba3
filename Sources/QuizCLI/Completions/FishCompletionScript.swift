/// The fish completion script: `dlquiz completions fish`.
///
/// One `complete` line per subcommand, option and positional argument, each guarded by `__dlquiz_at`, which walks the
/// tokens before the cursor (skipping option values) to find the command being typed.
struct FishCompletionScript {
    let tree: CompletionTree

    var text: String {
        var lines = [
            "# Fish completion for dlquiz, written by 'dlquiz completions fish'.",
            "# Install: dlquiz completions fish > ~/.config/fish/completions/dlquiz.fish",
            "",
        ]
        lines += lookup(
            "__dlquiz_subcommands", "command", comment: "The subcommands of a command (such as 'dlquiz progress')."
        ) { node in
            node.spec.subcommands.isEmpty
                ? nil : "printf '%s\\n' " + node.spec.subcommands.map(\.name).joined(separator: " ")
        }
        let valued = tree.nodes.flatMap { node in
            node.valued.flatMap(CompletionTree.Node.spellings).map { "dlquiz \(node.key) \($0)".squeezed.fishQuoted }
        }
        lines += [
            "# Whether an option of a command takes a value: __dlquiz_takes_value 'dlquiz quiz --order'.",
            "function __dlquiz_takes_value",
            "    switch \"$argv[1]\"",
            "        case " + valued.joined(separator: " "),
            "            return 0",
            "    end",
            "    return 1",
            "end",
            "",
        ]
        lines += Self.helpers
        lines.append("complete -c dlquiz -f")
        for node in tree.nodes {
            lines += completions(for: node)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func lookup(
        _ name: String, _ parameter: String, comment: String, _ body: (CompletionTree.Node) -> String?
    ) -> [String] {
        var lines = ["# \(comment)", "function \(name) -a \(parameter)", "    switch \"$\(parameter)\""]
        for node in tree.nodes {
            guard let body = body(node) else { continue }
            lines += ["        case \("dlquiz \(node.key)".squeezed.fishQuoted)", "            \(body)"]
        }
        return lines + ["    end", "end", ""]
    }

    private func completions(for node: CompletionTree.Node) -> [String] {
        let command = "dlquiz \(node.key)".squeezed
        var lines: [String] = []
        for subcommand in node.spec.subcommands {
            let condition = "__dlquiz_at \(command.fishQuoted) 0"
            lines.append(
                "complete -c dlquiz -n \(condition.fishQuoted) -a \(subcommand.name) -d \(subcommand.abstract.fishQuoted)"
            )
        }
        for option in node.options {
            var line = "complete -c dlquiz -n \("__dlquiz_at \(command.fishQuoted)".fishQuoted)"
            if let short = option.short { line += " -s \(short)" }
            line += " -l \(option.name)"
            if option.takesValue {
                line += " " + valueArguments(option.valueCompletion)
            }
            lines.append(line + " -d \(option.help.fishQuoted)")
        }
        for (index, argument) in node.spec.arguments.enumerated() {
            guard let kind = argument.completion else { continue }
            let position = node.spec.path == ["help"] ? "" : " \(index)"
            let condition = "__dlquiz_at \(command.fishQuoted)\(position)"
            lines.append(
                "complete -c dlquiz -n \(condition.fishQuoted) \(valueArguments(kind)) -d \(argument.help.fishQuoted)")
        }
        return lines
    }

    /// `-x -a 'random sequential'`, `-r -F`, and the like.
    private func valueArguments(_ kind: CompletionKind?) -> String {
        switch kind {
        case nil, .freeText: "-x"
        case .values(let words): "-x -a " + words.joined(separator: " ").fishQuoted
        case .file: "-r -F"
        case .deck(let values): "-x -a " + "(__dlquiz_deck_values \(values.rawValue))".fishQuoted
        case .deckChoice:
            "-x -a " + "(__dlquiz_deck_files; __dlquiz_deck_values decks)".fishQuoted
        case .commands: "-x -a " + tree.commandNames.joined(separator: " ").fishQuoted
        }
    }

    private static let helpers = #"""
        # Whether the command being typed is $argv[1] (such as 'dlquiz quiz'), and, when $argv[2] is given, whether
        # that many positional arguments come before the cursor.
        function __dlquiz_at
            set -l tokens (commandline -opc)
            set -l command dlquiz
            set -l positional 0
            set -l expects_value 0
            set -l options_ended 0
            for token in $tokens[2..-1]
                if test $options_ended = 1
                    set positional (math $positional + 1)
                    continue
                end
                if test $expects_value = 1
                    set expects_value 0
                    continue
                end
                switch $token
                    case --
                        set options_ended 1
                    case '--*=*'
                    case '-*'
                        __dlquiz_takes_value "$command $token"; and set expects_value 1
                    case '*'
                        if test $positional = 0; and contains -- $token (__dlquiz_subcommands $command)
                            set command "$command $token"
                        else
                            set positional (math $positional + 1)
                        end
                end
            end
            test "$command" = "$argv[1]"; or return 1
            test (count $argv) -lt 2; or test $positional = $argv[2]
        end

        # Folders, and the files ending in .json, .md or .markdown, under the word being typed (~ kept as typed).
        function __dlquiz_deck_files
            set -l token (commandline -ct)
            set -l home ''
            if string match -qr -- '^~(/|$)' $token
                set home $HOME
                set token (string sub -s 2 -- $token)
            end
            for path in $home$token*
                set -l shown $path
                test -n "$home"; and set shown '~'(string sub -s (math (string length -- $home) + 1) -- $path)
                if test -d $path
                    echo $shown/
                else if string match -qr -- '\.(json|md|markdown)$' $path
                    echo $shown
                end
            end
        end

        # Question ids or topics of the deck in use (--deck, else the bundled deck), asked of dlquiz itself.
        function __dlquiz_deck_values -a kind
            set -l tokens (commandline -opc)
            set -l arguments completions --values $kind
            set -l deck
            for index in (seq 2 (count $tokens))
                switch $tokens[$index]
                    case --deck
                        set -q tokens[(math $index + 1)]; and set deck $tokens[(math $index + 1)]
                    case '--deck=*'
                        set deck (string replace -- --deck= '' $tokens[$index])
                end
            end
            # The token as typed: a leading ~ is the home folder (commandline -opc leaves it).
            if test -n "$deck"; and test $kind != decks
                set -a arguments --deck (string replace -r -- '^~(?=/|$)' $HOME $deck)
            end
            command $tokens[1] $arguments 2>/dev/null
        end

        """#.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}

extension String {
    /// Without trailing spaces: `dlquiz ` becomes `dlquiz`.
    fileprivate var squeezed: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
