import QuizKit

/// An interviewer's pick as text: numbered questions, and with a rubric, the key points and follow-ups.
struct PickPrinter {
    let presenter: QuestionPresenter

    private var presentation: Presentation { presenter.presentation }
    private var style: TextStyle { presentation.style }
    private var strings: UIStrings { presenter.strings }

    /// The pick's lines, ending with the commands that pick the same set again and that ask it in an interview.
    func lines(
        _ questions: [Question], seed: UInt64, withRubric: Bool, commands: (again: String, interview: String)
    ) -> [String] {
        var lines: [String] = []
        func line(_ text: String = "") { lines.append(text) }
        line(presenter.heading(strings.pickTitle(count: questions.count)))
        for (offset, question) in questions.enumerated() {
            line()
            let label = "\(offset + 1). "
            let hanging = String(repeating: " ", count: label.count)
            for text in presentation.wrapped(
                question.question.text(in: presenter.language), indent: label, hangingIndent: hanging)
            {
                line(style.bold(text))
            }
            for text in presenter.metaLines(question, extra: [question.id], indent: hanging) { line(style.dim(text)) }
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
        lines += handOver(strings.pickAgain, commands.again)
        lines += handOver(strings.askInInterview, commands.interview)
        return lines
    }

    /// A label and a command to copy, on one line when it fits; else the command on lines of its own, broken
    /// between words with a shell continuation, so it copies whole.
    private func handOver(_ label: (String) -> String, _ command: String) -> [String] {
        let whole = label(command)
        if DisplayWidth.of(whole) <= presentation.width { return [style.dim(whole)] }
        return [style.dim(label("").trimmed())] + presentation.commandLines(command, indent: "  ").map(style.dim)
    }
}
