/// The deck as CSV (RFC 4180) in one language: a header row, then one row per question.
///
/// Columns: `id`, `topic`, `difficulty`, `minutes`, `question`, `answer` (in the answer markup), `details` (the
/// same markup; empty when the question has none), `keyPoints` (one per
/// line), `followUps` (each question, a line break and its answer; an empty line between them) and `references`
/// (one per line). Rows end with CRLF; a field with a comma, a quote or a line break is quoted, its quotes doubled.
///
/// Made to open as it is in Excel and LibreOffice, Japanese included, and to run nothing there:
/// - the file starts with a UTF-8 byte-order mark, which is how Excel recognises UTF-8;
/// - a cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return, which a spreadsheet would read
///   as a formula, gets a leading `'` and quotes (OWASP, "CSV Injection"), so `=HYPERLINK(…)` shows as text;
/// - control characters other than tab and line breaks (ESC, BEL, backspace…), C1 controls and bidirectional
///   overrides, which CSV cannot escape and which would reach a terminal or reorder a cell's text, are shown in
///   escape notation (`\u{1B}`, `\u{202E}`), as `TerminalText` shows them.
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
        "id", "topic", "difficulty", "minutes", "question", "answer", "details", "keyPoints", "followUps",
        "references",
    ]

    /// The header row, then one row per question.
    public func export(_ deck: Deck) -> String {
        let rows = [Self.columns] + deck.questions.map(row)
        return "\u{FEFF}" + rows.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
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

    /// One field: as is when it needs no quoting, else in double quotes with each quote doubled; a field a
    /// spreadsheet would run as a formula is neutralised with a leading `'`, and controls are shown, not kept.
    static func field(_ raw: String) -> String {
        var text = raw
        if raw.unicodeScalars.contains(where: { !isAllowed($0) }) {
            var shown = String.UnicodeScalarView()
            for scalar in raw.unicodeScalars {
                if isAllowed(scalar) {
                    shown.append(scalar)
                } else {
                    shown.append(contentsOf: TerminalText.notation(scalar).unicodeScalars)
                }
            }
            text = String(shown)
        }
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

    /// Whether a character may stand in a CSV cell as it is: anything `TerminalText` calls safe, and the tab, line
    /// feed and carriage return, which quoting keeps inside the cell.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\n" || scalar == "\r" || !TerminalText.isUnsafe(scalar)
    }
}
