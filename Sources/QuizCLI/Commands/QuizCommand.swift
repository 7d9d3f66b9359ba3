import Foundation
import QuizKit

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
                "order", valueName: "order", help: "The order of the questions.", defaultValue: "random",
                choices: QuizOrder.allCases.map(\.rawValue)),
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
        let order = QuizOrder(rawValue: try arguments.choice("order") ?? "random") ?? .random
        let count = try arguments.integer("count", in: 1...Int.max)
        let seed = try arguments.seed("seed") ?? context.makeSeed()
        let isSaving = !arguments.flag("no-save")
        let timeLimit = try QuizTiming.timeLimit(arguments)

        let deck = try invocation.deck()
        let language = try invocation.language(for: deck)
        let history = try invocation.loadHistory()
        var questions = try QuestionFilter(topics: arguments.list("topic"), ids: arguments.list("ids")).apply(to: deck)
        switch order {
        case .random: questions = QuestionOrdering.random(questions, seed: seed)
        case .sequential, .due, .weakest: break
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
}
