/// Reads the small markup used in answers, a subset of CommonMark: paragraphs split by empty lines; `- ` (also `* `,
/// `+ `, `• `) and `1. ` list items, nested by indentation (spaces or tabs); fenced code blocks (```` ``` ```` or
/// `~~~`), kept line for line with their indentation; and `code` spans.
enum AnswerMarkup {
    /// Splits text into paragraphs, lists and code blocks.
    ///
    /// Lines of a paragraph are joined into one line; a line that does not start an item continues the deepest open
    /// item. An item indented further than the item above it starts a list nested in that item (one column more is
    /// enough, so a tab, two spaces or four all nest); an empty line ends every open list.
    static func blocks(from text: String) -> [TextBlock] {
        var reader = BlockReader()
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        var index = 0
        while index < lines.count {
            let (indent, content) = measured(
                Substring(lines[index].trimmed(leading: false) { $0 == " " || $0 == "\t" || $0 == "\r" }))
            index += 1
            if content.isEmpty {
                reader.endBlock()
            } else if let fence = fenceOpening(content) {
                reader.endBlock()
                var code: [String] = []
                while index < lines.count {
                    let line = lines[index]
                    index += 1
                    if closes(line, fence: fence) { break }
                    code.append(
                        String(removingIndent(indent, from: Substring(line.trimmed(leading: false) { $0 == "\r" }))))
                }
                reader.blocks.append(.code(code))
            } else if let item = listItem(content) {
                reader.item(indent: indent, isNumbered: item.number != nil, number: item.number ?? 1, text: item.text)
            } else {
                reader.textLine(String(content))
            }
        }
        reader.endBlock()
        return reader.blocks
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

    // MARK: Lines

    /// The indentation in columns (a tab advances to the next multiple of 4) and the rest of the line.
    static func measured(_ line: Substring) -> (indent: Int, content: Substring) {
        var columns = 0
        var index = line.startIndex
        while index < line.endIndex, line[index] == " " || line[index] == "\t" {
            columns = line[index] == "\t" ? (columns / 4 + 1) * 4 : columns + 1
            index = line.index(after: index)
        }
        return (columns, line[index...])
    }

    /// A fence line: three or more backticks or tildes (a backtick fence's info string has no backtick).
    private static func fenceOpening(_ content: Substring) -> (character: Character, length: Int)? {
        guard let first = content.first, first == "`" || first == "~" else { return nil }
        let length = content.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        if first == "`" && content.dropFirst(length).contains("`") { return nil }
        return (first, length)
    }

    private static func closes(_ line: Substring, fence: (character: Character, length: Int)) -> Bool {
        let content = measured(Substring(line.trimmed(leading: false) { $0 == " " || $0 == "\t" || $0 == "\r" }))
            .content
        return content.count >= fence.length && content.allSatisfy { $0 == fence.character }
    }

    /// The line without up to `columns` columns of leading blanks (the fence's own indentation).
    private static func removingIndent(_ columns: Int, from line: Substring) -> Substring {
        var removed = 0
        var index = line.startIndex
        while index < line.endIndex, removed < columns, line[index] == " " || line[index] == "\t" {
            removed = line[index] == "\t" ? (removed / 4 + 1) * 4 : removed + 1
            index = line.index(after: index)
        }
        return line[index...]
    }

    private static func listItem(_ line: Substring) -> (number: Int?, text: String)? {
        if let marker = line.first, "-*+•".contains(marker), line.dropFirst().first == " " {
            let item = line.dropFirst(2).drop { $0 == " " }
            return item.isEmpty ? nil : (nil, String(item))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let afterDigits = line.dropFirst(digits.count)
        guard afterDigits.hasPrefix(". ") || afterDigits.hasPrefix(") ") else { return nil }
        let item = afterDigits.dropFirst(2).drop { $0 == " " }
        guard !item.isEmpty, let number = Int(digits) else { return nil }
        return (number, String(item))
    }
}

// MARK: - BlockReader

/// The blocks read so far, a paragraph being collected, and the lists still open (outermost first).
private struct BlockReader {
    struct OpenList {
        var markerIndent: Int
        var isNumbered: Bool
        var start: Int
        var items: [ListItem]

        var block: TextBlock { isNumbered ? .numberedList(start: start, items: items) : .bulletList(items) }
    }

    var blocks: [TextBlock] = []
    var paragraph: [String] = []
    var lists: [OpenList] = []

    mutating func item(indent: Int, isNumbered: Bool, number: Int, text: String) {
        endParagraph()
        // Lists deeper than this item end; the outermost list takes any item at or left of its own indentation.
        while lists.count > 1, let top = lists.last, indent < top.markerIndent { closeList() }
        guard let top = lists.last else {
            lists.append(
                OpenList(markerIndent: indent, isNumbered: isNumbered, start: number, items: [ListItem(text: text)]))
            return
        }
        if indent <= top.markerIndent {
            if top.isNumbered == isNumbered {
                lists[lists.count - 1].items.append(ListItem(text: text))
                return
            }
            closeList()
        } else if var parent = top.items.last, let last = parent.children.last, last.isList(numbered: isNumbered) {
            // An item between two depths joins the list just closed under the same item.
            parent.children.removeLast()
            lists[lists.count - 1].items[top.items.count - 1] = parent
            lists.append(OpenList(last, markerIndent: indent))
            lists[lists.count - 1].items.append(ListItem(text: text))
            return
        }
        lists.append(
            OpenList(markerIndent: indent, isNumbered: isNumbered, start: number, items: [ListItem(text: text)]))
    }

    mutating func textLine(_ text: String) {
        guard !lists.isEmpty else {
            paragraph.append(text)
            return
        }
        let depth = lists.count - 1
        let last = lists[depth].items.count - 1
        lists[depth].items[last].text = AnswerMarkup.joinLines([lists[depth].items[last].text, text])
    }

    mutating func endBlock() {
        endParagraph()
        while !lists.isEmpty { closeList() }
    }

    private mutating func endParagraph() {
        if !paragraph.isEmpty { blocks.append(.paragraph(AnswerMarkup.joinLines(paragraph))) }
        paragraph = []
    }

    /// Closes the innermost list: it becomes the last child of the item above it, or a block of its own.
    private mutating func closeList() {
        guard let list = lists.popLast() else { return }
        if lists.isEmpty {
            blocks.append(list.block)
        } else {
            let last = lists[lists.count - 1].items.count - 1
            lists[lists.count - 1].items[last].children.append(list.block)
        }
    }
}

extension BlockReader.OpenList {
    /// A closed list opened again.
    init(_ block: TextBlock, markerIndent: Int) {
        switch block {
        case .numberedList(let start, let items):
            self.init(markerIndent: markerIndent, isNumbered: true, start: start, items: items)
        case .bulletList(let items): self.init(markerIndent: markerIndent, isNumbered: false, start: 1, items: items)
        default: self.init(markerIndent: markerIndent, isNumbered: false, start: 1, items: [])
        }
    }
}

extension TextBlock {
    fileprivate func isList(numbered: Bool) -> Bool {
        switch self {
        case .numberedList: numbered
        case .bulletList: !numbered
        default: false
        }
    }
}
