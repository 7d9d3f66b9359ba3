import FoundationEssentials
import QuizKit
import QuizStore

/// A quiz decided before its first question, from the typed `QuizCommand`: the deck (or every deck), the presentation,
/// the progress file checked, the past answers, then the questions in the order they are asked and the session that
/// asks them. `QuizCommand.run` only sequences these steps, and a test can drive each one.
struct QuizSetup {
    let command: QuizCommand
    /// `--until`'s day and the moment readiness is judged at.
    let until: (day: CalendarDay, moment: Date)?
    /// The order asked for (`due` when only `--until` was given).
    let order: QuizOrder
    let seed: UInt64
    /// The deck practised (the merged one with `--all-decks`).
    let deck: Deck
    /// Every deck, with `--all-decks`.
    let allDecks: AllDecks?
    let presentation: Presentation
    /// The progress file's path, read and (unless `--no-save`) appended to.
    let progressPath: String
    /// The progress file the session appends to, or nil with `--no-save`.
    let progressFile: ProgressFile?
    let pastAnswers: PastAnswers

    /// Reads the deck(s), warns about library decks that cannot be used, checks that the progress file can take
    /// records and reads the past answers.
    /// - Throws: a `UsageError` for a bad `--until`, the deck's and the store's errors, and `CommandFailure` when the
    ///   progress file cannot take records.
    init(_ command: QuizCommand, context: CommandContext) throws {
        self.command = command
        let now = context.clock()
        until = try command.until.map { (text) throws(UsageError) in
            try QuizTiming.untilDay(text, now: now, zone: context.timeZone)
        }
        order = command.order ?? (until == nil ? .random : .due)
        seed = command.seed.seed ?? context.makeSeed()
        allDecks = command.allDecks ? try AllDecks.load(context) : nil
        deck = try allDecks?.merged ?? command.deck.load(context)
        presentation = Presentation(context, language: command.language, color: command.color, deck: deck)
        for path in allDecks?.skipped ?? [] {
            context.errorOutput.line(presentation.strings.skippedLibraryDeck(context.displayPath(path)))
        }
        progressPath = command.progress.path(context)
        progressFile = command.noSave ? nil : ProgressFile(path: progressPath)
        try QuizMode.checkBeforeStarting(progressFile)
        let history = try context.loadHistory(path: progressPath, strings: presentation.strings)
        pastAnswers = allDecks.map { PastAnswers(history, allDecks: $0) } ?? PastAnswers(history, deckID: deck.id)
    }

    /// What is left to practise once the order is applied.
    enum Choice: Equatable {
        case practise([Question])
        case declined
        case interrupted
    }

    /// The questions that pass the filters, in the order asked for, at most `--count` of them. With `--order due` and
    /// nothing due, asks whether to practise the most at-risk questions anyway.
    /// - Throws: `QuizError` when no question passes the filters.
    func chooseQuestions(_ context: CommandContext) throws -> Choice {
        var questions = try command.selection.filter.apply(to: deck)
        switch order {
        case .random: questions = QuestionOrdering.random(questions, seed: seed)
        case .sequential: break
        case .weakest:
            questions = pastAnswers.planner(for: questions, now: context.clock()).weakestFirst().map(\.question)
        case .due:
            let planner = pastAnswers.planner(for: questions, now: context.clock())
            let choice = Self.dueQuestions(planner, until: until, context: context, strings: presentation.strings)
            guard case .practise(let ordered) = choice else { return choice }
            questions = ordered
        }
        return .practise(command.count.map { Array(questions.prefix($0)) } ?? questions)
    }

