/// What a quiz session asks its user interface to show or do, in order.
public enum SessionEvent: Sendable, Hashable {
    /// Show question `index` (0-based) of `count`.
    case showQuestion(index: Int, count: Int)
    /// Ask for the answer; an empty line reveals.
    case answerPrompt
    /// Show the model answer and the numbered key points; `seconds` were taken, against an optional `limit`.
    case reveal(index: Int, seconds: Int, limit: Int?)
    /// Ask which key points were covered.
    case keyPointsPrompt
    /// The key-points reply was not understood; ask again.
    case invalidKeyPoints(KeyPointProblem, total: Int)
    /// Propose a grade for the covered points.
    case proposal(index: Int, grade: Grade, covered: KeyPointSet, total: Int, isOverTime: Bool)
    /// Ask for the grade.
    case gradePrompt
    /// The grade reply was not understood; ask again.
    case invalidGrade(String)
    /// The question was graded.
    case graded(index: Int, grade: Grade)
    /// Persist this entry now (only when the session records).
    case record(ProgressEntry)
    /// The grade of question `index` was withdrawn; it is asked to be graded again.
    case undone(index: Int)
    /// `u` was typed but nothing has been graded yet.
    case nothingToUndo
    /// The question was skipped.
    case skipped(index: Int)
    /// Show what can be typed at the current prompt.
    case help(SessionPhase)
    /// The session is over.
    case finished(SessionSummary)
}

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
