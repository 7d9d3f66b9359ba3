/// How long a question may take in timed practice.
public enum TimeLimit: Sendable, Hashable {
    /// Untimed.
    case none
    /// Each question's own suggested `minutes`.
    case suggested
    /// The same number of seconds for every question.
    case fixed(seconds: Int)

    /// The limit in seconds for a question, or nil when untimed.
    public func seconds(for question: Question) -> Int? {
        switch self {
        case .none: nil
        case .suggested: question.suggestedSeconds
        case .fixed(let seconds): seconds
        }
    }
}
