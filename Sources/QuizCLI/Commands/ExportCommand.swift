import QuizKit

/// `dlquiz export`: the whole deck for another program, as an Anki import file, CSV or the deck's own JSON.
enum ExportCommand: CommandRunner {
    /// The formats, each with its exporter.
    enum Format: String, CaseIterable {
        case anki, csv, json

        /// The exporter for texts in `language` (the JSON export keeps every language).
        func exporter(language: String) -> any DeckExporter {
            switch self {
            case .anki: AnkiExporter(
                language: language, keyPointsHeading: UIStrings(language: language).keyPoints,
                detailsHeading: UIStrings(language: language).details)
            case .csv: CSVExporter(language: language)
            case .json: DeckJSONExporter()
            }
        }
    }

    static let spec = CommandSpec(
        path: ["export"],
        abstract: "Export the deck for another program: an Anki import file, CSV, or the deck's own JSON.",
        discussion: """
            - anki: a text file for Anki 2.1.54 or later (File > Import): one Basic note per question, the \
            question on the front, the model answer and the key points on the back, tagged with the topic and the \
            difficulty. Importing a newer export updates the notes instead of adding copies.
            - csv: RFC 4180, with a header row: id, topic, difficulty, minutes, question, answer, keyPoints, \
            followUps, references.
            - json: the deck in its own format, every language included; it loads back with --deck.
            """,
        options: [
            .value("format", valueName: "format", help: "anki, csv or json (required).",
                   choices: Format.allCases.map(\.rawValue)),
            .value("output", short: "o", valueName: "file",
                   help: "Write to this file (replaced atomically) instead of standard output."),
            .value("lang", valueName: "lang",
                   help: "The language of an Anki or CSV export: en or ja. Defaults to LC_ALL, LC_MESSAGES or LANG, else en."),
            CommonOptions.deck,
        ])

    static func run(_ invocation: Invocation) throws -> Int32 {
        let arguments = invocation.arguments
        try arguments.requirePositionals(0...0)
        guard let format = try arguments.choice("format").flatMap(Format.init(rawValue:)) else {
            throw UsageError("Missing '--format <format>': choose anki, csv or json.", command: spec)
        }
        if format == .json, arguments.value("lang") != nil {
            throw UsageError("The option '--lang <lang>' does not apply to --format json, which keeps every language.", command: spec)
        }
        let deck = try invocation.deck()
        let language = try invocation.language(for: deck)
        let exporter = format.exporter(language: language)
        try invocation.deliverDocument(questions: deck.questions.count, language: language) { exporter.export(deck) }
        return 0
    }
}
