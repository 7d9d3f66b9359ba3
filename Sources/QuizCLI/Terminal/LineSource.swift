/// Where typed lines come from: standard input, or a script in tests.
public protocol LineSource: AnyObject, Sendable {
    /// The next line without its newline, or nil at end of input.
    func readLine() -> String?
}

/// Standard input, line by line.
public final class StandardInput: LineSource, @unchecked Sendable {
    /// Creates a reader of standard input.
    public init() {}

    public func readLine() -> String? {
        Swift.readLine(strippingNewline: true).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
    }
}

/// A fixed list of lines, then end of input.
public final class ScriptedInput: LineSource, @unchecked Sendable {
    private var lines: [String]

    /// Creates input from lines.
    public init(_ lines: [String]) {
        self.lines = lines
    }

    /// Creates input from text, split at newlines (a final newline adds no empty line).
    public convenience init(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.init(lines)
    }

    public func readLine() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }
}
