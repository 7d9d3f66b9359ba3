import QuizKit

/// The one renderer of terminal tables: columns measured in display columns (so Japanese lines up), laid out for
/// the width at hand, and never a line break inside a cell.
///
/// When the width is short, optional columns are dropped, lowest priority first. One column may be `flexible`
/// (the question text): it takes the room left, and when that room is less than its minimum it moves to an indented
/// line of its own under the row, wrapped at the width, rather than being cut to a few characters.
struct ColumnTable {
    /// One column: its header, its cells, and how it yields when the table does not fit.
    struct Column {
        var header: String
        var cells: [String]
        var alignRight = false
        /// Columns with a higher number are dropped first when the table is too wide; 0 is never dropped.
        var dropPriority = 0
        /// The column that takes the remaining width (at most one).
        var isFlexible = false
        /// A cell's colour or weight, applied after padding so it never changes the measure.
        var decorate: (Int, String) -> String = { $1 }

        /// The widest cell or header.
        var naturalWidth: Int { max(DisplayWidth.of(header), cells.map { DisplayWidth.of($0) }.max() ?? 0) }
    }

    var columns: [Column]
    /// Spaces between columns.
    var gap = 2
    /// Spaces before every line.
    var indent = 0
    /// The least room the flexible column needs on its row before it moves to a line of its own.
    var flexibleMinimum = 24
    /// How the header row is shown (bold, usually).
    var decorateHeader: (String) -> String = { $0 }

    /// The table's lines at `width` columns: a header, then one line per row (two when the flexible cell moves to
    /// its own line).
    func lines(width: Int) -> [String] {
        let rowCount = columns.map(\.cells.count).max() ?? 0
        let flexible = columns.firstIndex(where: \.isFlexible)
        // Measured once: a deck of ten thousand questions has ten thousand cells per column.
        let naturalWidths = columns.map(\.naturalWidth)
        func fixedWidth(_ indices: [Int]) -> Int {
            indent + indices.map { naturalWidths[$0] }.reduce(0, +) + gap * max(0, indices.count - 1)
        }
        func dropping(toFit room: Int) -> [Int] {
            var kept = columns.indices.filter { !columns[$0].isFlexible }
            while fixedWidth(kept) + room > width,
                let drop = kept.filter({ columns[$0].dropPriority > 0 })
                    .max(by: { columns[$0].dropPriority < columns[$1].dropPriority })
            {
                kept.removeAll { $0 == drop }
            }
            return kept
        }
        var kept = dropping(toFit: flexible == nil ? 0 : gap + flexibleMinimum)
        var flexibleRoom = width - fixedWidth(kept) - gap
        var flexibleInline = flexible != nil && flexibleRoom >= min(flexibleMinimum, naturalWidths[flexible!])
        if flexible != nil && !flexibleInline {
            // The flexible text goes on lines of its own: the row keeps what fits without it.
            kept = dropping(toFit: 0)
            flexibleRoom = 0
            flexibleInline = false
        }
        let order = columns.indices.filter { kept.contains($0) || ($0 == flexible && flexibleInline) }

        func row(_ texts: (Int) -> String, decorate: Bool, at rowIndex: Int) -> String {
            var parts: [String] = []
            for index in order {
                let column = columns[index]
                let isLast = index == order.last
                let text = texts(index)
                let cell: String
                if index == flexible {
                    cell = Self.truncated(text, to: max(1, flexibleRoom))
                } else if isLast && !column.alignRight {
                    cell = text
                } else {
                    cell = Self.padded(text, to: naturalWidths[index], alignRight: column.alignRight)
                }
                parts.append(decorate ? column.decorate(rowIndex, cell) : cell)
            }
            return String(repeating: " ", count: indent) + parts.joined(separator: String(repeating: " ", count: gap))
        }

        var lines = [decorateHeader(row({ columns[$0].header }, decorate: false, at: -1))]
        for rowIndex in 0..<rowCount {
            lines.append(
                row(
                    { rowIndex < columns[$0].cells.count ? columns[$0].cells[rowIndex] : "" }, decorate: true,
                    at: rowIndex))
            if let flexible, !flexibleInline {
                let text = columns[flexible].cells[rowIndex]
                let prefix = String(repeating: " ", count: indent + 4)
                lines += TextWrapper(width: max(10, width)).wrap(text, firstPrefix: prefix, restPrefix: prefix)
                    .map { columns[flexible].decorate(rowIndex, $0) }
            }
        }
        return lines
    }

    // MARK: Cells

    /// The text padded (or cut with `…`) to exactly `width` columns.
    static func cell(_ text: String, _ width: Int, alignRight: Bool = false) -> String {
        padded(truncated(text, to: width), to: width, alignRight: alignRight)
    }

    static func padded(_ text: String, to width: Int, alignRight: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return alignRight ? padding + text : text + padding
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
