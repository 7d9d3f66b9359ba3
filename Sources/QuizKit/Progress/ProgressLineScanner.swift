/// A cursor over one progress line's bytes: the small part of JSON a record uses, with reasons for what it refuses.
struct ProgressLineScanner {
    typealias Failure = ProgressLineParser.Failure
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var isAtEnd: Bool { index >= bytes.count }

    mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A else { return }
            index += 1
        }
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func consumeNull() -> Bool {
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
            bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
        else { return false }
        index += 4
        return true
    }

    /// A key's raw bytes (keys never need unescaping here; an escaped key simply matches no known key).
    mutating func key() throws(Failure) -> UnsafeBufferPointer<UInt8> {
        guard consume(UInt8(ascii: "\"")) else { throw Failure(.expectedKey) }
        return try rawString(allowingEscapes: true, named: nil)
    }

    /// A string value's raw bytes, for values that must not contain escapes (type, time).
    mutating func stringBytes(named name: String) throws(Failure) -> UnsafeBufferPointer<UInt8> {
        guard consume(UInt8(ascii: "\"")) else { throw Failure(.notAString(name)) }
        return try rawString(allowingEscapes: false, named: name)
    }

    /// The bytes up to the closing quote (the opening one already consumed), without unescaping.
    private mutating func rawString(allowingEscapes: Bool, named name: String?) throws(Failure) -> UnsafeBufferPointer<
        UInt8
    > {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let result = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                return result
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 {
                guard allowingEscapes && byte == UInt8(ascii: "\\") else {
                    throw Failure(.unexpectedEscape(in: name))
                }
                index += 1
            }
            index += 1
        }
        throw Failure(.endsInside(name))
    }

    /// A non-empty string value, unescaped when needed, as its id in `strings`.
    mutating func internedString(named name: String, in strings: inout StringInterner) throws(Failure) -> Int32 {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            throw Failure(.notAString(name))
        }
        let start = index + 1
        var cursor = start
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\"") {
                index = cursor + 1
                guard cursor > start else { throw Failure(.empty(name)) }
                return strings.id(for: UnsafeBufferPointer(rebasing: bytes[start..<cursor]))
            }
            if byte == UInt8(ascii: "\\") { return strings.id(for: try escapedString(named: name)) }
            if byte < 0x20 { throw Failure(.controlCharacter(name)) }
            cursor += 1
        }
        throw Failure(.endsInString)
    }

    /// The rare path: let the full JSON parser unescape the string.
    private mutating func escapedString(named name: String) throws(Failure) -> String {
        let start = index
        var cursor = index + 1
        while cursor < bytes.count {
            if bytes[cursor] == UInt8(ascii: "\\") {
                cursor += 2
                continue
            }
            if bytes[cursor] == UInt8(ascii: "\"") { break }
            cursor += 1
        }
        guard cursor < bytes.count else { throw Failure(.endsInString) }
        let literal = Array(bytes[start...cursor])
        guard let node = try? JSONParser(bytes: literal).parse(), case .string(let text) = node.value, !text.isEmpty
        else { throw Failure(.invalidString(name)) }
        index = cursor + 1
        return text
    }

    /// A string value of any length, possibly empty, unescaped (a typed answer).
    mutating func text(named name: String) throws(Failure) -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            throw Failure(.notAString(name))
        }
        let start = index
        var cursor = index + 1
        var hasEscape = false
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\\") {
                hasEscape = true
                cursor += 2
                continue
            }
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw Failure(.controlCharacter(name)) }
            cursor += 1
        }
        guard cursor < bytes.count else { throw Failure(.endsInString) }
        index = cursor + 1
        guard hasEscape else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<cursor]), as: UTF8.self)
        }
        guard let node = try? JSONParser(bytes: Array(bytes[start...cursor])).parse(),
            case .string(let text) = node.value
        else { throw Failure(.invalidString(name)) }
        return text
    }

    /// `true` or `false`.
    mutating func boolean(named name: String) throws(Failure) -> Bool {
        for (literal, value) in [("true", true), ("false", false)] {
            let utf8 = Array(literal.utf8)
            if index + utf8.count <= bytes.count, Array(bytes[index..<(index + utf8.count)]) == utf8 {
                index += utf8.count
                return value
            }
        }
        throw Failure(.notABoolean(name))
    }

    mutating func integer(named name: String) throws(Failure) -> Int64 {
        var negative = false
        if consume(UInt8(ascii: "-")) { negative = true }
        let start = index
        var value: Int64 = 0
        while index < bytes.count {
            let digit = Int64(bytes[index]) - 48
            guard digit >= 0 && digit <= 9 else { break }
            if value > 100_000_000_000 { throw Failure(.tooLarge(name)) }
            value = value * 10 + digit
            index += 1
        }
        guard index > start else { throw Failure(.notAWholeNumber(name)) }
        if index < bytes.count,
            bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "e")
                || bytes[index] == UInt8(ascii: "E")
        {
            throw Failure(.notAWholeNumber(name))
        }
        return negative ? -value : value
    }

    /// The point numbers of a `covered` array, and how many numbers it listed (repeats included).
    mutating func pointSet() throws(Failure) -> (points: KeyPointSet, listed: Int) {
        guard consume(UInt8(ascii: "[")) else { throw Failure(.coveredNotAnArray) }
        var set = KeyPointSet()
        var listed = 0
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return (set, listed) }
        while true {
            skipWhitespace()
            let number = try integer(named: "covered")
            guard (1...Int64(KeyPointSet.maximum)).contains(number) else {
                throw Failure(.coveredOutside(1...KeyPointSet.maximum))
            }
            set.insert(Int(number))
            listed += 1
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "]")) { return (set, listed) }
            throw Failure(.coveredNotAnArray)
        }
    }

    mutating func skipValue(depth: Int) throws(Failure) {
        guard depth < 64 else { throw Failure(.nestedTooDeeply) }
        guard index < bytes.count else { throw Failure(.endsWhereValue) }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            index += 1
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\\") {
                    index += 2
                    continue
                }
                if bytes[index] == UInt8(ascii: "\"") {
                    index += 1
                    return
                }
                index += 1
            }
            throw Failure(.endsInString)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = bytes[index] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = close == UInt8(ascii: "}")
            index += 1
            skipWhitespace()
            if consume(close) { return }
            while true {
                skipWhitespace()
                if isObject {
                    _ = try key()
                    skipWhitespace()
                    guard consume(UInt8(ascii: ":")) else { throw Failure(.expectedColon) }
                    skipWhitespace()
                }
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if consume(UInt8(ascii: ",")) { continue }
                if consume(close) { return }
                throw Failure(.malformedValue)
            }
        default:
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte == 0x20 {
                    break
                }
                index += 1
            }
            guard index > start else { throw Failure(.malformedValue) }
        }
    }
}
