// MARK: - Units: where a line may break

extension TextWrapper {
    /// An unbreakable piece of a line.
    struct Unit: Equatable {
        var text: String
        /// Its columns; escape sequences inside it take none.
        var width: Int
        /// A space separates this unit from the previous one (and is dropped at a line break).
        var spaceBefore: Bool

        /// Whether its first visible character is East Asian wide (two columns).
        var startsWide: Bool {
            DisplayWidth.visiblePieces(of: text).first { $0.width > 0 }?.width == 2
        }

        /// Whether it ends a sentence: a word with `.`, `?`, `!`, `。`, `？` or `！` after it (not the punctuation
        /// alone, which is a key such as `?`).
        var endsSentence: Bool {
            guard text.count >= 2, let last = text.last else { return false }
            return ".?!。？！".contains(last)
        }
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
        func begin() {
            if current.isEmpty {
                currentSpaceBefore = pendingSpace
                pendingSpace = false
            }
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
            if character == "\u{1B}" {
                // A colour or other escape sequence: no columns, part of the text it precedes.
                let end = DisplayWidth.endOfEscapeSequence(in: text, at: index)
                begin()
                current += text[index..<end]
                index = end
                continue
            }
            if character == "`", let close = text[text.index(after: index)...].firstIndex(of: "`") {
                let span = text[index...close]
                if currentIsWide { flush() }
                begin()
                current += span
                currentWidth += DisplayWidth.of(span)
                currentIsWide = false
                index = text.index(after: close)
                continue
            }
            let characterWidth = DisplayWidth.of(character)
            let isWide = characterWidth == 2
            if isWide || currentIsWide {
                let attachesToPrevious = !current.isEmpty && !isWide && noBreakBefore.contains(character)
                if !attachesToPrevious && currentWidth > 0 { flush() }
            }
            begin()
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

    // MARK: Lists of items

    /// Units with the items of a ` · ` list each made one unit when it fits `available` columns, and each `·` kept
    /// at the end of the item before it, so a line breaks only between items and never starts with `·`.
    ///
    /// The first item starts after the last sentence before it (`… aloud. e editor · s skip`), the last one ends
    /// with the first sentence after it. An item too long for a line still breaks between words, but its first
    /// word, when it is a key of at most five columns (`e`, `Enter`, `f+`), stays with the word after it.
    static func keepingListItemsWhole(_ units: [Unit], within available: Int) -> [Unit] {
        let separators = units.indices.filter { units[$0].text == listSeparator && units[$0].spaceBefore }
        guard !separators.isEmpty else { return units }
        var result: [Unit] = []
        var start = 0
        for (position, boundary) in (separators + [units.count]).enumerated() {
            var item = Array(units[start..<boundary])
            var after: [Unit] = []
            if position == 0, let end = item.lastIndex(where: \.endsSentence) {
                result += item[...end]
                item = Array(item[(end + 1)...])
            }
            if position == separators.count, let end = item.firstIndex(where: \.endsSentence) {
                after = Array(item[(end + 1)...])
                item = Array(item[...end])
            }
            result += joined(item, within: available) + after
            if boundary < units.count {
                if var last = result.popLast() {
                    last.text += " " + listSeparator
                    last.width += 1 + DisplayWidth.of(listSeparator)
                    result.append(last)
                } else {
                    result.append(units[boundary])
                }
            }
            start = boundary + 1
        }
        return result
    }

    /// The units of one list item as one unit when they fit `available` columns; else the key and its label.
    private static func joined(_ item: [Unit], within available: Int) -> [Unit] {
        guard item.count >= 2 else { return item }
        let width = item.reduce(0) { $0 + $1.width } + item.dropFirst().filter(\.spaceBefore).count
        if width <= available { return [merged(item)] }
        if item[0].width <= 5 && item[0].width + 1 + item[1].width <= available {
            return [merged(Array(item[...1]))] + item[2...]
        }
        return item
    }

    private static func merged(_ units: [Unit]) -> Unit {
        var unit = units[0]
        for next in units.dropFirst() {
            unit.text += (next.spaceBefore ? " " : "") + next.text
            unit.width += (next.spaceBefore ? 1 : 0) + next.width
        }
        return unit
    }

    // MARK: Punctuation

    /// The separator of interface lists: `e editor · s skip`, `theory · difficulty 2 of 3`.
    static let listSeparator = "·"

    /// Operators that should not end a line when they stand alone between spaces (` · ` is a list separator, not
    /// one of them).
    static let binaryOperators: Set<String> = [
        "=", "+", "−", "-", "×", "/", "≈", "≠", "<", ">", "≤", "≥", "→", "←", "⇒", "∝", "⊙", "±",
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
