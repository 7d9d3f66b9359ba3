import FoundationEssentials

// MARK: - Settings

extension QuizSession {
    /// How a session runs.
    package struct Settings: Sendable, Hashable {
        /// The deck's id, written into every record.
        package var deckID: String
        /// This session's id, written into every record.
        var sessionID: String
        /// Whether grades produce `record` events (false for `--no-save`).
        var isRecording: Bool
        /// The time limit per question.
        var timeLimit: TimeLimit
        /// Whether records keep the typed answer's text (false for `--no-keep-text`).
        var keepsText: Bool
        /// Whether a follow-up is asked after each graded question that has some (`--follow-ups`). Which one is
        /// chosen then, by `FollowUpPicker`, from the key points just missed and `followUpAttempts`.
        package var asksFollowUps: Bool
        /// Each question's past follow-up attempts, by question id, for `FollowUpPicker`.
        package var followUpAttempts: [String: [FollowUpAttempt]]
        /// Each question's past answers, by question id, for the interval each grade would give; nil shows none.
        var histories: [String: QuestionHistory]?
        /// The deck of each question by position, when the questions come from several decks; empty when every
        /// question is of `deckID`.
        var questionDeckIDs: [String]
        /// The language of the key points a typed answer is matched against (the deck text's), for the ticks offered
        /// at the key-point prompt; nil offers none.
        package var suggestionLanguage: String?

        /// Creates settings.
        package init(
            deckID: String, sessionID: String, isRecording: Bool = true, timeLimit: TimeLimit = .none,
            keepsText: Bool = true, asksFollowUps: Bool = false, followUpAttempts: [String: [FollowUpAttempt]] = [:],
            histories: [String: QuestionHistory]? = nil, questionDeckIDs: [String] = [],
            suggestionLanguage: String? = nil
        ) {
            self.deckID = deckID
            self.sessionID = sessionID
            self.isRecording = isRecording
            self.timeLimit = timeLimit
            self.keepsText = keepsText
            self.asksFollowUps = asksFollowUps
            self.followUpAttempts = followUpAttempts
            self.histories = histories
            self.questionDeckIDs = questionDeckIDs
            self.suggestionLanguage = suggestionLanguage
        }

        /// The deck id to record an answer to question `position` under.
        func deckID(of position: Int) -> String {
            position < questionDeckIDs.count ? questionDeckIDs[position] : deckID
        }
    }
}

// MARK: - Time limits

/// How long a question may take in timed practice.
package enum TimeLimit: Sendable, Hashable {
    /// Untimed.
    case none
    /// Each question's own suggested `minutes`.
    case suggested
    /// The same number of seconds for every question.
    case fixed(seconds: Int)

    /// The limit in seconds for a question, or nil when untimed.
    package func seconds(for question: Question) -> Int? {
        switch self {
        case .none: nil
        case .suggested: question.suggestedSeconds
        case .fixed(let seconds): seconds
        }
    }
}
