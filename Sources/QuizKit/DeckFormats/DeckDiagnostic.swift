/// One problem found in a deck file: where it is and what is wrong, as data; the command line words it.
public struct DeckDiagnostic: Sendable, Hashable {
    /// What is wrong.
    public enum Problem: Sendable, Hashable {
        /// A problem with the file's content, described in a clause that says, where possible, how to fix it.
        case described(String)
        /// A `schemaVersion` other than the one this version of the program reads.
        case unknownSchemaVersion(found: Int, supported: Int)
    }

    /// The line and column, when the problem has a place in the file.
    public var location: SourceLocation?
    /// The JSON path of the offending value, such as `questions[3].keyPoints[0]`; empty for the whole document.
    public var path: String
    /// What is wrong.
    public var problem: Problem

    /// Creates a diagnostic.
    public init(location: SourceLocation?, path: String, problem: Problem) {
        self.location = location
        self.path = path
        self.problem = problem
    }

    /// Creates a diagnostic for a problem described in a clause.
    public init(location: SourceLocation?, path: String, message: String) {
        self.init(location: location, path: path, problem: .described(message))
    }
}
