/// The deck as CSV (RFC 4180) in one language: a header row, then one row per question.
///
/// Columns: `id`, `topic`, `difficulty`, `minutes`, `question`, `oneMinuteAnswer` (in the answer markup; empty when
/// the question has none), `answer` (in the answer markup), `details` (the
/// same markup; empty when the question has none), `keyPoints` (one per
/// line; each after one more `- ` when all of them start with `- `), `followUps` (`FollowUpCell`: `Q: question`,
/// `A: answer` with its further lines indented by three blanks, `Probes: 1, 3`; an empty line between follow-ups) and
/// `references` (as the key points), then `keyPointCues` (the matcher's cues in this language, one `N cue` line each,
/// `N` the key point's number, as in a Markdown deck's `### Cues`). `CSVDeckImporter` reads every
/// column back. Rows end with CRLF; a field with a comma, a quote or a line break is quoted, its quotes doubled.
///
/// Made to open as it is in Excel and LibreOffice, Japanese included, and to run nothing there:
/// - the file starts with a UTF-8 byte-order mark, which is how Excel recognises UTF-8;
/// - a cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return, which a spreadsheet would read
///   as a formula, gets a leading `'` and quotes (OWASP, "CSV Injection"), so `=HYPERLINK(…)` shows as text (also
///   after leading `'`s, so `CSVDeckImporter`, which removes the guard, reads back `'=x` exactly);
/// - control characters other than tab and line breaks (ESC, BEL, backspace…), C1 controls and bidirectional
///   overrides, which CSV cannot escape and which would reach a terminal or reorder a cell's text, are shown in
///   escape notation (`\u{1B}`, `\u{202E}`), as `TerminalText` shows them.
/// For the exact text of every field, use the JSON export.
package struct CSVExporter: DeckExporter {
    /// The language of the exported texts.
    package var language: String

    /// Creates an exporter.
    package init(language: String) {
        self.language = language
    }

    /// The names in the header row.
    static let columns = [
        "id", "topic", "difficulty", "minutes", "question", "oneMinuteAnswer", "answer", "details", "keyPoints",
        "followUps", "references", "keyPointCues",
    ]

    /// The header row, then one row per question.
    package func export(_ deck: Deck) -> String {
        let rows = [Self.columns] + deck.questions.map(row)
        return "\u{FEFF}" + rows.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    private func row(_ question: Question) -> [String] {
        [
            question.id, question.topic, String(question.difficulty), JSONValue.number(question.minutes),
            question.question.text(in: language), question.oneMinuteAnswer?.text(in: language) ?? "",
            question.answer.text(in: language),
            question.details?.text(in: language) ?? "",
            Self.lines(question.keyPoints.map { $0.text(in: language) }),
            FollowUpCell.text(question.followUps, language: language),
            Self.lines(question.references.map { $0.text(in: language) }),
            Self.cueLines(question, language: language),
        ]
    }

    /// The question's cues in `language`, one `N cue` line each, in key-point order.
    static func cueLines(_ question: Question, language: String) -> String {
        question.keyPoints.indices.flatMap { point in
            question.cues(forPoint: point).lines(in: language).map { "\(point + 1) \($0)" }
        }.joined(separator: "\n")
    }

    /// Items one per line. When every item starts with `- `, each gets one more, since the importer reads a cell
    /// whose lines all start with `- ` as a bulleted list.
    static func lines(_ items: [String]) -> String {
        let bulleted = !items.isEmpty && items.allSatisfy { $0.hasPrefix("- ") }
        return items.map { bulleted ? "- " + $0 : $0 }.joined(separator: "\n")
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
        // After any `'`s (so that the importer, which removes one `'`, gives back a text that starts with them).
        if let first = text.unicodeScalars.drop(while: { $0 == "'" }).first, formulaStarts.contains(first) {
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
