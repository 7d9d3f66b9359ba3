import FoundationEssentials
import QuizKit

/// Prints `dlquiz stats` for a terminal: totals, a 30-day strip, a session sparkline, topic bars, a question table
/// and the weakest questions, as text. It reads the same without colour.
struct StatsDashboard {
    let presentation: Presentation
    let deck: Deck
    /// `--deck` as given, for the command that practises the weakest questions.
    let deckPath: String?
    let planner: StudyPlanner
    let statistics: PracticeStatistics
    let zone: LocalTimeZone

    private var buffer = BufferSink()

    init(
        presentation: Presentation, deck: Deck, deckPath: String?, planner: StudyPlanner, statistics: PracticeStatistics,
        zone: LocalTimeZone
    ) {
        self.presentation = presentation
        self.deck = deck
        self.deckPath = deckPath
        self.planner = planner
        self.statistics = statistics
        self.zone = zone
    }

    private var language: String { presentation.language }
    private var strings: UIStrings { presentation.strings }
    private var style: TextStyle { presentation.style }
    private func line(_ text: String = "") { buffer.line(text) }

    /// The label column of the charts.
    private var labelWidth: Int {
        max(
            16, DisplayWidth.of(strings.lastThirtyDays) + 4, DisplayWidth.of(strings.sessionScores) + 4,
            (deck.topics.map { DisplayWidth.of(deck.displayName(ofTopic: $0, in: language)) }.max() ?? 0) + 4)
    }

    /// The dashboard, ending with a newline.
    func render(rows: [QuestionStatus], totalRows: Int, until: (day: CalendarDay, notReady: [QuestionStatus])?) -> String {
        var fresh = self
        fresh.buffer = BufferSink()
        fresh.draw(rows: rows, totalRows: totalRows, until: until)
        return fresh.buffer.text
    }

    private func draw(rows: [QuestionStatus], totalRows: Int, until: (day: CalendarDay, notReady: [QuestionStatus])?) {
        line(style.bold(style.cyan(TerminalText.sanitized(strings.statsTitle(deck.title.text(in: language))))))
        line()
        for text in presentation.wrapped(
            strings.totals(
                answers: statistics.answerCount, days: statistics.daysPractised, streak: statistics.currentStreak,
                due: statistics.dueNow, new: statistics.newCount), indent: "  ")
        {
            line(text)
        }
        if statistics.answerCount == 0 {
            line()
            line("  " + strings.noPracticeYet)
        } else {
            activity()
            topics()
        }
        questionTable(rows, totalRows: totalRows)
        weakest()
        if let until {
            line()
            let date = "\(until.day)"
            let text = until.notReady.isEmpty
                ? strings.allReady(date: date)
                : strings.notReady(until.notReady.count, of: planner.statuses.count, date: date)
            for wrapped in presentation.wrapped(text) { line(until.notReady.isEmpty ? style.green(wrapped) : style.yellow(wrapped)) }
        }
    }

    private func label(_ text: String) -> String {
        "  " + Table.cell(text, labelWidth - 2)
    }

    private func activity() {
        line()
        let strip = Sparkline.counts(statistics.lastThirtyDays)
        let today = zone.day(of: planner.now)
        line(label(strings.lastThirtyDays) + style.green(strip) + style.dim("  " + "\(today.adding(days: -29)) – \(today)"))
        let sessions = statistics.recentSessions
        if let first = sessions.first, let last = sessions.last {
            let trend = Sparkline.fractions(sessions.map(\.score.fraction))
            let caption = sessions.count == 1
                ? strings.onlySession(last.score.fraction)
                : strings.sessionTrend(count: sessions.count, first: first.score.fraction, last: last.score.fraction)
            line(label(strings.sessionScores) + style.cyan(trend) + style.dim("  " + caption))
        }
    }

