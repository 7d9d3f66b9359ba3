/// What the interviewer recorded for one question.
public struct InterviewRecord: Sendable, Hashable {
    /// Whether the question was put to the candidate.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Shown and counted.
        case asked
        /// Left out on purpose with `s`.
        case skipped
        /// Never reached, or reached but left with nothing recorded when the interview ended.
        case notAsked = "not-asked"
    }

    /// How a follow-up question went.
    public enum FollowUpResult: String, Sendable, Hashable, CaseIterable {
        /// Not shown.
        case notAsked = "not-asked"
        /// Shown, not marked.
        case asked
        /// Marked `+`.
        case answeredWell = "answered-well"
        /// Marked `-`.
        case answeredPoorly = "answered-poorly"

        /// Whether the follow-up was shown.
        public var wasAsked: Bool { self != .notAsked }
    }

    /// The question's id.
    public var questionID: String
    /// Whether it was asked.
    public var status: Status
    /// The key points ticked, of how many.
    public var tally: CoverageTally
    /// Seconds spent on the question, over every visit.
    public var seconds: Int
    /// The notes, in the order typed.
    public var notes: [String]
    /// One result per follow-up of the question, in deck order.
    public var followUps: [FollowUpResult]

    /// A record of a question not reached yet.
    public init(questionID: String, pointCount: Int, followUpCount: Int) {
        self.questionID = questionID
        status = .notAsked
        tally = CoverageTally(total: pointCount)
        seconds = 0
        notes = []
        followUps = Array(repeating: .notAsked, count: followUpCount)
    }

    /// The key points ticked.
    public var covered: KeyPointSet {
        get { tally.covered }
        set { tally.covered = newValue }
    }

    /// Whether anything was ticked, noted or marked.
    public var hasEntries: Bool {
        !covered.isEmpty || !notes.isEmpty || followUps.contains(where: \.wasAsked)
    }
}
