/// One problem found in a deck file: where it is and what is wrong.
public struct DeckDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The line and column, when the problem has a place in the file.
    public var location: SourceLocation?
    /// The JSON path of the offending value, such as `questions[3].keyPoints[0]`; empty for the whole document.
    public var path: String
    /// What is wrong and, where possible, how to fix it.
    public var message: String

    /// Creates a diagnostic.
    public init(location: SourceLocation?, path: String, message: String) {
        self.location = location
        self.path = path
        self.message = message
    }

    /// `line:column: path: message`, the part after the file name.
    public var description: String {
        var parts: [String] = []
        if let location { parts.append(location.description) }
        if !path.isEmpty { parts.append(path) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
