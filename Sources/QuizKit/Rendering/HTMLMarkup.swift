/// Renders the answer markup as HTML: paragraphs as `<p>`, lists as `<ul>` and `<ol>` (nested in their `<li>`), code
/// blocks as `<pre><code>`, backtick spans as `<code>`.
///
/// Every piece of deck text is escaped with `HTMLText`; the only tags in the result are the ones written here.
enum HTMLMarkup {
    /// The blocks of a text in the answer markup, one element per block, joined by `separator`.
    static func blocks(_ text: String, separator: String = "\n") -> String {
        AnswerMarkup.blocks(from: text).map(block).joined(separator: separator)
    }

    /// One line of text with its code spans; a newline inside it becomes `<br>`.
    package static func inline(_ text: String) -> String {
        AnswerMarkup.spans(in: text).map { span in
            switch span {
            case .text(let text): HTMLText.escaped(text)
            case .code(let code): "<code>" + HTMLText.escaped(code) + "</code>"
            }
        }.joined().replacingNewlines(with: "<br>")
    }

    private static func block(_ block: TextBlock) -> String {
        switch block {
        case .paragraph(let text):
            return "<p>" + inline(text) + "</p>"
        case .bulletList(let items):
            return "<ul>" + items.map(listItem).joined() + "</ul>"
        case .numberedList(let start, let items):
            let opening = start == 1 ? "<ol>" : "<ol start=\"\(start)\">"
            return opening + items.map(listItem).joined() + "</ol>"
        case .code(let lines):
            return "<pre><code>" + HTMLText.escaped(lines.joined(separator: "\n")) + "</code></pre>"
        }
    }

    private static func listItem(_ item: ListItem) -> String {
        "<li>" + inline(item.text) + item.children.map(block).joined() + "</li>"
    }
}

extension String {
    /// The text with each line break (`\n`, `\r\n` or `\r`) replaced.
    func replacingNewlines(with replacement: String) -> String {
        guard contains(where: \.isNewline) else { return self }
        return split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: replacement)
    }
}
