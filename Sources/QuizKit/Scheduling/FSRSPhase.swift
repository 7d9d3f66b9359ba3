/// Where a card is in the FSRS cycle; raw values match py-fsrs's `State`.
public enum FSRSPhase: Int, Sendable, CaseIterable, Codable {
    /// New or still in the short learning steps.
    case learning = 1
    /// Graduated: scheduled in whole days from its stability.
    case review = 2
    /// Forgotten in review and going through the relearning steps.
    case relearning = 3
}
