/// Reads one line of the progress file straight from its bytes.
///
/// A progress file can hold a million lines, so this scanner avoids Foundation's decoders (which cost as much as `jq`
/// per line) and creates no `String` for ids it has seen before. Unknown keys are skipped, so newer writers can add
/// fields; a line that is not a complete record of a known version is rejected with a reason.
struct ProgressLineParser {
    /// A parsed line.
    enum Line {
        case answer(StoredAnswer)
        case undo(session: Int32, sequence: Int32)
        case blank
    }

    /// A reason to skip a line.
    struct Failure: Error {
        var message: String
    }

    var strings = StringInterner()
    private var keys: [UInt64: Int32] = [:]
    private(set) var questionKeys: [(deck: Int32, question: Int32)] = []

    /// The id of a (deck, question) pair, adding it when new.
    mutating func key(deck: Int32, question: Int32) -> Int32 {
        let packed = UInt64(UInt32(bitPattern: deck)) << 32 | UInt64(UInt32(bitPattern: question))
        if let existing = keys[packed] { return existing }
        let id = Int32(questionKeys.count)
        questionKeys.append((deck, question))
        keys[packed] = id
        return id
    }

    mutating func parse(_ line: UnsafeBufferPointer<UInt8>) throws(Failure) -> Line {
        var scanner = Scanner(bytes: line)
        scanner.skipWhitespace()
        if scanner.isAtEnd { return .blank }
        guard scanner.consume(UInt8(ascii: "{")) else {
            throw Failure(message: "not a JSON object")
        }
        var version: Int64?
        var isUndo = false
        var time: Int64?
        var session: Int32?
        var sequence: Int64?
        var deck: Int32?
        var question: Int32?
        var grade: Int64?
        var covered: KeyPointSet?
        var total: Int64?
        var seconds: Int64?
        var limit: Int64?
        var mode: Int32?

        scanner.skipWhitespace()
        if !scanner.consume(UInt8(ascii: "}")) {
            while true {
                scanner.skipWhitespace()
                let key = try scanner.key()
                scanner.skipWhitespace()
                guard scanner.consume(UInt8(ascii: ":")) else { throw Failure(message: "expected ':' after a key") }
                scanner.skipWhitespace()
                switch Key(key) {
                case .version: version = try scanner.integer(named: "v")
                case .type:
                    let value = try scanner.stringBytes(named: "type")
                    if Key.equal(value, "undo") {
                        isUndo = true
                    } else if !Key.equal(value, "answer") {
                        throw Failure(message: "unknown record type")
                    }
                case .time:
                    let value = try scanner.stringBytes(named: "time")
                    guard let parsed = Timestamp.epochSeconds(parsing: value) else {
                        throw Failure(message: "\"time\" is not an ISO 8601 time such as 2026-11-23T09:05:00Z")
                    }
                    time = parsed
                case .session: session = try scanner.internedString(named: "session", in: &strings)
                case .sequence: sequence = try scanner.integer(named: "seq")
                case .deck: deck = try scanner.internedString(named: "deck", in: &strings)
                case .question: question = try scanner.internedString(named: "question", in: &strings)
                case .grade: grade = try scanner.integer(named: "grade")
                case .covered: covered = try scanner.pointSet()
                case .total: total = try scanner.integer(named: "total")
                case .seconds: seconds = try scanner.integer(named: "seconds")
                case .limit:
                    if scanner.consumeNull() { limit = nil } else { limit = try scanner.integer(named: "limit") }
                case .mode: mode = try scanner.internedString(named: "mode", in: &strings)
                case .other: try scanner.skipValue(depth: 0)
                }
                scanner.skipWhitespace()
                if scanner.consume(UInt8(ascii: ",")) { continue }
                if scanner.consume(UInt8(ascii: "}")) { break }
                throw Failure(message: scanner.isAtEnd ? "the line ends in the middle of a record" : "expected ',' or '}'")
            }
        }
        scanner.skipWhitespace()
        guard scanner.isAtEnd else { throw Failure(message: "unexpected text after the record") }
        guard let version else { throw Failure(message: "the format version \"v\" is missing") }
        guard version == Int64(ProgressLineEncoder.formatVersion) else {
            throw Failure(message: "format version \(version) is not one this dlquiz reads (written by a newer version?)")
        }
        guard let time else { throw Failure(message: "\"time\" is missing") }
        guard let session else { throw Failure(message: "\"session\" is missing") }
        guard let sequence, sequence >= 1, sequence <= Int64(Int32.max) else {
            throw Failure(message: "\"seq\" is missing or not a positive whole number")
        }
        if isUndo { return .undo(session: session, sequence: Int32(sequence)) }
        guard let deck else { throw Failure(message: "\"deck\" is missing") }
        guard let question else { throw Failure(message: "\"question\" is missing") }
        guard let grade, (1...4).contains(grade) else { throw Failure(message: "\"grade\" is missing or not 1 to 4") }
        guard let total, (1...Int64(KeyPointSet.maximum)).contains(total) else {
            throw Failure(message: "\"total\" is missing or not 1 to \(KeyPointSet.maximum)")
        }
        guard let covered, covered.highest <= total else {
            throw Failure(message: "\"covered\" is missing or names a point above \"total\"")
        }
        let secondsValue = min(max(seconds ?? 0, 0), Int64(Int32.max))
        let limitValue = limit.map { min(max($0, 0), Int64(Int32.max)) } ?? -1
        let modeValue = mode ?? strings.id(for: "quiz")
        return .answer(
            StoredAnswer(
                time: time, key: key(deck: deck, question: question), session: session, sequence: Int32(sequence),
                seconds: Int32(secondsValue), limit: Int32(limitValue), covered: covered, total: UInt8(total),
                grade: UInt8(grade), mode: modeValue))
    }
}

