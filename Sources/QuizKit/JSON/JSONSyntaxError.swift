/// A place where a JSON text breaks the grammar.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// The byte offset of the offending character.
    public var offset: Int
    /// What is wrong, as a sentence fragment ("expected ',' or '}' after an object member").
    public var message: String

    /// Creates a syntax error.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }
}
