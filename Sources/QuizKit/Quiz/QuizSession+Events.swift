import FoundationEssentials

/// The events a quiz sends for the screen to draw: each carries what the screen shows (the typed text, the grade
/// intervals, the suggestion), so the screen never reads the session back.
extension QuizSession {
    func prompt() -> [SessionEvent] {
        switch phase {
        case .answering: [.answerPrompt]
        case .choosingPoints: [.keyPointsPrompt]
        case .grading: [.gradePrompt]
        case .followUpAnswering: [.answerPrompt]
        case .followUpJudging: [.judgementPrompt]
        case .finished: []
        }
    }

    func proposalEvent() -> SessionEvent {
        .proposal(
            index: index, grade: current.proposal, covered: current.covered,
            total: questions[index].keyPoints.count, isOverTime: isOverTime(index), intervals: current.intervals)
    }

    /// The reveal of the current question: what was typed, and a flashcard's intervals (it is graded at once).
    func revealEvent() -> SessionEvent {
        .reveal(
            index: index, seconds: current.seconds, limit: limit(for: index), typed: current.typedLines,
            intervals: isFlashcard(index) ? current.intervals : [:], suggestion: current.suggestion)
    }

    /// Whether question `position` has no key points, so it is graded directly.
    func isFlashcard(_ position: Int) -> Bool {
        questions[position].keyPoints.isEmpty
    }

    func isOverTime(_ position: Int) -> Bool {
        guard let limit = limit(for: position) else { return false }
        return current.seconds > limit
    }
}
