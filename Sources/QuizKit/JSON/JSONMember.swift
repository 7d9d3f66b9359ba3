/// One `"key": value` pair of a JSON object, with the key's position.
public struct JSONMember: Sendable {
    /// The key.
    public var key: String
    /// The byte offset of the key's opening quote.
    public var keyOffset: Int
    /// The value.
    public var value: JSONNode

    /// Creates a member.
    public init(key: String, keyOffset: Int, value: JSONNode) {
        self.key = key
        self.keyOffset = keyOffset
        self.value = value
    }
}
