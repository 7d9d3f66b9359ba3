import QuizKit

/// `dlquiz sheet`: a study sheet to read or print, as text, Markdown or HTML.
enum SheetCommand: CommandRunner {
    /// The formats, each with its renderer.
    enum Format: String, CaseIterable {
        case text, markdown, html

        /// The renderer; `width` applies to text, `foldsAnswers` to HTML.
        func renderer(width: Int, foldsAnswers: Bool) -> any SheetRenderer {
            switch self {
            case .text: TextSheetRenderer(width: width)
            case .markdown: MarkdownSheetRenderer()
            case .html: HTMLSheetRenderer(foldsAnswers: foldsAnswers)
            }
        }
    }

    static let spec = CommandSpec(
        path: ["sheet"],
        abstract: "Print a study sheet: the questions with their answers, as text, Markdown or printable HTML.",
        discussion: """
            Each question comes with its model answer, its key points as boxes to tick, its follow-up questions \
            and its references; --questions-only leaves all of them out, for a mock-interview handout.

            - text: wrapped to --width (default: the terminal's width on a terminal, else 80).
            - markdown: CommonMark for GitHub, with a table of contents and the key points as task lists.
            - html: one self-contained page (no scripts, nothing fetched) that prints well on A4 and Letter; \
            --fold-answers hides each answer until clicked.

            --only weak keeps the questions whose last score (the share of key points you covered) was below 70%; \
            --only unseen keeps those never answered. Both read the progress file.
            """,
        options: [
            .value("format", valueName: "format", help: "text, markdown or html.", defaultValue: "text",
                   choices: Format.allCases.map(\.rawValue)),
            .value("output", short: "o", valueName: "file",
                   help: "Write the sheet to this file (replaced atomically) instead of standard output."),
            .value("width", valueName: "n", help: "The width of a text sheet in columns, 40 to 200."),
            CommonOptions.topic, CommonOptions.ids,
            .value("only", valueName: "which", help: "Only weak questions (last score below 70%) or unseen ones.",
                   choices: StudyFocus.allCases.map(\.rawValue)),
            .flag("questions-only", help: "Leave out answers, key points, follow-ups and references."),
            .flag("fold-answers", help: "In HTML, fold each answer with its key points, to open with a click."),
            CommonOptions.deck, CommonOptions.lang, CommonOptions.progress,
        ])

    static func run(_ invocation: Invocation) throws -> Int32 {
        let arguments = invocation.arguments
        try arguments.requirePositionals(0...0)
        let format = Format(rawValue: try arguments.choice("format") ?? "text") ?? .text
        let focus = try arguments.choice("only").flatMap(StudyFocus.init(rawValue:))
        if format != .text, arguments.value("width") != nil {
            throw UsageError("The option '--width <n>' applies to --format text only.", command: spec)
        }
        if format != .html, arguments.flag("fold-answers") {
            throw UsageError("The flag '--fold-answers' applies to --format html only.", command: spec)
        }
        let width = try arguments.integer("width", in: 40...200) ?? defaultWidth(invocation)

        let deck = try invocation.deck()
        let language = try invocation.language(for: deck)
        let filter = QuestionFilter(topics: arguments.list("topic"), ids: arguments.list("ids"))
        var questions = try filter.apply(to: deck)
        if let focus {
            questions = focus.filter(questions, histories: try invocation.loadHistory().questionHistories(forDeck: deck.id))
            if questions.isEmpty { throw QuizError.noMatchingQuestions(filters: describe(filter, focus)) }
        }
        let sheet = StudySheet(
            deck: deck, questions: questions, language: language, labels: UIStrings(language: language).sheetLabels,
            showsAnswers: !arguments.flag("questions-only"))
        let renderer = format.renderer(width: width, foldsAnswers: arguments.flag("fold-answers"))
        try invocation.deliverDocument(questions: questions.count, language: language) { renderer.render(sheet) }
        return 0
    }

    /// The terminal's width when the sheet goes to a terminal (`COLUMNS` first), else 80; within 40 to 200.
    private static func defaultWidth(_ invocation: Invocation) -> Int {
        let context = invocation.context
        guard case .standardOutput = invocation.documentDestination, context.terminal.isOutputTerminal else { return 80 }
        let columns = context.environment["COLUMNS"].flatMap { Int($0) } ?? context.terminal.columns ?? 80
        return min(max(columns, 40), 200)
    }

    /// The filters in words, for the message when none of the questions is weak or unseen.
    private static func describe(_ filter: QuestionFilter, _ focus: StudyFocus) -> String {
        let scope = filter.topics.isEmpty && filter.ids.isEmpty ? "" : filter.description + " and "
        switch focus {
        case .weak: return scope + "--only weak (a last score below 70%)"
        case .unseen: return scope + "--only unseen (never answered)"
        }
    }
}
