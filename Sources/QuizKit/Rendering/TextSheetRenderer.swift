/// A plain-text study sheet wrapped to a width: numbered questions, each with its model answer, key points as
/// `[ ]` boxes to tick, follow-ups and references.
///
/// Deck text is stripped of control characters and escape sequences, so the sheet is safe to print to a terminal.
package struct TextSheetRenderer: SheetRenderer {
    /// The width of a line in columns, counting wide (Japanese) characters as two.
    var width: Int

    /// Creates a renderer for a width in columns.
    package init(width: Int) {
        self.width = width
    }

    /// The sheet as wrapped plain text.
    package func render(_ sheet: StudySheet) -> String {
        var lines = titleLines(sheet)
        let numberWidth = String(sheet.questions.count).count
        for (offset, question) in sheet.questions.enumerated() {
            let number = String(offset + 1)
            let label = String(repeating: " ", count: numberWidth - number.count) + number + ". "
            lines.append("")
            lines += questionLines(question, label: label, in: sheet)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func titleLines(_ sheet: StudySheet) -> [String] {
        let title = wrap(sheet.title)
        let rule = String(repeating: "=", count: min(width, title.map { DisplayWidth.of($0) }.max() ?? 0))
        return title + [rule, sheet.summary]
    }

    /// The question after its right-aligned number (`label`), and the rest indented under the question's text.
    private func questionLines(_ question: Question, label: String, in sheet: StudySheet) -> [String] {
        let hanging = String(repeating: " ", count: label.count)
        var lines = wrap(sheet.text(question.question), first: label, rest: hanging)
        lines += wrap(sheet.metaLine(question), first: hanging, rest: hanging)
        guard sheet.showsAnswers else { return lines }
        if let oneMinuteAnswer = question.oneMinuteAnswer {
            lines += section(sheet.labels.oneMinuteAnswer, indent: hanging) {
                BlockLayout(width: width, indent: hanging).lines(
                    for: TerminalText.sanitized(sheet.text(oneMinuteAnswer)))
            }
        }
        lines += section(sheet.labels.modelAnswer, indent: hanging) {
            BlockLayout(width: width, indent: hanging).lines(for: TerminalText.sanitized(sheet.text(question.answer)))
        }
        if let details = question.details {
            lines += section(sheet.labels.details, indent: hanging) {
                BlockLayout(width: width, indent: hanging).lines(for: TerminalText.sanitized(sheet.text(details)))
            }
        }
        if !question.keyPoints.isEmpty {
            lines += section(sheet.labels.keyPoints, indent: hanging) {
                keyPointLines(question, in: sheet, indent: hanging)
            }
        }
        if !question.followUps.isEmpty {
            lines += section(sheet.labels.followUps, indent: hanging) {
                question.followUps.flatMap { followUp in
                    wrap(sheet.text(followUp.question), first: hanging + "- ", rest: hanging + "  ")
                        + BlockLayout(width: width, indent: hanging + "  ")
                        .lines(for: TerminalText.sanitized(sheet.text(followUp.answer)))
                }
            }
        }
        if !question.references.isEmpty {
            lines += section(sheet.labels.references, indent: hanging) {
                question.references.flatMap { wrap(sheet.text($0), first: hanging + "- ", rest: hanging + "  ") }
            }
        }
        return lines
    }

    private func keyPointLines(_ question: Question, in sheet: StudySheet, indent: String) -> [String] {
        let numberWidth = String(question.keyPoints.count).count
        return question.keyPoints.enumerated().flatMap { offset, point in
            let number = String(offset + 1)
            let label = indent + "[ ] " + String(repeating: " ", count: numberWidth - number.count) + number + ". "
            return wrap(sheet.text(point), first: label, rest: String(repeating: " ", count: label.count))
        }
    }

    /// An empty line, a heading, and the body.
    private func section(_ heading: String, indent: String, body: () -> [String]) -> [String] {
        ["", indent + heading] + body()
    }

    private func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        TextWrapper(width: width).wrap(TerminalText.sanitized(text), firstPrefix: first, restPrefix: rest)
    }
}
