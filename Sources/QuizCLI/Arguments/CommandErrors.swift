import QuizKit

/// A mistake in how a command was called: printed with the usage line, exit status 64 (EX_USAGE).
///
/// Worded as swift-argument-parser words its errors (`Unknown option '--cont'`, no final period), with an optional
/// hint on its own line (`Did you mean '--count'?`).
struct UsageError: Error, Sendable, Equatable {
    /// The sentence after `Error: `.
    var message: String
    /// A line after the message, such as `Did you mean '--count'?`.
    var hint: String?
    /// The command whose usage is shown; nil until the dispatcher, which knows the command, fills it in (errors
    /// thrown by `validate()` or `run` leave it out).
    var command: CommandSpec?

    /// Creates a usage error.
    init(_ message: String, hint: String? = nil, command: CommandSpec? = nil) {
        self.message = message
        self.hint = hint
        self.command = command
    }

    /// A usage error whose hint suggests the closest of `candidates` to `word`, if one is close.
    static func suggesting(_ message: String, closestTo word: String, among candidates: [String]) -> UsageError {
        let suggestion = Suggestions.closest(to: word, among: candidates, limit: 1).first
        return UsageError(message, hint: suggestion.map { "Did you mean '\($0)'?" })
    }

    /// The full text for standard error.
    var text: String {
        var text = "Error: \(message)\n"
        if let hint { text += hint + "\n" }
        if let command {
            text += "Usage: \(command.usage)\n  See '\(command.fullName) --help' for more information.\n"
        }
        return text
    }
}

// MARK: - Values refused once the deck is loaded

extension UsageError {
    /// A topic, question id or language that the deck in use lacks, worded as any refused value is (exit 64, with a
    /// did-you-mean); nil for other errors.
    init?(refusedValue error: QuizError, command: CommandSpec) {
        switch error {
        case .unknownTopic(let topic, _, let available):
            self = ArgumentParser.invalidValue(topic, for: "--topic <topic>", choices: available)
        case .languageNotInDeck(let language, let languages):
            self = ArgumentParser.invalidValue(language, for: "--lang <lang>", choices: languages)
        case .unknownQuestion(let id, let suggestions):
            let synopsis = command.arguments.contains { $0.name == "id" } ? "<id>" : "--ids <ids>"
            self = UsageError(
                "The value '\(id)' is invalid for '\(synopsis)': no question has this id ('dlquiz list' shows them)",
                hint: suggestions.first.map { "Did you mean '\($0)'?" })
        default:
            return nil
        }
        self.command = command
    }
}

// MARK: - Other failures

/// A failure that is not about usage or data: printed as `Error: …`, with its own exit status.
struct CommandFailure: Error, Sendable, Equatable {
    /// The sentence after `Error: `, naming the fix.
    var message: String
    /// The exit status.
    var status: Int32

    /// Creates a failure; the default status is 1.
    init(_ message: String, status: Int32 = 1) {
        self.message = message
        self.status = status
    }
}
