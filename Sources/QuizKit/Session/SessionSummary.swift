/// The outcome of a quiz session: per-question results and the session score.
public struct SessionSummary: Sendable, Hashable {
    /// The questions reached, graded or skipped, in the order they were asked.
    public var results: [QuestionResult]
    /// How many questions the session had.
    public var questionCount: Int

    /// Creates a summary.
    public init(results: [QuestionResult], questionCount: Int) {
        self.results = results
        self.questionCount = questionCount
    }

    /// The graded results.
    public var graded: [QuestionResult] { results.filter { $0.grade != nil } }
    /// The skipped results.
    public var skipped: [QuestionResult] { results.filter { $0.grade == nil } }
    /// The session score: the sum of key-point coverage over graded questions (`8.4` of `12`).
    public var score: Double { graded.reduce(0) { $0 + $1.coverage } }
    /// The score as a share of the graded questions, from 0 to 1.
    public var fraction: Double { graded.isEmpty ? 0 : score / Double(graded.count) }
    /// Whether the session stopped before its last question.
    public var endedEarly: Bool { results.count < questionCount }
}
