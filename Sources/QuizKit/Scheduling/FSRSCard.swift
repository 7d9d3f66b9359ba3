import FoundationEssentials

/// The FSRS memory state of one question, as py-fsrs's `Card` (without its id).
package struct FSRSCard: Sendable, Hashable, Codable {
    /// Learning, review or relearning.
    package var phase: FSRSPhase
    /// Index into the learning or relearning steps; `nil` in the review phase.
    var step: Int?
    /// Memory stability in days; `nil` until the first review.
    package var stability: Double?
    /// Difficulty in [1, 10]; `nil` until the first review.
    package var difficulty: Double?
    /// When the card is next due.
    package var due: Date
    /// The time of the last review; `nil` for a never-reviewed card.
    var lastReview: Date?

    /// Creates a card from its parts; like py-fsrs, a learning card with no step gets step 0.
    init(
        phase: FSRSPhase = .learning,
        step: Int? = nil,
        stability: Double? = nil,
        difficulty: Double? = nil,
        due: Date,
        lastReview: Date? = nil
    ) {
        self.phase = phase
        self.step = (phase == .learning && step == nil) ? 0 : step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    /// A never-reviewed card created at `time`: learning phase, step 0, due at once (py-fsrs's `Card()`).
    package static func new(at time: Date) -> FSRSCard {
        FSRSCard(phase: .learning, step: 0, due: time)
    }

    /// Whether the card has never been reviewed.
    package var isNew: Bool { lastReview == nil }
}

// MARK: - FSRSPhase

/// Where a card is in the FSRS cycle; raw values match py-fsrs's `State`.
package enum FSRSPhase: Int, Sendable, CaseIterable, Codable {
    /// New or still in the short learning steps.
    case learning = 1
    /// Graduated: scheduled in whole days from its stability.
    case review = 2
    /// Forgotten in review and going through the relearning steps.
    case relearning = 3
}

// MARK: - Grade

/// A self-grade, which is also FSRS's rating.
package enum Grade: Int, Sendable, CaseIterable, Codable {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4
}

extension Grade {
    /// The grade's lower-case English name ("again", "hard", "good", "easy").
    package var name: String {
        switch self {
        case .again: "again"
        case .hard: "hard"
        case .good: "good"
        case .easy: "easy"
        }
    }

}
