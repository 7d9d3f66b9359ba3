/// The deck as CSV (RFC 4180) in one language: a header row, then one row per question.
///
/// Columns: `id`, `topic`, `difficulty`, `minutes`, `question`, `oneMinuteAnswer` (in the answer markup; empty when
/// the question has none), `answer` (in the answer markup), `details` (the
/// same markup; empty when the question has none), `keyPoints` (one per
/// line), `followUps` (each question, a line break and its answer; an empty line between them) and `references`
/// (one per line). Rows end with CRLF; a field with a comma, a quote or a line break is quoted, its quotes doubled.
///
/// Made to open as it is in Excel and LibreOffice, Japanese included, and to run nothing there:
/// - the file starts with a UTF-8 byte-order mark, which is how Excel recognises UTF-8;
/// - a cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return, which a spreadsheet would read
///   as a formula, gets a leading `'` and quotes (OWASP, "CSV Injection"), so `=HYPERLINK(…)` shows as text;
/// - control characters other than tab and line breaks (ESC, BEL, backspace…), which CSV cannot escape, are
///   dropped.
/// For the exact text of every field, use the JSON export.
public struct CSVExporter: DeckExporter {
    /// The language of the exported texts.
    public var language: String

    /// Creates an exporter.
    public init(language: String) {
        self.language = language
    }

    /// The names in the header row.
    static let columns = [
        "id", "topic", "difficulty", "minutes", "question", "oneMinuteAnswer", "answer", "details", "keyPoints",
        "followUps", "references",
    ]

    /// The header row, then one row per question.
    public func export(_ deck: Deck) -> String {
        let rows = [Self.columns] + deck.questions.map(row)
        return "\u{FEFF}" + rows.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    private func row(_ question: Question) -> [String] {
        [
            question.id, question.topic, String(question.difficulty), JSONValue.number(question.minutes),
            question.question.text(in: language), question.oneMinuteAnswer?.text(in: language) ?? "",
            question.answer.text(in: language),
            question.details?.text(in: language) ?? "",
            question.keyPoints.map { $0.text(in: language) }.joined(separator: "\n"),
            question.followUps.map { $0.question.text(in: language) + "\n" + $0.answer.text(in: language) }
                .joined(separator: "\n\n"),
            question.references.map { $0.text(in: language) }.joined(separator: "\n"),
        ]
    }

    /// One field: as is when it needs no quoting, else in double quotes with each quote doubled; a field a
    /// spreadsheet would run as a formula is neutralised with a leading `'`, and forbidden controls are dropped.
    static func field(_ raw: String) -> String {
        var text = String(String.UnicodeScalarView(raw.unicodeScalars.filter(isAllowed)))
        var needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        if let first = text.unicodeScalars.first, formulaStarts.contains(first) {
            text = "'" + text
            needsQuotes = true
        }
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    /// The first characters that make a spreadsheet read a cell as a formula (OWASP's list).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether a character may stand in a CSV cell: not a control other than tab, line feed and carriage return.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x09 || value == 0x0A || value == 0x0D { return true }
        return !(value < 0x20 || (0x7F...0x9F).contains(value))
    }
}
