import QuizKit

/// Shows an interview session's events in the terminal, for the person asking.
struct InterviewScreen {
    let presenter: QuestionPresenter
    let output: any TextSink
    let questions: [Question]
    let candidate: String

    private var presentation: Presentation { presenter.presentation }
    private var strings: UIStrings { presenter.strings }
    private var style: TextStyle { presentation.style }

    private func line(_ text: String = "") { output.line(text) }

    /// The opening lines: who, how many questions (and the seed that picked them), where the scorecard goes, and
    /// the commands.
    func showBanner(scorecardPlace: String, seed: UInt64?) {
        let minutes = questions.reduce(0) { $0 + $1.minutes }
        var banner = style.bold(strings.interviewBanner(
            candidate: TerminalText.sanitized(candidate), questions: questions.count, minutes: minutes))
        if let seed { banner += style.dim(" · seed \(seed)") }
        line(banner)
        for text in presentation.wrapped(strings.scorecardGoesTo(scorecardPlace)) { line(style.dim(text)) }
        line()
        showCommands()
    }

    /// Writes what one event shows.
    func render(_ event: InterviewEvent, session: InterviewSession) {
        switch event {
        case .showQuestion(let index, let count):
            showQuestion(index, count: count, record: session.record(at: index))
        case .prompt(let index, let elapsed):
            output.write(KernelColumns.aligned(promptText(index: index, elapsed: elapsed, session: session)))
        case .pointsChanged(let index, _):
            for text in compactChecklist(questions[index], ticked: session.record(at: index).covered) { line(text) }
        case .noteAdded(_, let number):
            line(style.dim("  " + strings.noteAdded(number)))
        case .showFollowUp(let index, let followUp):
            showFollowUp(followUp, of: questions[index])
        case .followUpMarked(_, let followUp, let answeredWell):
            let text = "  " + strings.followUpMarked(followUp + 1, answeredWell: answeredWell)
            line(answeredWell ? style.green(text) : style.yellow(text))
        case .noFollowUpLeft:
            line(style.yellow("  " + strings.noFollowUpLeft))
        case .noFollowUpShown:
            line(style.yellow("  " + strings.noFollowUpShown))
        case .leftQuestion(let index, let seconds):
            let record = session.record(at: index)
            line(style.dim("  " + strings.leftQuestion(
                index + 1, covered: record.covered.count, of: record.pointCount, seconds: seconds)))
        case .skipped(let index):
            line(style.dim("  " + strings.skippedQuestion(index + 1)))
        case .atFirstQuestion:
            line(style.yellow("  " + strings.atFirstQuestion))
        case .status(let index, let elapsed):
            showStatus(index, elapsed: elapsed, session: session)
        case .invalid(let problem):
            for text in presentation.wrapped(message(for: problem), indent: "  ") { line(style.yellow(text)) }
        case .help:
            showCommands()
            for text in presentation.wrapped(strings.interviewHelpDetails) { line(style.dim(text)) }
        case .finished(let summary):
            showSummary(summary)
        }
    }

    // MARK: Questions

    /// The question card; on a return visit (`b`), with what was recorded on the earlier visits.
    private func showQuestion(_ index: Int, count: Int, record: InterviewRecord) {
        let question = questions[index]
        line()
        line(style.bold(strings.questionHeader(index + 1, of: count)) + "  " + style.dim(presenter.metaLine(question)))
        line()
        line(presenter.heading(strings.readAloud))
        for text in presenter.questionLines(question, indent: "  ") { line(text) }
        line()
        line(presenter.heading(strings.keyPointsToTick))
        for text in presenter.keyPointLines(question, ticked: record.covered) { line(text) }
        line()
        for note in record.notes {
            for text in presentation.wrapped(note, indent: "  - ", hangingIndent: "    ") { line(style.dim(text)) }
        }
        let shown = record.followUps.filter(\.wasAsked).count
        line(style.dim(shown == 0
            ? strings.followUpsAvailable(question.followUps.count)
            : strings.interviewState(notes: record.notes.count, followUpsShown: shown, of: question.followUps.count)))
        for text in presentation.wrapped(strings.interviewCommandsShort) { line(style.dim(text)) }
    }

    /// `1:05 / 4:00 · 2/7 > `: the time on this question against the suggestion, and the points ticked.
    private func promptText(index: Int, elapsed: Int, session: InterviewSession) -> String {
        let suggested = questions[index].suggestedSeconds
        let time = strings.elapsedOfSuggested(elapsed, suggested: suggested)
        let record = session.record(at: index)
        return (elapsed > suggested ? style.yellow(time) : time) + style.dim(" · \(record.covered.count)/\(record.pointCount)")
            + style.bold(" > ")
    }

