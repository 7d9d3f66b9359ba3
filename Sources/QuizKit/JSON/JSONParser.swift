/// A strict RFC 8259 JSON parser that records each value's byte offset.
///
/// Foundation's parsers report neither positions nor paths reliably on Linux, and a deck author needs both.
struct JSONParser {
    /// The deepest nesting accepted; deeper input is refused instead of exhausting the stack.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private let deferring: Set<String>

    /// Creates a parser over UTF-8 bytes. An object or array under a key in `deferring` is only skipped, its strings
    /// neither built nor checked, and becomes a `deferred` node with its byte range: for trusted bytes (the bundled
    /// deck's cues) that most commands never read.
    init(bytes: [UInt8], deferring: Set<String> = []) {
        self.bytes = bytes
        self.deferring = deferring
    }

    /// Parses the whole text as one JSON value; trailing content other than whitespace is an error.
    func parse() throws(JSONSyntaxError) -> JSONNode {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONNode in
            var cursor = JSONCursor(buffer: buffer, deferring: deferring)
            cursor.skipByteOrderMark()
            cursor.skipWhitespace()
            if cursor.isAtEnd {
                throw JSONSyntaxError(offset: cursor.index, problem: .emptyFile)
            }
            let node = try cursor.parseValue(depth: 0)
            cursor.skipWhitespace()
            if !cursor.isAtEnd {
                throw JSONSyntaxError(offset: cursor.index, problem: .textAfterValue(cursor.describeCurrent()))
            }
            return node
        }
    }
}

/// A read position in the parser's bytes; its string scanning is in `JSONCursor+Strings.swift`.
struct JSONCursor {
    let buffer: UnsafeBufferPointer<UInt8>
    let deferring: Set<String>
    var index = 0

    init(buffer: UnsafeBufferPointer<UInt8>, deferring: Set<String>) {
        self.buffer = buffer
        self.deferring = deferring
    }

    var isAtEnd: Bool { index >= buffer.count }
    var current: UInt8 { buffer[index] }

    mutating func skipByteOrderMark() {
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { index = 3 }
    }

    mutating func skipWhitespace() {
        while index < buffer.count {
            switch buffer[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    func describeCurrent() -> JSONSyntaxError.Found {
        guard !isAtEnd else { return .endOfFile }
        let byte = current
        if byte >= 0x21 && byte < 0x7F { return .character(Character(Unicode.Scalar(byte))) }
        if byte < 0x20 { return .controlCharacter(byte) }
        return .other
    }

    func error(_ problem: JSONSyntaxError.Problem) -> JSONSyntaxError {
        JSONSyntaxError(offset: index, problem: problem)
    }

    mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard !isAtEnd else { throw error(.endOfFileBeforeValue) }
        let start = index
        switch current {
        case UInt8(ascii: "{"):
            return JSONNode(.object(try parseObject(depth: depth + 1)), offset: start)
        case UInt8(ascii: "["):
            return JSONNode(.array(try parseArray(depth: depth + 1)), offset: start)
        case UInt8(ascii: "\""):
            return JSONNode(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return JSONNode(.bool(true), offset: start)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return JSONNode(.bool(false), offset: start)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return JSONNode(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        case UInt8(ascii: "'"):
            throw error(.singleQuotes)
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            throw error(.expectedValueAfterComma(describeCurrent()))
        default:
            throw error(.expectedValue(describeCurrent()))
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let start = index
        let count = literal.utf8CodeUnitCount
        let pointer = literal.utf8Start
        for offset in 0..<count {
            if index >= buffer.count || buffer[index] != pointer[offset] {
                index = start
                throw error(.expectedValue(describeCurrent()))
            }
            index += 1
        }
    }

    mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> [JSONMember] {
        if depth > JSONParser.maximumDepth { throw error(.nestedTooDeeply) }
        index += 1  // {
        var members: [JSONMember] = []
        skipWhitespace()
        if !isAtEnd && current == UInt8(ascii: "}") {
            index += 1
            return members
        }
        while true {
            skipWhitespace()
            guard !isAtEnd else { throw error(.endOfFileBeforeKey) }
            guard current == UInt8(ascii: "\"") else {
                if current == UInt8(ascii: "}") { throw error(.trailingCommaInObject) }
                throw error(.expectedKey(describeCurrent()))
            }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard !isAtEnd && current == UInt8(ascii: ":") else {
                throw error(.expectedColon(describeCurrent(), key: key))
            }
            index += 1
            skipWhitespace()
            let value: JSONNode
            if !deferring.isEmpty, deferring.contains(key), let skipped = try skipContainer() {
                value = skipped
            } else {
                value = try parseValue(depth: depth)
            }
            members.append(JSONMember(key: key, keyOffset: keyOffset, value: value))
            skipWhitespace()
            guard !isAtEnd else { throw error(.endOfFileInObject) }
            if current == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if current == UInt8(ascii: "}") {
                index += 1
                return members
            }
            throw error(.expectedCommaOrBrace(describeCurrent(), key: key))
        }
    }

    /// Moves past the object or array that starts here, matching brackets outside strings, and returns it as a
    /// `deferred` node; nil (and nothing read) for any other value.
    mutating func skipContainer() throws(JSONSyntaxError) -> JSONNode? {
        guard !isAtEnd, current == UInt8(ascii: "{") || current == UInt8(ascii: "[") else { return nil }
        let start = index
        var depth = 0
        while index < buffer.count {
            switch buffer[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 {
                    index += 1
                    return JSONNode(.deferred(start..<index), offset: start)
                }
            case UInt8(ascii: "\""):
                index += 1
                skipPlainWords(stoppingAtControls: false)
                while index < buffer.count, buffer[index] != UInt8(ascii: "\"") {
                    index += buffer[index] == UInt8(ascii: "\\") ? 2 : 1
                }
            default: break
            }
            index += 1
        }
        index = start
        throw error(.endOfFileInObject)
    }

    mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> [JSONNode] {
        if depth > JSONParser.maximumDepth { throw error(.nestedTooDeeply) }
        index += 1  // [
        var elements: [JSONNode] = []
        skipWhitespace()
        if !isAtEnd && current == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            skipWhitespace()
            if !isAtEnd && current == UInt8(ascii: "]") {
                throw error(.trailingCommaInArray)
            }
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard !isAtEnd else { throw error(.endOfFileInArray) }
            if current == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if current == UInt8(ascii: "]") {
                index += 1
                return elements
            }
            throw error(.expectedCommaOrBracket(describeCurrent()))
        }
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNode {
        let start = index
        var isInteger = true
        if current == UInt8(ascii: "-") { index += 1 }
        guard !isAtEnd, current.isDigit else { throw error(.digitAfterMinus) }
        if current == UInt8(ascii: "0") {
            index += 1
            if !isAtEnd, current.isDigit { throw error(.leadingZero) }
        } else {
            while !isAtEnd, current.isDigit { index += 1 }
        }
        if !isAtEnd, current == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard !isAtEnd, current.isDigit else { throw error(.digitAfterPoint) }
            while !isAtEnd, current.isDigit { index += 1 }
        }
        if !isAtEnd, current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if !isAtEnd, current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard !isAtEnd, current.isDigit else { throw error(.digitInExponent) }
            while !isAtEnd, current.isDigit { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            index = start
            throw error(.numberOutOfRange(text))
        }
        return JSONNode(.number(number, isInteger: isInteger), offset: start)
    }
}

extension UInt8 {
    fileprivate var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
