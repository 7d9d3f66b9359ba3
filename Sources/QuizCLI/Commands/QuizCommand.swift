import FoundationEssentials
import QuizKit
import QuizStore

/// `dlquiz quiz`: the interactive quiz.
struct QuizCommand: ParsableCommand {
    @Option(
        help: "random, sequential, due (due questions first, most at risk first, then new ones) or weakest (lowest mean coverage first).",
        ja: "random、sequential、due（復習時期の質問を忘れそうな順に、次に新しい質問）、weakest（平均カバー率の低い順）のいずれかです。",
        defaultValue: "random")
    var order: QuizOrder?

    @Option(
        valueName: "date",
        help: "With --order due: practise what would be below 90% predicted recall on this day (2026-12-04, fri, tomorrow, +3). Implies --order due.",
        ja: "--order due と併せて、この日（2026-12-04、fri、tomorrow、+3 など）に予測される定着度が 90% を下回る質問を練習します。--order due を含みます。",
        completion: .freeText)
    var until: String?

    @Option(
        name: [.customShort("n"), .long], valueName: "n", help: "Ask at most this many questions.",
        ja: "出題する質問の数の上限です。", completion: .freeText, parse: .integer(1...))
    var count: Int?

    @OptionGroup var selection: SelectionOptions
    @OptionGroup var seed: SeedOptions
    @OptionGroup var deck: DeckOptions
    @OptionGroup var language: LanguageOptions

    @Flag(
        help: "Practise the bundled deck and every deck of your library together ('dlquiz decks'), as with --order due --all-decks.",
        ja: "同梱のデッキと、ライブラリ（'dlquiz decks'）のすべてのデッキをまとめて練習します（例: --order due --all-decks）。")
    var allDecks = false

    @Flag(
        help: "Time each answer against the question's suggested minutes; the time is shown and saved.",
        ja: "質問ごとの目安の時間に対して、回答の時間を計ります。時間は表示され、保存されます。")
    var timed = false

    @Option(
        valueName: "m", help: "Timed, with the same limit of m minutes (such as 2 or 1.5) for every question.",
        ja: "すべての質問に同じ m 分（2 や 1.5 など）の制限を設けて時間を計ります。", completion: .freeText, parse: .minutes)
    var minutes: Double?

    @Flag(help: "Practise without recording anything in the progress file.", ja: "記録ファイルに何も残さずに練習します。")
    var noSave = false

    @Flag(help: "Save grades without the text of the typed answers.", ja: "評価だけを保存し、入力した回答の文章は残しません。")
    var noKeepText = false

    @Flag(
        help: "After each grade, ask one of the question's follow-ups and record whether it was answered well.",
        ja: "評価のあとに追加質問を1つ出し、うまく答えられたかを記録します。")
    var followUps = false

