/// Every way the domain can refuse a request, each with a message that names the fix.
public enum QuizError: Error, Sendable, Equatable {
    /// A deck file that cannot be used; `total` counts all problems, `diagnostics` holds the first ones.
    case invalidDeck(source: String, diagnostics: [DeckDiagnostic], total: Int)
    /// A file that could not be read at all.
    case unreadableFile(path: String, reason: String)
    /// A file that could not be written.
    case unwritableFile(path: String, reason: String)
    /// An id that no question in the deck has.
    case unknownQuestion(id: String, suggestions: [String])
    /// A topic that no question in the deck has.
    case unknownTopic(String, suggestions: [String], available: [String])
    /// A language the deck has no text for.
    case languageNotInDeck(language: String, deckLanguages: [String])
    /// Filters that leave no question to ask.
    case noMatchingQuestions(filters: String)

    /// The message shown after `Error: `.
    public var message: String {
        switch self {
        case .invalidDeck(let source, let diagnostics, let total):
            let count = total == 1 ? "a problem" : "\(total) problems"
            var lines = ["The deck '\(source)' cannot be used: it has \(count)."]
            for diagnostic in diagnostics {
                lines.append("  \(source):\(diagnostic)")
            }
            if total > diagnostics.count {
                lines.append("  … and \(total - diagnostics.count) more.")
            }
            lines.append("Fix the file and try again; 'dlquiz validate \(source)' checks it without starting a quiz.")
            return lines.joined(separator: "\n")
        case .unreadableFile(let path, let reason):
            return "Cannot read '\(path)': \(reason). Check the path and its permissions."
        case .unwritableFile(let path, let reason):
            return "Cannot write '\(path)': \(reason). Check that the folder exists and is writable."
        case .unknownQuestion(let id, let suggestions):
            var text = "No question has the id '\(id)'."
            if !suggestions.isEmpty {
                text += " Did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
            }
            return text + " 'dlquiz list' shows every id."
        case .unknownTopic(let topic, let suggestions, let available):
            var text = "No question has the topic '\(topic)'."
            if let first = suggestions.first { text += " Did you mean '\(first)'?" }
            return text + " The topics are: " + available.joined(separator: ", ") + "."
        case .languageNotInDeck(let language, let deckLanguages):
            return "The deck has no '\(language)' text; its languages are: " + deckLanguages.joined(separator: ", ")
                + ". Choose one of them with --lang."
        case .noMatchingQuestions(let filters):
            return "No question matches \(filters). Loosen the filters; 'dlquiz list' shows what the deck has."
        }
    }

    /// Whether the error is about bad data in a file (exit status 65) rather than a request that cannot be met.
    public var isDataError: Bool {
        if case .invalidDeck = self { return true }
        return false
    }
}
