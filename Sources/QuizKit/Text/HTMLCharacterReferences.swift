/// HTML5 character references (`&eacute;`, `&#233;`, `&#xE9;`) decoded as the HTML5 standard, html5lib and Python's
/// `html.unescape` decode them in text: the whole table of 2,231 names (`HTMLEntityTable.swift`), the legacy names
/// also without their `;` (`&copy2024` is `©2024`), the longest known name when a longer one is unknown (`&notit;`
/// is `¬it;`), numeric references with or without `;`, and HTML5's repairs of bad numbers (`&#128;` is `€`, a
/// surrogate or a number above U+10FFFF is U+FFFD, a control character or a noncharacter is dropped).
///
/// Test oracle: `Tests/QuizKitTests/Fixtures/html/unescape-cases.txt`, Python's `html.unescape` of every name and of
/// malformed references.
enum HTMLCharacterReferences {
    /// The text with every character reference decoded.
    static func decoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (replacement, length) = reference(in: scalars, at: index) {
                result.append(contentsOf: replacement.unicodeScalars)
                index += length
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The reference that starts with the `&` at `start`: its replacement text and how many scalars it takes, or nil
    /// when the `&` starts none and stays as it is.
    static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (text: String, length: Int)? {
        let first = start + 1
        guard first < scalars.count else { return nil }
        if scalars[first] == "#" { return numeric(in: scalars, at: start) }
        // A name: up to 32 characters that cannot end one, then an optional `;` (Python's `_charref` pattern).
        var end = first
        while end < scalars.count, end - first < 32, !nameStops.contains(scalars[end]) { end += 1 }
        guard end > first else { return nil }
        if end < scalars.count, scalars[end] == ";" { end += 1 }
        let name = String(String.UnicodeScalarView(scalars[first..<end]))
        if let text = named[name] { return (text, end - start) }
        // The longest known prefix of at least two characters (only legacy names match without `;`); the rest
        // stays as text.
        var length = end - first - 1
        while length >= 2 {
            let prefix = String(String.UnicodeScalarView(scalars[first..<(first + length)]))
            if let text = named[prefix] {
                return (text + String(String.UnicodeScalarView(scalars[(first + length)..<end])), end - start)
            }
            length -= 1
        }
        return nil
    }

    /// `&#digits` or `&#xhex`, each with an optional `;`.
    private static func numeric(in scalars: [Unicode.Scalar], at start: Int) -> (text: String, length: Int)? {
        var index = start + 2
        var radix: UInt32 = 10
        if index < scalars.count, scalars[index] == "x" || scalars[index] == "X" {
            radix = 16
            index += 1
        }
        let digitsStart = index
        var value: UInt32 = 0
        var overflowed = false
        while index < scalars.count, let digit = digitValue(scalars[index], radix: radix) {
            if !overflowed {
                let (product, overflow) = value.multipliedReportingOverflow(by: radix)
                value = product + digit
                overflowed = overflow || value > 0x10FFFF
            }
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < scalars.count, scalars[index] == ";" { index += 1 }
        return (character(for: overflowed ? 0x110000 : value), index - start)
    }

    /// What HTML5 makes of a numeric reference's value.
    static func character(for value: UInt32) -> String {
        if let text = numericReplacements[value] { return text }
        if (0xD800...0xDFFF).contains(value) || value > 0x10FFFF { return "\u{FFFD}" }
        if isDropped(value) { return "" }
        return Unicode.Scalar(value).map { String(Character($0)) } ?? "\u{FFFD}"
    }

    /// The controls and noncharacters that a numeric reference cannot produce (as Python's `_invalid_codepoints`).
    private static func isDropped(_ value: UInt32) -> Bool {
        switch value {
        case 0x01...0x08, 0x0B, 0x0E...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: true
        default: value & 0xFFFE == 0xFFFE
        }
    }

    private static func digitValue(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: scalar.value - 0x30
        case 0x41...0x46 where radix == 16: scalar.value - 0x41 + 10
        case 0x61...0x66 where radix == 16: scalar.value - 0x61 + 10
        default: nil
        }
    }

    private static let nameStops: Set<Unicode.Scalar> = ["\t", "\n", "\u{0C}", " ", "<", "&", "#", ";"]

    // MARK: Tables

    /// Every name (`amp;`, and the legacy `amp`) and its text.
    static let named: [String: String] = parse(namedTable) { $0 }

    /// Numeric references read as other characters.
    static let numericReplacements: [UInt32: String] = parse(numericTable) { UInt32($0, radix: 16) ?? 0 }

    /// `key=hex+hex …` entries separated by blanks and line breaks.
    private static func parse<Key: Hashable>(_ table: String, key: (String) -> Key) -> [Key: String] {
        var result: [Key: String] = [:]
        for entry in table.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            var text = String.UnicodeScalarView()
            for code in entry[entry.index(after: equals)...].split(separator: "+") {
                if let value = UInt32(code, radix: 16), let scalar = Unicode.Scalar(value) { text.append(scalar) }
            }
            result[key(String(entry[..<equals]))] = String(text)
        }
        return result
    }
}
