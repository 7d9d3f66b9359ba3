/// A parsed JSON value that remembers where in the file it started, so errors can name a line and column.
public struct JSONNode: Sendable {
    /// The kinds of JSON value.
    public enum Value: Sendable {
        case null
        case bool(Bool)
        /// A number; `isInteger` is true when it was written without a fraction or exponent.
        case number(Double, isInteger: Bool)
        case string(String)
        case array([JSONNode])
        case object([JSONMember])
    }

    /// The value.
    public var value: Value
    /// The byte offset of the value's first character in the source.
    public var offset: Int

    /// Creates a node.
    public init(_ value: Value, offset: Int) {
        self.value = value
        self.offset = offset
    }
}
