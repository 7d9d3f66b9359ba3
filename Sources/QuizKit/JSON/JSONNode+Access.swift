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
