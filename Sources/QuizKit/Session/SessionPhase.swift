/// Where a quiz session is.
public enum SessionPhase: Sendable, Hashable {
    /// Collecting answer lines for the current question.
    case answering
    /// Waiting for the key points covered.
    case choosingPoints
    /// Waiting for the grade.
    case grading
    /// Over.
    case finished
}
