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
    /// The session score over the graded questions (`8.4` of `12`), with the seconds they took.
    public var score: PracticeScore { PracticeScore(graded.map { ($0.tally, $0.seconds) }) }
    /// Whether the session stopped before its last question.
    public var endedEarly: Bool { results.count < questionCount }
}

// MARK: - Results

/// What happened to one question of a session.
public struct QuestionResult: Sendable, Hashable {
    /// Graded or skipped.
    public enum Outcome: Sendable, Hashable {
        case graded(Grade)
        case skipped
    }

    /// The question's position in the session.
    public var index: Int
    /// The question's id.
    public var questionID: String
    /// The outcome.
    public var outcome: Outcome
    /// The key points covered, of how many (nothing covered for a skipped question).
    public var tally: CoverageTally
    /// Seconds from showing the question to revealing the answer.
    public var seconds: Int
    /// The time limit in seconds, in timed practice.
    public var limit: Int?
    /// The answer's number in the session's records, when it was recorded.
    public var sequence: Int?

    /// The grade, when graded.
    public var grade: Grade? {
        if case .graded(let grade) = outcome { return grade }
        return nil
    }

    /// Seconds beyond the limit, or 0.
    public var secondsOverLimit: Int {
        guard let limit else { return 0 }
        return max(0, seconds - limit)
    }
}
