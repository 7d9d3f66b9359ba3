import FoundationEssentials

/// The result of one past quiz session, rebuilt from the progress file.
public struct SessionScore: Sendable, Hashable {
    /// The session's id.
    public var id: String
    /// The deck practised.
    public var deck: String
    /// The first graded answer's time.
    public var start: Date
    /// The score of the graded answers: their key-point coverage summed, out of how many they were.
    public var score: PracticeScore

    /// Creates a session score.
    public init(id: String, deck: String, start: Date, score: PracticeScore) {
        self.id = id
        self.deck = deck
        self.start = start
        self.score = score
    }
}
