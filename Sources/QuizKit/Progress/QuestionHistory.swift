import FoundationEssentials

/// What the progress file says about one question of one deck.
public struct QuestionHistory: Sendable, Hashable {
    /// One graded answer, as the scheduler replays it.
    public struct Review: Sendable, Hashable {
        /// The grade given.
        public var grade: Grade
        /// When.
        public var time: Date
        /// The share of key points covered.
        public var coverage: Double
    }

    /// Every graded answer, in the order they were recorded.
    public var reviews: [Review]

    /// Creates a history from reviews in the order they were recorded (appended to the progress file).
    ///
    /// The order of the file is the order of the reviews, not the clock: a record dated in the future by a wrong
    /// clock never outranks an answer appended after it, which counts as the later review (the scheduler treats a
    /// review dated before the previous one as a same-day review).
    public init(reviews: [Review]) {
        self.reviews = reviews
    }

    /// How many times the question was graded.
    public var attempts: Int { reviews.count }
    /// The most recent grade.
    public var lastGrade: Grade? { reviews.last?.grade }
    /// When it was last graded.
    public var lastTime: Date? { reviews.last?.time }
    /// The share of key points covered last time.
    public var lastCoverage: Double? { reviews.last?.coverage }
    /// The mean share of key points covered over every attempt, or nil before the first.
    public var meanCoverage: Double? {
        reviews.isEmpty ? nil : reviews.reduce(0) { $0 + $1.coverage } / Double(reviews.count)
    }
}
