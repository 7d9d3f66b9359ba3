/// Reads a spreadsheet's CSV file (RFC 4180) of questions as a deck.
///
/// The first row names the columns, in any order and case (spaces, `-` and `_` ignored): `question` and `answer`
/// are required; `topic`, `key points` (one per line in the cell), `id`, `difficulty` (1 to 3) and `minutes` are
/// optional, and other columns are ignored, so `dlquiz export --format csv` output reads back. Fields are separated
/// by commas (or by semicolons or tabs, when the header row has those and no comma), quoted when they hold the
/// separator, a quote (doubled) or a line break; rows end with LF or CRLF.
///
/// Without an `id` column, ids are stable: a slug of the question and a short hash of it (`what-is-dropout-3fa2c1`),
/// so importing the file again after adding rows keeps every question's id and its progress. Without a topic the
/// topic is `general`; without a difficulty it is 2; without minutes, 2.
public struct CSVDeckImporter {
    /// The deck's id, kebab-case.
    public var deckID: String
    /// The deck's title; nil uses the id.
    public var title: String?
    /// The language the rows are written in.
    public var language: String

    /// Creates an importer.
    public init(deckID: String, title: String? = nil, language: String = "en") {
        self.deckID = deckID
        self.title = title
        self.language = language
    }

    /// The columns this importer reads, by normalized header name.
    enum Column: String, CaseIterable {
        case question, answer, topic, keypoints, id, difficulty, minutes
    }

    /// The deck in the file's bytes; `source` names the file in errors.
    ///
    /// - Throws: `QuizError.invalidDeck` listing every problem (a missing `question` or `answer` column, an empty
    ///   question or answer, a difficulty or minutes out of range, an id that is not kebab-case, an unclosed quote),
    ///   each with its line and column and the row and column name.
    public func deck(from bytes: [UInt8], source: String) throws(QuizError) -> Deck {
        try InputBytes.check(bytes, source: source)
        var builder = DeckImportBuilder(bytes: bytes)
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let headerLine = bytes[start...].prefix { $0 != UInt8(ascii: "\n") }
        let separator = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09].first { headerLine.contains($0) } ?? UInt8(ascii: ",")
        let (records, unclosedQuote) = DelimitedText(bytes: bytes, separator: separator, skipsComments: false)
            .records(from: start)
        var columns: [Column: Int] = [:]
        if let header = records.first {
            for (index, name) in header.fields.enumerated() {
                let key = name.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" }
                if let column = Column(rawValue: key), columns[column] == nil { columns[column] = index }
            }
            for required in [Column.question, .answer] where columns[required] == nil {
                builder.report(header.offsets.first, "header", .missingColumn(required.rawValue))
            }
        }
        if columns[.question] != nil && columns[.answer] != nil {
            for (index, record) in records.enumerated().dropFirst() {
                row(record, number: index, columns: columns, into: &builder)
            }
        }
        if let unclosedQuote { builder.report(unclosedQuote, "", .unclosedQuote) }
        return try builder.deck(id: deckID, title: title ?? deckID, language: language, source: source)
    }

    private func row(_ record: DelimitedText.Record, number: Int, columns: [Column: Int], into builder: inout DeckImportBuilder) {
        let path = "rows[\(number)]"
        func cell(_ column: Column) -> (text: String, offset: Int)? {
            guard let index = columns[column], index < record.fields.count else { return nil }
            let text = ImportedText.tidied(record.fields[index])
            return text.isEmpty ? nil : (text, record.offsets[index])
        }
        let rowOffset = record.offsets.first ?? 0
        let question = builder.checked(cell(.question)?.text ?? "", at: cell(.question)?.offset ?? rowOffset, path: path + ".question")
        let answer = builder.checked(cell(.answer)?.text ?? "", at: cell(.answer)?.offset ?? rowOffset, path: path + ".answer")
        var difficulty = 2
        if let (text, offset) = cell(.difficulty) {
            if let value = Int(text), DeckRules.rangeProblem(value, in: DeckRules.difficulties) == nil {
                difficulty = value
            } else {
                builder.report(offset, path + ".difficulty", Int(text).flatMap { DeckRules.rangeProblem($0, in: DeckRules.difficulties) } ?? .expectedWholeNumber(found: .text(echo(text))))
            }
        }
        var minutes = DeckImportBuilder.defaultMinutes
        if let (text, offset) = cell(.minutes) {
            if let value = Double(text), DeckRules.minutesProblem(value) == nil {
                minutes = value
            } else {
                builder.report(offset, path + ".minutes", Double(text).flatMap(DeckRules.minutesProblem) ?? .expectedMinutes(found: .text(echo(text))))
            }
        }
        var id: String?
        if let (text, offset) = cell(.id) {
            if let problem = DeckRules.identifierProblem(text) { builder.report(offset, path + ".id", problem) } else { id = text }
        }
        let keyPoints = (cell(.keypoints)?.text ?? "").split(separator: "\n").map { line in
            var point = Substring(line)
            if point.hasPrefix("- ") { point = point.dropFirst(2) }
            return LocalizedText(ImportedText.tidied(String(point)))
        }
        guard let question, let answer else { return }
        builder.add(Question(
            id: id ?? ImportedText.stableID(words: question, key: question),
            topic: cell(.topic).flatMap { ImportedText.kebab($0.text) } ?? "general", difficulty: difficulty,
            minutes: minutes, question: LocalizedText(question), answer: LocalizedText(answer), keyPoints: keyPoints))
    }
}
