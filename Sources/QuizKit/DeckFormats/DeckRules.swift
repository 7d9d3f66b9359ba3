/// The rules every deck obeys whatever its file format, with the words of each problem: the JSON decoder and the
/// Markdown reader both ask here, so a deck is valid in one format exactly when it is valid in the other.
///
/// Each check returns nil when the value is fine, else the message to report (the caller adds the place and path).
enum DeckRules {
    /// Stop collecting after this many problems; the author fixes these first.
    static let problemLimit = 50
    /// A question's difficulty: 1 (basic) to 3 (advanced).
    static let difficulties = 1...3
    /// The largest suggested time, in minutes.
    static let maximumMinutes = 120.0
    /// How many key points a question lists; a question without any is graded directly, like a flashcard.
    static let keyPointCount = 0...8
    /// How many references a question lists.
    static let referenceCount = 0...20

    // MARK: Values

    /// A text must not be blank, and a one-line field must have no line break.
    static func textProblem(_ text: String, singleLine: Bool) -> String? {
        // Scalar checks: iterating Characters here would cost more than parsing the whole deck.
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { return "the text is empty" }
        if singleLine && text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            return "must be a single line; remove the line break"
        }
        return nil
    }

    /// Deck, question and topic ids are kebab-case.
    static func identifierProblem(_ text: String) -> String? {
        if isKebabCase(text) { return nil }
        return "'\(echo(text))' is not kebab-case; use lowercase letters, digits and single '-', such as \"batch-normalization\""
    }

    /// A list's length must fall in `allowed`.
    static func countProblem(_ count: Int, allowed: ClosedRange<Int>) -> String? {
        if allowed.contains(count) { return nil }
        let bounds =
            allowed.lowerBound == 0 ? "at most \(allowed.upperBound)" : "\(allowed.lowerBound) to \(allowed.upperBound)"
        return "has \(count) items; it needs \(bounds)"
    }

    /// A whole number must fall in `range` (open-ended when its upper bound is `Int.max`).
    static func rangeProblem(_ value: Int, in range: ClosedRange<Int>) -> String? {
        if range.contains(value) { return nil }
        let bounds =
            range.upperBound == Int.max ? "at least \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
        return "expected a whole number \(bounds), found \(value)"
    }

    /// The suggested time is above 0 and at most `maximumMinutes`.
    static func minutesProblem(_ value: Double) -> String? {
        if value > 0 && value <= maximumMinutes { return nil }
        return "expected a number of minutes above 0 and at most \(Int(maximumMinutes)), found \(value.formatted)"
    }

    // MARK: Languages and ids

    /// One entry of the deck's language list, given the codes accepted before it.
    static func languageProblem(_ code: String, listedBefore: [String]) -> String? {
        if !isLanguageCode(code) { return "'\(echo(code))' is not a language code such as \"en\" or \"ja\"" }
        if listedBefore.contains(code) { return "the language '\(echo(code))' is listed twice" }
        return nil
    }

    static let noLanguages = "list at least one language, such as [\"en\"]"
    static let noQuestions = "the deck has no questions; add at least one"

    static func unknownLanguage(_ code: String, deckLanguages: [String]) -> String {
        "'\(echo(code))' is not one of the deck's languages (\(deckLanguages.joined(separator: ", ")))"
    }

    static func missingLanguage(_ language: String) -> String {
        "the '\(language)' text is missing; every text needs each of the deck's languages"
    }

    /// `firstUse` names the first question with the id in the file's own terms (`questions[0]`, a line number).
    static func duplicateID(_ id: String, firstUse: String) -> String {
        "duplicate id '\(echo(id))' (first used by \(firstUse)); every question needs its own id"
    }

    /// Worded without the program's name: QuizKit's strings name no command (the JSON decoder keeps its own words).
    static func unknownSchemaVersion(_ version: Int) -> String {
        "unknown schemaVersion \(version); this version reads schemaVersion \(Deck.currentSchemaVersion)"
    }
}
