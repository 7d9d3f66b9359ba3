import QuizKit

/// `dlquiz export`: the whole deck for another program, as an Anki import file, CSV or the deck's own JSON.
struct ExportCommand: ParsableCommand {
    @Option(
        help: "anki, csv or json; required unless --output's extension names it (.txt for anki, .csv, .json).",
        ja: "anki、csv、json のいずれかです。--output の拡張子（anki は .txt、.csv、.json）で決まるとき以外は必須です。",
        required: .unless(\ExportCommand.outputNamesFormat))
    var format: Format?

    @Option(
        name: .shortAndLong, valueName: "file",
        help: "Write to this file (an existing one only with --force) instead of standard output.",
        ja: "標準出力の代わりにこのファイルへ書き出します（既存のファイルは --force を付けたときだけ置き換えます）。", completion: .file(extensions: []))
    var output: String?

    @OptionGroup var replacing: ReplaceOptions
    @OptionGroup(adjusting: {
        $0.$lang.setHelp(
            "The language of an Anki or CSV export: en or ja. Defaults to LC_ALL, LC_MESSAGES or LANG, else en.",
            ja: "Anki または CSV の書き出しの言語（en または ja）です。省略すると LC_ALL、LC_MESSAGES、LANG の順に従い、どれもなければ en です。")
    })
    var language: LanguageOptions
    @OptionGroup var deck: DeckOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "export",
            abstract: "Export the deck for another program: an Anki import file, CSV, or the deck's own JSON.",
            discussion: """
                - anki: a text file for Anki 2.1.54 or later (File > Import): one Basic note per question, the \
                question on the front, the model answer and the key points on the back, tagged with the topic and the \
                difficulty. Importing a newer export updates the notes instead of adding copies.
                - csv: RFC 4180, with a header row: id, topic, difficulty, minutes, question, answer, keyPoints, \
                followUps, references.
                - json: the deck in its own format, every language included; it loads back with --deck.
                """,
            japaneseAbstract: "デッキをほかのプログラム向けに書き出します: Anki の取り込み用ファイル、CSV、デッキ自身の JSON。",
            japaneseDiscussion: """
                - anki: Anki 2.1.54 以降向けのテキストファイルです（ファイル > 読み込む）。質問 1 問につき Basic ノートを \
                1 つ作り、表面に質問、裏面に模範解答とポイントを載せ、トピックと難易度をタグにします。新しい書き出しを\
                読み込むと、複製を増やさずにノートを更新します。
                - csv: RFC 4180 形式で、見出し行があります: id, topic, difficulty, minutes, question, answer, keyPoints, \
                followUps, references。
                - json: デッキ自身の形式で、すべての言語を含みます。--deck でそのまま読み込めます。
                """)
    }

    /// Whether `--output`'s extension names a format, so `--format` may be left out.
    var outputNamesFormat: Bool { Format(fileName: output) != nil }

    /// `--format`, else the one `--output`'s extension names; the parser made sure of one of them.
    var resolvedFormat: Format {
        format ?? Format(fileName: output) ?? .json
    }

    func validate() throws(UsageError) {
        if resolvedFormat == .json, language.lang != nil {
            throw UsageError(.languageWithJSONExport)
        }
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let deck = try self.deck.load(context)
        let presentation = Presentation(context, language: language, color: color, deck: deck)
        let exporter = resolvedFormat.exporter(language: presentation.deckLanguage)
        try context.deliverDocument(
            to: DocumentDestination(option: output), questions: deck.questions.count, strings: presentation.strings,
            inputs: self.deck.inputPaths(context), replacing: replacing
        ) { exporter.export(deck) }
        return 0
    }
}

extension ExportCommand {
    /// The formats, each with its exporter.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case anki, csv, json

        /// The format a file name asks for: `.txt` (Anki's import files), `.csv` or `.json`.
        init?(fileName: String?) {
            switch DocumentDestination.fileExtension(fileName) {
            case "txt": self = .anki
            case "csv": self = .csv
            case "json": self = .json
            default: return nil
            }
        }

        /// The exporter for texts in `language` (the JSON export keeps every language).
        func exporter(language: String) -> any DeckExporter {
            switch self {
            case .anki:
                AnkiExporter(
                    language: language, keyPointsHeading: UIStrings(language: language).keyPoints,
                    detailsHeading: UIStrings(language: language).details,
                    oneMinuteAnswerHeading: UIStrings(language: language).oneMinuteAnswer,
                    modelAnswerHeading: UIStrings(language: language).modelAnswer)
            case .csv: CSVExporter(language: language)
            case .json: DeckJSONExporter()
            }
        }
    }
}
