import QuizKit

/// Shows a quiz session's events in the terminal.
struct QuizScreen {
    let presenter: QuestionPresenter
    let output: any TextSink
    let questions: [Question]
    let isTimed: Bool
    /// The previous session with this deck, for the comparison in the summary.
    let previousSession: SessionScore?
    /// Where answers are saved, as messages show it, or nil with `--no-save`.
    let progressPath: String?
    /// A line under the first question's instructions, such as where the countdown is shown.
    var countdownHint: String? = nil

    private var presentation: Presentation { presenter.presentation }
    private var strings: UIStrings { presenter.strings }
    private var style: TextStyle { presentation.style }

    private func line(_ text: String = "") { output.line(text) }

    /// Writes a message wrapped at the width, each line decorated (coloured) the same way.
    private func say(_ text: String, _ decorate: (String) -> String = { $0 }) {
        for wrapped in presentation.wrapped(text) { line(decorate(wrapped)) }
    }

    /// Writes what one event shows.
    func render(_ event: SessionEvent, session: QuizSession) {
        switch event {
        case .showQuestion(let index, let count):
            showQuestion(index, count: count, session: session)
        case .answerPrompt, .keyPointsPrompt, .gradePrompt:
            output.write(KernelColumns.aligned(style.bold("> ")))
        case .reveal(let index, let seconds, let limit):
            reveal(questions[index], seconds: seconds, limit: limit, typedAnything: !session.typedAnswer.isEmpty)
        case .invalidKeyPoints(_, let total):
            say(strings.invalidKeyPoints(total: total), style.yellow)
        case .proposal(_, let grade, let covered, let total, let isOverTime):
            line()
            say(strings.coverage(covered.count, of: total))
            say(strings.proposedGrade(grade, isOverTime: isOverTime), style.bold)
            say(strings.gradePrompt, style.dim)
        case .invalidGrade:
            say(strings.invalidGrade, style.yellow)
        case .graded(_, let grade):
            line(color(for: grade)(strings.graded(grade, isSaved: progressPath != nil)))
        case .record:
            break
        case .undone(let index):
            line()
            say(strings.undone(index + 1), style.yellow)
            for text in presenter.questionLines(questions[index], indent: "  ") { line(text) }
        case .nothingToUndo:
            say(strings.nothingToUndo, style.yellow)
        case .skipped:
            line(style.dim(strings.skipped))
        case .help(let phase):
            let text: String
            switch phase {
            case .answering: text = strings.answerHelp
            case .choosingPoints: text = strings.pointsHelp
            case .grading, .finished: text = strings.gradeHelp
            }
            for textLine in text.split(separator: "\n") { for wrapped in presentation.wrapped(String(textLine)) { line(style.dim(wrapped)) } }
        case .finished(let summary):
            showSummary(summary)
        }
    }

    private func showQuestion(_ index: Int, count: Int, session: QuizSession) {
        let question = questions[index]
        line()
        line(style.bold(strings.questionHeader(index + 1, of: count)) + "  " + progressBar(done: index, of: count))
        var extra: [String] = []
        if let limit = session.limit(for: index) { extra.append(strings.timeLimit(limit)) }
        line(style.dim(presenter.metaLine(question, extra: extra)))
        line()
        for text in presenter.questionLines(question) { line(text) }
        line()
        if index == 0 {
            say(strings.answerInstructions, style.dim)
            if let countdownHint { say(countdownHint, style.dim) }
        }
        say(strings.answerCommands, style.dim)
    }

    /// `[######--------------]`, ASCII so it lines up in every terminal and font.
    private func progressBar(done: Int, of count: Int) -> String {
        let width = 20
        let filled = count > 0 ? Int((Double(done) / Double(count) * Double(width)).rounded()) : 0
        return "[" + style.green(String(repeating: "#", count: filled)) + String(repeating: "-", count: width - filled) + "]"
    }

    private func reveal(_ question: Question, seconds: Int, limit: Int?, typedAnything: Bool) {
        line()
        line(presenter.heading(strings.modelAnswer))
        for text in presenter.answerLines(question) { line(text) }
        line()
        if limit != nil || typedAnything {
            let text = strings.timeTaken(seconds, limit: limit)
            line(limit.map { seconds > $0 } == true ? style.yellow(text) : style.dim(text))
            line()
        }
        line(presenter.heading(strings.keyPoints))
        for text in presenter.keyPointLines(question) { line(text) }
        line()
        say(strings.keyPointsPrompt)
    }

    private func showSummary(_ summary: SessionSummary) {
        line()
        line(presenter.heading(strings.summaryTitle))
        let results = summary.results
        if results.isEmpty {
            line("  " + strings.noGrades)
        }
        let idWidth = min(32, results.map { DisplayWidth.of($0.questionID) }.max() ?? 0)
        for result in results {
            let number = String(result.index + 1)
            var text = "  " + String(repeating: " ", count: max(0, 2 - number.count)) + number + ". "
            text += pad(TerminalText.sanitized(result.questionID), to: idWidth) + "  "
            if let grade = result.grade {
                let points = "\(result.covered.count)/\(result.total)"
                text += pad(points, to: 5) + " " + pad(strings.percent(result.coverage), to: 4, alignRight: true) + "  "
                text += color(for: grade)(strings.name(of: grade))
                if isTimed {
                    text += "  " + strings.clock(result.seconds)
                    if result.secondsOverLimit > 0 { text += style.yellow(" (+\(strings.clock(result.secondsOverLimit)))") }
                }
            } else {
                text += style.dim(strings.skippedMark)
            }
            line(text)
        }
        line()
        let graded = summary.graded.count
        if graded > 0 {
            line(style.bold(strings.sessionScore(summary.score, of: graded, fraction: summary.fraction)))
            if let previous = previousSession {
                let change = Int(((summary.fraction - previous.fraction) * 100).rounded())
                say(strings.previousSession(previous.score, of: previous.graded, fraction: previous.fraction, change: change))
            } else if progressPath != nil {
                say(strings.firstSession)
            }
        }
        if summary.endedEarly {
            say(strings.endedEarly(results.count, of: summary.questionCount), style.dim)
        }
        if let progressPath {
            if graded > 0 { say(strings.savedAnswers(graded, path: progressPath), style.dim) }
        } else {
            say(strings.notSaved, style.dim)
        }
    }

    private func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return alignRight ? padding + text : text + padding
    }

    private func color(for grade: Grade) -> (String) -> String {
        switch grade {
        case .again: style.red
        case .hard: style.yellow
        case .good, .easy: style.green
        }
    }
}
