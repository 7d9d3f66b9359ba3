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
public enum InlineSpan: Sendable, Hashable {
    /// Plain text.
    case text(String)
    /// Code, without its backticks.
    case code(String)
}
