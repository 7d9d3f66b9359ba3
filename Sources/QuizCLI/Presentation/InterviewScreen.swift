import QuizKit

/// The text of an interview session's events, for the person asking; the prompt loop writes it.
struct InterviewScreen {
    let presenter: QuestionPresenter
    let questions: [Question]
    let candidate: String

    var presentation: Presentation { presenter.presentation }
    var strings: UIStrings { presenter.strings }
    private var style: TextStyle { presentation.style }
    private var width: Int { presentation.width }

    private func wrapped(_ text: String, indent: String = "", hangingIndent: String? = nil) -> [String] {
        presentation.wrapped(text, indent: indent, hangingIndent: hangingIndent)
    }

    /// The opening lines: who, how many questions (and the seed that picked them), where the scorecard goes, and
    /// the commands.
    func banner(scorecardPlace: String, seed: UInt64?) -> String {
        var out = ScreenText()
        let minutes = questions.reduce(0) { $0 + $1.minutes }
        var banner = strings.interviewBanner(
            candidate: TerminalText.sanitized(candidate), questions: questions.count, minutes: minutes)
        if let seed { banner += " · seed \(seed)" }
        out.lines(presentation.layout(banner).map(style.bold))
        for text in wrapped(strings.scorecardGoesTo(scorecardPlace)) { out.line(style.dim(text)) }
        out.line()
        showCommands(&out)
        return out.text
    }

    /// The text one event shows: everything it needs comes with the event, never read back from the session.
    func render(_ event: InterviewEvent) -> String {
        var out = ScreenText()
        switch event {
        case .showQuestion(let index, let count, let record):
            showQuestion(index, count: count, record: record, &out)
        case .prompt(let index, let elapsed, let tally, let offered):
            out.write(KernelColumns.aligned(promptText(index: index, elapsed: elapsed, tally: tally, offered: offered)))
        case .pointsChanged(let index, _, let covered, let setAside):
            for text in compactChecklist(questions[index], ticked: covered) { out.line(text) }
            if setAside.count > 0 {
                out.lines(wrapped(strings.suggestionSetAside(setAside), indent: "  ").map(style.dim))
            }
        case .noteAdded(_, let number):
            out.lines(presentation.layout(strings.noteAdded(number), indent: "  ").map(style.dim))
        case .suggested(let index, let suggestion, let offered, let notes, let covered):
            out.lines(presentation.layout(strings.noteAdded(notes), indent: "  ").map(style.dim))
            out.lines(presenter.suggestedKeyPointLines(questions[index], suggestion: suggestion, ticked: covered))
            out.lines(wrapped(strings.interviewSuggestion(suggestion.suggested, offered: offered), indent: "  "))
        case .suggestionAccepted(let index, let changed, let covered):
            for text in compactChecklist(questions[index], ticked: covered) { out.line(text) }
            out.lines(wrapped(strings.tickedAsSuggested(changed), indent: "  ").map(style.green))
        case .showFollowUp(let index, let followUp):
            showFollowUp(followUp, of: questions[index], &out)
        case .followUpMarked(_, let followUp, let answeredWell):
            let lines = presentation.layout(
                strings.followUpMarked(followUp + 1, answeredWell: answeredWell), indent: "  ")
            out.lines(lines.map(answeredWell ? style.green : style.yellow))
        case .noFollowUpLeft:
            out.lines(presentation.layout(strings.noFollowUpLeft, indent: "  ").map(style.yellow))
        case .noFollowUpShown:
            out.lines(presentation.layout(strings.noFollowUpShown, indent: "  ").map(style.yellow))
        case .leftQuestion(let index, let seconds, let tally):
            out.lines(
                presentation.layout(
                    strings.leftQuestion(
                        index + 1, covered: tally.covered.count, of: tally.total, seconds: seconds), indent: "  "
                ).map(style.dim))
        case .skipped(let index):
            out.lines(presentation.layout(strings.skippedQuestion(index + 1), indent: "  ").map(style.dim))
        case .atFirstQuestion:
            out.lines(presentation.layout(strings.atFirstQuestion, indent: "  ").map(style.yellow))
        case .status(let index, let elapsed, let record):
            showStatus(index, elapsed: elapsed, record: record, &out)
        case .invalid(let problem):
            for text in wrapped(message(for: problem), indent: "  ") { out.line(style.yellow(text)) }
        case .help:
            showCommands(&out)
            for text in wrapped(strings.interviewHelpDetails) { out.line(style.dim(text)) }
        case .finished(let summary):
            showSummary(summary, &out)
        }
        return out.text
    }

