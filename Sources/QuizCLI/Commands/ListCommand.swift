import QuizKit

/// `dlquiz list`: every question with its topic, difficulty and the user's attempts.
struct ListCommand: ParsableCommand {
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var deck: DeckOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var output: JSONOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "list", abstract: "List the questions with their topic, difficulty, your attempts and last grade.",
            japaneseAbstract: "質問を、トピック・難易度・回答回数・前回の評価とともに一覧します。",
            jsonKeys: """
            deck, language (of the deck's texts), questions (each id, topic, difficulty, minutes, question, attempts, \
            lastGrade: again, hard, good, easy or null, lastAnswered: ISO 8601 or null, meanCoverage: 0 to 1 or null).
            """,
            japaneseJSONKeys: """
            deck、language（デッキのテキストの言語）、questions（それぞれ id、topic、difficulty、minutes、question、\
            attempts、lastGrade: again・hard・good・easy または null、lastAnswered: ISO 8601 または null、meanCoverage: \
            0〜1 または null）。
            """)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let deck = try self.deck.load(context)
        let presentation = Presentation(context, language: language, color: color, deck: deck)
        let questions = try selection.filter.apply(to: deck)
        let histories = try context.loadHistory(path: progress.path(context), strings: presentation.strings).questionHistories(forDeck: deck.id)
        if output.json {
            context.printJSON(Self.json(questions, deck: deck, language: presentation.deckLanguage, histories: histories))
            return 0
        }
        for line in Self.table(questions, deck: deck, histories: histories, presentation: presentation) { context.output.line(line) }
        return 0
    }

    /// The table as lines, with its footer.
    private static func table(
        _ questions: [Question], deck: Deck, histories: [String: QuestionHistory], presentation: Presentation
    ) -> [String] {
        var lines: [String] = []
        func line(_ text: String = "") { lines.append(text) }
        let language = presentation.deckLanguage
        let strings = presentation.strings
        let style = presentation.style
        let attempts = questions.map { histories[$0.id]?.attempts ?? 0 }
        let table = ColumnTable(
            columns: [
                .init(header: strings.columnID, cells: questions.map { TerminalText.sanitized($0.id) },
                      decorate: { style.blue($1) }),
                .init(header: strings.columnTopic,
                      cells: questions.map { TerminalText.sanitized(deck.displayName(ofTopic: $0.topic, in: language)) },
                      dropPriority: 4),
                .init(header: strings.columnDifficulty, cells: questions.map { String($0.difficulty) }, dropPriority: 3),
                .init(header: strings.columnAttempts, cells: attempts.map { $0 == 0 ? "-" : String($0) }, alignRight: true,
                      dropPriority: 1),
                .init(header: strings.columnLastGrade,
                      cells: questions.map { histories[$0.id]?.lastGrade.map(strings.name(of:)) ?? "-" }, dropPriority: 2),
                .init(header: strings.columnQuestion,
                      cells: questions.map { TerminalText.sanitized($0.question.text(in: language)).replacingNewlines() },
                      isFlexible: true),
            ],
            flexibleMinimum: 20, decorateHeader: style.bold)
        lines += table.lines(width: presentation.width)
        let answered = questions.filter { (histories[$0.id]?.attempts ?? 0) > 0 }.count
        line()
        line(style.dim(strings.listFooter(questions: questions.count, answered: answered)))
        return lines
    }

    private static func json(
        _ questions: [Question], deck: Deck, language: String, histories: [String: QuestionHistory]
    ) -> JSONValue {
        .object([
            ("deck", .string(deck.id)),
            ("language", .string(language)),
            ("questions", .array(questions.map { question in
                let history = histories[question.id]
                return .object([
                    ("id", .string(question.id)), ("topic", .string(question.topic)),
                    ("difficulty", .int(question.difficulty)), ("minutes", .double(question.minutes)),
                    ("question", .string(question.question.text(in: language))),
                    ("attempts", .int(history?.attempts ?? 0)),
                    ("lastGrade", .optional(history?.lastGrade?.name)),
                    ("lastAnswered", .optional(history?.lastTime.map(Timestamp.string(from:)))),
                    ("meanCoverage", .optional(history?.meanCoverage)),
                ])
            })),
        ])
    }
}
