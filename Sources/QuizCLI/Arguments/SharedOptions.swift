import QuizKit
import QuizStore

// The options many commands share, each in a small typed group that a command composes in with `@OptionGroup`
// (`@OptionGroup var deck: DeckOptions`), so a shared option is declared once and never picked by a name.

/// `--deck`: the deck to use.
struct DeckOptions: ParsableArguments, Sendable {
    @Option(
        valueName: "file",
        help:
            "The deck to use instead of the bundled one: a JSON or Markdown deck file, or the id or file name of a deck in your library ('dlquiz decks').",
        ja: "同梱のデッキの代わりに使うデッキです: JSON か Markdown のデッキファイル、またはライブラリのデッキの id かファイル名（'dlquiz decks'）を指定します。",
        completion: .deckChoice, parse: .nonEmpty)
    var deck: String?

    /// The deck named by `--deck` (a file, or a deck of the library: `DeckChoice`), else the bundled one.
    func load(_ context: CommandContext) throws -> Deck {
        try DeckChoice.load(deck, environment: context.environment)
    }

    /// The deck file `--deck` names, if any: an input a command that writes a file must never write onto.
    func inputPaths(_ context: CommandContext) -> [String] {
        DeckChoice.paths(deck, environment: context.environment)
    }
}

/// `--lang`: the language to show.
struct LanguageOptions: ParsableArguments, Sendable {
    @Option(
        valueName: "lang",
        help: "The language to show: en or ja. Defaults to LC_ALL, LC_MESSAGES or LANG, else en.",
        ja: "表示する言語（en または ja）です。省略すると LC_ALL、LC_MESSAGES、LANG の順に従い、どれもなければ en です。")
    var lang: InterfaceLanguage?
}

/// What both `--progress` groups do with the path they were given.
protocol ProgressFileOptions {
    /// `--progress` as typed.
    var progress: String? { get }
}

extension ProgressFileOptions {
    /// The progress file's path: `--progress`, else `$DLQUIZ_PROGRESS`, else the XDG state folder; `--progress -`
    /// is standard input (`/dev/stdin`), which only commands that read the file accept.
    func path(_ context: CommandContext) -> String {
        progress == "-" ? ProgressOptions.standardInput : context.progressPath(progress)
    }

    /// For a command that writes the progress file, or reads answers from standard input: `--progress -` refused.
    func refuseStandardInput() throws(UsageError) {
        if progress == "-" { throw UsageError(.progressFromStandardInput) }
    }
}

/// `--progress` of a command that only reads the progress file (`-` reads it from standard input).
struct ProgressOptions: ParsableArguments, ProgressFileOptions, Sendable {
    @Option(
        valueName: "file",
        help:
            "The progress file to read (- reads it from standard input). Defaults to $DLQUIZ_PROGRESS, else $XDG_STATE_HOME/dlquiz/progress.jsonl, else ~/.local/state/dlquiz/progress.jsonl.",
        ja:
            "読む記録ファイルです（- で標準入力から読みます）。省略すると $DLQUIZ_PROGRESS、次に $XDG_STATE_HOME/dlquiz/progress.jsonl、どちらもなければ ~/.local/state/dlquiz/progress.jsonl を使います。",
        completion: .file(extensions: ["jsonl"]), parse: .nonEmpty)
    var progress: String?

    /// The path `--progress -` reads.
    static let standardInput = "/dev/stdin"
}

/// `--progress` of a command that writes the progress file (`quiz`, `progress reset`, `progress restore`): a file,
/// never standard input.
struct WrittenProgressOptions: ParsableArguments, ProgressFileOptions, Sendable {
    @Option(
        valueName: "file",
        help:
            "The progress file to write. Defaults to $DLQUIZ_PROGRESS, else $XDG_STATE_HOME/dlquiz/progress.jsonl, else ~/.local/state/dlquiz/progress.jsonl.",
        ja:
            "書き込む記録ファイルです。省略すると $DLQUIZ_PROGRESS、次に $XDG_STATE_HOME/dlquiz/progress.jsonl、どちらもなければ ~/.local/state/dlquiz/progress.jsonl を使います。",
        completion: .file(extensions: ["jsonl"]), parse: .nonEmpty)
    var progress: String?
}

/// `--json`: only JSON on standard output.
struct JSONOptions: ParsableArguments, Sendable {
    @Flag(
        help: "Print only JSON to standard output; the manual page lists its keys (dlquiz help --man).",
        ja: "標準出力に JSON だけを出力します。キーの一覧はマニュアルページ（dlquiz help --man）にあります。")
    var json = false
}

/// `--no-color`.
struct ColorOptions: ParsableArguments, Sendable {
    @Flag(help: "Do not colour the output (NO_COLOR=1 does the same).", ja: "出力に色を付けません（NO_COLOR=1 でも同じです）。")
    var noColor = false
}

/// `--no-pager`.
struct PagerOptions: ParsableArguments, Sendable {
    @Flag(
        help: "On a terminal, print long output directly instead of through $PAGER (less -FRX).",
        ja: "端末でも、長い出力を $PAGER（less -FRX）を通さずにそのまま表示します。")
    var noPager = false
}

// MARK: - Presentation

extension Presentation {
    /// The settings for a command that shows no deck text.
    init(_ context: CommandContext, language: LanguageOptions, color: ColorOptions) {
        let interface = LanguageResolver.interfaceLanguage(flag: language.lang, environment: context.environment)
        self.init(context: context, language: interface.rawValue, noColor: color.noColor)
    }

    /// The settings for showing `deck`: its texts in the interface language when it has it, else in its own, with
    /// a note on standard error, in the interface language, that says so.
    init(_ context: CommandContext, language: LanguageOptions, color: ColorOptions, deck: Deck) {
        let interface = LanguageResolver.interfaceLanguage(flag: language.lang, environment: context.environment)
        let deckLanguage = LanguageResolver.deckLanguage(interface: interface, deckLanguages: deck.languages)
        self.init(context: context, language: interface.rawValue, deckLanguage: deckLanguage, noColor: color.noColor)
        if deckLanguage != interface.rawValue {
            context.errorOutput.line(strings.deckLanguageNote(interface: interface.rawValue, shown: deckLanguage))
        }
    }
}
