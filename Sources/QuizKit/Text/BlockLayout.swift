/// Lays answer markup out as wrapped terminal lines: paragraphs, `- ` bullets and numbered items with hanging indents.
public struct BlockLayout: Sendable {
    /// The wrapper that fixes the width.
    var wrapper: TextWrapper
    /// Text put before every line, such as two spaces.
    var indent: String

    /// Creates a layout for a width in columns.
    public init(width: Int, indent: String = "") {
        self.wrapper = TextWrapper(width: width)
        self.indent = indent
    }

    /// The lines for a text in the answer markup, with an empty line between blocks.
    public func lines(for text: String) -> [String] {
        lines(for: AnswerMarkup.blocks(from: text))
    }

    /// The lines for parsed blocks, with an empty line between blocks.
    public func lines(for blocks: [TextBlock]) -> [String] {
        var result: [String] = []
        for block in blocks {
            if !result.isEmpty { result.append("") }
            switch block {
            case .paragraph(let text):
                result += wrapper.wrap(text, firstPrefix: indent, restPrefix: indent)
            case .bulletList(let items):
                for item in items {
                    result += wrapper.wrap(item, firstPrefix: indent + "- ", restPrefix: indent + "  ")
                }
            case .numberedList(let start, let items):
                let lastNumber = start + items.count - 1
                let numberWidth = String(lastNumber).count
                for (offset, item) in items.enumerated() {
                    let number = String(start + offset)
                    let label = String(repeating: " ", count: numberWidth - number.count) + number + ". "
                    let hanging = String(repeating: " ", count: label.count)
                    result += wrapper.wrap(item, firstPrefix: indent + label, restPrefix: indent + hanging)
                }
            }
        }
        return result
    }
}

// MARK: - TextBlock

/// A block of the answer markup: a paragraph or a list whose items are single logical lines.
public enum TextBlock: Sendable, Hashable {
    /// Running text.
    case paragraph(String)
    /// Items introduced by `- `.
    case bulletList([String])
    /// Items introduced by `1. `, `2. `, …, with the first item's number.
    case numberedList(start: Int, items: [String])
}

/// A piece of inline text: plain, or code written between backticks.
enum InlineSpan: Sendable, Hashable {
    /// Plain text.
    case text(String)
    /// Code, without its backticks.
    case code(String)
}
