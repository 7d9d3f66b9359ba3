/// Which questions a sheet keeps, judged from the progress file: `weak` or `unseen` ones.
public enum StudyFocus: String, Sendable, CaseIterable {
    /// Answered at least once, with a last score (the share of key points covered) below 70%.
    case weak
    /// Never answered.
    case unseen

    /// The last score below which a question counts as weak: the coverage at which a grade drops below Good.
    public static let weakThreshold = 0.7

    /// Whether a question with this history (nil when never answered) is kept.
    public func includes(_ history: QuestionHistory?) -> Bool {
        switch self {
        case .weak:
            guard let coverage = history?.lastCoverage else { return false }
            return coverage < Self.weakThreshold
        case .unseen:
            return (history?.attempts ?? 0) == 0
        }
    }

    /// The questions of `questions` that this focus keeps, in their order.
    public func filter(_ questions: [Question], histories: [String: QuestionHistory]) -> [Question] {
        questions.filter { includes(histories[$0.id]) }
    }
}
