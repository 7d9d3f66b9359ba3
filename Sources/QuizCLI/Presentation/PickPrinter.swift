import QuizKit

/// An interviewer's pick as text: numbered questions, and with a rubric, the key points and follow-ups.
struct PickPrinter {
    let presenter: QuestionPresenter

    private var presentation: Presentation { presenter.presentation }
    private var style: TextStyle { presentation.style }
    private var strings: UIStrings { presenter.strings }

    /// The pick's lines, ending with the command that picks the same set again.
    func lines(_ questions: [Question], seed: UInt64, withRubric: Bool, repeatCommand: String) -> [String] {
        var lines: [String] = []
        func line(_ text: String = "") { lines.append(text) }
        line(presenter.heading(strings.pickTitle(count: questions.count)))
        for (offset, question) in questions.enumerated() {
            line()
            let label = "\(offset + 1). "
            let hanging = String(repeating: " ", count: label.count)
            for text in presentation.wrapped(question.question.text(in: presenter.language), indent: label, hangingIndent: hanging) {
                line(style.bold(text))
            }
            line(style.dim(hanging + presenter.metaLine(question, extra: [question.id])))
            guard withRubric else { continue }
            line()
            if !question.keyPoints.isEmpty {  // a question without key points has no checklist
                line(hanging + style.bold(strings.listenFor))
                for text in presenter.keyPointLines(question, indent: hanging + "  ", withBoxes: true) { line(text) }
            }
            if !question.followUps.isEmpty {
                line(hanging + style.bold(strings.followUps))
                for text in presenter.followUpLines(question, indent: hanging + "  ") { line(text) }
            }
        }
        line()
        line(style.dim(strings.pickAgain(repeatCommand)))
        return lines
    }
}
