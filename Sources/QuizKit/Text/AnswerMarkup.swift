/// Reads the small markup used in answers: paragraphs split by empty lines, `- ` and `1. ` list items, `code`.
enum AnswerMarkup {
    /// Splits text into paragraphs and lists.
    ///
    /// Lines of a paragraph are joined into one line; a line that does not start an item continues the previous item.
    static func blocks(from text: String) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var paragraph: [String] = []
        var bullets: [String] = []
        var numbered: [String] = []
        var numberedStart = 1

        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(joinLines(paragraph))) }
            if !bullets.isEmpty { blocks.append(.bulletList(bullets)) }
            if !numbered.isEmpty { blocks.append(.numberedList(start: numberedStart, items: numbered)) }
            paragraph = []
            bullets = []
            numbered = []
        }

        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmed(leading: false) { $0 == " " || $0 == "\t" || $0 == "\r" }
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty {
                flush()
            } else if let item = bulletItem(trimmed) {
                if !paragraph.isEmpty || !numbered.isEmpty { flush() }
                bullets.append(item)
            } else if let (number, item) = numberedItem(trimmed) {
                if !paragraph.isEmpty || !bullets.isEmpty { flush() }
                if numbered.isEmpty { numberedStart = number }
                numbered.append(item)
            } else if !bullets.isEmpty {
                bullets[bullets.count - 1] = joinLines([bullets[bullets.count - 1], String(trimmed)])
            } else if !numbered.isEmpty {
                numbered[numbered.count - 1] = joinLines([numbered[numbered.count - 1], String(trimmed)])
            } else {
                paragraph.append(String(trimmed))
            }
        }
        flush()
        return blocks
    }

    /// Splits one line into plain text and backtick code spans; an unmatched backtick is plain text.
    static func spans(in line: String) -> [InlineSpan] {
        var spans: [InlineSpan] = []
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "`") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "`"), close > afterOpen else { break }
            if open > rest.startIndex { spans.append(.text(String(rest[..<open]))) }
            spans.append(.code(String(rest[afterOpen..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { spans.append(.text(String(rest))) }
        return spans
    }

    private static func bulletItem(_ line: Substring) -> String? {
        guard line.hasPrefix("- ") || line.hasPrefix("• ") else { return nil }
        let item = line.dropFirst(2).drop { $0 == " " }
        return item.isEmpty ? nil : String(item)
    }

    private static func numberedItem(_ line: Substring) -> (Int, String)? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let afterDigits = line.dropFirst(digits.count)
        guard afterDigits.hasPrefix(". ") || afterDigits.hasPrefix(") ") else { return nil }
        let item = afterDigits.dropFirst(2).drop { $0 == " " }
        guard !item.isEmpty, let number = Int(digits) else { return nil }
        return (number, String(item))
    }

    /// Joins source lines: with a space between Latin words, directly between East Asian characters.
    static func joinLines(_ lines: [String]) -> String {
        var result = ""
        for line in lines {
            if let last = result.last, let first = line.first,
                !(DisplayWidth.of(last) == 2 && DisplayWidth.of(first) == 2)
            {
                result += " "
            }
            result += line
        }
        return result
    }
}


