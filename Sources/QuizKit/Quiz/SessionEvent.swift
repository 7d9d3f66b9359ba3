import FoundationEssentials

/// What a quiz session asks its user interface to show or do, in order.
package enum SessionEvent: Sendable, Hashable {
    /// Show question `index` (0-based) of `count`, with its time limit in seconds in timed practice.
    case showQuestion(index: Int, count: Int, limit: Int? = nil)
    /// Ask for the answer; an empty line reveals.
    case answerPrompt
    /// Show the model answer and the numbered key points; `seconds` were taken, against an optional `limit`, and
    /// `typed` is the answer typed (empty when given aloud). A question without key points (a flashcard) is graded at
    /// once: `intervals` are the seconds each grade would give it (empty without histories, and for other questions,
    /// whose intervals come with the `proposal`). With a `suggestion` (a typed answer), mark the points offered, each
    /// with its evidence: Enter at the next prompt takes them.
    case reveal(
        index: Int, seconds: Int, limit: Int?, typed: [String] = [], intervals: [Grade: TimeInterval] = [:],
        suggestion: TickSuggestion? = nil)
    /// Ask which key points were covered.
    case keyPointsPrompt
    /// Show the details of question `index` (its worked examples and numbers), or say it has none.
    case showDetails(index: Int)
    /// The key-points reply was not understood; ask again (Enter still takes the `suggested` points, when some were
    /// offered).
    case invalidKeyPoints(KeyPointProblem, total: Int, suggested: KeyPointSet? = nil)
    /// Propose a grade for the covered points, with the seconds each grade would give the question (replayed from its
    /// history at this moment; empty without histories). Sent after the points, after an undo and when a question
    /// left at its grade returns.
    case proposal(
        index: Int, grade: Grade, covered: KeyPointSet, total: Int, isOverTime: Bool,
        intervals: [Grade: TimeInterval] = [:])
    /// Ask for the grade.
    case gradePrompt
    /// The grade reply was not understood; ask again (a flashcard has no proposal for Enter to accept).
    case invalidGrade(String, isFlashcard: Bool = false)
    /// The question was graded.
    case graded(index: Int, grade: Grade)
    /// Persist this entry now (only when the session records).
    case record(ProgressEntry)
    /// The grade of question `index` was withdrawn; it is asked to be graded again. A flashcard, which gets no
    /// `proposal`, carries the seconds each grade would give it here (empty without histories).
    case undone(index: Int, intervals: [Grade: TimeInterval] = [:])
    /// `u` was typed but nothing has been graded yet.
    case nothingToUndo
    /// Back at question `index`, which an undo interrupted at its key points or its grade: what follows is its.
    case resumed(index: Int)
    /// The question was skipped.
    case skipped(index: Int)
    /// Show what can be typed at the current prompt.
    case help(SessionPhase)
    /// `e` was typed at the answer prompt: let the user write the answer in an editor, then feed its text back as
    /// `SessionInput.submit` (or show the prompt again when no editor could be opened).
    case editAnswer
    /// Ask follow-up `followUp` (0-based) of question `index`; its answer is typed like the main answer.
    case askFollowUp(index: Int, followUp: Int)
    /// Show the follow-up's expected answer, then the key points it probes (`probes`, 1-based; empty when it goes
    /// beyond the key points) and which of them the answer to the question had just missed (`missed`).
    /// `typed` is the answer typed to the follow-up.
    case revealFollowUp(index: Int, followUp: Int, probes: [Int], missed: [Int], typed: [String] = [])
    /// Ask whether the follow-up was answered well (y/n).
    case judgementPrompt
    /// The y/n reply was not understood; ask again.
    case invalidJudgement(String)
    /// The follow-up was judged.
    case followUpJudged(index: Int, answeredWell: Bool)
    /// The follow-up was skipped (`s`).
    case followUpSkipped(index: Int)
    /// The session ends with typed text that was never saved (not graded, or not judged): say so.
    case notSaved(UnsavedAnswer)
    /// The session is over.
    case finished(SessionSummary)
}

/// Typed text a session ended without saving: which question's answer (or follow-up answer), and how long it was.
package struct UnsavedAnswer: Sendable, Hashable {
    /// The question's position in the session.
    package var index: Int
    /// Whether it is the answer to the question's follow-up.
    package var isFollowUp: Bool
    /// Its lines (a pasted answer's included).
    package var lineCount: Int
    /// Its characters.
    package var characterCount: Int

    /// Creates a description.
    package init(index: Int, isFollowUp: Bool, lineCount: Int, characterCount: Int) {
        self.index = index
        self.isFollowUp = isFollowUp
        self.lineCount = lineCount
        self.characterCount = characterCount
    }
}

/// Where a quiz session is.
package enum SessionPhase: Sendable, Hashable {
    /// Collecting answer lines for the current question.
    case answering
    /// Waiting for the key points covered.
    case choosingPoints
    /// Waiting for the grade.
    case grading
    /// Collecting the answer to a follow-up.
    case followUpAnswering
    /// Waiting for y/n: was the follow-up answered well?
    case followUpJudging
    /// Over.
    case finished
}

// MARK: - Summary

/// The outcome of a quiz session: per-question results and the session score.
package struct SessionSummary: Sendable, Hashable {
    /// The questions reached, graded or skipped, in the order they were asked.
    package var results: [QuestionResult]
    /// How many questions the session had.
    package var questionCount: Int

    /// Creates a summary.
    package init(results: [QuestionResult], questionCount: Int) {
        self.results = results
        self.questionCount = questionCount
    }

    /// The graded results.
    var graded: [QuestionResult] { results.filter { $0.grade != nil } }
    /// The skipped results.
    package var skipped: [QuestionResult] { results.filter { $0.grade == nil } }
    /// The session score over the graded questions (`8.4` of `12`), with the seconds they took.
    package var score: PracticeScore { PracticeScore(graded.map { ($0.tally, $0.seconds) }) }
    /// Whether the session stopped before its last question.
    package var endedEarly: Bool { results.count < questionCount }
}

// MARK: - Results

/// What happened to one question of a session.
package struct QuestionResult: Sendable, Hashable {
    /// Graded or skipped.
    package enum Outcome: Sendable, Hashable {
        case graded(Grade)
        case skipped
    }

    /// The question's position in the session.
    package var index: Int
    /// The question's id.
    package var questionID: String
    /// The outcome.
    var outcome: Outcome
    /// The key points covered, of how many (nothing covered for a skipped question).
    package var tally: CoverageTally
    /// Seconds from showing the question to revealing the answer.
    package var seconds: Int
    /// The time limit in seconds, in timed practice.
    package var limit: Int?
    /// The answer's number in the session's records, when it was recorded.
    var sequence: Int?

    /// The grade, when graded.
    package var grade: Grade? {
        if case .graded(let grade) = outcome { return grade }
        return nil
    }

    /// Seconds beyond the limit, or 0.
    package var secondsOverLimit: Int {
        guard let limit else { return 0 }
        return max(0, seconds - limit)
    }
}
