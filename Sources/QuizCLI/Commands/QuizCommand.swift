import FoundationEssentials
import QuizKit
import QuizStore

/// `dlquiz quiz`: the interactive quiz.
enum QuizCommand: CommandRunner {
    static let spec = CommandSpec(
        path: ["quiz"],
        abstract: "Practise: answer a question, compare with the model answer, grade yourself.",
        discussion: """
            For each question: type your answer and finish with an empty line (or press Enter at once to answer \
            aloud). The model answer and its numbered key points appear; type the numbers you covered (1 3 4), all \
            or none. dlquiz proposes a grade from the coverage; Enter accepts it, 1-4 or a/h/g/e choose another, u \
            undoes the previous grade, s skips, q ends. Every grade is saved at once; Ctrl-D or Ctrl-C end the quiz \
            keeping them all.

            Piped input answers each question with three lines: an empty line, the points (all, none or numbers), \
            and an empty line to accept the grade. For example: printf '\\nall\\n\\n' | dlquiz quiz --count 1

            Timed practice (--timed, or --minutes m): the time taken is shown at the reveal, with how far over the \
            limit it went, and saved with the answer; going over lowers the proposed grade by one. On a terminal \
            the time left counts down in the terminal's title, which never disturbs the line you are typing.
            """,
        options: [
            .value(
                "order", valueName: "order",
                help: "random, sequential, due (due questions first, most at risk first, then new ones) or weakest (lowest mean coverage first).",
                defaultValue: "random", choices: QuizOrder.allCases.map(\.rawValue)),
            .value(
                "until", valueName: "date",
                help: "With --order due: practise what would be below 90% predicted recall on this day (2026-12-04, fri, tomorrow, +3). Implies --order due."),
            .value("count", short: "n", valueName: "n", help: "Ask at most this many questions."),
            CommonOptions.topic, CommonOptions.ids, CommonOptions.seed, CommonOptions.deck, CommonOptions.lang,
            QuizTiming.timedOption, QuizTiming.minutesOption,
            .flag("no-save", help: "Practise without recording anything in the progress file."),
            CommonOptions.progress, CommonOptions.noColor,
        ])

    static func run(_ invocation: Invocation) throws -> Int32 {
        let arguments = invocation.arguments
        try arguments.requirePositionals(0...0)
        let context = invocation.context
        let now = context.clock()
        let until = try arguments.untilDay(now: now, utcOffset: context.utcOffset(now))
        let order = QuizOrder(rawValue: try arguments.choice("order") ?? (until == nil ? "random" : "due")) ?? .random
        if until != nil && order != .due {
            throw UsageError("'--until' plans due practice; use it with '--order due' (or without --order).", command: spec)
        }
        let count = try arguments.integer("count", in: 1...Int.max)
        let seed = try arguments.seed("seed") ?? context.makeSeed()
        let isSaving = !arguments.flag("no-save")
        let timeLimit = try QuizTiming.timeLimit(arguments)

        let deck = try invocation.deck()
        let language = try invocation.language(for: deck)
        let history = try invocation.loadHistory()
        let strings = UIStrings(language: language)
        var questions = try QuestionFilter(topics: arguments.list("topic"), ids: arguments.list("ids")).apply(to: deck)
        switch order {
        case .random:
            questions = QuestionOrdering.random(questions, seed: seed)
        case .sequential:
            break
        case .weakest:
            let planner = StudyPlanner.replayingInParallel(
                questions: questions, histories: history.questionHistories(forDeck: deck.id), now: context.clock())
            questions = planner.weakestFirst().map(\.question)
        case .due:
            let planner = StudyPlanner.replayingInParallel(
                questions: questions, histories: history.questionHistories(forDeck: deck.id), now: context.clock())
            guard let ordered = dueQuestions(planner, until: until, invocation: invocation, strings: strings) else {
                return 0
            }
            questions = ordered
        }
        if let count { questions = Array(questions.prefix(count)) }

        let progressPath = invocation.progressPath
        let settings = QuizSession.Settings(
            deckID: deck.id, sessionID: context.makeIdentifier(), isRecording: isSaving, timeLimit: timeLimit)
        let liveTitle = timeLimit == .none ? nil : LiveTitle.make(for: context)
        var screen = QuizScreen(
            presenter: QuestionPresenter(invocation: invocation, deck: deck, language: language),
            questions: questions, isTimed: timeLimit != .none, previousSession: history.sessions(forDeck: deck.id).last,
            progressPath: isSaving ? progressPath : nil)
        if liveTitle != nil { screen.countdownHint = UIStrings(language: language).countdownInTitle }
        var loop = QuizLoop(
            invocation: invocation, screen: screen, progressFile: isSaving ? ProgressFile(path: progressPath) : nil)
        loop.liveTitle = liveTitle
        return loop.run(QuizSession(questions: questions, settings: settings))
    }

    /// Due questions then new ones; when there are none, offers to practise the most at-risk ones anyway.
    /// Returns nil when the user declines.
    private static func dueQuestions(
        _ planner: StudyPlanner, until: (day: CalendarDay, moment: Date)?, invocation: Invocation, strings: UIStrings
    ) -> [Question]? {
        let context = invocation.context
        let plan = planner.duePlan(until: until?.moment)
        if !plan.ordered.isEmpty { return plan.ordered.map(\.question) }
        let next = plan.nextDue.map { strings.relative($0, from: planner.now) + " (" + LocalTime.minuteString($0, utcOffset: context.utcOffset($0)) + ")" }
        context.output.line(strings.nothingDue(until: until.map { "\($0.day)" }, next: next))
        context.output.write(strings.practiseAnyway)
        context.output.flush()
        let reply = context.readAtPrompt(liveTitle: nil)
        guard case .line(let text) = reply, ["y", "yes", "はい"].contains(text.trimmed().lowercased()) else { return nil }
        let moment = until?.moment ?? planner.now
        return planner.statuses.sorted { planner.recall($0, at: moment) < planner.recall($1, at: moment) }.map(\.question)
    }
}
