/// What a shell offers for an option's value or a positional argument.
enum CompletionKind: Sendable, Hashable {
    /// One of these words.
    case values([String])
    /// A file path; with extensions, only files ending with one of them (folders are always offered).
    case file(extensions: [String])
    /// Question ids or topics of the deck in use (`--deck`, else the bundled one), asked of dlquiz itself with
    /// `dlquiz completions --values ids|topics [--deck FILE]`.
    case deck(DeckValues)
    /// What `--deck` takes: a deck file (`.json`, `.md`, `.markdown`, and folders), or the name of a library deck
    /// (`dlquiz completions --values decks`: the file names without their extension, and the ids).
    case deckChoice
    /// The names of dlquiz's commands, for `dlquiz help <command>`.
    case commands
    /// Any text, with nothing to offer: a declaration says so explicitly (a name, a date), so a test can require
    /// every value to say what completes it. The scripts never see it (the specs turn it into no completion).
    case freeText

    /// Values that come from a deck (`ids`, `topics`) or from the deck library (`decks`).
    enum DeckValues: String, Sendable, Hashable, CaseIterable {
        case ids, topics, decks
    }
}

/// The shells dlquiz writes a completion script for.
enum CompletionShell: String, CaseIterable, Sendable, ExpressibleByArgument {
    case bash, zsh, fish

    /// The script for the command tree under `root`.
    func script(for root: CommandSpec) -> String {
        let tree = CompletionTree(root: root)
        switch self {
        case .bash: return BashCompletionScript(tree: tree).text
        case .zsh: return ZshCompletionScript(tree: tree).text
        case .fish: return FishCompletionScript(tree: tree).text
        }
    }
}

// MARK: - The tree every script is written from

/// Every command reachable from the root, parents before children, with the options a shell should offer.
struct CompletionTree {
    /// One command: its spec and the options shown for it (`--help` and, on the root, `--version` included).
    struct Node {
        var spec: CommandSpec
        var options: [OptionSpec]

        /// The words after `dlquiz`, joined by spaces: `progress reset`, or empty for the root.
        var key: String { spec.path.joined(separator: " ") }
        /// Function-name friendly: `progress_reset`, or `root`.
        var identifier: String {
            spec.path.isEmpty ? "root" : spec.path.joined(separator: "_").replacingDashes()
        }
        /// Options that take a value.
        var valued: [OptionSpec] { options.filter(\.takesValue) }
        /// `-n` and `--count` for an option.
        static func spellings(of option: OptionSpec) -> [String] {
            (option.short.map { ["-\($0)"] } ?? []) + ["--" + option.name]
        }
    }

    /// The root first, then every command depth-first, in declaration order.
    var nodes: [Node]
    /// The names of the top-level commands.
    var commandNames: [String]

    init(root: CommandSpec) {
        var nodes: [Node] = []
        func visit(_ spec: CommandSpec) {
            var options = spec.allOptions
            if spec.path.isEmpty {
                options.insert(.flag("version", help: .versionFlag).localized(to: spec.language), at: options.count - 1)
            }
            nodes.append(Node(spec: spec, options: options))
            spec.subcommands.forEach(visit)
        }
        visit(root)
        self.nodes = nodes
        commandNames = root.subcommands.map(\.name)
    }
}

// MARK: - Quoting

extension String {
    /// The text inside single quotes for a POSIX shell, fish or zsh: `it's` becomes `it'\''s`.
    var singleQuoted: String {
        "'" + replacing("'", with: #"'\''"#) + "'"
    }

    /// The text inside single quotes for fish, which escapes a quote and a backslash with a backslash.
    var fishQuoted: String {
        "'" + replacing(#"\"#, with: #"\\"#).replacing("'", with: #"\'"#) + "'"
    }

    fileprivate func replacingDashes() -> String {
        String(map { $0 == "-" ? "_" : $0 })
    }
}
