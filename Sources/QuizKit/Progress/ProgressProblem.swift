/// A line of the progress file that could not be used. It is skipped, never rewritten or deleted.
public struct ProgressProblem: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// Why the line was skipped.
    public var reason: String

    /// Creates a problem.
    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    /// `line 12: reason`.
    public var description: String { "line \(line): \(reason)" }
}
