import QuizKit

/// `dlquiz completions bash|zsh|fish`: a shell completion script written from the command declarations; and, for
/// those scripts, `dlquiz completions --values ids|topics [--deck FILE]`, the deck's ids or topics one per line.
struct CompletionsCommand: ParsableCommand {
    var shell: String?
    var values: CompletionKind.DeckValues?
    var common = CommonOptions()

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "completions",
            abstract: "Print a completion script for bash, zsh or fish.",
            discussion: """
                The script completes commands, options, the values of options with fixed choices, and the question \
                ids and topics of the deck in use. Install it once:

                - bash: dlquiz completions bash > ~/.local/share/bash-completion/completions/dlquiz
                - zsh: dlquiz completions zsh > ~/.zfunc/_dlquiz (with fpath=(~/.zfunc $fpath) before compinit in ~/.zshrc)
                - fish: dlquiz completions fish > ~/.config/fish/completions/dlquiz.fish
                """)
    }

    static var declarations: [Declaration<Self>] {
        [
            .argument("shell", \.shell, help: "bash, zsh or fish.")
                .completing(.values(CompletionShell.allCases.map(\.rawValue))),
            .option("values", \.values, valueName: "kind", help: "Print the deck's ids or topics, one per line.",
                    parse: .choice).hidden(),
            .group(\.common, "deck").hidden(),
            .group(\.common, "no-color"),
        ]
    }

    func validate() throws(UsageError) {
        if values != nil {
            if let shell { throw UsageError("Unexpected argument '\(shell)'") }
            return
        }
        guard let shell else { throw UsageError("Missing expected argument '<shell>'") }
        guard CompletionShell(rawValue: shell) != nil else {
            throw ArgumentParser.invalidValue(shell, for: "<shell>", choices: CompletionShell.allCases.map(\.rawValue))
        }
    }

    func run(_ context: CommandContext) throws -> Int32 {
        if let values {
            let deck = try common.loadDeck()
            let words = switch values {
            case .ids: deck.questions.map(\.id)
            case .topics: deck.topics
            }
            for word in words { context.output.line(word) }
            return 0
        }
        let shell = CompletionShell(rawValue: shell ?? "") ?? .bash  // validate() made sure of a shell
        context.output.write(shell.script(for: DLQuizCLI.completionRoot))
        return 0
    }
}
