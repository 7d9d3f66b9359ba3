/// A line of the progress file that could not be used, as data; the command line words it. The line is skipped, never
/// rewritten or deleted.
public struct ProgressProblem: Sendable, Hashable {
    /// Why the line was skipped.
    public enum Cause: Sendable, Hashable {
        /// The line is not a complete record; the clause says what is wrong with it ("\"time\" is missing").
        case malformed(String)
        /// A record with this format version `v`, which is not the one this version reads (a newer writer's?).
        case unknownFormatVersion(Int64)
    }

    /// The 1-based line number.
    public var line: Int
    /// Why the line was skipped.
    public var cause: Cause
    /// Whether the line is the file's last and has no newline: most likely a write that was interrupted.
    public var isIncompleteLastLine: Bool

    /// Creates a problem.
    public init(line: Int, cause: Cause, isIncompleteLastLine: Bool = false) {
        self.line = line
        self.cause = cause
        self.isIncompleteLastLine = isIncompleteLastLine
    }
}
