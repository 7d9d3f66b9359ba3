/// Wraps text to a width in terminal columns: the one line-breaking algorithm of dlquiz, used by every screen and,
/// through `LineFitter`, by every message written to the terminal.
///
/// - Latin words and backtick code spans are never broken (unless one alone is wider than a line).
/// - East Asian text may break between any two characters, except before closing punctuation such as 。 and after
///   opening brackets such as 「 (kinsoku); a paragraph never ends with one character alone on its last line
///   (`ありませ` / `ん。` becomes `ありま` / `せん。`).
/// - A list of items joined by ` · ` (keys such as `e editor · s skip`, a meta line) breaks only between its items
///   when each fits on a line: a key never leaves its label, and a line never starts with `·`.
/// - A word wider than a whole line: a link stays whole (it must stay clickable), a path breaks only after a `/`,
///   anything else is split between characters.
/// - ANSI escape sequences (colours) take no columns and stay attached to the text they colour.
/// - A no-break space (U+00A0) is never a break, and is written as a plain space (`1 3 4` in a prompt stays whole).
package struct TextWrapper: Sendable {
    /// The width of a line in columns, prefixes included.
    var width: Int

    /// Creates a wrapper; widths below 10 are treated as 10.
    package init(width: Int) {
        self.width = max(10, width)
    }

    /// Wraps one logical line. `firstPrefix` starts the first line and `restPrefix` the others (a hanging indent).
    ///
    /// Newlines inside `text` are hard breaks.
    package func wrap(_ text: String, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        var lines: [String] = []
        var isFirst = true
        for hardLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let prefix = isFirst ? firstPrefix : restPrefix
            lines += wrapLine(Substring(hardLine), firstPrefix: prefix, restPrefix: restPrefix)
            isFirst = false
        }
        return lines
    }

    /// The units placed on each line, then rendered: kept as units until the end so the last line can take a
    /// character back from the line before it.
    private struct Line {
        var prefix: String
        var units: [Unit] = []
    }

    private func wrapLine(_ text: Substring, firstPrefix: String, restPrefix: String) -> [String] {
        let restWidth = DisplayWidth.visible(restPrefix)
        let units = Self.keepingListItemsWhole(Self.units(of: text), within: width - restWidth)
        var lines = [Line(prefix: firstPrefix)]
        var lineWidth = DisplayWidth.visible(firstPrefix)

        func startNewLine() {
            lines.append(Line(prefix: restPrefix))
            lineWidth = restWidth
        }
        func place(_ unit: Unit) {
            let separator = !lines[lines.count - 1].units.isEmpty && unit.spaceBefore ? 1 : 0
            lines[lines.count - 1].units.append(unit)
            lineWidth += separator + unit.width
        }
        func fits(_ unit: Unit) -> Bool {
            let separator = !lines[lines.count - 1].units.isEmpty && unit.spaceBefore ? 1 : 0
            return lineWidth + separator + unit.width <= width
        }

        for unit in units {
            if fits(unit) {
                place(unit)
                continue
            }
            let isLink = unit.text.contains("://")
            let isOverlong = unit.width > width - restWidth
            // A path too long for any line breaks after its slashes, starting where the line is.
            if isOverlong && !isLink && unit.text.contains("/") {
                for piece in Self.pieces(ofOverlong: unit) {
                    if !fits(piece) && !lines[lines.count - 1].units.isEmpty { startNewLine() }
                    place(piece)
                }
                continue
            }
            if !lines[lines.count - 1].units.isEmpty { startNewLine() }
            if fits(unit) {
                place(unit)
                continue
            }
            // A single unit wider than a whole line: a link stays whole (broken, it could not be clicked) and runs
            // over; anything else is split between characters.
            let pieces = isLink ? [unit] : Self.pieces(ofOverlong: unit)
            for (offset, piece) in pieces.enumerated() {
                if offset > 0 && !fits(piece) && !lines[lines.count - 1].units.isEmpty { startNewLine() }
                place(piece)
            }
        }
        Self.keepLastLineFromStandingAlone(&lines, within: width - restWidth)
        return lines.map { line in
            var text = line.prefix
            for (offset, unit) in line.units.enumerated() {
                if offset > 0 && unit.spaceBefore { text += " " }
                // A no-break space keeps its neighbours on one line, and is written as a space.
                text += unit.text.contains("\u{00A0}") ? unit.text.replacing("\u{00A0}", with: " ") : unit.text
            }
            return text.trimmed(leading: false) { $0 == " " }
        }
    }

    /// An overlong unit cut where a line may break inside it: after each `/` of a path (a leading `/`, `~/`, `./`
    /// or `../` stays with the folder after it), else between characters. Escape sequences are never cut.
    static func pieces(ofOverlong unit: Unit) -> [Unit] {
        let isPath = unit.text.contains("/")
        var pieces: [Unit] = []
        var current = ""
        var currentWidth = 0
        for (text, width) in DisplayWidth.visiblePieces(of: unit.text) {
            if !isPath && width > 0 && !current.isEmpty && currentWidth > 0 {
                pieces.append(Unit(text: current, width: currentWidth, spaceBefore: false))
                current = ""
                currentWidth = 0
            }
            current += text
            currentWidth += width
            if isPath && text == "/" && currentWidth > 3 {
                pieces.append(Unit(text: current, width: currentWidth, spaceBefore: false))
                current = ""
                currentWidth = 0
            }
        }
        if !current.isEmpty {
            if currentWidth == 0, var last = pieces.popLast() {
                // Trailing escape sequences (a colour's reset) stay with the last visible piece.
                last.text += current
                pieces.append(last)
            } else {
                pieces.append(Unit(text: current, width: currentWidth, spaceBefore: false))
            }
        }
        if !pieces.isEmpty { pieces[0].spaceBefore = unit.spaceBefore }
        return pieces
    }

    /// Japanese typesetting's rule against a last line of one character (with its closing punctuation): when the
    /// last line is a single short East Asian unit that followed the line before without a space, that line's last
    /// East Asian character moves down to keep it company.
    private static func keepLastLineFromStandingAlone(_ lines: inout [Line], within available: Int) {
        guard lines.count >= 2 else { return }
        let last = lines[lines.count - 1].units
        let before = lines[lines.count - 2].units
        guard last.count == 1, let alone = last.first, !alone.spaceBefore, alone.width <= 4, alone.startsWide,
            before.count >= 2, let moving = before.last, moving.startsWide, moving.width + alone.width <= available
        else { return }
        lines[lines.count - 2].units.removeLast()
        lines[lines.count - 1].units.insert(moving, at: 0)
    }
}

// MARK: - Trimming

extension StringProtocol {
    /// The text without leading and trailing characters that `isTrimmed` accepts (by default whitespace and
    /// newlines); `leading: false` or `trailing: false` keeps that end. The one trimming helper of the package.
    package func trimmed(
        leading: Bool = true, trailing: Bool = true, where isTrimmed: (Character) -> Bool = \.isWhitespace
    ) -> String {
        var start = startIndex
        var end = endIndex
        if leading { while start < end, isTrimmed(self[start]) { start = index(after: start) } }
        if trailing {
            while end > start {
                let before = index(before: end)
                guard isTrimmed(self[before]) else { break }
                end = before
            }
        }
        return String(self[start..<end])
    }
}
