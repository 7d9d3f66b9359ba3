/// The order questions are asked in.
public enum QuizOrder: String, Sendable, CaseIterable {
    /// Shuffled; the same seed gives the same order.
    case random
    /// Deck order (or the order of `--ids`).
    case sequential
    /// Due questions first, most overdue first, then new ones.
    case due
    /// Lowest average key-point coverage first.
    case weakest
}
