import QuizKit

/// `dlquiz list`: every question with its topic, difficulty and the user's attempts.
struct ListCommand: ParsableCommand {
    @OptionGroup var selection: SelectionOptions

    @Option(
        valueName: "text",
        help:
            "Only the questions that mention this text in their question, answer, key points or details, in any language and any case.",
        ja: "質問・模範解答・ポイント・詳しい解説のどこかに、この文字列を含む質問だけにします（言語も大文字・小文字も問いません）。",
        completion: .freeText, parse: .nonEmpty)
    var search: String?
    @OptionGroup var deck: DeckOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var output: JSONOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "list", abstract: "List the questions with their topic, difficulty, your attempts and last grade.",
            discussion: """
                On a terminal the question is cut to fit the width; through a pipe (with COLUMNS unset) every row is \
                whole on one line, so a filter such as grep sees each question in full. --search finds a text in the \
                question, the model answer, the key points and the details, in every language of the deck, ignoring \
                case, accents and fullwidth forms; a word of up to three letters (BN, SGD) matches whole words only.
                """,
            japaneseAbstract: "質問を、トピック・難易度・回答回数・前回の評価とともに一覧します。",
            japaneseDiscussion: """
                ターミナルでは、質問を幅に合わせて切り詰めます。パイプに出力するとき（COLUMNS が未設定のとき）は\
                各行を切らずに 1 行で出力するので、grep などで質問の全文を探せます。--search は、質問・模範解答・\
                ポイント・詳しい解説から、デッキのすべての言語で、大文字と小文字・アクセント・全角と半角を区別せずに\
                文字列を探します。3 文字までの単語（BN、SGD など）は、単語全体が一致するときだけ見つかります。
                """,
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
        var questions = try selection.filter.apply(to: deck)
        if let search, let query = QuestionSearch(search) {
            questions = questions.filter(query.matches)
            if questions.isEmpty && !output.json {
                context.errorOutput.line(presentation.strings.noQuestionMentions(TerminalText.sanitized(search)))
                return 1
            }
        }
        let histories = try context.loadHistory(path: progress.path(context), strings: presentation.strings)
            .questionHistories(forDeck: deck.id)
        if output.json {
            context.printJSON(
                Self.json(questions, deck: deck, language: presentation.deckLanguage, histories: histories))
            return 0
        }
        let asksForWidth = context.environment["COLUMNS"].flatMap { Int($0.trimmed()) }.map { $0 > 0 } ?? false
        let isPiped = !context.terminal.isOutputTerminal && !asksForWidth
        for line in Self.table(
            questions, deck: deck, histories: histories, presentation: presentation, isPiped: isPiped)
        {
            // On a pipe, each question stays on one line, whatever its length, for grep.
            if isPiped { context.output.write(verbatim: line + "\n") } else { context.output.line(line) }
        }
        return 0
    }

    /// The table as lines, with its footer.
    private static func table(
        _ questions: [Question], deck: Deck, histories: [String: QuestionHistory], presentation: Presentation,
        isPiped: Bool
    ) -> [String] {
        var lines: [String] = []
        func line(_ text: String = "") { lines.append(text) }
        let language = presentation.deckLanguage
        let strings = presentation.strings
        let style = presentation.style
        let attempts = questions.map { histories[$0.id]?.attempts ?? 0 }
        let table = ColumnTable(
            columns: [
                .init(
                    header: strings.columnID, cells: questions.map { TerminalText.sanitized($0.id) },
                    decorate: { style.blue($1) }),
                .init(
                    header: strings.columnTopic,
                    cells: questions.map { TerminalText.sanitized(deck.displayName(ofTopic: $0.topic, in: language)) },
                    dropPriority: 4),
                .init(
                    header: strings.columnDifficulty, cells: questions.map { String($0.difficulty) }, dropPriority: 3),
                .init(
                    header: strings.columnAttempts, cells: attempts.map { $0 == 0 ? "-" : String($0) },
                    alignRight: true,
                    dropPriority: 1),
                .init(
                    header: strings.columnLastGrade,
                    cells: questions.map { histories[$0.id]?.lastGrade.map(strings.name(of:)) ?? "-" }, dropPriority: 2),
                .init(
                    header: strings.columnQuestion,
                    cells: questions.map { TerminalText.sanitized($0.question.text(in: language)).replacingNewlines() },
                    isFlexible: true),
            ],
            flexibleMinimum: 20, decorateHeader: style.bold)
        // Through a pipe, unless COLUMNS asks for a width, no cell is cut: `dlquiz list | grep` sees every question.
        lines += table.lines(width: isPiped ? Int.max / 2 : presentation.width)
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
            (
                "questions",
                .array(
                    questions.map { question in
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
                    })
            ),
        ])
    }
}
