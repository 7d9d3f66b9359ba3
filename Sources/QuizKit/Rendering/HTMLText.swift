/// Escaping for HTML: the one place where text from a deck becomes markup.
///
/// A deck is data from anyone, so every text put into HTML, on a sheet or in an Anki field, goes through
/// `escaped(_:)`: `<script>` and `"><img onerror=…>` come out as visible text and run nothing.
enum HTMLText {
    /// The text with `&`, `<`, `>`, `"` and `'` written as character references, safe in element content and in
    /// quoted attribute values alike. Controls other than tab and newline, C1 controls and bidirectional overrides
    /// (which HTML forbids, or which would reorder the text around them) are shown in escape notation (`\u{202E}`),
    /// as `TerminalText` shows them; noncharacters are dropped.
    package static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\r":
                // A carriage return is whitespace to HTML and nothing to show: dropped, as before a line feed.
                continue
            default:
                if scalar != "\t" && scalar != "\n" && TerminalText.isUnsafe(scalar) {
                    result += TerminalText.notation(scalar)
                } else if isAllowed(scalar) {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Whether HTML allows the character in text: not a control other than tab and newline, not a noncharacter.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x09 || value == 0x0A { return true }
        if value < 0x20 || (0x7F...0x9F).contains(value) { return false }
        if (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE { return false }
        return true
    }
}
