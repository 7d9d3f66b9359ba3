import QuizKit

/// A mistake in how a command was called: printed with the usage line, exit status 64 (EX_USAGE).
///
/// Worded as swift-argument-parser words its errors (`Unknown option '--cont'`, no final period), with an optional
/// hint on its own line (`Did you mean '--count'?`), in English and Japanese.
struct UsageError: Error, Sendable, Equatable {
    /// The sentence after `Error: `.
    var message: Bilingual
    /// A line after the message, such as `Did you mean '--count'?`.
    var hint: Bilingual?
    /// The command whose usage is shown; nil until the dispatcher, which knows the command, fills it in (errors
    /// thrown by `validate()` or `run` leave it out).
    var command: CommandSpec?

    /// Creates a usage error from its English and Japanese sentences.
    init(_ english: String, _ japanese: String, hint: Bilingual? = nil, command: CommandSpec? = nil) {
        self.message = Bilingual(english, japanese)
        self.hint = hint
        self.command = command
    }

    /// A usage error whose hint suggests the closest of `candidates` to `word`, if one is close.
    static func suggesting(
        _ english: String, _ japanese: String, closestTo word: String, among candidates: [String]
    ) -> UsageError {
        let suggestion = Suggestions.closest(to: word, among: candidates, limit: 1).first
        return UsageError(english, japanese, hint: suggestion.map(Bilingual.didYouMean))
    }

    /// The full text for standard error, in `language`; the usage line is wrapped at `width` between options.
    func text(language: String, width: Int = Int.max) -> String {
        var text = Bilingual.errorPrefix.text(in: language) + message.text(in: language) + "\n"
        if let hint { text += hint.text(in: language) + "\n" }
        if let command {
            let prefix = Bilingual.usagePrefix.text(in: language)
            let usage = TextWrapper(width: width)
                .wrap(prefix + HelpFormatter.keepingGroupsTogether(command.usage), restPrefix: String(repeating: " ", count: DisplayWidth.of(prefix)))
                .map { $0.replacingNonBreakingSpaces() }
            text += usage.joined(separator: "\n") + "\n"
            text += Bilingual.seeHelp(command.fullName).text(in: language) + "\n"
        }
        return text
    }

    // MARK: The parser's sentences

    /// `Unknown option '--cont'`.
    static func unknownOption(_ option: String) -> (String, String) {
        ("Unknown option '\(option)'", "'\(option)' というオプションはありません")
    }

    /// `Missing expected argument '<id>'`.
    static func missingArgument(_ synopsis: String) -> UsageError {
        UsageError("Missing expected argument '\(synopsis)'", "必要な引数 '\(synopsis)' がありません")
    }

    /// `Unexpected argument 'x'`.
    static func unexpectedArgument(_ argument: String) -> UsageError {
        UsageError("Unexpected argument '\(argument)'", "余分な引数 '\(argument)' があります")
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
            self = ArgumentParser.invalidValue(
                id, for: synopsis,
                detail: Bilingual(
                    "no question has this id ('dlquiz list' shows them)",
                    "この id の質問はありません。'dlquiz list' で一覧できます"),
                choices: [])
            hint = suggestions.first.map(Bilingual.didYouMean)
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
    var message: Bilingual
    /// The exit status.
    var status: Int32

    /// Creates a failure from its English and Japanese sentences; the default status is 1.
    init(_ english: String, _ japanese: String, status: Int32 = 1) {
        self.message = Bilingual(english, japanese)
        self.status = status
    }
}