    // MARK: Questions

    /// The question card; on a return visit (`b`), with what was recorded on the earlier visits.
    private func showQuestion(_ index: Int, count: Int, record: InterviewRecord, _ out: inout ScreenText) {
        let question = questions[index]
        out.line()
        let header = strings.questionHeader(index + 1, of: count)
        if DisplayWidth.of(header + "  " + presenter.metaLine(question)) <= width {
            out.line(style.bold(header) + "  " + style.dim(presenter.metaLine(question)))
        } else {
            out.line(style.bold(header))
            out.lines(presenter.metaLines(question).map(style.dim))
        }
        out.line()
        out.line(presenter.heading(strings.readAloud))
        for text in presenter.questionLines(question, indent: "  ") { out.line(text) }
        out.line()
        if !question.keyPoints.isEmpty {  // a question without key points has nothing to tick
            out.line(presenter.heading(strings.keyPointsToTick))
            for text in presenter.keyPointLines(question, ticked: record.covered) { out.line(text) }
            out.line()
        }
        for note in record.notes {
            for text in wrapped(note, indent: "  - ", hangingIndent: "    ") { out.line(style.dim(text)) }
        }
        let shown = record.followUps.filter(\.wasAsked).count
        out.lines(
            presentation.layout(
                shown == 0
                    ? strings.followUpsAvailable(question.followUps.count)
                    : strings.interviewState(
                        notes: record.notes.count, followUpsShown: shown, of: question.followUps.count)
            ).map(style.dim))
        out.lines(presentation.layout(strings.interviewCommandsShort).map(style.dim))
    }

    /// `1:05 / 4:00 · 2/7 > `: the time on this question against the suggestion, and the points ticked.
    private func promptText(index: Int, elapsed: Int, tally: CoverageTally, offered: KeyPointSet) -> String {
        let suggested = questions[index].suggestedSeconds
        let time = strings.elapsedOfSuggested(elapsed, suggested: suggested)
        let points = tally.total == 0 ? "" : style.dim(" · \(tally.covered.count)/\(tally.total)")
        // A pending offer stays in view: the next Enter ticks it rather than moving on.
        let offer = offered.count == 0 ? "" : style.green(" · " + strings.enterTicks(offered))
        return (elapsed > suggested ? style.yellow(time) : time) + points + offer + style.bold(" > ")
    }

    /// The key points, each wrapped under its number (never cut short: the interviewer must read what they tick),
    /// so the rubric stays in view just above the prompt.
    private func compactChecklist(_ question: Question, ticked: KeyPointSet) -> [String] {
        let numberWidth = String(question.keyPoints.count).count
        return question.keyPoints.enumerated().flatMap { offset, point in
            let number = String(offset + 1)
            let isTicked = ticked.contains(offset + 1)
            let label =
                "  " + (isTicked ? "[x] " : "[ ] ") + String(repeating: " ", count: numberWidth - number.count)
                + number + ". "
            let text = point.text(in: presenter.language).replacingNewlines()
            let lines = wrapped(
                text, indent: label, hangingIndent: String(repeating: " ", count: DisplayWidth.of(label)))
            return isTicked ? lines.map(style.green) : lines
        }
    }

    private func showFollowUp(_ position: Int, of question: Question, _ out: inout ScreenText) {
        let followUp = question.followUps[position]
        let header = strings.followUpHeader(position + 1, of: question.followUps.count) + " "
        let body = followUp.question.text(in: presenter.language)
        for text in wrapped(header + body, indent: "  ", hangingIndent: "    ") { out.line(style.bold(text)) }
        let expectation = wrapped(
            strings.expectedAnswer + " " + followUp.answer.text(in: presenter.language), indent: "    ")
        for text in expectation { out.line(style.dim(text)) }
        out.lines(presentation.layout(strings.markFollowUpHint, indent: "  ").map(style.dim))
    }

