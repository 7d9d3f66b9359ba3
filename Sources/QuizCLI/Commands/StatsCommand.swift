import FoundationEssentials
import QuizKit

/// `dlquiz stats`: a dashboard of practice, recall and readiness.
struct StatsCommand: ParsableCommand {
    @Option(
        valueName: "date", help: "Count what will not be ready on this day (2026-12-04, fri, tomorrow, +3).",
        ja: "この日（2026-12-04、fri、tomorrow、+3 など）までに準備が整わない質問を数えます。", completion: .freeText)
    var until: String?

    @Flag(help: "List every question, not only the 20 most urgent.", ja: "急ぎの 20 問だけでなく、すべての質問を一覧します。")
    var all = false

    @OptionGroup var deck: DeckOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var output: JSONOptions
    @OptionGroup var color: ColorOptions
    @OptionGroup var pager: PagerOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "stats",
            abstract: "Show a dashboard of your practice: activity, trends, topics, recall and what is due.",
            discussion: """
                Recall is FSRS's predicted probability that you would answer a question well now; a question is due when \
                the scheduler wants it back. With --until, the dashboard also counts the questions that will not be \
                ready on that day (predicted recall below 90%, or never answered).
                """,
            japaneseAbstract: "練習のダッシュボードを表示します: 活動、推移、トピック、記憶の定着、復習が必要な問題。",
            japaneseDiscussion: """
                記憶の定着度（recall）は、いま答えたらうまく答えられる確率を FSRS が予測したものです。スケジューラが\
                もう一度出したいと判断した質問が「復習時期」になります。--until を付けると、その日までに準備が\
                整わない質問（予測される定着度が 90% 未満、または未回答）の数も表示します。
                """,
            jsonKeys: """
                deck, now, answers, daysPractised, currentStreak, dueNow, new, lastThirtyDays (each date, answers), \
                sessions (the last 20: id, start, graded, flashcards: those graded without key points, score, fraction: null \
                for flashcards alone), topics (each topic, questions, answered, \
                meanCoverage), questions (most urgent first: id, topic, attempts, lastGrade, meanCoverage, recall: 0 to 1 or null \
                when new, stability in days, difficulty 1 to 10, due, isDue), weakest (ids), practiseWeakest (a command); with \
                --until an until object (date, moment, notReady, notReadyIDs); once a follow-up was asked, a followUps object \
                (asked, answeredWell); once suggested ticks were offered, suggestions (one per language: language, answers, \
                accepted, acceptance: 0 to 1, kappa: Cohen's kappa between the suggested and the final ticks; both null \
                below 20 answers).
                """,
            japaneseJSONKeys: """
                deck、now、answers、daysPractised、currentStreak、dueNow、new、lastThirtyDays（それぞれ date、answers）、\
                sessions（直近 20 回: id、start、graded、flashcards: キーポイントなしで評価した数、score、fraction: \
                フラッシュカードのみなら null）、topics（それぞれ topic、questions、answered、\
                meanCoverage）、questions（急ぐ順: id、topic、attempts、lastGrade、meanCoverage、recall: 0〜1、未回答なら null、\
                stability: 日数、difficulty: 1〜10、due、isDue）、weakest（id の配列）、practiseWeakest（コマンド）。--until の\
                ときは until オブジェクト（date、moment、notReady、notReadyIDs）、追加質問を出したことがあれば followUps \
                オブジェクト（asked、answeredWell）、ポイントを提案したことがあれば suggestions（言語ごとに language、answers、\
                accepted、acceptance: 0〜1、kappa: 提案と最終的なチェックのコーエンのカッパ。回答が 20 回未満なら両方 null）。
                """)
    }

    /// Questions listed without `--all`.
    static let defaultRowLimit = 20

    func run(_ context: CommandContext) throws -> Int32 {
        try context.paging(noPager: pager.noPager || output.json) { context in try page(context) }
    }

    /// The command's output, written to `context` (a buffer when it goes through the pager).
    private func page(_ context: CommandContext) throws -> Int32 {
        let now = context.clock()
        let zone = context.timeZone
        let until = try until.map { (text) throws(UsageError) in try QuizTiming.untilDay(text, now: now, zone: zone) }
        let deck = try self.deck.load(context)
        let presentation = Presentation(context, language: language, color: color, deck: deck)
        let history = try context.loadHistory(path: progress.path(context), strings: presentation.strings)
        let planner = PastAnswers(history, deckID: deck.id).planner(for: deck.questions, now: now)
        let statistics = PracticeStatistics(deck: deck, history: history, planner: planner, zone: zone)
        let notReady = until.map { planner.notReady(at: $0.moment) }
        let followUps = history.followUpTally(forDeck: deck.id)
        let suggestions = history.suggestionTallies(forDeck: deck.id)
        let stats = StatsJSON(
            deck: deck, deckPath: self.deck.deck, planner: planner, statistics: statistics,
            rows: Self.urgentFirst(planner),
            until: until, notReady: notReady, zone: zone)
        if output.json {
            var json = Self.json(stats, followUps: followUps)
            if !suggestions.isEmpty, case .object(var members) = json {
                members.append(("suggestions", Self.suggestionsJSON(suggestions)))
                json = .object(members)
            }
            context.printJSON(json)
            return 0
        }
        context.output.write(dashboard(stats, followUps: followUps, presentation: presentation))
        if !suggestions.isEmpty {
            context.output.line()
            for line in Self.suggestionLines(suggestions, presentation: presentation) { context.output.line(line) }
        }
        return 0
    }

    /// The JSON of the dashboard, with the follow-ups once one was asked.
    private static func json(_ stats: StatsJSON, followUps: FollowUpTally) -> JSONValue {
        guard followUps.asked > 0, case .object(var members) = stats.value else { return stats.value }
        members.append(
            (
                "followUps",
                .object([
                    ("asked", .int(followUps.asked)), ("answeredWell", .int(followUps.answeredWell)),
                ])
            ))
        return .object(members)
    }

    /// The dashboard's text (the 20 most urgent questions without `--all`), then the follow-ups once one was asked.
    private func dashboard(
        _ stats: StatsJSON, followUps: FollowUpTally, presentation: Presentation
    ) -> String {
        var text = StatsDashboard(
            presentation: presentation, deck: stats.deck, deckPath: stats.deckPath, planner: stats.planner,
            statistics: stats.statistics, zone: stats.zone
        ).render(
            rows: all ? stats.rows : Array(stats.rows.prefix(Self.defaultRowLimit)), totalRows: stats.rows.count,
            until: stats.until.map { ($0.day, stats.notReady ?? []) })
        if followUps.asked > 0 {
            text += "\n"
            let line = presentation.strings.followUpsAnsweredWell(followUps.answeredWell, of: followUps.asked)
            for line in presentation.wrapped(line) { text += line + "\n" }
        }
        return text
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
    let zone: LocalTimeZone

    var value: JSONValue {
        let today = zone.day(of: planner.now)
        var members: [(String, JSONValue)] = [
            ("deck", .string(deck.id)),
            ("now", .string(Timestamp.string(from: planner.now))),
            ("answers", .int(statistics.answerCount)),
            ("daysPractised", .int(statistics.daysPractised)),
            ("currentStreak", .int(statistics.currentStreak)),
            ("dueNow", .int(statistics.dueNow)),
            ("new", .int(statistics.newCount)),
            (
                "lastThirtyDays",
                .array(
                    statistics.lastThirtyDays.enumerated().map { offset, count in
                        .object([
                            ("date", .string(today.adding(days: offset - 29).description)), ("answers", .int(count)),
                        ])
                    })
            ),
            (
                "sessions",
                .array(
                    statistics.recentSessions.map { session in
                        .object([
                            ("id", .string(session.id)), ("start", .string(Timestamp.string(from: session.start))),
                            ("graded", .int(session.score.answers)), ("flashcards", .int(session.score.flashcards)),
                            ("score", .double(session.score.sum)),
                            ("fraction", session.score.count > 0 ? .double(session.score.fraction) : .null),
                        ])
                    })
            ),
            (
                "topics",
                .array(
                    statistics.topics.map { topic in
                        .object([
                            ("topic", .string(topic.topic)), ("questions", .int(topic.questionCount)),
                            ("answered", .int(topic.answeredCount)), ("meanCoverage", .optional(topic.meanCoverage)),
                        ])
                    })
            ),
            ("questions", .array(rows.map(question))),
            ("weakest", .array(statistics.weakest.map { .string($0.question.id) })),
        ]
        if !statistics.weakest.isEmpty {
            members.append(
                ("practiseWeakest", .string(StatsDashboard.weakestCommand(statistics.weakest, deckPath: deckPath))))
        }
        if let until, let notReady {
            members.append(
                (
                    "until",
                    .object([
                        ("date", .string(until.day.description)),
                        ("moment", .string(Timestamp.string(from: until.moment))),
                        ("notReady", .int(notReady.count)),
                        ("notReadyIDs", .array(notReady.map { .string($0.question.id) })),
                    ])
                ))
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
