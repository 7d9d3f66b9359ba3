import QuizKit

/// Column helpers for terminal tables, measuring in display columns so Japanese text lines up.
enum Table {
    /// The text padded (or cut with `…`) to exactly `width` columns.
    static func cell(_ text: String, _ width: Int, alignRight: Bool = false) -> String {
        let cut = truncated(text, to: width)
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
        return alignRight ? padding + cut : cut + padding
    }

    /// The text cut to at most `width` columns, ending in `…` when cut.
    static func truncated(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }
}

extension String {
    /// Newlines as spaces, for one-line cells.
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
