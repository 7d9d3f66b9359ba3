/// A self-grade, which is also FSRS's rating.
public enum Grade: Int, Sendable, CaseIterable, Codable { case again = 1, hard = 2, good = 3, easy = 4 }

extension Grade {
    /// The grade's lower-case English name ("again", "hard", "good", "easy").
    public var name: String {
        switch self {
        case .again: "again"
        case .hard: "hard"
        case .good: "good"
        case .easy: "easy"
        }
    }

}
