import FoundationEssentials

/// The result of one past quiz session, rebuilt from the progress file.
public struct SessionScore: Sendable, Hashable {
    /// The session's id.
    public var id: String
    /// The deck practised.
    public var deck: String
    /// The first graded answer's time.
    public var start: Date
    /// How many answers were graded.
    public var graded: Int
    /// The sum of the graded answers' key-point coverage: the session score, out of `graded`.
    public var score: Double

    /// Creates a session score.
    public init(id: String, deck: String, start: Date, graded: Int, score: Double) {
        self.id = id
        self.deck = deck
        self.start = start
        self.graded = graded
        self.score = score
    }

    /// The score as a share of the questions graded, from 0 to 1.
    public var fraction: Double { graded > 0 ? score / Double(graded) : 0 }
}
