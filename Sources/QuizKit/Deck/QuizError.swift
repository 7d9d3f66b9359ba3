/// Every way the domain can refuse a request, as data: the command line words each case (and names the fix).
package enum QuizError: Error, Sendable, Equatable {
    /// A deck file that cannot be used; `total` counts all problems, `diagnostics` holds the first ones.
    case invalidDeck(source: String, diagnostics: [DeckDiagnostic], total: Int)
    /// An id that no question in the deck has.
    case unknownQuestion(id: String, suggestions: [String])
    /// A topic that no question in the deck has.
    case unknownTopic(String, suggestions: [String], available: [String])
    /// Filters that leave no question to ask; `focus` when a sheet kept only weak or unseen questions.
    case noMatchingQuestions(QuestionFilter, focus: StudyFocus? = nil)

    /// Whether the error is about bad data in a file (exit status 65) rather than a request that cannot be met.
    package var isDataError: Bool {
        if case .invalidDeck = self { return true }
        return false
    }
}
