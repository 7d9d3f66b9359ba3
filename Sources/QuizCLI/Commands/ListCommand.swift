import QuizKit

/// `dlquiz list`: every question with its topic, difficulty and the user's attempts.
enum ListCommand: CommandRunner {
    static let spec = CommandSpec(
        path: ["list"],
        abstract: "List the questions with their topic, difficulty, your attempts and last grade.",
        options: [
            CommonOptions.topic,
            .value("difficulty", valueName: "level", help: "Only questions of this difficulty, 1 to 3 (repeatable).", isRepeatable: true),
            CommonOptions.deck, CommonOptions.lang, CommonOptions.progress, CommonOptions.json, CommonOptions.noColor,
        ])

    static func run(_ invocation: Invocation) throws -> Int32 {
        let arguments = invocation.arguments
        try arguments.requirePositionals(0...0)
        let deck = try invocation.deck()
        let language = try invocation.language(for: deck)
        let difficulties = try arguments.difficulties()
        let questions = try QuestionFilter(topics: arguments.list("topic"), difficulties: difficulties).apply(to: deck)
        let histories = try invocation.loadHistory().questionHistories(forDeck: deck.id)
        if invocation.isJSON {
            invocation.printJSON(json(questions, deck: deck, language: language, histories: histories))
            return 0
        }
        printTable(questions, deck: deck, language: language, histories: histories, invocation: invocation)
        return 0
    }

    private static func printTable(
        _ questions: [Question], deck: Deck, language: String, histories: [String: QuestionHistory],
        invocation: Invocation
    ) {
        let strings = UIStrings(language: language)
        let style = invocation.style
        let output = invocation.context.output
        let ids = questions.map { TerminalText.sanitized($0.id) }
        let topics = questions.map { TerminalText.sanitized(deck.displayName(ofTopic: $0.topic, in: language)) }
        let grades = questions.map { histories[$0.id]?.lastGrade.map(strings.name(of:)) ?? "-" }
        let idWidth = min(36, max(DisplayWidth.of(strings.columnID), ids.map { DisplayWidth.of($0) }.max() ?? 0))
        let topicWidth = min(20, max(DisplayWidth.of(strings.columnTopic), topics.map { DisplayWidth.of($0) }.max() ?? 0))
        let gradeWidth = max(DisplayWidth.of(strings.columnLastGrade), grades.map { DisplayWidth.of($0) }.max() ?? 0)
        let levelWidth = DisplayWidth.of(strings.columnDifficulty)
        let triesWidth = DisplayWidth.of(strings.columnAttempts)
        let fixed = idWidth + topicWidth + levelWidth + triesWidth + gradeWidth + 10
        let questionWidth = max(10, invocation.width - fixed)

        let header = [
            Table.cell(strings.columnID, idWidth), Table.cell(strings.columnTopic, topicWidth),
            Table.cell(strings.columnDifficulty, levelWidth), Table.cell(strings.columnAttempts, triesWidth),
            Table.cell(strings.columnLastGrade, gradeWidth), strings.columnQuestion,
        ].joined(separator: "  ")
        output.line(style.bold(header))
        for (offset, question) in questions.enumerated() {
            let attempts = histories[question.id]?.attempts ?? 0
            let row = [
                style.blue(Table.cell(ids[offset], idWidth)), Table.cell(topics[offset], topicWidth),
                Table.cell(String(question.difficulty), levelWidth),
                Table.cell(attempts == 0 ? "-" : String(attempts), triesWidth, alignRight: true),
                Table.cell(grades[offset], gradeWidth),
                Table.truncated(TerminalText.sanitized(question.question.text(in: language)).replacingNewlines(), to: questionWidth),
            ].joined(separator: "  ")
            output.line(row)
        }
        let answered = questions.filter { (histories[$0.id]?.attempts ?? 0) > 0 }.count
        output.line()
        output.line(style.dim(strings.listFooter(questions: questions.count, answered: answered)))
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
