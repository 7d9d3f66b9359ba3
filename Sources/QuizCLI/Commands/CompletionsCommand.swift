import QuizKit
import QuizStore

/// `dlquiz completions bash|zsh|fish`: a shell completion script written from the command declarations; and, for
/// those scripts, `dlquiz completions --values ids|topics [--deck FILE]`, the deck's ids or topics one per line, and
/// `--values decks`, the library's deck names.
struct CompletionsCommand: ParsableCommand {
    @Argument(help: "bash, zsh or fish.", ja: "bash、zsh、fish のいずれかです。")
    var shell: CompletionShell?

    @Option(
        valueName: "kind", help: "Print the deck's ids or topics, or the library's deck names, one per line.",
        ja: "デッキの id かトピック、またはライブラリのデッキ名を 1 行に 1 つずつ出力します。", visibility: .hidden)
    var values: CompletionKind.DeckValues?

    @OptionGroup(visibility: .hidden) var deck: DeckOptions
    @OptionGroup(adjusting: {
        $0.$lang.setHelp(
            "The language of the descriptions in the script: en or ja. Defaults to LC_ALL, LC_MESSAGES or LANG, else en.",
            ja: "スクリプト内の説明の言語（en または ja）です。省略すると LC_ALL、LC_MESSAGES、LANG の順に従い、どれもなければ en です。")
    })
    var language: LanguageOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "completions",
            abstract: "Print a completion script for bash, zsh or fish.",
            discussion: """
                The script completes commands, options, the values of options with fixed choices, and the question \
                ids and topics of the deck in use. Install it once, for bash, zsh (with fpath=(~/.zfunc $fpath) \
                before compinit in ~/.zshrc) or fish:

                $ dlquiz completions bash > ~/.local/share/bash-completion/completions/dlquiz
                $ dlquiz completions zsh > ~/.zfunc/_dlquiz
                $ dlquiz completions fish > ~/.config/fish/completions/dlquiz.fish
                """,
            japaneseAbstract: "bash、zsh、fish 用の補完スクリプトを出力します。",
            japaneseDiscussion: """
                コマンド、オプション、選択肢が決まっているオプションの値、使用中のデッキの質問 id とトピックを補完します。\
                bash、zsh（~/.zshrc で compinit より前に fpath=(~/.zfunc $fpath) を設定します）、fish のそれぞれで、\
                一度インストールすれば使えます（説明は実行したときの言語で書き出されます）:

                $ dlquiz completions bash > ~/.local/share/bash-completion/completions/dlquiz
                $ dlquiz completions zsh > ~/.zfunc/_dlquiz
                $ dlquiz completions fish > ~/.config/fish/completions/dlquiz.fish
                """)
    }

    func validate() throws(UsageError) {
        if values != nil {
            if let shell { throw UsageError(.unexpectedArgument(shell.rawValue)) }
            return
        }
        if shell == nil { throw UsageError(.missingArgument("<shell>", choices: [])) }
    }

    func run(_ context: CommandContext) throws -> Int32 {
        if let values {
            let words: [String]
            switch values {
            case .ids: words = try self.deck.load(context).questions.map(\.id)
            case .topics: words = try self.deck.load(context).topics
            case .decks:
                // What --deck takes besides a path: each library deck's file name without its extension, and its id.
                let library = DeckLibrary(environment: context.environment)
                var names: [String] = []
                for entry in library.entries() {
                    for name in [DeckLibrary.stem(entry.fileName), try? entry.deck.get().id] {
                        if let name, !names.contains(name) { names.append(name) }
                    }
                }
                words = names
            }
            for word in words { context.output.write(verbatim: word + "\n") }
            return 0
        }
        let shell = shell ?? .bash  // validate() made sure of a shell
        let language = Presentation(context, language: language, color: color).language
        context.output.write(verbatim: shell.script(for: DLQuizCLI.completionRoot.localized(to: language)))
        return 0
    }
}
