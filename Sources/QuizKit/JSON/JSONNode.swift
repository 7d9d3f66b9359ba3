/// A parsed JSON value that remembers where in the file it started, so errors can name a line and column.
struct JSONNode: Sendable {
    /// The kinds of JSON value.
    enum Value: Sendable {
        case null
        case bool(Bool)
        /// A number; `isInteger` is true when it was written without a fraction or exponent.
        case number(Double, isInteger: Bool)
        case string(String)
        case array([JSONNode])
        case object([JSONMember])
        /// An object or array left unread, by its bytes in the source (see `JSONParser.init(bytes:deferring:)`).
        case deferred(Range<Int>)
    }

    /// The value.
    var value: Value
    /// The byte offset of the value's first character in the source.
    var offset: Int

    /// Creates a node.
    package init(_ value: Value, offset: Int) {
        self.value = value
        self.offset = offset
    }

}

// MARK: - JSONNode Access

/// Plain lookups on parsed JSON, for files read without the deck's diagnostics (scorecards).
extension JSONNode {
    /// The value of `key` when this is an object that has it.
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The string, when this is one.
    var stringValue: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The number, when this is one.
    var doubleValue: Double? {
        if case .number(let number, _) = value { return number }
        return nil
    }

    /// The whole number, when this is one that fits an `Int`.
    var intValue: Int? {
        guard let number = doubleValue, number.rounded() == number, abs(number) < 9e15 else { return nil }
        return Int(number)
    }

    /// The boolean, when this is one.
    var boolValue: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    /// The elements, when this is an array.
    var arrayValue: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }
}

// MARK: - JSONMember

/// One `"key": value` pair of a JSON object, with the key's position.
struct JSONMember: Sendable {
    /// The key.
    var key: String
    /// The byte offset of the key's opening quote.
    var keyOffset: Int
    /// The value.
    var value: JSONNode

    /// Creates a member.
    package init(key: String, keyOffset: Int, value: JSONNode) {
        self.key = key
        self.keyOffset = keyOffset
        self.value = value
    }
}
