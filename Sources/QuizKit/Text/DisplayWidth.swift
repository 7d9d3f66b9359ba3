/// How many terminal columns text takes: East Asian wide and fullwidth characters take two, combining marks none.
package enum DisplayWidth {
    /// The columns a whole string takes.
    package static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The columns one character (grapheme cluster) takes, as current terminals draw emoji sequences.
    ///
    /// - A cluster with the emoji presentation selector U+FE0F (`❤️`, the keycap `1️⃣`) takes two columns; one
    ///   with the text presentation selector U+FE0E (`⌚︎`) takes one.
    /// - A flag (a pair of regional indicators, `🇯🇵`) takes two; a lone regional indicator too.
    /// - A ZWJ sequence (`👩‍💻`) or an emoji with a skin-tone modifier is drawn as one emoji: two columns, not the
    ///   sum of its parts.
    /// - A halfwidth katakana with its halfwidth (semi-)voiced mark (`ｶﾞ`, U+FF76 U+FF9E), which Unicode joins into
    ///   one cluster, takes a column for each: terminals draw the mark in a cell of its own.
    /// - Otherwise the widest scalar decides (a letter with combining marks takes its letter's width).
    package static func of(_ character: Character) -> Int {
        if let value = character.asciiValue {
            return value < 0x20 || value == 0x7F ? 0 : 1
        }
        var width = 0
        var halfwidthMarks = 0
        for (offset, scalar) in character.unicodeScalars.enumerated() {
            switch scalar.value {
            case 0xFE0F, 0x1F1E6...0x1F1FF: return 2
            case 0xFE0E: return 1
            case 0xFF9E...0xFF9F where offset > 0: halfwidthMarks += 1
            default: width = max(width, of(scalar))
            }
        }
        return width + halfwidthMarks
    }

    /// The columns one Unicode scalar takes on its own.
    package static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// Whether a code point is East Asian Wide or Fullwidth in Unicode 16.0 (UAX #11; emoji with emoji
    /// presentation are Wide), from `wideTable`.
    static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// `wideTable` parsed once.
    static let wideRanges: [ClosedRange<UInt32>] = wideTable.split(whereSeparator: { $0 == " " || $0 == "\n" })
        .compactMap { entry in
            let bounds = entry.split(separator: "-").compactMap { UInt32($0, radix: 16) }
            return bounds.count == 2 ? bounds[0]...bounds[1] : nil
        }
}
