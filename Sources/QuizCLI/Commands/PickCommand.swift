import QuizKit

/// `dlquiz pick`: random questions for an interviewer, with an optional rubric.
enum PickCommand: CommandRunner {
    static let spec = CommandSpec(
        path: ["pick"],
        abstract: "Pick random questions for an interview, with a rubric of what to listen for.",
        discussion: """
            Never picks the same question twice in one set. The seed is printed, so the same set can be picked \
            again, by you or by another interviewer.

            --balanced spreads the set over topics and difficulties: n questions come from n different topics when \
            the deck has that many, and every difficulty appears once n is at least 3 (when one question per topic \
            allows it). --fresh k leaves out the questions asked in your last k interviews with this deck, read from \
            the scorecards 'dlquiz interview' saves; when that leaves too few, it avoids fewer interviews and says so. \
            'dlquiz interview' with the same options and seed asks the same questions.
            """,
        options: [
            .value("count", short: "n", valueName: "n", help: "How many questions to pick.", defaultValue: "3"),
            CommonOptions.seed, CommonOptions.topic,
            .value("difficulty", valueName: "level", help: "Only questions of this difficulty, 1 to 3 (repeatable).", isRepeatable: true),
            InterviewPicking.balancedOption, InterviewPicking.freshOption,
            .flag("rubric", help: "Add the key points to listen for and the follow-up questions."),
            CommonOptions.deck, CommonOptions.lang, CommonOptions.json, CommonOptions.noColor,
        ])

    static func run(_ invocation: Invocation) throws -> Int32 {
        let arguments = invocation.arguments
        try arguments.requirePositionals(0...0)
        let context = invocation.context
        let count = try arguments.integer("count", in: 1...Int.max) ?? 3
        let seed = try arguments.seed("seed") ?? context.makeSeed()
        let difficulties = try arguments.difficulties()
        let deck = try invocation.deck()
        let language = try invocation.language(for: deck)
        let filter = QuestionFilter(topics: arguments.list("topic"), difficulties: difficulties)
        let candidates = try filter.apply(to: deck)
        let picked = InterviewPicking(invocation: invocation, deck: deck).choose(
            count, from: candidates, seed: seed, isBalanced: arguments.flag("balanced"),
            freshInterviews: try arguments.integer("fresh", in: 1...Int.max))
        if picked.count < count && !invocation.isJSON {
            context.errorOutput.line(
                "Note: only \(picked.count) question\(picked.count == 1 ? "" : "s") match\(picked.count == 1 ? "es" : ""); picked \(picked.count == 1 ? "it" : "all of them").")
        }
        let withRubric = arguments.flag("rubric")
        if invocation.isJSON {
            invocation.printJSON(json(picked, deck: deck, language: language, seed: seed, withRubric: withRubric))
            return 0
        }
        let presenter = QuestionPresenter(invocation: invocation, deck: deck, language: language)
        PickPrinter(presenter: presenter).print(picked, seed: seed, withRubric: withRubric, repeatCommand: repeatCommand(arguments, seed: seed, count: count))
        return 0
    }

    /// The command that picks the same set again.
    private static func repeatCommand(_ arguments: ParsedArguments, seed: UInt64, count: Int) -> String {
        var parts = ["dlquiz", "pick", "-n", String(count), "--seed", String(seed)]
        for topic in arguments.list("topic") { parts += ["--topic", topic] }
        for level in arguments.list("difficulty") { parts += ["--difficulty", level] }
        if arguments.flag("balanced") { parts.append("--balanced") }
        if let fresh = arguments.value("fresh") { parts += ["--fresh", fresh] }
        if let deck = arguments.value("deck") { parts += ["--deck", ShellQuoting.quoted(deck)] }
        if arguments.flag("rubric") { parts.append("--rubric") }
        return parts.joined(separator: " ")
    }

    static func json(_ questions: [Question], deck: Deck, language: String, seed: UInt64, withRubric: Bool) -> JSONValue {
        .object([
            ("seed", .int(Int(truncatingIfNeeded: seed))),
            ("deck", .string(deck.id)),
            ("language", .string(language)),
            ("questions", .array(questions.map { question in
                var members: [(String, JSONValue)] = [
                    ("id", .string(question.id)), ("topic", .string(question.topic)),
                    ("difficulty", .int(question.difficulty)), ("minutes", .double(question.minutes)),
                    ("question", .string(question.question.text(in: language))),
                ]
                if withRubric {
                    members.append(("keyPoints", .array(question.keyPoints.map { .string($0.text(in: language)) })))
                    members.append(("followUps", .array(question.followUps.map { followUp in
                        .object([
                            ("question", .string(followUp.question.text(in: language))),
                            ("answer", .string(followUp.answer.text(in: language))),
                        ])
                    })))
                }
                return .object(members)
            })),
        ])
    }
}
