/// Lays answer markup out as wrapped terminal lines: paragraphs, `- ` bullets and numbered items with hanging indents
/// (nested lists under their item), and code blocks line for line.
package struct BlockLayout: Sendable {
    /// The wrapper that fixes the width.
    var wrapper: TextWrapper
    /// Text put before every line, such as two spaces.
    var indent: String

    /// Creates a layout for a width in columns.
    package init(width: Int, indent: String = "") {
        self.wrapper = TextWrapper(width: width)
        self.indent = indent
    }

    /// The lines for a text in the answer markup, with an empty line between blocks.
    package func lines(for text: String) -> [String] {
        lines(for: AnswerMarkup.blocks(from: text))
    }

    /// The lines for parsed blocks, with an empty line between blocks.
    package func lines(for blocks: [TextBlock]) -> [String] {
        var result: [String] = []
        for block in blocks {
            if !result.isEmpty { result.append("") }
            result += lines(for: block, indent: indent)
        }
        return result
    }

    private func lines(for block: TextBlock, indent: String) -> [String] {
        switch block {
        case .paragraph(let text):
            return wrapper.wrap(text, firstPrefix: indent, restPrefix: indent)
        case .bulletList(let items):
            return items.flatMap { item(indent: indent, label: "- ", $0) }
        case .numberedList(let start, let items):
            let numberWidth = String(start + items.count - 1).count
            return items.enumerated().flatMap { offset, item in
                let number = String(start + offset)
                return self.item(
                    indent: indent, label: String(repeating: " ", count: numberWidth - number.count) + number + ". ",
                    item)
            }
        case .code(let lines):
            // Code keeps its line breaks and indentation; a line longer than the width is left to the terminal.
            return lines.map { $0.isEmpty ? "" : indent + $0 }
        }
    }

    /// An item after its label, then its nested lists under its text.
    private func item(indent: String, label: String, _ item: ListItem) -> [String] {
        let hanging = indent + String(repeating: " ", count: label.count)
        return wrapper.wrap(item.text, firstPrefix: indent + label, restPrefix: hanging)
            + item.children.flatMap { lines(for: $0, indent: hanging) }
    }
}

// MARK: - TextBlock

/// A block of the answer markup: a paragraph, a list whose items are single logical lines (with nested lists), or
/// a code block.
package enum TextBlock: Sendable, Hashable {
    /// Running text.
    case paragraph(String)
    /// Items introduced by `- `.
    case bulletList([ListItem])
    /// Items introduced by `1. `, `2. `, …, with the first item's number.
    case numberedList(start: Int, items: [ListItem])
    /// The lines of a fenced code block, exactly as written inside the fences.
    case code([String])
}

/// One list item: its text on one logical line, and the lists nested in it.
package struct ListItem: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The item's text.
    package var text: String
    /// Lists nested under the item.
    package var children: [TextBlock]

    /// Creates an item.
    package init(text: String, children: [TextBlock] = []) {
        self.text = text
        self.children = children
    }

    /// An item without nested lists.
    package init(stringLiteral text: String) {
        self.init(text: text)
    }
}

/// A piece of inline text: plain, or code written between backticks.
enum InlineSpan: Sendable, Hashable {
    /// Plain text.
    case text(String)
    /// Code, without its backticks.
    case code(String)
}
