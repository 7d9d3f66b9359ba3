import QuizKit
import QuizStore

/// One run of a command: its parsed arguments and context, with the lookups most commands need.
struct Invocation: Sendable {
    let context: CommandContext
    let arguments: ParsedArguments

    /// Colour settings for standard output.
    var style: TextStyle {
        TextStyle.decide(traits: context.terminal, environment: context.environment, noColorFlag: arguments.flag("no-color"))
    }

    /// The width to wrap at.
    var width: Int { context.width }

    /// Whether `--json` was given.
    var isJSON: Bool { arguments.flag("json") }

    /// The deck named by `--deck`, else the bundled one.
    func deck() throws -> Deck {
        try DeckSource.load(path: arguments.value("deck"))
    }

    /// The language to show the deck in: `--lang` must be one of the deck's; the locale falls back quietly.
    func language(for deck: Deck) throws(QuizError) -> String {
        if let flag = arguments.value("lang"), !flag.isEmpty {
            guard deck.languages.contains(flag) else {
                throw .languageNotInDeck(language: flag, deckLanguages: deck.languages)
            }
            return flag
        }
        return deck.resolvedLanguage(LanguageResolver.requestedLanguage(flag: nil, environment: context.environment))
    }

    /// The progress file's path.
    var progressPath: String {
        ProgressLocation.path(flag: arguments.value("progress"), environment: context.environment)
    }

    /// A path as messages show it, with the home folder as `~`.
    func displayPath(_ path: String) -> String {
        HomeFolder.abbreviate(path, environment: context.environment)
    }

    /// Reads the progress file, warning on standard error about lines it skipped (they stay in the file).
    func loadHistory() throws(StoreError) -> ProgressHistory {
        let history = try ProgressFile(path: progressPath).load()
        if history.problemCount > 0 {
            let count = history.problemCount
            var message = "Warning: skipped \(count == 1 ? "an unreadable line" : "\(count) unreadable lines") in "
                + "\(displayPath(progressPath)); \(count == 1 ? "it stays" : "they stay") in the file untouched."
            for problem in history.problems.prefix(3) {
                message += "\n  \(problem)"
            }
            if count > 3 { message += "\n  … and \(count - 3) more ('dlquiz progress' lists them)." }
            context.errorOutput.line(message)
        }
        return history
    }

    /// Prints a JSON document to standard output.
    func printJSON(_ value: JSONValue) {
        context.output.write(value.rendered(pretty: true) + "\n")
    }

    /// Wraps a line of text to the width, with an indent, and colours code spans.
    func wrapped(_ text: String, indent: String = "", hangingIndent: String? = nil) -> [String] {
        TextWrapper(width: width).wrap(
            TerminalText.sanitized(text), firstPrefix: indent, restPrefix: hangingIndent ?? indent
        ).map(style.highlightingCode)
    }

    /// Lays out answer markup (paragraphs and lists) at the width, with an indent.
    func blocks(_ text: String, indent: String = "") -> [String] {
        BlockLayout(width: width, indent: indent).lines(for: TerminalText.sanitized(text)).map(style.highlightingCode)
    }
}
