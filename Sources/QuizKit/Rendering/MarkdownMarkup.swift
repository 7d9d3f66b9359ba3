/// Renders the answer markup as CommonMark, escaping deck text so it can never turn into other Markdown or raw HTML.
public enum MarkdownMarkup {
    /// The blocks of a text in the answer markup, separated by empty lines; `indent` starts every line, so the
    /// blocks can sit inside a list item.
    public static func blocks(_ text: String, indent: String = "") -> String {
        AnswerMarkup.blocks(from: text).map { block in
            switch block {
            case .paragraph(let text):
                return indent + inline(text)
            case .bulletList(let items):
                return items.map { indent + "- " + inline($0) }.joined(separator: "\n")
            case .numberedList(let start, let items):
                return items.enumerated().map { offset, item in
                    indent + "\(start + offset). " + inline(item)
                }.joined(separator: "\n")
            }
        }.joined(separator: "\n\n")
    }

    /// One line of text with its code spans as Markdown code spans; line breaks become spaces.
    public static func inline(_ text: String) -> String {
        var result = ""
        for span in AnswerMarkup.spans(in: cleaned(text)) {
            switch span {
            case .text(let text): result += escapingSyntax(text, atLineStart: result.isEmpty)
            case .code(let code): result += codeSpan(code)
            }
        }
        return result
    }

    /// Plain text (backticks included) made safe to put at the start of a line: control characters removed, line
    /// breaks as spaces, and every character that Markdown could read as syntax escaped with a backslash.
    public static func escaped(_ text: String) -> String {
        escapingSyntax(cleaned(text), atLineStart: true)
    }

    /// The text without control characters or escape sequences, on one line.
    private static func cleaned(_ text: String) -> String {
        TerminalText.sanitized(text).replacingNewlines(with: " ")
    }

    /// Escapes the punctuation of inline syntax, and at the start of a line the markers of block syntax.
    private static func escapingSyntax(_ text: String, atLineStart: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if alwaysEscaped.contains(character) { result.append("\\") }
            result.append(character)
        }
        return atLineStart ? escapingLineStart(result) : result
    }

    /// Punctuation that starts emphasis, links, code, HTML, entities, tables or strikethrough anywhere in a line.
    private static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~"]

    /// Escapes a heading, list or setext marker (`#`, `- `, `+ `, `=`, `1. `, `1) `) at the start of a line.
    private static func escapingLineStart(_ text: String) -> String {
        let trimmed = text.drop { $0 == " " }
        guard let first = trimmed.first else { return text }
        if first == "#" || first == "-" || first == "+" || first == "=" {
            return "\\" + trimmed
        }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let marker = trimmed.dropFirst(digits.count).first, marker == "." || marker == ")" {
            return digits + "\\" + trimmed.dropFirst(digits.count)
        }
        return String(trimmed)
    }

    /// A code span that shows `code` exactly: when it starts and ends with a space, CommonMark strips one from each
    /// side, so one more is added.
    private static func codeSpan(_ code: String) -> String {
        let needsPadding = code.first == " " && code.last == " " && code.contains { $0 != " " }
        return needsPadding ? "` " + code + " `" : "`" + code + "`"
    }
}
