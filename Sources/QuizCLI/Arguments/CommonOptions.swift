import QuizKit
import QuizStore

/// The options most commands share, spelled once: `--deck`, `--lang`, `--progress`, `--json`, `--no-color`.
/// A command composes in the ones it takes with `.group(\.common, "deck", "lang")`.
struct CommonOptions: ParsableOptions {
    var deck: String?
    var lang: String?
    var progress: String?
    var json = false
    var noColor = false
    var noPager = false

    static var declarations: [Declaration<Self>] {
        [
            .option("deck", \.deck, valueName: "file",
                    help: "Use your own deck (JSON, see the README) instead of the bundled one.",
                    ja: "同梱のデッキの代わりに、自分のデッキ（JSON、README を参照）を使います。", parse: .string)
                .completing(.file(extensions: ["json"])),
            .option("lang", \.lang, valueName: "lang",
                    help: "The language to show: en or ja. Defaults to LC_ALL, LC_MESSAGES or LANG, else en.",
                    ja: "表示する言語（en または ja）です。省略すると LC_ALL、LC_MESSAGES、LANG の順に従い、どれもなければ en です。",
                    parse: .string)
                .completing(.values(LanguageResolver.interfaceLanguages)),
            .option("progress", \.progress, valueName: "file",
                    help: "The progress file. Defaults to $DLQUIZ_PROGRESS, else $XDG_STATE_HOME/dlquiz/progress.jsonl, else ~/.local/state/dlquiz/progress.jsonl.",
                    ja: "記録ファイルです。省略すると $DLQUIZ_PROGRESS、次に $XDG_STATE_HOME/dlquiz/progress.jsonl、どちらもなければ ~/.local/state/dlquiz/progress.jsonl を使います。",
                    parse: .string)
                .completing(.file(extensions: ["jsonl"])),
            .flag("json", \.json, help: "Print only JSON to standard output (keys are listed in the README).",
                  ja: "標準出力に JSON だけを出力します（キーは README に載っています）。"),
            .flag("no-pager", \.noPager, help: "On a terminal, print long output directly instead of through $PAGER (less -FRX).",
                  ja: "端末でも、長い出力を $PAGER（less -FRX）を通さずにそのまま表示します。"),
            .flag("no-color", \.noColor, help: "Do not colour the output (NO_COLOR=1 does the same).",
                  ja: "出力に色を付けません（NO_COLOR=1 でも同じです）。"),
        ]
    }

    /// The deck named by `--deck` (a file, or a deck of the library: `DeckChoice`), else the bundled one.
    func loadDeck(_ context: CommandContext) throws -> Deck {
        try DeckChoice.load(deck, environment: context.environment)
    }

    /// The presentation settings for a deck's text: `--lang` must be one of the deck's languages.
    func presentation(_ context: CommandContext, deck: Deck) throws(QuizError) -> Presentation {
        try presentation(context, languages: deck.languages)
    }

    /// The presentation settings with the language chosen among `languages`.
    func presentation(_ context: CommandContext, languages: [String]) throws(QuizError) -> Presentation {
        let language = try LanguageResolver.resolve(flag: lang, available: languages, environment: context.environment)
        return Presentation(context: context, language: language, noColor: noColor)
    }
}

/// Which questions to consider and how to shuffle them: `--topic`, `--ids`, `--difficulty`, `--seed`.
struct SelectionOptions: ParsableOptions {
    var topics: [String] = []
    var ids: [String] = []
    var difficulties: [Int] = []
    var seed: UInt64?

    static var declarations: [Declaration<Self>] {
        [
            .repeated("topic", \.topics, valueName: "topic", help: "Only questions of this topic (repeatable).",
                      ja: "このトピックの質問だけにします（繰り返し指定できます）。", parse: .string)
                .completing(.deck(.topics)),
            .repeated("ids", \.ids, valueName: "ids", help: "Only these question ids, comma-separated (repeatable).",
                      ja: "これらの id の質問だけにします。カンマ区切りで、繰り返し指定できます。", parse: .string)
                .completing(.deck(.ids)),
            .repeated("difficulty", \.difficulties, valueName: "level",
                      help: "Only questions of this difficulty, 1 to 3 (repeatable).",
                      ja: "この難易度（1〜3）の質問だけにします（繰り返し指定できます）。", parse: .difficulty)
                .completing(.values(["1", "2", "3"])),
            .option("seed", \.seed, valueName: "seed",
                    help: "A number that fixes the random choice: the same seed gives the same questions.",
                    ja: "ランダムな選び方を固定する数です。同じシードなら同じ質問が選ばれます。", parse: .uint64),
        ]
    }

    /// With `--ids` the questions are given, not picked: picking options would be ignored, so they are refused
    /// (`pick` and `interview` alike).
    func validateIDsStandAlone(picking: PickingOptions) throws(UsageError) {
        guard !ids.isEmpty else { return }
        let conflicts = [
            ("balanced", picking.balanced), ("fresh", picking.fresh != nil), ("topic", !topics.isEmpty),
            ("difficulty", !difficulties.isEmpty), ("seed", seed != nil),
        ]
        if let (conflict, _) = conflicts.first(where: { $0.1 }) {
            throw UsageError(
                "'--ids' chooses the questions itself; leave out '--\(conflict)'",
                "'--ids' は質問をそのまま指定するため、'--\(conflict)' は外してください")
        }
    }

    /// The filter the options describe.
    var filter: QuestionFilter {
        QuestionFilter(topics: topics, ids: ids, difficulties: Set(difficulties))
    }
}
