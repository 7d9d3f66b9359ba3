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
        presentation: Presentation, deck: Deck, deckPath: String?, planner: StudyPlanner,
        statistics: PracticeStatistics,
        zone: LocalTimeZone
    ) {
        self.presentation = presentation
        self.deck = deck
        self.deckPath = deckPath
        self.planner = planner
        self.statistics = statistics
        self.zone = zone
    }

    /// The language of the deck's title and topic names.
    private var language: String { presentation.deckLanguage }
    private var strings: UIStrings { presentation.strings }
    private var style: TextStyle { presentation.style }
    private var presenter: QuestionPresenter { QuestionPresenter(presentation: presentation, deck: deck) }
    private func line(_ text: String = "") { buffer.line(text) }

    /// The label column of the charts.
    private var labelWidth: Int {
        max(
            16, DisplayWidth.of(strings.lastThirtyDays) + 4, DisplayWidth.of(strings.sessionScores) + 4,
            (deck.topics.map { DisplayWidth.of(deck.displayName(ofTopic: $0, in: language)) }.max() ?? 0) + 4)
    }

    /// The dashboard, ending with a newline.
    func render(rows: [QuestionStatus], totalRows: Int, until: (day: CalendarDay, notReady: [QuestionStatus])?)
        -> String
    {
        var fresh = self
        fresh.buffer = BufferSink()
        fresh.draw(rows: rows, totalRows: totalRows, until: until)
        return fresh.buffer.text
    }

    private func draw(rows: [QuestionStatus], totalRows: Int, until: (day: CalendarDay, notReady: [QuestionStatus])?) {
        let title = TerminalText.sanitized(strings.statsTitle(deck.title.text(in: language)))
        for text in presentation.flowed(title.components(separatedBy: " · "), indent: "") {
            line(style.bold(style.cyan(text)))
        }
        line()
        let totals = strings.totals(
            answers: statistics.answerCount, days: statistics.daysPractised, streak: statistics.currentStreak,
            due: statistics.dueNow, new: statistics.newCount)
        for text in presentation.flowed(totals.components(separatedBy: " · "), indent: "  ") { line(text) }
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
            let text =
                until.notReady.isEmpty
                ? strings.allReady(date: date)
                : strings.notReady(until.notReady.count, of: planner.statuses.count, date: date)
            for wrapped in presentation.wrapped(text) {
                line(until.notReady.isEmpty ? style.green(wrapped) : style.yellow(wrapped))
            }
        }
    }

    private func label(_ text: String) -> String {
        "  " + ColumnTable.cell(text, labelWidth - 2)
    }

    /// A chart line: the label, the chart, and a dim note. What does not fit moves down: the note to a line of its
    /// own under the chart, and on a narrow screen the chart under its label.
    private func labelled(_ name: String, chart: String, chartWidth: Int, note: String) -> [String] {
        let width = presentation.width
        let head = label(name)
        if labelWidth + chartWidth + 2 + DisplayWidth.of(note) <= width {
            return [head + chart + style.dim("  " + note)]
        }
        let noteIndent = String(repeating: " ", count: 4)
        if labelWidth + chartWidth <= width {
            return [head + chart, style.dim(noteIndent + note)]
        }
        return ["  " + name, noteIndent + chart, style.dim(noteIndent + note)]
    }

    private func activity() {
        line()
        let strip = Sparkline.counts(statistics.lastThirtyDays)
        let today = zone.day(of: planner.now)
        for text in labelled(
            strings.lastThirtyDays, chart: style.green(strip), chartWidth: DisplayWidth.of(strip),
            note: "\(today.adding(days: -29)) – \(today)")
        {
            line(text)
        }
        // Sessions of flashcards alone have no score: they stay out of the trend, which says how many there were.
        let sessions = statistics.recentSessions.filter { $0.score.count > 0 }
        if sessions.isEmpty && !statistics.recentSessions.isEmpty {
            let note = strings.flashcardSessionsOnly(statistics.recentSessions.count)
            for text in labelled(strings.sessionScores, chart: "-", chartWidth: 1, note: note) { line(text) }
        }
        if let first = sessions.first, let last = sessions.last {
            let trend = Sparkline.fractions(sessions.map(\.score.fraction))
            let caption =
                sessions.count == 1
                ? strings.onlySession(last.score.fraction)
                : strings.sessionTrend(count: sessions.count, first: first.score.fraction, last: last.score.fraction)
            for text in labelled(
                strings.sessionScores, chart: style.cyan(trend), chartWidth: DisplayWidth.of(trend), note: caption)
            {
                line(text)
            }
        }
    }

    private func topics() {
        line()
        line(style.bold(strings.coverageByTopic))
        let width = presentation.width
        let barWidth = max(6, min(30, width - labelWidth - 30))
        // The bar and its percentage always fit; the answered count is dropped when the line would not.
        let stacked = labelWidth + barWidth + 5 > width
        for topic in statistics.topics {
            let name = TerminalText.sanitized(deck.displayName(ofTopic: topic.topic, in: language))
            let head = stacked ? "  " + name : label(name)
            let lead = stacked ? [head] : []
            let prefix = stacked ? "    " : head
            let room = width - DisplayWidth.of(prefix) - barWidth - 5
            guard let mean = topic.meanCoverage else {
                // Flashcards have no coverage to chart; the topic still says how many were answered.
                let note =
                    topic.answeredCount > 0
                    ? strings.answeredFlashcards(topic.answeredCount, topic.questionCount) : strings.notAnsweredYet
                let tail = DisplayWidth.of(note) + 2 <= room ? "  " + note : ""
                for text in lead { line(text) }
                line(prefix + style.dim(String(repeating: "░", count: barWidth) + "    -" + tail))
                continue
            }
            let bar = Sparkline.bar(mean, width: barWidth)
            let percent = ColumnTable.cell(strings.percent(mean), 4, alignRight: true)
            let note = strings.answeredOf(topic.answeredCount, topic.questionCount)
            let tail = DisplayWidth.of(note) + 2 <= room ? style.dim("  " + note) : ""
            for text in lead { line(text) }
            line(prefix + color(for: mean)(bar.filled) + style.dim(bar.empty) + " " + percent + tail)
        }
    }

    private func questionTable(_ rows: [QuestionStatus], totalRows: Int) {
        line()
        line(style.bold(strings.questionsHeading))
        let dues = rows.map(dueText)
        let table = ColumnTable(
            columns: [
                .init(
                    header: strings.columnID, cells: rows.map { TerminalText.sanitized(presenter.label($0.question)) },
                    decorate: { style.blue($1) }),
                .init(
                    header: strings.columnAttempts, cells: rows.map { $0.attempts == 0 ? "-" : String($0.attempts) },
                    alignRight: true, dropPriority: 2),
                .init(
                    header: strings.columnLastGrade,
                    cells: rows.map { $0.history?.lastGrade.map(strings.name(of:)) ?? "-" },
                    dropPriority: 3),
                .init(
                    header: strings.columnMean, cells: rows.map { $0.meanCoverage.map(strings.percent) ?? "-" },
                    alignRight: true, dropPriority: 4),
                .init(
                    header: strings.columnRecall,
                    cells: rows.map { $0.isNew ? "-" : strings.percent($0.retrievability) },
                    alignRight: true, dropPriority: 1,
                    decorate: { row, cell in rows[row].isNew ? cell : color(for: rows[row].retrievability)(cell) }),
                .init(
                    header: strings.columnNextDue, cells: dues,
                    decorate: { row, cell in planner.isDue(rows[row]) ? style.yellow(cell) : cell }),
            ],
            indent: 2, decorateHeader: style.bold)
        for text in table.lines(width: presentation.width) { line(text) }
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
        let names = weakest.map { TerminalText.sanitized(presenter.label($0.question)) }
        let idWidth = names.map { DisplayWidth.of($0) }.max() ?? 0
        for (offset, status) in weakest.enumerated() {
            // A flashcard has no coverage: its last grade and recall say why it is weak.
            let mean =
                status.meanCoverage.map { strings.meanCoverage($0) }
                ?? status.history?.lastGrade.map {
                    strings.lastGradeAndRecall(strings.name(of: $0), recall: status.retrievability)
                }
                ?? ""
            let id = ColumnTable.cell(names[offset], idWidth)
            line("  \(offset + 1). " + style.blue(id) + style.dim("  " + mean))
        }
        // The command gets lines of its own, broken only between words with a shell continuation, so it can be
        // copied whole.
        line(style.dim("  " + strings.practiseThem))
        var lines = presentation.commandLines(Self.weakestCommand(weakest, deckPath: deckPath), indent: "    ")
        if lines.contains(where: { DisplayWidth.of($0) > presentation.width }) {
            // The ids joined by commas are one word too wide for the screen: one `--ids` per question instead.
            lines = presentation.commandLines(
                Self.weakestCommand(weakest, deckPath: deckPath, idsApart: true), indent: "    ")
        }
        for text in lines { line(text) }
    }

    /// The quiz command that practises these questions: `--ids a,b,c`, or with `idsApart` `--ids a --ids b --ids c`
    /// (the same command, in words a narrow screen can put on lines of their own).
    static func weakestCommand(_ statuses: [QuestionStatus], deckPath: String?, idsApart: Bool = false) -> String {
        let ids = statuses.map { ShellQuoting.quoted($0.question.id) }
        var command =
            "dlquiz quiz --order sequential "
            + (idsApart ? ids.map { "--ids " + $0 }.joined(separator: " ") : "--ids " + ids.joined(separator: ","))
        if let deckPath { command += " --deck " + ShellQuoting.quoted(deckPath) }
        return command
    }

    private func color(for fraction: Double) -> (String) -> String {
        if fraction >= 0.9 { return style.green }
        if fraction >= 0.6 { return style.yellow }
        return style.red
    }
}

// MARK: - Sparkline

/// Tiny charts made of block characters.
enum Sparkline {
    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One character per count, scaled to the largest; zero is `.` so empty days stand out.
    static func counts(_ values: [Int]) -> String {
        let largest = values.max() ?? 0
        return String(
            values.map { value -> Character in
                guard value > 0, largest > 0 else { return "." }
                let level = Int((Double(value) / Double(largest) * Double(levels.count - 1)).rounded())
                return levels[max(0, min(levels.count - 1, level))]
            })
    }

    /// One character per share from 0 to 1, on a fixed scale so trends compare across runs.
    static func fractions(_ values: [Double]) -> String {
        String(
            values.map { value -> Character in
                let level = Int((min(1, max(0, value)) * Double(levels.count - 1)).rounded())
                return levels[level]
            })
    }

    /// A horizontal bar `width` columns wide for a share from 0 to 1: `████████░░░░`.
    static func bar(_ fraction: Double, width: Int) -> (filled: String, empty: String) {
        let filled = Int((min(1, max(0, fraction)) * Double(width)).rounded())
        return (String(repeating: "█", count: filled), String(repeating: "░", count: width - filled))
    }
}