/// The keys of a progress record, recognised from their bytes.
private enum Key {
    case version, type, time, session, sequence, deck, question, grade, covered, total, seconds, limit, mode, other

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch bytes.count {
        case 1: self = bytes[0] == UInt8(ascii: "v") ? .version : .other
        case 3: self = Key.equal(bytes, "seq") ? .sequence : .other
        case 4:
            if Key.equal(bytes, "time") { self = .time }
            else if Key.equal(bytes, "type") { self = .type }
            else if Key.equal(bytes, "deck") { self = .deck }
            else if Key.equal(bytes, "mode") { self = .mode }
            else { self = .other }
        case 5:
            if Key.equal(bytes, "grade") { self = .grade }
            else if Key.equal(bytes, "total") { self = .total }
            else if Key.equal(bytes, "limit") { self = .limit }
            else { self = .other }
        case 7:
            if Key.equal(bytes, "session") { self = .session }
            else if Key.equal(bytes, "covered") { self = .covered }
            else if Key.equal(bytes, "seconds") { self = .seconds }
            else { self = .other }
        case 8: self = Key.equal(bytes, "question") ? .question : .other
        default: self = .other
        }
    }

    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount else { return false }
        let pointer = literal.utf8Start
        for index in 0..<bytes.count where bytes[index] != pointer[index] { return false }
        return true
    }
}

/// A cursor over one line's bytes.
private struct Scanner {
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
        guard consume(UInt8(ascii: "\"")) else { throw Failure(message: "expected a key in double quotes") }
        return try rawString(allowingEscapes: true, named: "a key")
    }

    /// A string value's raw bytes, for values that must not contain escapes (type, time).
    mutating func stringBytes(named name: String) throws(Failure) -> UnsafeBufferPointer<UInt8> {
        guard consume(UInt8(ascii: "\"")) else { throw Failure(message: "\"\(name)\" must be a string") }
        return try rawString(allowingEscapes: false, named: "\"\(name)\"")
    }

    /// The bytes up to the closing quote (the opening one already consumed), without unescaping.
    private mutating func rawString(allowingEscapes: Bool, named name: String) throws(Failure) -> UnsafeBufferPointer<UInt8> {
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
                    throw Failure(message: "\(name) has an unexpected escape or control character")
                }
                index += 1
            }
            index += 1
        }
        throw Failure(message: "the line ends inside \(name)")
    }

    /// A non-empty string value, unescaped when needed, as its id in `strings`.
    mutating func internedString(named name: String, in strings: inout StringInterner) throws(Failure) -> Int32 {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            throw Failure(message: "\"\(name)\" must be a string")
        }
        let start = index + 1
        var cursor = start
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\"") {
                index = cursor + 1
                guard cursor > start else { throw Failure(message: "\"\(name)\" is empty") }
                return strings.id(for: UnsafeBufferPointer(rebasing: bytes[start..<cursor]))
            }
            if byte == UInt8(ascii: "\\") { return strings.id(for: try escapedString(named: name)) }
            if byte < 0x20 { throw Failure(message: "\"\(name)\" contains a control character") }
            cursor += 1
        }
        throw Failure(message: "the line ends inside a string")
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
        guard cursor < bytes.count else { throw Failure(message: "the line ends inside a string") }
        let literal = Array(bytes[start...cursor])
        guard let node = try? JSONParser(bytes: literal).parse(), case .string(let text) = node.value, !text.isEmpty
        else { throw Failure(message: "\"\(name)\" is not a valid string") }
        index = cursor + 1
        return text
    }

    mutating func integer(named name: String) throws(Failure) -> Int64 {
        var negative = false
        if consume(UInt8(ascii: "-")) { negative = true }
        let start = index
        var value: Int64 = 0
        while index < bytes.count {
            let digit = Int64(bytes[index]) - 48
            guard digit >= 0 && digit <= 9 else { break }
            if value > 100_000_000_000 { throw Failure(message: "\"\(name)\" is too large") }
            value = value * 10 + digit
            index += 1
        }
        guard index > start else { throw Failure(message: "\"\(name)\" must be a whole number") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "e")
            || bytes[index] == UInt8(ascii: "E")
        {
            throw Failure(message: "\"\(name)\" must be a whole number")
        }
        return negative ? -value : value
    }

    mutating func pointSet() throws(Failure) -> KeyPointSet {
        guard consume(UInt8(ascii: "[")) else { throw Failure(message: "\"covered\" must be an array of numbers") }
        var set = KeyPointSet()
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return set }
        while true {
            skipWhitespace()
            let number = try integer(named: "covered")
            guard (1...Int64(KeyPointSet.maximum)).contains(number) else {
                throw Failure(message: "\"covered\" has a point number outside 1 to \(KeyPointSet.maximum)")
            }
            set.insert(Int(number))
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "]")) { return set }
            throw Failure(message: "\"covered\" must be an array of numbers")
        }
    }

    mutating func skipValue(depth: Int) throws(Failure) {
        guard depth < 64 else { throw Failure(message: "nested too deeply") }
        guard index < bytes.count else { throw Failure(message: "the line ends where a value should be") }
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
            throw Failure(message: "the line ends inside a string")
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
                    guard consume(UInt8(ascii: ":")) else { throw Failure(message: "expected ':' after a key") }
                    skipWhitespace()
                }
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if consume(UInt8(ascii: ",")) { continue }
                if consume(close) { return }
                throw Failure(message: "malformed value")
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
            guard index > start else { throw Failure(message: "malformed value") }
        }
    }
}
