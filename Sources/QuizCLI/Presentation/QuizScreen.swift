import QuizKit

/// The text of a quiz session's events, for the prompt loop to write.
struct QuizScreen {
    let presenter: QuestionPresenter
    let questions: [Question]
    let isTimed: Bool
    /// The previous session with this deck, for the comparison in the summary.
    let previousSession: SessionScore?
    /// Where answers are saved, or nil with `--no-save`.
    let progressPath: String?
    /// A line under the first question's instructions, such as where the countdown is shown.
    var countdownHint: String? = nil

    private var presentation: Presentation { presenter.presentation }
    var strings: UIStrings { presenter.strings }
    private var style: TextStyle { presentation.style }

    private func wrapped(_ text: String, indent: String = "", hangingIndent: String? = nil) -> [String] {
        presentation.wrapped(text, indent: indent, hangingIndent: hangingIndent)
    }

    /// A message wrapped at the width, each line decorated (coloured) the same way.
    private func say(_ text: String, _ decorate: (String) -> String = { $0 }) -> [String] {
        wrapped(text).map(decorate)
    }

    /// The text one event shows.
    func render(_ event: SessionEvent, session: QuizSession) -> String {
        var out = ScreenText()
        switch event {
        case .showQuestion(let index, let count):
            out.lines(questionCard(index, count: count, session: session))
        case .answerPrompt, .keyPointsPrompt, .gradePrompt:
            out.write(KernelColumns.aligned(style.bold("> ")))
        case .reveal(let index, let seconds, let limit):
            out.lines(reveal(questions[index], seconds: seconds, limit: limit, typedAnything: !session.typedAnswer.isEmpty))
        case .invalidKeyPoints(_, let total):
            out.lines(say(strings.invalidKeyPoints(total: total), style.yellow))
        case .proposal(_, let grade, let covered, let total, let isOverTime):
            out.line()
            out.lines(say(strings.coverage(covered.count, of: total)))
            out.lines(say(strings.proposedGrade(grade, isOverTime: isOverTime), style.bold))
            out.lines(say(strings.gradePrompt, style.dim))
        case .invalidGrade:
            let isFlashcard = questions[session.index].keyPoints.isEmpty
            out.lines(say(isFlashcard ? strings.invalidDirectGrade : strings.invalidGrade, style.yellow))
        case .graded(_, let grade):
            out.line(color(for: grade)(strings.graded(grade, isSaved: progressPath != nil)))
        case .record:
            break
        case .undone(let index):
            out.line()
            out.lines(say(strings.undone(index + 1), style.yellow))
            out.lines(presenter.questionLines(questions[index], indent: "  "))
            if questions[index].keyPoints.isEmpty { out.lines(say(strings.directGradePrompt, style.dim)) }
        case .nothingToUndo:
            out.lines(say(strings.nothingToUndo, style.yellow))
        case .skipped:
            out.line(style.dim(strings.skipped))
        case .help(let phase):
            let text: String
            switch phase {
            case .answering: text = strings.answerHelp
            case .choosingPoints: text = strings.pointsHelp
            case .grading, .finished: text = strings.gradeHelp
            }
            for textLine in text.split(separator: "\n") { out.lines(say(String(textLine), style.dim)) }
        case .finished(let summary):
            out.lines(summaryLines(summary))
        }
        return out.text
    }

    // MARK: Questions

    private func questionCard(_ index: Int, count: Int, session: QuizSession) -> [String] {
        let question = questions[index]
        var lines = ["", style.bold(strings.questionHeader(index + 1, of: count)) + "  " + progressBar(done: index, of: count)]
        var extra: [String] = []
        if let limit = session.limit(for: index) { extra.append(strings.timeLimit(limit)) }
        lines.append(style.dim(presenter.metaLine(question, extra: extra)))
        lines.append("")
        lines += presenter.questionLines(question)
        lines.append("")
        if index == 0 {
            lines += say(strings.answerInstructions, style.dim)
            if let countdownHint { lines += say(countdownHint, style.dim) }
        }
        return lines + say(strings.answerCommands, style.dim)
    }

    /// `[######--------------]`, ASCII so it lines up in every terminal and font.
    private func progressBar(done: Int, of count: Int) -> String {
        let width = 20
        let filled = count > 0 ? Int((Double(done) / Double(count) * Double(width)).rounded()) : 0
        return "[" + style.green(String(repeating: "#", count: filled)) + String(repeating: "-", count: width - filled) + "]"
    }

    private func reveal(_ question: Question, seconds: Int, limit: Int?, typedAnything: Bool) -> [String] {
        var lines = ["", presenter.heading(strings.modelAnswer)]
        lines += presenter.answerLines(question)
        lines.append("")
        if limit != nil || typedAnything {
            let text = strings.timeTaken(seconds, limit: limit)
            lines.append(limit.map { seconds > $0 } == true ? style.yellow(text) : style.dim(text))
            lines.append("")
        }
        if question.keyPoints.isEmpty { return lines + say(strings.directGradePrompt) }
        lines.append(presenter.heading(strings.keyPoints))
        lines += presenter.keyPointLines(question)
        lines.append("")
        return lines + say(strings.keyPointsPrompt)
    }

    // MARK: Summary

    private func summaryLines(_ summary: SessionSummary) -> [String] {
        var lines = ["", presenter.heading(strings.summaryTitle)]
        let results = summary.results
        if results.isEmpty {
            lines.append("  " + strings.noGrades)
        }
        let table = SummaryTable(ids: results.map(\.questionID), cutsLongIDs: false)
        lines += table.lines(results.map { result in
            SummaryTable.Row(number: result.index + 1, id: result.questionID, result: resultText(result))
        })
        lines.append("")
        let score = summary.score
        if score.count > 0 {
            lines.append(style.bold(strings.sessionScore(score.sum, of: score.count, fraction: score.fraction)))
            if let previous = previousSession?.score {
                let change = Int(((score.fraction - previous.fraction) * 100).rounded())
                lines += say(strings.previousSession(previous.sum, of: previous.count, fraction: previous.fraction, change: change))
            } else if progressPath != nil {
                lines += say(strings.firstSession)
            }
        }
        if summary.endedEarly {
            lines += say(strings.endedEarly(results.count, of: summary.questionCount), style.dim)
        }
        if let progressPath {
            if score.count > 0 {
                lines += say(strings.savedAnswers(score.count, path: progressPath), style.dim)
            }
        } else {
            lines += say(strings.notSaved, style.dim)
        }
        return lines
    }

    /// `3/4    75%  Good  1:05 (+0:05)`, or `skipped`.
    private func resultText(_ result: QuestionResult) -> String {
        guard let grade = result.grade else { return style.dim(strings.skippedMark) }
        var text = SummaryTable.coverage(result.tally, strings: strings) + "  " + color(for: grade)(strings.name(of: grade))
        if isTimed {
            text += "  " + strings.clock(result.seconds)
            if result.secondsOverLimit > 0 { text += style.yellow(" (+\(strings.clock(result.secondsOverLimit)))") }
        }
        return text
    }

    private func color(for grade: Grade) -> (String) -> String {
        switch grade {
        case .again: style.red
        case .hard: style.yellow
        case .good, .easy: style.green
        }
    }
}
