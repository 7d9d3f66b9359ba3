import QuizKit
import QuizStore

/// `dlquiz validate <file>`: checks a deck file without starting a quiz.
enum ValidateCommand: CommandRunner {
    static let spec = CommandSpec(
        path: ["validate"],
        abstract: "Check a deck file and report every problem with its line, column and JSON path.",
        discussion: "Exits with status 0 when the deck can be used and 65 when it cannot.",
        arguments: [ArgumentSpec(name: "file", help: "The deck's JSON file.")],
        options: [CommonOptions.noColor])

    static func run(_ invocation: Invocation) throws -> Int32 {
        try invocation.arguments.requirePositionals(1...1)
        let path = invocation.arguments.positionals[0]
        let deck = try DeckSource.load(path: path)
        let topics = deck.topics.count
        invocation.context.output.line(
            invocation.style.green("OK: ") + "'\(path)' is a valid deck: id '\(deck.id)', \(deck.questions.count) question"
                + "\(deck.questions.count == 1 ? "" : "s"), \(topics) topic\(topics == 1 ? "" : "s"), languages "
                + deck.languages.joined(separator: ", ") + ".")
        return 0
    }
}
