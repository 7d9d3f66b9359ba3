import QuizKit

/// `dlquiz show <id>`: one question with its model answer, details, key points, follow-ups and references.
struct ShowCommand: ParsableCommand {
    @Argument(
        help: "The question's id, as 'dlquiz list' shows it.", ja: "質問の id です（'dlquiz list' に表示されるものです）。",
        completion: .deck(.ids))
    var id: String

    @Flag(
        help: "List your dated attempts instead: grade, coverage, time and what you typed.",
        ja: "代わりに、これまでの回答を日付順に一覧します: 評価、カバー率、時間、入力した内容です。")
    var history = false

    @OptionGroup var deck: DeckOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var output: JSONOptions
    @OptionGroup var color: ColorOptions
    @OptionGroup var pager: PagerOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "show", abstract: "Show one question with its model answer, key points, follow-ups and references.",
            japaneseAbstract: "1 つの質問を、模範解答・ポイント・追加質問・参考文献とともに表示します。",
            jsonKeys: """
                id, topic, difficulty, minutes, language (of the deck's texts), question, oneMinuteAnswer (null when \
                the question has none), answer, details (null when none), keyPoints, followUps (each question, answer and \
                probes: the 1-based numbers of the key points it probes), references, attempts, lastGrade, \
                meanCoverage. With --history: id, attempts (each time, grade 1 to 4, covered, total, seconds, answer: null when \
                not kept, answerLength: the whole answer's length in characters when the record kept only its first \
                64 KiB, else null, suggested: the key points offered as suggested ticks, null when none were) and followUps (each time, followUp, answeredWell, answer, answerLength).
                """,
            japaneseJSONKeys: """
                id、topic、difficulty、minutes、language（デッキのテキストの言語）、question、oneMinuteAnswer（ないときは \
                null）、answer、details（ないときは null）、keyPoints、followUps（それぞれ question、answer、probes: 確かめる\
                ポイントの 1 から始まる番号）、references、attempts、lastGrade、meanCoverage。\
                --history のときは id、attempts（それぞれ time、grade: 1〜4、covered、total、seconds、answer: 残していない\
                ときは null、answerLength: 記録が回答の先頭 64 KiB だけを残したときの回答全体の文字数、それ以外は null、\
                suggested: 提案したポイント、提案しなかったときは null）、\
                followUps（それぞれ time、followUp、answeredWell、answer、answerLength）。
                """)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        try context.paging(noPager: pager.noPager || output.json) { context in try page(context) }
    }

    /// The command's output, written to `context` (a buffer when it goes through the pager).
    private func page(_ context: CommandContext) throws -> Int32 {
        let deck = try self.deck.load(context)
        let presentation = Presentation(context, language: language, color: color, deck: deck)
        guard let question = deck.question(withID: id) else {
            throw QuizError.unknownQuestion(id: id, suggestions: deck.questionSuggestions(for: id))
        }
        let progress = try context.loadHistory(path: progress.path(context), strings: presentation.strings)
        let presenter = QuestionPresenter(presentation: presentation, deck: deck)
        if self.history {
            showAttempts(question, progress: progress, deckID: deck.id, presenter: presenter, context: context)
            return 0
        }
        let history = progress.questionHistories(forDeck: deck.id)[question.id]
        if output.json {
            context.printJSON(Self.json(question, language: presentation.deckLanguage, history: history))
        } else {
            for line in Self.lines(question, history: history, presenter: presenter) { context.output.line(line) }
        }
        return 0
    }

    /// `--history`: every dated attempt and follow-up, as text or JSON.
    private func showAttempts(
        _ question: Question, progress: ProgressHistory, deckID: String, presenter: QuestionPresenter,
        context: CommandContext
    ) {
        let attempts = progress.attempts(forDeck: deckID, question: question.id)
        let followUps = progress.followUpAttempts(forDeck: deckID, question: question.id)
        if output.json {
            context.printJSON(Self.historyJSON(question, attempts: attempts, followUps: followUps))
        } else {
            let screen = AttemptsScreen(presenter: presenter, zone: context.timeZone)
            context.output.write(screen.text(question, attempts: attempts, followUps: followUps))
        }
    }

    /// The whole question: its id and facts, the question, the one-minute and model answers, the details, key
    /// points, follow-ups and references, and a line on the attempts so far.
    private static func lines(_ question: Question, history: QuestionHistory?, presenter: QuestionPresenter) -> [String]
    {
        let presentation = presenter.presentation
        let strings = presenter.strings
        let style = presentation.style
        let meta = [question.id] + presenter.metaLine(question).components(separatedBy: " · ")
        var lines = presentation.flowed(meta, indent: "").map(style.dim)
        lines += [""] + presenter.questionLines(question) + [""]
        lines += presenter.oneMinuteAnswerSection(question)
        lines += [presenter.heading(strings.modelAnswer)] + presenter.answerLines(question)
        if let details = question.details {
            lines += ["", presenter.heading(strings.details)]
            lines += presentation.blocks(details.text(in: presentation.deckLanguage), indent: "  ")
        }
        if !question.keyPoints.isEmpty {
            lines += ["", presenter.heading(strings.keyPoints)] + presenter.keyPointLines(question)
        }
        if !question.followUps.isEmpty {
            lines += ["", presenter.heading(strings.followUps)] + presenter.followUpLines(question)
        }
        if !question.references.isEmpty {
            lines += ["", presenter.heading(strings.references)] + presenter.referenceLines(question)
        }
        let attempts = strings.yourAttempts(
            history?.attempts ?? 0, lastGrade: history?.lastGrade.map(strings.name(of:)),
            meanCoverage: history?.meanCoverage.map(strings.percent))
        return lines + [""] + presentation.flowed(attempts.components(separatedBy: " · "), indent: "").map(style.dim)
    }

    /// `{"id", "attempts": [{"time", "grade", "covered", "total", "seconds", "answer"}], "followUps": [...]}`.
    private static func historyJSON(
        _ question: Question, attempts: [AnswerAttempt], followUps: [FollowUpAttempt]
    ) -> JSONValue {
        .object([
            ("id", .string(question.id)),
            (
                "attempts",
                .array(
                    attempts.map { attempt in
                        .object([
                            ("time", .string(Timestamp.string(from: attempt.time))),
                            ("grade", .int(attempt.grade.rawValue)),
                            ("covered", .array(attempt.tally.covered.map { .int($0) })),
                            ("total", .int(attempt.tally.total)),
                            ("seconds", .int(attempt.seconds)), ("answer", .optional(attempt.text)),
                            ("answerLength", .optional(attempt.textLength)),
                            ("suggested", attempt.suggested.map { .array($0.map { .int($0) }) } ?? .null),
                        ])
                    })
            ),
            (
                "followUps",
                .array(
                    followUps.map { attempt in
                        .object([
                            ("time", .string(Timestamp.string(from: attempt.time))),
                            ("followUp", .int(attempt.followUp)),
                            ("answeredWell", .bool(attempt.answeredWell)), ("answer", .optional(attempt.text)),
                            ("answerLength", .optional(attempt.textLength)),
                        ])
                    })
            ),
        ])
    }

    private static func json(_ question: Question, language: String, history: QuestionHistory?) -> JSONValue {
        .object([
            ("id", .string(question.id)), ("topic", .string(question.topic)),
            ("difficulty", .int(question.difficulty)), ("minutes", .double(question.minutes)),
            ("language", .string(language)),
            ("question", .string(question.question.text(in: language))),
            ("oneMinuteAnswer", .optional(question.oneMinuteAnswer?.text(in: language))),
            ("answer", .string(question.answer.text(in: language))),
            ("details", .optional(question.details?.text(in: language))),
            ("keyPoints", .array(question.keyPoints.map { .string($0.text(in: language)) })),
            ("followUps", .array(question.followUps.map { $0.json(in: language) })),
            ("references", .array(question.references.map { .string($0.text(in: language)) })),
            ("attempts", .int(history?.attempts ?? 0)),
            ("lastGrade", .optional(history?.lastGrade?.name)),
            ("meanCoverage", .optional(history?.meanCoverage)),
        ])
    }
}
