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
    /// The key points covered.
    public var covered: KeyPointSet
    /// The number of key points.
    public var total: Int
    /// Seconds from showing the question to revealing the answer.
    public var seconds: Int
    /// The time limit in seconds, in timed practice.
    public var limit: Int?
    /// The answer's number in the session's records, when it was recorded.
    public var sequence: Int?

    /// The share of key points covered (0 for a skipped question).
    public var coverage: Double {
        guard case .graded = outcome, total > 0 else { return 0 }
        return Double(covered.count) / Double(total)
    }

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
