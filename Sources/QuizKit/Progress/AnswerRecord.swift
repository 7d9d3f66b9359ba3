import FoundationEssentials

/// One graded answer, as a line of the progress file records it.
package struct AnswerRecord: Sendable, Hashable {
    /// When the answer was graded.
    package var time: Date
    /// The quiz session it belongs to, a short random id.
    var session: String
    /// Its 1-based number within the session; an undo names it.
    var sequence: Int
    /// The deck's id.
    package var deck: String
    /// The question's id.
    package var question: String
    /// The grade given.
    package var grade: Grade
    /// The 1-based numbers of the key points covered.
    package var covered: [Int]
    /// How many key points the question had.
    package var total: Int
    /// Seconds from showing the question to revealing the answer.
    package var seconds: Int
    /// The time limit in seconds, for timed practice.
    package var limit: Int?
    /// How it was practised: `quiz` or `timed`.
    var mode: String
    /// What the user typed as the answer (lines joined by newlines), when it is kept; nil when answered aloud or
    /// with `--no-keep-text`.
    package var answer: String?
    /// The 1-based numbers of the key points dlquiz offered for the typed answer, before the user chose `covered`;
    /// nil when none were offered (answered aloud, or written before suggestions existed).
    package var suggested: [Int]?
    /// The language of the key points the suggestion read (`en`, `ja`), when there was one.
    package var suggestionLanguage: String?

    /// Creates a record.
    package init(
        time: Date, session: String, sequence: Int, deck: String, question: String, grade: Grade, covered: [Int],
        total: Int, seconds: Int, limit: Int? = nil, mode: String = "quiz", answer: String? = nil,
        suggested: [Int]? = nil, suggestionLanguage: String? = nil
    ) {
        self.time = time
        self.session = session
        self.sequence = sequence
        self.deck = deck
        self.question = question
        self.grade = grade
        self.covered = covered
        self.total = total
        self.seconds = seconds
        self.limit = limit
        self.mode = mode
        self.answer = answer
        self.suggested = suggested
        self.suggestionLanguage = suggested == nil ? nil : suggestionLanguage
    }

    /// The share of key points covered, from 0 to 1.
    package var coverage: Double { CoverageTally(covered: KeyPointSet(covered), total: total).fraction }
}

// MARK: - ProgressEntry

/// One line of the progress file.
package enum ProgressEntry: Sendable, Hashable {
    /// A graded answer.
    case answer(AnswerRecord)
    /// The withdrawal of an earlier answer of the same session, when the user pressed `u`.
    case undo(session: String, sequence: Int, time: Date)
    /// A follow-up question asked after an answer (`quiz --follow-ups`), and whether it was answered well.
    case followUp(FollowUpRecord)
}

// MARK: - FollowUpRecord

/// One follow-up question asked after grading the main question, as a `followup` line of the progress file records
/// it.
package struct FollowUpRecord: Sendable, Hashable {
    /// When it was judged.
    package var time: Date
    /// The quiz session it belongs to.
    var session: String
    /// The deck's id.
    package var deck: String
    /// The main question's id.
    package var question: String
    /// The follow-up's 1-based number among the question's follow-ups.
    package var followUp: Int
    /// Whether the user judged it answered well.
    package var answeredWell: Bool
    /// What the user typed, when kept; nil when answered aloud or with `--no-keep-text`.
    package var answer: String?

    /// Creates a record.
    package init(
        time: Date, session: String, deck: String, question: String, followUp: Int, answeredWell: Bool,
        answer: String? = nil
    ) {
        self.time = time
        self.session = session
        self.deck = deck
        self.question = question
        self.followUp = followUp
        self.answeredWell = answeredWell
        self.answer = answer
    }
}
