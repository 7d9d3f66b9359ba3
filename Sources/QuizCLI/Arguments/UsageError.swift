import QuizKit

/// A mistake in how a command was called: printed with the usage line, exit status 64 (EX_USAGE).
///
/// The problem is data; `UsageProblemWords` words it, in English as swift-argument-parser does (`Unknown option
/// '--cont'`, no final period) and in Japanese, with an optional hint on its own line (`Did you mean '--count'?`).
struct UsageError: Error, Sendable, Equatable {
    /// What is wrong.
    var problem: UsageProblem
    /// The command whose usage is shown; nil until the dispatcher, which knows the command, fills it in (errors
    /// thrown by `validate()` or `run` leave it out).
    var command: CommandSpec?

    /// Creates a usage error.
    init(_ problem: UsageProblem, command: CommandSpec? = nil) {
        self.problem = problem
        self.command = command
    }

    /// The full text for standard error, in `language`; the usage line is wrapped at `width` between options.
    func text(language: String, width: Int = Int.max) -> String {
        var text = Bilingual.errorPrefix.text(in: language) + problem.message.text(in: language) + "\n"
        if let hint = problem.hint { text += hint.text(in: language) + "\n" }
        if let command {
            let prefix = Bilingual.usagePrefix.text(in: language)
            let usage = TextWrapper(width: width)
                .wrap(
                    prefix + HelpFormatter.keepingGroupsTogether(command.usage),
                    restPrefix: String(repeating: " ", count: DisplayWidth.of(prefix))
                )
                .map { $0.replacingNonBreakingSpaces() }
            text += usage.joined(separator: "\n") + "\n"
            text += Bilingual.seeHelp(command.fullName).text(in: language) + "\n"
        }
        return text
    }
}

/// Every way a command line can be wrong, with the values its message needs: the words typed (`--cont`), the
/// option as help shows it (`--count <n>`), suggestions and choices. Worded in one place, `UsageProblemWords`.
enum UsageProblem: Sendable, Equatable {
    // MARK: The parser's
    /// `--cont`, with the closest option.
    case unknownOption(String, suggestion: String?)
    /// An option before any command: `dlquiz --count 3`.
    case optionBeforeCommand(String, suggestion: String?)
    /// `dlquiz quizz`, with the closest command and the list of them.
    case unknownCommand(String, suggestion: String?, commands: [String])
    /// `dlquiz progress rset`.
    case unknownSubcommand(String, suggestion: String?)
    /// `--count` at the end of the line, or before another option: the option as written, with its value name.
    case missingValue(option: String)
    /// `--no-save=yes`: a flag given a value.
    case valueNotTaken(option: String, value: String)
    /// A value the option or argument refuses, and why.
    case invalidValue(String, for: String, ValueProblem)
    /// A required argument or option left out (`<id>`, `--format <format>`), with its choices if it has some.
    case missingArgument(String, choices: [String])
    /// A word no argument takes.
    case unexpectedArgument(String)

    // MARK: Options that do not go together
    /// `--ids` with an option that picks (`--seed`, `--topic`, …).
    case idsWithPicking(conflict: String)
    /// `--all-decks` with `--deck`.
    case allDecksWithDeck
    /// `--until` with an `--order` other than due.
    case untilWithOtherOrder
    /// `interview --json` without `--output`.
    case jsonWithoutOutput
    /// An option for one format only (`--width <n>` for text), with another format.
    case onlyForFormat(option: String, format: String)
    /// `export --lang` with the JSON format, which keeps every language.
    case languageWithJSONExport
    /// `convert` to a file whose name names no format, without `--to`.
    case unknownOutputFormat(path: String)
    /// `convert --id` or `--language` when reading a deck format (`JSON`, `Markdown`) rather than importing.
    case importOnlyOption(String, deckFormat: String)
    /// `--progress -` on a command that writes the progress file (quiz, progress reset, progress restore).
    case progressFromStandardInput
    /// `convert --check` with what only concerns the output (`<output>`, `--to`, `--force`).
    case notWithCheck(String)
}

/// Why a value was refused, with what its detail needs.
enum ValueProblem: Sendable, Equatable {
    /// Not a value of the option's type at all; nothing more to say.
    case unreadable
    /// Not one of a fixed set, with the closest.
    case notOneOf([String], suggestion: String?)
    /// A whole number below the minimum.
    case atLeast(Int)
    /// A whole number outside a range.
    case between(Int, Int)
    /// A difficulty other than 1, 2 or 3.
    case difficulty
    /// Not a whole number from 0 to `UInt64.max` (a seed).
    case unsignedNumber
    /// Not a number of minutes above 0 and at most 600.
    case minutes
    /// An empty text where a path is needed.
    case empty
    /// Not a day `--until` understands.
    case notADate
    /// A day gone by.
    case pastDate(String)
    /// An id no question of the deck has, with the closest ids and the questions that mention it.
    case noSuchQuestion(suggestions: [String])
}

// MARK: - Values refused once the deck is loaded

extension UsageError {
    /// A topic or question id that the deck in use lacks, refused as any value is (exit 64, with a did-you-mean);
    /// nil for other errors.
    init?(refusedValue error: QuizError, command: CommandSpec) {
        switch error {
        case .unknownTopic(let topic, let suggestions, let available):
            self.init(.invalidValue(topic, for: "--topic <topic>", .notOneOf(available, suggestion: suggestions.first)))
        case .unknownQuestion(let id, let suggestions):
            let synopsis = command.arguments.contains { $0.name == "id" } ? "<id>" : "--ids <ids>"
            self.init(.invalidValue(id, for: synopsis, .noSuchQuestion(suggestions: suggestions)))
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
