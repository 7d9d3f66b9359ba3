import FoundationEssentials

/// What the scheduler knows about one question at a moment: its history, its FSRS memory state and its recall.
public struct QuestionStatus: Sendable {
    /// The question.
    public let question: Question
    /// Every graded answer to it, or nil when it was never answered.
    public let history: QuestionHistory?
    /// The FSRS state after replaying the history, or nil when it was never answered.
    public let card: FSRSCard?
    /// The predicted probability of recall at the planner's moment; 0 for a question never answered.
    public let retrievability: Double

    /// Creates a status.
    public init(question: Question, history: QuestionHistory?, card: FSRSCard?, retrievability: Double) {
        self.question = question
        self.history = history
        self.card = card
        self.retrievability = retrievability
    }

    /// Whether the question was never answered.
    public var isNew: Bool { card == nil }
    /// When the scheduler next wants it, or nil for a new question.
    public var due: Date? { card?.due }
    /// How many times it was graded.
    public var attempts: Int { history?.attempts ?? 0 }
    /// The mean share of key points covered, or nil before the first answer.
    public var meanCoverage: Double? { history?.meanCoverage }
}
