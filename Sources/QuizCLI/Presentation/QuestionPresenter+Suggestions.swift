import QuizKit

/// The key points offered for a typed answer, as the quiz's and the interview's tick prompts show them: each point
/// marked `+` when the answer appears to cover it (`-` when it appears to state its opposite), with the phrase of the
/// answer that says so under it, escaped and cut to the width.
extension QuestionPresenter {
    /// The numbered key points with the marks of `suggestion` and their evidence; points in `ticked` are green.
    func suggestedKeyPointLines(
        _ question: Question, suggestion: TickSuggestion, ticked: KeyPointSet = KeyPointSet(),
        indent: String = "  "
    ) -> [String] {
        let style = presentation.style
        let numberWidth = String(question.keyPoints.count).count
        var lines: [String] = []
        for (offset, point) in question.keyPoints.enumerated() {
            let number = offset + 1
            let isSuggested = suggestion.suggested.contains(number)
            let isContradicted = suggestion.isContradicted(number)
            let mark = isSuggested ? "+ " : isContradicted ? "- " : "  "
            let label =
                String(repeating: " ", count: numberWidth - String(number).count) + String(number) + ". "
            let first = indent + mark + label
            let hanging = String(repeating: " ", count: DisplayWidth.of(first))
            var pointLines = presentation.wrapped(
                point.text(in: language), indent: first, hangingIndent: hanging)
            if ticked.contains(number) {
                pointLines = pointLines.map(style.green)
            } else if isSuggested || isContradicted, !pointLines.isEmpty {
                // Colour the mark alone, so the point's own text reads as the other points' does.
                let text = pointLines[0]
                let markStart = text.index(text.startIndex, offsetBy: indent.count)
                let markEnd = text.index(markStart, offsetBy: 1)
                let colour = isSuggested ? style.green : style.yellow
                pointLines[0] =
                    String(text[..<markStart]) + colour(String(text[markStart..<markEnd]))
                    + String(text[markEnd...])
            }
            lines += pointLines
            if isSuggested || isContradicted, let evidence = suggestion.evidence(of: number) {
                let prefix = isContradicted ? strings.contradictedBy : ""
                lines += evidenceLines(evidence, prefix: prefix, indent: hanging).map(style.dim)
            }
        }
        return lines
    }

    /// The most lines a phrase of evidence takes: enough for a sentence at 40 columns, little at 100.
    static let evidenceLineLimit = 3

    /// `"the phrase of the answer"` (「…」 in Japanese) wrapped at the width under `indent`, on at most
    /// `evidenceLineLimit` lines: spaces and line breaks run together, unsafe characters escaped as everywhere else,
    /// a longer phrase cut with `…`.
    func evidenceLines(_ evidence: Substring, prefix: String = "", indent: String) -> [String] {
        let (open, close) = strings.quotes
        let width = presentation.width - DisplayWidth.of(indent)
        let room = max(8, width * Self.evidenceLineLimit - DisplayWidth.of(prefix + open + close))
        var collapsed = ""
        var pendingSpace = false
        // A phrase is a sentence or two; a few times the room is all that can ever show.
        for character in evidence.prefix(room * 2) {
            if character.isWhitespace {
                pendingSpace = !collapsed.isEmpty
                continue
            }
            if pendingSpace { collapsed.append(" ") }
            pendingSpace = false
            collapsed.append(character)
        }
        let escaped = UntrustedText.echoed(collapsed, limit: room * 2)
        let quoted = prefix + open + escaped + close
        var lines = presentation.wrapped(quoted, indent: indent, hangingIndent: indent + " ")
        if lines.count > Self.evidenceLineLimit || evidence.count > room * 2 {
            // Cut on the last line shown, which then ends in … and the closing quote.
            lines = Array(lines.prefix(Self.evidenceLineLimit))
            var last = lines[lines.count - 1]
            if last.hasSuffix(close) { last.removeLast(close.count) }
            let lastRoom = presentation.width - DisplayWidth.of(close)
            last = DisplayWidth.of(last) + 1 > lastRoom ? ColumnTable.truncated(last, to: lastRoom) : last + "…"
            lines[lines.count - 1] = last + close
        }
        return lines
    }
}
