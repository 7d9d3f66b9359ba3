/// The deck as CSV (RFC 4180) in one language: a header row, then one row per question.
///
/// Columns: `id`, `topic`, `difficulty`, `minutes`, `question`, `answer` (in the answer markup), `details` (the
/// same markup; empty when the question has none), `keyPoints` (one per
/// line), `followUps` (each question, a line break and its answer; an empty line between them) and `references`
/// (one per line). Rows end with CRLF; a field with a comma, a quote or a line break is quoted, its quotes doubled.
public struct CSVExporter: DeckExporter {
    /// The language of the exported texts.
    public var language: String

    /// Creates an exporter.
    public init(language: String) {
        self.language = language
    }

    /// The names in the header row.
    public static let columns = [
        "id", "topic", "difficulty", "minutes", "question", "answer", "details", "keyPoints", "followUps",
        "references",
    ]

    /// The header row, then one row per question.
    public func export(_ deck: Deck) -> String {
        let rows = [Self.columns] + deck.questions.map(row)
        return rows.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    private func row(_ question: Question) -> [String] {
        [
            question.id, question.topic, String(question.difficulty), JSONValue.number(question.minutes),
            question.question.text(in: language), question.answer.text(in: language),
            question.details?.text(in: language) ?? "",
            question.keyPoints.map { $0.text(in: language) }.joined(separator: "\n"),
            question.followUps.map { $0.question.text(in: language) + "\n" + $0.answer.text(in: language) }
                .joined(separator: "\n\n"),
            question.references.map { $0.text(in: language) }.joined(separator: "\n"),
        ]
    }

    /// One field: as is when it needs no quoting, else in double quotes with each quote doubled.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
