/// Wraps text to a width in terminal columns.
///
/// Latin words and backtick code spans are never broken (unless one alone is wider than a line); East Asian text may
/// break between any two characters, except before closing punctuation such as 。 and after opening brackets such as 「.
public struct TextWrapper: Sendable {
    /// The width of a line in columns, prefixes included.
    var width: Int

    /// Creates a wrapper; widths below 10 are treated as 10.
    public init(width: Int) {
        self.width = max(10, width)
    }

    /// Wraps one logical line. `firstPrefix` starts the first line and `restPrefix` the others (a hanging indent).
    ///
    /// Newlines inside `text` are hard breaks.
    public func wrap(_ text: String, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        var lines: [String] = []
        var isFirst = true
        for hardLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let prefix = isFirst ? firstPrefix : restPrefix
            lines += wrapLine(Substring(hardLine), firstPrefix: prefix, restPrefix: restPrefix)
            isFirst = false
        }
        return lines
    }

    private func wrapLine(_ text: Substring, firstPrefix: String, restPrefix: String) -> [String] {
        let units = Self.units(of: text)
        var lines: [String] = []
        var line = firstPrefix
        var lineWidth = DisplayWidth.of(firstPrefix)
        let restWidth = DisplayWidth.of(restPrefix)
        var lineHasContent = false

        func startNewLine() {
            lines.append(line)
            line = restPrefix
            lineWidth = restWidth
            lineHasContent = false
        }

        for unit in units {
            let separator = lineHasContent && unit.spaceBefore ? 1 : 0
            if lineWidth + separator + unit.width <= width || (!lineHasContent && unit.width <= width - lineWidth) {
                if separator == 1 { line += " " }
                line += unit.text
                lineWidth += separator + unit.width
                lineHasContent = true
                continue
            }
            if lineHasContent { startNewLine() }
            if lineWidth + unit.width <= width {
                line += unit.text
                lineWidth += unit.width
                lineHasContent = true
                continue
            }
            // A single unit wider than a whole line: a link or a path stays whole (broken, it could not be clicked
            // or copied) and runs over; anything else is split by characters.
            if unit.text.contains("://") || unit.text.hasPrefix("/") || unit.text.hasPrefix("~/") {
                line += unit.text
                lineWidth += unit.width
                lineHasContent = true
                continue
            }
            for character in unit.text {
                let characterWidth = DisplayWidth.of(character)
                if lineWidth + characterWidth > width && lineHasContent { startNewLine() }
                line.append(character)
                lineWidth += characterWidth
                lineHasContent = true
            }
        }
        lines.append(line)
        return lines.map { $0.trimmed(leading: false) { $0 == " " } }
    }

    /// An unbreakable piece of a line.
    struct Unit: Equatable {
        var text: String
        var width: Int
        /// A space separates this unit from the previous one (and is dropped at a line break).
        var spaceBefore: Bool
    }

    /// Cuts a line into units between which a line may break.
    static func units(of text: Substring) -> [Unit] {
        var atoms: [(unit: Unit, breakable: Bool)] = []
        var current = ""
        var currentWidth = 0
        var currentIsWide = false
        var pendingSpace = false
        var currentSpaceBefore = false

        func flush() {
            guard !current.isEmpty else { return }
            let breakable: Bool
            if currentSpaceBefore || atoms.isEmpty {
                breakable = true
            } else {
                let previousLast = atoms[atoms.count - 1].unit.text.last!
                breakable = !noBreakAfter.contains(previousLast) && !noBreakBefore.contains(current.first!)
            }
            atoms.append((Unit(text: current, width: currentWidth, spaceBefore: currentSpaceBefore), breakable))
            current = ""
            currentWidth = 0
        }

        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == " " || character == "\t" {
                flush()
                pendingSpace = !atoms.isEmpty
                index = text.index(after: index)
                continue
            }
            if character == "`", let close = text[text.index(after: index)...].firstIndex(of: "`") {
                let span = text[index...close]
                if currentIsWide { flush() }
                if current.isEmpty {
                    currentSpaceBefore = pendingSpace
                    pendingSpace = false
                }
                current += span
                currentWidth += DisplayWidth.of(span)
                currentIsWide = false
                index = text.index(after: close)
                continue
            }
            let characterWidth = DisplayWidth.of(character)
            let isWide = characterWidth == 2
            if isWide || currentIsWide {
                let attachesToPrevious =
                    !current.isEmpty && !isWide && noBreakBefore.contains(character)
                if !attachesToPrevious { flush() }
            }
            if current.isEmpty {
                currentSpaceBefore = pendingSpace
                pendingSpace = false
            }
            current.append(character)
            currentWidth += characterWidth
            currentIsWide = isWide
            index = text.index(after: index)
        }
        flush()

        // Glue units that may not be separated, and keep a binary operator with what follows it, so a formula
        // breaks before an operator (as mathematics is typeset), never after it: "y" / "= γ·x̂ + β".
        var units: [Unit] = []
        for (unit, breakable) in atoms {
            if var last = units.popLast() {
                if !breakable {
                    last.text += unit.text
                    last.width += unit.width
                    units.append(last)
                    continue
                }
                if binaryOperators.contains(last.text) {
                    last.text += (unit.spaceBefore ? " " : "") + unit.text
                    last.width += (unit.spaceBefore ? 1 : 0) + unit.width
                    units.append(last)
                    continue
                }
                units.append(last)
            }
            units.append(unit)
        }
        return units
    }

    /// Operators that should not end a line when they stand alone between spaces.
    static let binaryOperators: Set<String> = [
        "=", "+", "−", "-", "×", "·", "/", "≈", "≠", "<", ">", "≤", "≥", "→", "←", "⇒", "∝", "⊙", "±",
    ]

    /// Characters that may not start a line (kinsoku): closing punctuation, small kana, prolonged sound mark.
    static let noBreakBefore: Set<Character> = [
        "、", "。", "，", "．", "・", "：", "；", "？", "！", "）", "」", "』", "】", "〕", "〉", "》", "｝", "］",
        "ー", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ゎ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ",
        "ョ", "ヮ", "ヵ", "ヶ", "々", "〜", "…", "‥", ")", "]", "}", ",", ".", ";", ":", "!", "?", "%", "’", "”",
    ]

    /// Characters that may not end a line: opening brackets.
    static let noBreakAfter: Set<Character> = ["（", "「", "『", "【", "〔", "〈", "《", "｛", "［", "(", "[", "{", "‘", "“"]
}

// MARK: - Trimming

extension StringProtocol {
    /// The text without leading and trailing characters that `isTrimmed` accepts (by default whitespace and
    /// newlines); `leading: false` or `trailing: false` keeps that end. The one trimming helper of the package.
    public func trimmed(
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
