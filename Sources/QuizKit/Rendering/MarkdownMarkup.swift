/// Markdown for untrusted text: the one escaper behind the Markdown study sheet and the interview scorecard.
///
/// Deck text is data from anyone, so it must show as the characters it holds on GitHub (cmark-gfm) and in any
/// CommonMark renderer: never become a link, emphasis, raw HTML, a heading or a table cell break. Escaping is kept
/// to what CommonMark or GitHub's extensions would act on, so the raw file still reads naturally: `fit_generator`,
/// `z < 0` and `a * b` stay as they are, while `_word_`, `<script>`, `[link](…)`, `**bold**` and a leading `- ` or
/// `1. ` are escaped with backslashes. The deck's own `code` spans stay code spans, their text exact.
/// `Tests/QuizKitTests/Fixtures/markdown/check_markdown.py` checks the output with cmark-gfm.
package enum MarkdownMarkup {
    /// The blocks of a text in the answer markup (paragraphs, `- ` and `1. ` lists with their nested lists, code
    /// blocks), separated by empty lines; `indent` starts every line, so the blocks can sit inside a list item.
    static func blocks(_ text: String, indent: String = "") -> String {
        AnswerMarkup.blocks(from: text).map { block($0, indent: indent) }.joined(separator: "\n\n")
    }

    private static func block(_ block: TextBlock, indent: String) -> String {
        switch block {
        case .paragraph(let text):
            return indent + inline(text)
        case .bulletList(let items):
            return items.map { item($0, label: "- ", indent: indent) }.joined(separator: "\n")
        case .numberedList(let start, let items):
            return items.enumerated().map { offset, listItem in
                item(listItem, label: "\(start + offset). ", indent: indent)
            }.joined(separator: "\n")
        case .code(let lines):
            // Nothing inside a fence is Markdown; only the fence itself must be longer than any run in the code.
            let lines = lines.map { cleanedCodeLine($0) }
            var longest = 2
            for line in lines {
                let content = line.drop { $0 == " " }
                longest = max(longest, content.prefix { $0 == "`" }.count, content.prefix { $0 == "~" }.count)
            }
            let fence = String(repeating: "`", count: longest + 1)
            return ([fence] + lines + [fence]).map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
        }
    }

    /// A list item after its label; its nested lists are indented to the item's text, so CommonMark nests them.
    private static func item(_ item: ListItem, label: String, indent: String) -> String {
        let childIndent = indent + String(repeating: " ", count: label.count)
        return ([indent + label + inline(item.text)] + item.children.map { block($0, indent: childIndent) })
            .joined(separator: "\n")
    }

    /// A code line without control characters or escape sequences (a tab is kept as spaces).
    private static func cleanedCodeLine(_ line: String) -> String {
        TerminalText.sanitized(line)
    }

    /// One line of deck text with its `code` spans kept as code spans; line breaks become spaces.
    ///
    /// In a GitHub table cell (`inTableCell`) every `|`, inside code spans too, is written `\|`: the table parser
    /// reads that as a `|` of the cell's text, even in code (GFM spec, "Tables").
    package static func inline(_ text: String, inTableCell: Bool = false) -> String {
        var result = ""
        for span in AnswerMarkup.spans(in: cleaned(text)) {
            switch span {
            case .text(let text): result += escapingInline(Array(text), inTableCell: inTableCell)
            case .code(let code):
                result += codeSpan(inTableCell ? code.replacing("|", with: "\\|") : code)
            }
        }
        return escapingLineStart(result)
    }

    /// Plain text (backticks included, a name or a note typed by a person) as inline Markdown: control
    /// characters removed, line breaks as spaces, everything Markdown or HTML would act on escaped.
    package static func escaped(_ text: String, inTableCell: Bool = false) -> String {
        escapingLineStart(escapingInline(Array(cleaned(text)), inTableCell: inTableCell))
    }

    // MARK: Escaping

    /// The text without control characters or escape sequences, on one line.
    private static func cleaned(_ text: String) -> String {
        TerminalText.sanitized(text).split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Text with its web addresses as autolinks (`<https://…>`, where nothing is escaped, so GitHub's link is the
    /// address exactly; a `|` in a table cell as `\|`, which the table reads before the link) and everything else
    /// escaped.
    private static func escapingInline(_ characters: [Character], inTableCell: Bool) -> String {
        let text = String(characters)
        guard text.contains("http") || text.contains("www.") || text.contains("HTTP") || text.contains("WWW.") else {
            return escapingPlain(characters, inTableCell: inTableCell)
        }
        // Where each address starts (in characters) and how long it is; the text around is escaped with its
        // neighbours in view, so a `<` just before an address is escaped as it must be.
        var links: [Int: Substring] = [:]
        var offset = 0
        for piece in URLSpans.pieces(of: text) {
            if piece.isURL { links[offset] = piece.text }
            offset += piece.text.count
        }
        var result = ""
        var index = 0
        while index < characters.count {
            if let address = links[index] {
                let target = address.lowercased().hasPrefix("www.") ? "http://" + address : String(address)
                result += inTableCell ? "<" + target.replacing("|", with: "\\|") + ">" : "<" + target + ">"
                index += address.count
                continue
            }
            result += escapingPlain(characters, inTableCell: inTableCell, range: index..<(index + 1))
            index += 1
        }
        return result
    }

    private static func escapingPlain(
        _ characters: [Character], inTableCell: Bool, range: Range<Int>? = nil
    ) -> String {
        var result = ""
        let range = range ?? characters.indices
        result.reserveCapacity(range.count)
        for offset in range {
            let character = characters[offset]
            let previous = offset > 0 ? characters[offset - 1] : nil
            let next = offset + 1 < characters.count ? characters[offset + 1] : nil
            if needsEscape(character, previous: previous, next: next) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Whether a character would be read as syntax here: emphasis, code, links, HTML, entities, tables,
    /// strikethrough or math.
    private static func needsEscape(_ character: Character, previous: Character?, next: Character?) -> Bool {
        switch character {
        case "\\", "`", "[", "]", "|", "~", "$":
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

    /// Escapes what would start a list, a heading, a quote, a rule or a setext underline at the start of a line.
    private static func escapingLineStart(_ text: String) -> String {
        let trimmed = text.drop { $0 == " " }
        guard let first = trimmed.first else { return text }
        if "-+=>#".contains(first) { return "\\" + trimmed }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = trimmed.dropFirst(digits.count).first, after == "." || after == ")" {
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