    @OptionGroup var progress: ProgressOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "quiz",
            abstract: "Practise: answer a question, compare with the model answer, grade yourself.",
            discussion: """
            For each question: type your answer and finish with an empty line (or press Enter at once to answer \
            aloud). The model answer and its numbered key points appear; type the numbers you covered (1 3 4), all \
            or none. dlquiz proposes a grade from the coverage; Enter accepts it, 1-4 or a/h/g/e choose another, u \
            undoes the previous grade, s skips, q ends. Every grade is saved at once; Ctrl-D or Ctrl-C end the quiz \
            keeping them all.

            Piped input answers each question with three lines: an empty line, the points (all, none or numbers), \
            and an empty line to accept the grade. For example: printf '\\nall\\n\\n' | dlquiz quiz --count 1

            A pasted answer stays one answer, blank lines and all; e on the first line opens $VISUAL or $EDITOR for \
            a long answer; Ctrl-D after typing submits what was typed. What you typed is shown again above the key \
            points and saved with the grade (not with --no-keep-text); 'dlquiz show ID --history' lists it. The grade \
            prompt shows the interval each grade would give. With --follow-ups, one of the question's follow-ups is \
            asked after the grade (badly answered and never asked ones first); say y or n for whether you answered it \
            well.

            Timed practice (--timed, or --minutes m): the time taken is shown at the reveal, with how far over the \
            limit it went, and saved with the answer; going over lowers the proposed grade by one. On a terminal \
            the time left counts down in the terminal's title, which never disturbs the line you are typing.
            """,
            japaneseAbstract: "練習します: 質問に答え、模範解答と見比べて、自己採点します。",
            japaneseDiscussion: """
            質問ごとに、答えを入力して空行で終えます（声に出して答えるときは、すぐに Enter を押します）。模範解答と\
            番号付きのポイントが表示されるので、押さえた番号（1 3 4）、all、none のいずれかを入力します。dlquiz が\
            カバー率から評価を提案します。Enter でそのまま確定、1-4 または a/h/g/e で別の評価を選び、u で直前の評価を\
            取り消し、s でスキップ、q で終了します。評価はその都度保存されるので、Ctrl-D や Ctrl-C で終えても\
            すべて残ります。

            パイプで入力するときは、1 問につき 3 行で答えます: 空行、ポイント（all、none または番号）、評価を確定する\
            空行です。例: printf '\\nall\\n\\n' | dlquiz quiz --count 1

            時間を計る練習（--timed または --minutes m）では、解答を表示するときにかかった時間と制限の超過分を示し、\
            回答と一緒に保存します。制限を超えると、提案する評価が 1 段階下がります。ターミナルでは残り時間を\
            タイトルに表示するので、入力中の行が乱れることはありません。
            """,
        )
    }

    func validate() throws(UsageError) {
        if allDecks && deck.deck != nil {
            throw UsageError(.allDecksWithDeck)
        }
        if until != nil, let order, order != .due {
            throw UsageError(.untilWithOtherOrder)
        }
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let now = context.clock()
        let until = try until.map { (text) throws(UsageError) in
            try QuizTiming.untilDay(text, now: now, zone: context.timeZone)
        }
        let order = order ?? (until == nil ? .random : .due)
        let seed = self.seed.seed ?? context.makeSeed()
        let isSaving = !noSave
        let timeLimit = QuizTiming.timeLimit(timed: timed, minutes: minutes)

        let allDecks = self.allDecks ? try AllDecks.load(context) : nil
        let deck = try allDecks?.merged ?? self.deck.load(context)
        let presentation = Presentation(context, language: language, color: color, deck: deck)
        for path in allDecks?.skipped ?? [] {
            context.errorOutput.line(presentation.strings.skippedLibraryDeck(context.displayPath(path)))
        }
        let progressPath = progress.path(context)
        let progressFile = isSaving ? ProgressFile(path: progressPath) : nil
        try QuizMode.checkBeforeStarting(progressFile)
        let history = try context.loadHistory(path: progressPath, strings: presentation.strings)
        /// Each question replays its own deck's history.
        func planner(_ questions: [Question]) -> StudyPlanner {
            if let allDecks { return allDecks.planner(for: questions, history: history, now: context.clock()) }
            return StudyPlanner.replayingInParallel(
                questions: questions, histories: history.questionHistories(forDeck: deck.id), now: context.clock())
        }
        var questions = try selection.filter.apply(to: deck)
        switch order {
        case .random:
            questions = QuestionOrdering.random(questions, seed: seed)
        case .sequential:
            break
        case .weakest:
            questions = planner(questions).weakestFirst().map(\.question)
        case .due:
            switch Self.dueQuestions(planner(questions), until: until, context: context, strings: presentation.strings) {
            case .practise(let ordered): questions = ordered
            case .declined: return 0
            case .interrupted: return 130
            }
        }
        if let count { questions = Array(questions.prefix(count)) }

        var chosenFollowUps: [String: Int] = [:]
        if followUps {
            let deckIDs = allDecks?.deckIDs(of: questions) ?? questions.map { _ in deck.id }
            var asked: [String: [String: [FollowUpAttempt]]] = [:]
            for (question, deckID) in zip(questions, deckIDs) {
                if asked[deckID] == nil { asked[deckID] = history.followUpAttempts(forDeck: deckID) }
                chosenFollowUps[question.id] = FollowUpPicker.choose(
                    count: question.followUps.count, attempts: asked[deckID]?[question.id] ?? [])
            }
        }
        let settings = QuizSession.Settings(
            deckID: deck.id, sessionID: context.makeIdentifier(), isRecording: isSaving, timeLimit: timeLimit,
            keepsText: !noKeepText, followUps: chosenFollowUps,
            histories: allDecks?.histories(of: questions, history: history) ?? history.questionHistories(forDeck: deck.id),
            questionDeckIDs: allDecks?.deckIDs(of: questions) ?? [])
        let liveTitle = timeLimit == .none ? nil : LiveTitle.make(for: context)
        var screen = QuizScreen(
            presenter: QuestionPresenter(presentation: presentation, deck: deck),
            questions: questions, isTimed: timeLimit != .none, previousSession: history.sessions(forDeck: allDecks == nil ? deck.id : nil).last,
            progressPath: isSaving ? context.displayPath(progressPath) : nil)
        if liveTitle != nil { screen.countdownHint = presentation.strings.countdownInTitle }
        // Bracketed paste on a terminal, switched off again on every way out: the loop's end (q, Ctrl-D, Ctrl-C) and
        // a thrown error alike pass through this defer before the process exits.
        let terminalMode = TerminalMode.make(for: context)
        terminalMode?.enable()
        defer { terminalMode?.restore() }
        let mode = QuizMode(
            screen: screen, progressFile: progressFile,
            editor: ExternalEditor.fromEnvironment(context.environment), terminalMode: terminalMode)
        return PromptLoop(context: context, style: presentation.style, mode: mode, liveTitle: liveTitle)
            .run(QuizSession(questions: questions, settings: settings))
    }

    /// What the due plan leaves to practise.
    private enum DueChoice {
        case practise([Question])
        case declined
        case interrupted
    }

    /// Due questions then new ones; when there are none, offers to practise the most at-risk ones anyway.
    private static func dueQuestions(
        _ planner: StudyPlanner, until: (day: CalendarDay, moment: Date)?, context: CommandContext, strings: UIStrings
    ) -> DueChoice {
        let plan = planner.duePlan(until: until?.moment)
        if !plan.ordered.isEmpty { return .practise(plan.ordered.map(\.question)) }
        let zone = context.timeZone
        let next = plan.nextDue.map { strings.withMoment(strings.relative($0, from: planner.now, in: zone), zone.minuteString($0)) }
        context.output.line(strings.nothingDue(until: until.map { "\($0.day)" }, next: next))
        context.output.write(strings.practiseAnyway)
        context.output.flush()
        let reply = context.readAtPrompt(liveTitle: nil)
        if reply == .interrupted { return .interrupted }
        guard case .line(let text) = reply, ["y", "yes", "はい"].contains(text.trimmed().lowercased()) else { return .declined }
        let moment = until?.moment ?? planner.now
        return .practise(
            planner.statuses.sorted { planner.recall($0, at: moment) < planner.recall($1, at: moment) }.map(\.question))
    }
}