    private func topics() {
        line()
        line(style.bold(strings.coverageByTopic))
        let barWidth = max(10, min(30, presentation.width - labelWidth - 30))
        for topic in statistics.topics {
            let name = TerminalText.sanitized(deck.displayName(ofTopic: topic.topic, in: language))
            guard let mean = topic.meanCoverage else {
                line(label(name) + style.dim(String(repeating: "░", count: barWidth) + "    -  " + strings.notAnsweredYet))
                continue
            }
            let bar = Sparkline.bar(mean, width: barWidth)
            let percent = Table.cell(strings.percent(mean), 4, alignRight: true)
            line(
                label(name) + color(for: mean)(bar.filled) + style.dim(bar.empty) + " " + percent + "  "
                    + style.dim(strings.answeredOf(topic.answeredCount, topic.questionCount)))
        }
    }

    private func questionTable(_ rows: [QuestionStatus], totalRows: Int) {
        line()
        line(style.bold(strings.questionsHeading))
        let grades = rows.map { $0.history?.lastGrade.map(strings.name(of:)) ?? "-" }
        let dues = rows.map(dueText)
        let idWidth = min(34, max(DisplayWidth.of(strings.columnID), rows.map { DisplayWidth.of($0.question.id) }.max() ?? 0))
        let gradeWidth = max(DisplayWidth.of(strings.columnLastGrade), grades.map { DisplayWidth.of($0) }.max() ?? 0)
        let columns = [
            (strings.columnAttempts, DisplayWidth.of(strings.columnAttempts)),
            (strings.columnLastGrade, gradeWidth),
            (strings.columnMean, max(4, DisplayWidth.of(strings.columnMean))),
            (strings.columnRecall, max(4, DisplayWidth.of(strings.columnRecall))),
        ]
        var header = "  " + Table.cell(strings.columnID, idWidth)
        for (title, width) in columns { header += "  " + Table.cell(title, width, alignRight: title != strings.columnLastGrade) }
        line(style.bold(header + "  " + strings.columnNextDue))
        for (offset, status) in rows.enumerated() {
            var row = "  " + style.blue(Table.cell(TerminalText.sanitized(status.question.id), idWidth))
            row += "  " + Table.cell(status.attempts == 0 ? "-" : String(status.attempts), columns[0].1, alignRight: true)
            row += "  " + Table.cell(grades[offset], gradeWidth)
            row += "  " + Table.cell(status.meanCoverage.map(strings.percent) ?? "-", columns[2].1, alignRight: true)
            let recall = status.isNew ? "-" : strings.percent(status.retrievability)
            let recallCell = Table.cell(recall, columns[3].1, alignRight: true)
            row += "  " + (status.isNew ? recallCell : color(for: status.retrievability)(recallCell))
            row += "  " + (planner.isDue(status) ? style.yellow(dues[offset]) : dues[offset])
            line(row)
        }
        if totalRows > rows.count {
            line(style.dim("  " + strings.moreQuestions(totalRows - rows.count)))
        }
    }

    private func dueText(_ status: QuestionStatus) -> String {
        guard let due = status.due else { return strings.newMark }
        if due <= planner.now { return strings.dueNowMark }
        return strings.relative(due, from: planner.now, in: zone)
    }

    private func weakest() {
        let weakest = statistics.weakest
        guard !weakest.isEmpty else { return }
        line()
        line(style.bold(strings.weakestHeading))
        let idWidth = weakest.map { DisplayWidth.of($0.question.id) }.max() ?? 0
        for (offset, status) in weakest.enumerated() {
            let mean = status.meanCoverage.map { strings.meanCoverage($0) } ?? ""
            let id = Table.cell(TerminalText.sanitized(status.question.id), idWidth)
            line("  \(offset + 1). " + style.blue(id) + style.dim("  " + mean))
        }
        // The command gets a line of its own and is never wrapped, so it can be copied whole.
        line(style.dim("  " + strings.practiseThem))
        line("    " + Self.weakestCommand(weakest, deckPath: deckPath))
    }

    /// The quiz command that practises these questions.
    static func weakestCommand(_ statuses: [QuestionStatus], deckPath: String?) -> String {
        var command = "dlquiz quiz --order sequential --ids " + statuses.map { ShellQuoting.quoted($0.question.id) }.joined(separator: ",")
        if let deckPath { command += " --deck " + ShellQuoting.quoted(deckPath) }
        return command
    }

    private func color(for fraction: Double) -> (String) -> String {
        if fraction >= 0.9 { return style.green }
        if fraction >= 0.6 { return style.yellow }
        return style.red
    }
}
