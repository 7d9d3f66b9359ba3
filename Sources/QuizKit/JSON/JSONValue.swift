/// A JSON document to write, with object keys kept in the order given so output is stable.
package indirect enum JSONValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    package init(stringLiteral value: String) { self = .string(value) }
    package init(integerLiteral value: Int) { self = .int(value) }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    /// A string, or null when nil.
    package static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    /// A number, or null when nil.
    package static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }
    /// A number, or null when nil or not finite.
    package static func optional(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .double(value)
    }

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered(pretty: false) == rhs.rendered(pretty: false)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(rendered(pretty: false))
    }

    /// The JSON text: pretty prints with two-space indents and a space after each colon.
    package func rendered(pretty: Bool = true) -> String {
        var output = ""
        write(to: &output, indent: pretty ? 0 : nil)
        return output
    }

    private func write(to output: inout String, indent: Int?) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value): output += Self.number(value)
        case .string(let value): output += Self.quoted(value)
        case .array(let elements):
            if elements.isEmpty {
                output += "[]"
                return
            }
            output += "["
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output += "," }
                if let indent { output += "\n" + String(repeating: "  ", count: indent + 1) }
                element.write(to: &output, indent: indent.map { $0 + 1 })
            }
            if let indent { output += "\n" + String(repeating: "  ", count: indent) }
            output += "]"
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            output += "{"
            for (offset, member) in members.enumerated() {
                if offset > 0 { output += "," }
                if let indent { output += "\n" + String(repeating: "  ", count: indent + 1) }
                output += Self.quoted(member.0) + (indent == nil ? ":" : ": ")
                member.1.write(to: &output, indent: indent.map { $0 + 1 })
            }
            if let indent { output += "\n" + String(repeating: "  ", count: indent) }
            output += "}"
        }
    }

    /// A number exactly as stored: whole values up to 2^53 print as integers (`4`, not `4.0`), others in the
    /// shortest form that reads back to the same `Double` (`0.6666666666666666`, `1e-07`, `1e+300`: valid JSON
    /// numbers, RFC 8259 §6). Infinity and NaN, which JSON cannot hold, print as `null`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value.rounded() == value && abs(value) <= 9_007_199_254_740_992 { return String(Int64(value)) }
        return String(value)
    }

    /// A JSON string literal with the required escapes, and `\u` escapes for everything else a reader could be
    /// fooled by (`TerminalText.isUnsafe`): DEL, the C1 controls (U+0080–U+009F), the bidirectional overrides and
    /// isolates (U+202A–U+202E, U+2066–U+2069) and U+2028, U+2029 (which JavaScript reads as line breaks). The text
    /// reads back the same; only its escapes differ.
    ///
    /// Works on the UTF-8 bytes: C1 controls are `C2 80`–`C2 9F`, the others `E2 80 A8`–`AE` and `E2 81 A6`–`A9`;
    /// every other byte is copied as it is.
    static func quoted(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 2)
        output.append(0x22)
        let backslash: UInt8 = 0x5C
        let hexDigits = Array("0123456789abcdef".utf8)
        let bytes = Array(text.utf8)
        do {
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x22, 0x5C:
                    output.append(backslash)
                    output.append(byte)
                case 0x0A:
                    output.append(backslash)
                    output.append(UInt8(ascii: "n"))
                case 0x0D:
                    output.append(backslash)
                    output.append(UInt8(ascii: "r"))
                case 0x09:
                    output.append(backslash)
                    output.append(UInt8(ascii: "t"))
                case 0..<0x20, 0x7F:
                    output.append(contentsOf: [backslash, UInt8(ascii: "u"), 0x30, 0x30])
                    output.append(hexDigits[Int(byte >> 4)])
                    output.append(hexDigits[Int(byte & 0xF)])
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    output.append(contentsOf: [backslash, UInt8(ascii: "u"), 0x30, 0x30])
                    output.append(hexDigits[Int(bytes[index + 1] >> 4)])
                    output.append(hexDigits[Int(bytes[index + 1] & 0xF)])
                    index += 1
                case 0xE2
                where index + 2 < bytes.count
                    && ((bytes[index + 1] == 0x80 && (0xA8...0xAE).contains(bytes[index + 2]))
                        || (bytes[index + 1] == 0x81 && (0xA6...0xA9).contains(bytes[index + 2]))):
                    // U+2028–U+202E are E2 80 A8–AE; U+2066–U+2069 are E2 81 A6–A9.
                    let value = 0x2000 + (Int(bytes[index + 1]) - 0x80) * 0x40 + (Int(bytes[index + 2]) - 0x80)
                    output.append(contentsOf: [backslash, UInt8(ascii: "u")])
                    for shift in [12, 8, 4, 0] { output.append(hexDigits[(value >> shift) & 0xF]) }
                    index += 2
                default: output.append(byte)
                }
                index += 1
            }
        }
        output.append(0x22)
        return String(decoding: output, as: UTF8.self)
    }
}