    private func showStatus(_ index: Int, elapsed: Int, record: InterviewRecord, _ out: inout ScreenText) {
        let question = questions[index]
        let shown = record.followUps.filter(\.wasAsked).count
        out.lines(
            presentation.layout(
                strings.elapsedOfSuggested(elapsed, suggested: question.suggestedSeconds) + " · "
                    + strings.interviewState(
                        notes: record.notes.count, followUpsShown: shown, of: record.followUps.count),
                indent: "  "))
        for text in compactChecklist(question, ticked: record.covered) { out.line(text) }
        for note in record.notes {
            for text in wrapped(note, indent: "  - ", hangingIndent: "    ") { out.line(style.dim(text)) }
        }
    }

    private func showCommands(_ out: inout ScreenText) {
        let commands = strings.interviewCommands
        let width = commands.map { DisplayWidth.of($0.keys) }.max() ?? 0
        for command in commands {
            let keys = "  " + ColumnTable.cell(command.keys, width) + "  "
            let hanging = String(repeating: " ", count: DisplayWidth.of(keys))
            for (offset, text) in wrapped(command.meaning, indent: keys, hangingIndent: hanging).enumerated() {
                out.line(offset == 0 ? style.bold(keys) + String(text.dropFirst(keys.count)) : text)
            }
        }
    }

    private func message(for problem: InterviewInputProblem) -> String {
        switch problem {
        case .pointOutOfRange(let token, let pointCount): strings.pointOutOfRange(token, pointCount: pointCount)
        case .followUpOutOfRange(let number, let count): strings.followUpOutOfRange(number, followUpCount: count)
        case .emptyNote: strings.emptyNote
        case .emptyAnswer: strings.emptyAnswer
        case .unknown(let text): strings.notUnderstood(TerminalText.sanitized(text))
        }
    }

    // MARK: Summary

    private func showSummary(_ summary: InterviewSummary, _ out: inout ScreenText) {
        out.line()
        out.line(presenter.heading(strings.interviewSummaryTitle(candidate: TerminalText.sanitized(candidate))))
        let names = questions.map { presenter.label($0) }
        let table = SummaryTable(ids: names, cutsLongIDs: true)
        let indent = String(repeating: " ", count: 7)
        for (offset, record) in summary.records.enumerated() {
            out.lines(
                table.lines(
                    [
                        SummaryTable.Row(
                            number: offset + 1, id: names.indices.contains(offset) ? names[offset] : record.questionID,
                            result: resultText(record, offset))
                    ], width: width))
            let followUpsAsked = record.followUps.filter(\.wasAsked).count
            if record.status == .asked && followUpsAsked > 0 {
                let well = record.followUps.filter { $0 == .answeredWell }.count
                out.lines(
                    presentation.layout(strings.followUpsTotal(well: well, asked: followUpsAsked), indent: indent).map(
                        style.dim))
            }
            for note in record.notes {
                out.lines(wrapped(note, indent: indent + "- ", hangingIndent: indent + "  "))
            }
        }
        out.line()
        let asked = summary.asked
        guard !asked.isEmpty else { return }
        let score = summary.score
        if score.count > 0 {  // 0 when every question asked had no key points
            out.lines(
                presentation.layout(
                    strings.interviewTotal(
                        score: score.sum, asked: score.count, fraction: score.fraction, seconds: score.seconds)
                ).map(style.bold))
        }
        let followUps = asked.flatMap(\.followUps).filter(\.wasAsked)
        if !followUps.isEmpty {
            out.lines(
                presentation.layout(
                    strings.followUpsTotal(well: followUps.filter { $0 == .answeredWell }.count, asked: followUps.count)
                ))
        }
    }

    /// `3/4    75%  1:05 / 4:00`, `skipped` or `not asked`.
    private func resultText(_ record: InterviewRecord, _ position: Int) -> String {
        switch record.status {
        case .asked:
            let suggested = questions[position].suggestedSeconds
            let time = strings.elapsedOfSuggested(record.seconds, suggested: suggested)
            return SummaryTable.coverage(record.tally, strings: strings) + "  "
                + (record.seconds > suggested ? style.yellow(time) : time)
        case .skipped:
            return style.dim(strings.skippedMark)
        case .notAsked:
            return style.dim(strings.notAskedMark)
        }
    }
}
