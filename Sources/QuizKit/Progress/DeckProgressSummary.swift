import FoundationEssentials

/// How much of one deck's practice a progress file holds.
public struct DeckProgressSummary: Sendable, Hashable {
    /// The deck's id.
    public var deck: String
    /// Graded answers.
    public var answers: Int
    /// Distinct questions answered.
    public var questions: Int
    /// Distinct sessions.
    public var sessions: Int
    /// The first answer's time.
    public var firstTime: Date
    /// The last answer's time.
    public var lastTime: Date
}
