/// How many terminal columns text takes: East Asian wide and fullwidth characters take two, combining marks none.
public enum DisplayWidth {
    /// The columns a whole string takes.
    public static func of(_ text: some StringProtocol) -> Int {
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
    /// - Otherwise the widest scalar decides (a letter with combining marks takes its letter's width).
    public static func of(_ character: Character) -> Int {
        if character.isASCII {
            let value = character.asciiValue!
            return value < 0x20 || value == 0x7F ? 0 : 1
        }
        var width = 0
        for scalar in character.unicodeScalars {
            switch scalar.value {
            case 0xFE0F, 0x1F1E6...0x1F1FF: return 2
            case 0xFE0E: return 1
            default: width = max(width, of(scalar))
            }
        }
        return width
    }

    /// The columns one Unicode scalar takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
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

    /// Whether a code point is East Asian Wide or Fullwidth (Unicode Standard Annex #11), including emoji presentation.
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
            0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
            0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD,
            0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0,
            0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
            0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
            0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F900...0x1F9FF,
            0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
