/// Makes text safe to put inside a Markdown document, so it shows as the characters it holds.
///
/// Escapes only what CommonMark or GitHub's extensions would act on, so the raw file still reads naturally:
/// `fit_generator`, `z < 0` and `a * b` stay as they are, while `_word_`, `<script>`, `[link](…)`, `**bold**`,
/// `` `code` `` and a leading `- ` or `1. ` are escaped with backslashes.
public enum MarkdownText {
    /// Text typed by a person (a name, a note) as inline Markdown: control characters and line breaks removed, and
    /// everything Markdown or HTML would act on escaped.
    public static func escaped(_ text: String) -> String {
        escapeLineStart(escapeInline(Array(oneLine(text))))
    }

    /// Deck text as inline Markdown: its `code` spans stay code (the deck's markup), the rest is escaped.
    public static func escapedKeepingCode(_ text: String) -> String {
        let line = oneLine(text)
        var result = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "`"),
            let close = rest[rest.index(after: open)...].firstIndex(of: "`")
        {
            result += escapeInline(Array(rest[..<open]))
            // A `|` ends a table cell even inside code; HTML's entity keeps it in the cell.
            result += rest[open...close].split(separator: "|", omittingEmptySubsequences: false).joined(separator: "&#124;")
            rest = rest[rest.index(after: close)...]
        }
        return escapeLineStart(result + escapeInline(Array(rest)))
    }

    private static func escapeInline(_ characters: [Character]) -> String {
        var result = ""
        for (offset, character) in characters.enumerated() {
            let previous = offset > 0 ? characters[offset - 1] : nil
            let next = offset + 1 < characters.count ? characters[offset + 1] : nil
            if needsEscape(character, previous: previous, next: next) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private static func needsEscape(_ character: Character, previous: Character?, next: Character?) -> Bool {
        switch character {
        case "\\", "`", "[", "|", "~", "$":
            return true
        case "*":
            // Between spaces (`a * b`) a star is plain text.
            return !(previous?.isWhitespace == true && next?.isWhitespace == true)
        case "_":
            // Inside a word (`fit_generator`) an underscore never starts or ends emphasis.
            return !(isWordCharacter(previous) && isWordCharacter(next))
        case "<":
            // Only `<` before a letter, `/`, `!` or `?` can open an HTML tag or an autolink.
            return next.map { $0.isLetter || "/!?".contains($0) } ?? false
        case "&":
            // Only `&` before a letter or `#` can start an entity such as `&amp;`.
            return next.map { $0.isLetter || $0 == "#" } ?? false
        case "#":
            // A `#` after a space could close a heading.
            return previous?.isWhitespace ?? true
        default:
            return false
        }
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        character.map { $0.isLetter || $0.isNumber } ?? false
    }

    /// Escapes what would start a list, a heading, a quote or a rule at the start of a line.
    private static func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "-+=>#".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = text.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }

    private static func oneLine(_ text: String) -> String {
        TerminalText.sanitized(text).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
