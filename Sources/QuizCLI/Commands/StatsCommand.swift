import FoundationEssentials
import QuizKit

/// `dlquiz stats`: a dashboard of practice, recall and readiness.
enum StatsCommand: CommandRunner {
    static let spec = CommandSpec(
        path: ["stats"],
        abstract: "Show a dashboard of your practice: activity, trends, topics, recall and what is due.",
        discussion: """
            Recall is FSRS's predicted probability that you would answer a question well now; a question is due when \
            the scheduler wants it back. With --until, the dashboard also counts the questions that will not be \
            ready on that day (predicted recall below 90%, or never answered).
            """,
        options: [
            .value(
                "until", valueName: "date",
                help: "Count what will not be ready on this day (2026-12-04, fri, tomorrow, +3)."),
            .flag("all", help: "List every question, not only the 20 most urgent."),
            CommonOptions.deck, CommonOptions.lang, CommonOptions.progress, CommonOptions.json, CommonOptions.noColor,
        ])

    /// Questions listed without `--all`.
    static let defaultRowLimit = 20

    static func run(_ invocation: Invocation) throws -> Int32 {
        let arguments = invocation.arguments
        try arguments.requirePositionals(0...0)
        let now = invocation.context.clock()
        let utcOffset = invocation.context.utcOffset(now)
        let until = try arguments.untilDay(now: now, utcOffset: utcOffset)
        let deck = try invocation.deck()
        let language = try invocation.language(for: deck)
        let history = try invocation.loadHistory()
        let planner = StudyPlanner.replayingInParallel(
            questions: deck.questions, histories: history.questionHistories(forDeck: deck.id), now: now)
        let statistics = PracticeStatistics(
            deck: deck, history: history, planner: planner, utcOffset: utcOffset)
        let notReady = until.map { planner.notReady(at: $0.moment) }
        let rows = urgentFirst(planner)
        if invocation.isJSON {
            invocation.printJSON(
                StatsJSON(
                    deck: deck, deckPath: arguments.value("deck"), planner: planner, statistics: statistics, rows: rows,
                    until: until, notReady: notReady, utcOffset: utcOffset
                ).value)
            return 0
        }
        StatsDashboard(
            invocation: invocation, deck: deck, language: language, planner: planner, statistics: statistics,
            utcOffset: utcOffset
        ).print(
            rows: arguments.flag("all") ? rows : Array(rows.prefix(defaultRowLimit)), totalRows: rows.count,
            until: until.map { ($0.day, notReady ?? []) })
        return 0
    }

    /// Due questions (lowest recall first), then the rest by due date, then new ones in deck order.
    static func urgentFirst(_ planner: StudyPlanner) -> [QuestionStatus] {
        let due = planner.duePlan()
        let dueIDs = Set(due.due.map(\.question.id))
        let upcoming = planner.statuses.filter { !$0.isNew && !dueIDs.contains($0.question.id) }
            .sorted { ($0.due ?? planner.now) < ($1.due ?? planner.now) }
        return due.due + upcoming + due.new
    }
}

/// The JSON form of the dashboard; keys are documented in the README.
private struct StatsJSON {
    let deck: Deck
    let deckPath: String?
    let planner: StudyPlanner
    let statistics: PracticeStatistics
    let rows: [QuestionStatus]
    let until: (day: CalendarDay, moment: Date)?
    let notReady: [QuestionStatus]?
    let utcOffset: Int

    var value: JSONValue {
        let today = LocalTime.day(of: planner.now, utcOffset: utcOffset)
        var members: [(String, JSONValue)] = [
            ("deck", .string(deck.id)),
            ("now", .string(Timestamp.string(from: planner.now))),
            ("answers", .int(statistics.answerCount)),
            ("daysPractised", .int(statistics.daysPractised)),
            ("currentStreak", .int(statistics.currentStreak)),
            ("dueNow", .int(statistics.dueNow)),
            ("new", .int(statistics.newCount)),
            ("lastThirtyDays", .array(statistics.lastThirtyDays.enumerated().map { offset, count in
                .object([("date", .string(today.adding(days: offset - 29).description)), ("answers", .int(count))])
            })),
            ("sessions", .array(statistics.recentSessions.map { session in
                .object([
                    ("id", .string(session.id)), ("start", .string(Timestamp.string(from: session.start))),
                    ("graded", .int(session.graded)), ("score", .double(session.score)),
                    ("fraction", .double(session.fraction)),
                ])
            })),
            ("topics", .array(statistics.topics.map { topic in
                .object([
                    ("topic", .string(topic.topic)), ("questions", .int(topic.questionCount)),
                    ("answered", .int(topic.answeredCount)), ("meanCoverage", .optional(topic.meanCoverage)),
                ])
            })),
            ("questions", .array(rows.map(question))),
            ("weakest", .array(statistics.weakest.map { .string($0.question.id) })),
        ]
        if !statistics.weakest.isEmpty {
            members.append(("practiseWeakest", .string(StatsDashboard.weakestCommand(statistics.weakest, deckPath: deckPath))))
        }
        if let until, let notReady {
            members.append(("until", .object([
                ("date", .string(until.day.description)), ("moment", .string(Timestamp.string(from: until.moment))),
                ("notReady", .int(notReady.count)), ("notReadyIDs", .array(notReady.map { .string($0.question.id) })),
            ])))
        }
        return .object(members)
    }

    private func question(_ status: QuestionStatus) -> JSONValue {
        .object([
            ("id", .string(status.question.id)), ("topic", .string(status.question.topic)),
            ("attempts", .int(status.attempts)), ("lastGrade", .optional(status.history?.lastGrade?.name)),
            ("meanCoverage", .optional(status.meanCoverage)),
            ("recall", status.isNew ? .null : .double(status.retrievability)),
            ("stability", .optional(status.card?.stability)), ("difficulty", .optional(status.card?.difficulty)),
            ("due", .optional(status.due.map(Timestamp.string(from:)))), ("isDue", .bool(planner.isDue(status))),
        ])
    }
}
