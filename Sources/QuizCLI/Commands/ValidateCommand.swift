import QuizKit

/// `dlquiz validate <file>`: checks a deck file without starting a quiz.
struct ValidateCommand: ParsableCommand {
    var file = ""
    var common = CommonOptions()

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "validate",
            abstract: "Check a deck file and report every problem with its line, column and JSON path.",
            discussion: "Exits with status 0 when the deck can be used and 65 when it cannot.")
    }

    static var declarations: [Declaration<Self>] {
        [.argument("file", \.file, help: "The deck's JSON file.").completing(.file(extensions: ["json"])), .group(\.common, "no-color")]
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let path = file
        let deck = try DeckSource.load(path: path)
        let topics = deck.topics.count
        let style = Presentation(context: context, language: "en", noColor: common.noColor).style  // English-only messages
        context.output.line(
            style.green("OK: ") + "'\(path)' is a valid deck: id '\(deck.id)', \(deck.questions.count) question"
                + "\(deck.questions.count == 1 ? "" : "s"), \(topics) topic\(topics == 1 ? "" : "s"), languages "
                + deck.languages.joined(separator: ", ") + ".")
        return 0
    }
}