    /// The session's settings for `questions`: what it records and where, its time limit, and the past answers it
    /// offers intervals and follow-ups from.
    func settings(for questions: [Question], sessionID: String) -> QuizSession.Settings {
        QuizSession.Settings(
            deckID: deck.id, sessionID: sessionID, isRecording: progressFile != nil, timeLimit: timeLimit,
            keepsText: !command.noKeepText, asksFollowUps: command.followUps,
            followUpAttempts: command.followUps ? pastAnswers.followUpAttempts(of: questions) : [:],
            histories: pastAnswers.historiesByID(of: questions),
            questionDeckIDs: allDecks == nil ? [] : pastAnswers.deckIDs(of: questions),
            suggestionLanguage: presentation.deckLanguage)
    }

    /// The limit `--timed` or `--minutes` ask for.
    var timeLimit: TimeLimit { QuizTiming.timeLimit(timed: command.timed, minutes: command.minutes) }

    /// The quiz over `questions`, ready for the prompt loop.
    func runner(asking questions: [Question], context: CommandContext) -> QuizRunner {
        var screen = QuizScreen(
            presenter: QuestionPresenter(presentation: presentation, deck: deck), questions: questions,
            isTimed: timeLimit != .none, previousSession: pastAnswers.previousSession,
            progressPath: progressFile == nil ? nil : context.displayPath(progressPath))
        screen.deckIDs = allDecks == nil ? [] : pastAnswers.deckIDs(of: questions)
        let values = settings(for: questions, sessionID: context.makeIdentifier())
        let session = QuizSession(questions: questions, settings: values)
        return QuizRunner(session: session, screen: screen, progressFile: progressFile, style: presentation.style)
    }

    // MARK: Nothing due

    /// Due questions then new ones; when there are none, offers to practise the most at-risk ones anyway.
    private static func dueQuestions(
        _ planner: StudyPlanner, until: (day: CalendarDay, moment: Date)?, context: CommandContext, strings: UIStrings
    ) -> Choice {
        let plan = planner.duePlan(until: until?.moment)
        if !plan.ordered.isEmpty { return .practise(plan.ordered.map(\.question)) }
        let zone = context.timeZone
        let next = plan.nextDue.map {
            strings.withMoment(strings.relative($0, from: planner.now, in: zone), zone.minuteString($0))
        }
        context.output.line(strings.nothingDue(until: until.map { "\($0.day)" }, next: next))
        context.output.write(strings.practiseAnyway)
        context.output.flush()
        let reply = context.readAtPrompt(liveTitle: nil)
        if reply == .interrupted { return .interrupted }
        guard case .line(let text) = reply, ["y", "yes", "はい"].contains(text.trimmed().lowercased()) else {
            return .declined
        }
        let moment = until?.moment ?? planner.now
        return .practise(
            planner.statuses.sorted { planner.recall($0, at: moment) < planner.recall($1, at: moment) }.map(\.question))
    }
}

/// A quiz ready to run: its session and screen, and where its records go. `run` switches bracketed paste on (off
/// again on every way out), puts the countdown in the terminal's title in timed practice, and hands the session to
/// the prompt loop.
struct QuizRunner {
    let session: QuizSession
    var screen: QuizScreen
    let progressFile: ProgressFile?
    let style: TextStyle

    /// Runs the quiz to its end and returns the exit status (0, 1 when a record could not be saved, 130 after Ctrl-C).
    func run(_ context: CommandContext) -> Int32 {
        let liveTitle = screen.isTimed ? LiveTitle.make(for: context) : nil
        var screen = screen
        if liveTitle != nil { screen.countdownHint = screen.strings.countdownInTitle }
        // The loop's end (q, Ctrl-D, Ctrl-C) and a thrown error alike pass through this defer before the process exits.
        let terminalMode = TerminalMode.make(for: context)
        terminalMode?.enable()
        defer { terminalMode?.restore() }
        let mode = QuizMode(
            screen: screen, progressFile: progressFile,
            editor: ExternalEditor.fromEnvironment(context.environment), terminalMode: terminalMode)
        return PromptLoop(context: context, style: style, mode: mode, liveTitle: liveTitle).run(session)
    }
}