    /// The key points one line each, cut to the width, so the rubric stays in view just above the prompt.
    private func compactChecklist(_ question: Question, ticked: KeyPointSet) -> [String] {
        let numberWidth = String(question.keyPoints.count).count
        return question.keyPoints.enumerated().map { offset, point in
            let number = String(offset + 1)
            let isTicked = ticked.contains(offset + 1)
            let label = "  " + (isTicked ? "[x] " : "[ ] ") + String(repeating: " ", count: numberWidth - number.count)
                + number + ". "
            let text = TerminalText.sanitized(point.text(in: presenter.language)).replacingNewlines()
            let shown = label + Table.truncated(text, to: max(10, presentation.width - DisplayWidth.of(label)))
            return isTicked ? style.green(shown) : shown
        }
    }

    private func showFollowUp(_ position: Int, of question: Question) {
        let followUp = question.followUps[position]
        let header = strings.followUpHeader(position + 1, of: question.followUps.count) + " "
        let body = followUp.question.text(in: presenter.language)
        for text in presentation.wrapped(header + body, indent: "  ", hangingIndent: "    ") { line(style.bold(text)) }
        let expectation = presentation.wrapped(
            strings.expectedAnswer + " " + followUp.answer.text(in: presenter.language), indent: "    ")
        for text in expectation { line(style.dim(text)) }
        line(style.dim("  " + strings.markFollowUpHint))
    }

    private func showStatus(_ index: Int, elapsed: Int, session: InterviewSession) {
        let question = questions[index]
        let record = session.record(at: index)
        let shown = record.followUps.filter(\.wasAsked).count
        line("  " + strings.elapsedOfSuggested(elapsed, suggested: question.suggestedSeconds) + " · "
            + strings.interviewState(notes: record.notes.count, followUpsShown: shown, of: record.followUps.count))
        for text in compactChecklist(question, ticked: record.covered) { line(text) }
        for note in record.notes {
            for text in presentation.wrapped(note, indent: "  - ", hangingIndent: "    ") { line(style.dim(text)) }
        }
    }

    private func showCommands() {
        let commands = strings.interviewCommands
        let width = commands.map { DisplayWidth.of($0.keys) }.max() ?? 0
        for command in commands {
            let keys = "  " + Table.cell(command.keys, width) + "  "
            let hanging = String(repeating: " ", count: DisplayWidth.of(keys))
            for (offset, text) in presentation.wrapped(command.meaning, indent: keys, hangingIndent: hanging).enumerated() {
                line(offset == 0 ? style.bold(keys) + String(text.dropFirst(keys.count)) : text)
            }
        }
    }

    private func message(for problem: InterviewInputProblem) -> String {
        switch problem {
        case .pointOutOfRange(let token, let pointCount): strings.pointOutOfRange(token, pointCount: pointCount)
        case .followUpOutOfRange(let number, let count): strings.followUpOutOfRange(number, followUpCount: count)
        case .emptyNote: strings.emptyNote
        case .unknown(let text): strings.notUnderstood(TerminalText.sanitized(text))
        }
    }

    // MARK: Summary

    private func showSummary(_ summary: InterviewSummary) {
        line()
        line(presenter.heading(strings.interviewSummaryTitle(candidate: TerminalText.sanitized(candidate))))
        let idWidth = min(32, questions.map { DisplayWidth.of($0.id) }.max() ?? 0)
        for (offset, record) in summary.records.enumerated() {
            let number = String(offset + 1)
            var text = "  " + String(repeating: " ", count: max(0, 2 - number.count)) + number + ". "
            text += Table.cell(TerminalText.sanitized(record.questionID), idWidth) + "  "
            switch record.status {
            case .asked:
                text += Table.cell("\(record.covered.count)/\(record.pointCount)", 5) + " "
                text += Table.cell(strings.percent(record.coverage), 4, alignRight: true) + "  "
                let suggested = questions[offset].suggestedSeconds
                let time = strings.elapsedOfSuggested(record.seconds, suggested: suggested)
                text += record.seconds > suggested ? style.yellow(time) : time
            case .skipped:
                text += style.dim(strings.skippedMark)
            case .notAsked:
                text += style.dim(strings.notAskedMark)
            }
            line(text)
            let indent = String(repeating: " ", count: 7)
            let followUpsAsked = record.followUps.filter(\.wasAsked).count
            if record.status == .asked && followUpsAsked > 0 {
                let well = record.followUps.filter { $0 == .answeredWell }.count
                line(style.dim(indent + strings.followUpsTotal(well: well, asked: followUpsAsked)))
            }
            for note in record.notes {
                for wrapped in presentation.wrapped(note, indent: indent + "- ", hangingIndent: indent + "  ") { line(wrapped) }
            }
        }
        line()
        let asked = summary.asked
        guard !asked.isEmpty else { return }
        line(style.bold(strings.interviewTotal(
            score: summary.score, asked: asked.count, fraction: summary.fraction, seconds: summary.seconds)))
        let followUps = asked.flatMap(\.followUps).filter(\.wasAsked)
        if !followUps.isEmpty {
            line(strings.followUpsTotal(well: followUps.filter { $0 == .answeredWell }.count, asked: followUps.count))
        }
    }
}
