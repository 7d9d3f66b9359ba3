/// The rules every deck obeys whatever its file format: the JSON decoder and the Markdown reader both ask here, so a
/// deck is valid in one format exactly when it is valid in the other.
///
/// Each check returns nil when the value is fine, else the problem to report, as data (the caller adds the place and
/// path; the command line words it).
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

    typealias Problem = DeckDiagnostic.Problem

    /// A text must not be blank, and a one-line field must have no line break.
    static func textProblem(_ text: String, singleLine: Bool) -> Problem? {
        // Scalar checks: iterating Characters here would cost more than parsing the whole deck.
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { return .emptyText }
        if singleLine && text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) { return .lineBreak }
        return nil
    }

    /// Deck, question and topic ids are kebab-case.
    static func identifierProblem(_ text: String) -> Problem? {
        isKebabCase(text) ? nil : .notKebabCase(echo(text))
    }

    /// A list's length must fall in `allowed`.
    static func countProblem(_ count: Int, allowed: ClosedRange<Int>) -> Problem? {
        allowed.contains(count) ? nil : .itemCount(count, allowed: allowed)
    }

    /// A whole number must fall in `range` (open-ended when its upper bound is `Int.max`).
    static func rangeProblem(_ value: Int, in range: ClosedRange<Int>) -> Problem? {
        range.contains(value) ? nil : .numberOutOfRange(value, allowed: range)
    }

    /// The suggested time is above 0 and at most `maximumMinutes`.
    static func minutesProblem(_ value: Double) -> Problem? {
        value > 0 && value <= maximumMinutes ? nil : .minutesOutOfRange(value, maximum: Int(maximumMinutes))
    }

    // MARK: Languages and ids

    /// One entry of the deck's language list, given the codes accepted before it.
    static func languageProblem(_ code: String, listedBefore: [String]) -> Problem? {
        if !isLanguageCode(code) { return .notALanguageCode(echo(code)) }
        if listedBefore.contains(code) { return .languageListedTwice(echo(code)) }
        return nil
    }

    static func unknownLanguage(_ code: String, deckLanguages: [String]) -> Problem {
        .unknownLanguage(echo(code), deckLanguages: deckLanguages)
    }

    static func duplicateID(_ id: String, firstUse: DeckDiagnostic.FirstUse) -> Problem {
        .duplicateID(echo(id), firstUse: firstUse)
    }

    /// The problems of a follow-up's `probes`, each with its position in the list: a number outside the question's
    /// key points (1 to `keyPointCount`), or a number listed twice.
    static func probeProblems(_ probes: [Int], keyPointCount: Int) -> [(index: Int, problem: Problem)] {
        var problems: [(index: Int, problem: Problem)] = []
        var seen = Set<Int>()
        for (index, number) in probes.enumerated() {
            if !(1...max(1, keyPointCount)).contains(number) || keyPointCount == 0 {
                problems.append((index, .probeBeyondKeyPoints(number, keyPointCount: keyPointCount)))
            } else if !seen.insert(number).inserted {
                problems.append((index, .probeListedTwice(number)))
            }
        }
        return problems
    }

    /// The problem of one cue line, or nil when the cue language reads it. A cue is one line, not blank.
    static func cueProblem(_ line: String) -> Problem? {
        if let problem = textProblem(line, singleLine: true) { return problem }
        if let error = Cue.syntaxError(in: line) {
            var echoed = error  // the kind and term come from the file: carried echoed, as every deck text is
            switch error.problem {
            case .unknownKind(let kind): echoed.problem = .unknownKind(echo(kind, limit: 40))
            case .badWindow(let window): echoed.problem = .badWindow(echo(window, limit: 40))
            case .badCount(let count): echoed.problem = .badCount(echo(count, limit: 40))
            case .noContentWords(let term): echoed.problem = .noContentWords(echo(term, limit: 40))
            case .missingKind, .emptyTerm, .fewerTermsThanCount: break
            }
            return .badCue(echoed)
        }
        return nil
    }

    /// The 1-based key point a cue key names (`"3"`), or nil when it is not one of the question's 1…`keyPointCount`.
    static func cuePoint(_ key: String, keyPointCount: Int) -> Int? {
        guard key.utf8.count <= 3, key.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(key),
            (1...max(1, keyPointCount)).contains(number), keyPointCount > 0
        else { return nil }
        return number
    }

    /// An unknown field, with the closest of `allowed` or else the list of them; once `problemsSoFar` fill the
    /// problem list, only counted (`.unknownFieldPastLimit`): a did-you-mean is computed only for a problem that will
    /// be shown, so a million unknown keys cost no million suggestions.
    static func unknownField(_ key: String, allowed: [String], problemsSoFar: Int) -> Problem {
        guard problemsSoFar < problemLimit else { return .unknownFieldPastLimit }
        return .unknownField(
            echo(key), suggestion: Suggestions.closest(to: key, among: allowed, limit: 1).first, allowed: allowed)
    }
}
