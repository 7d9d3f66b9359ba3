/// A text folded for matching, remembering where each folded scalar came from in the original.
///
/// Folding makes equal what a reader treats as equal: fullwidth Latin letters and digits (`ＢＮ`) become
/// ASCII, halfwidth katakana (`ﾊﾞｯﾁ`) fullwidth, letters lowercase; curly quotes, dashes and the minus sign
/// become their ASCII forms; Greek letters become their names (`γ` → ` gamma `, so `γ/β` and "gamma and beta"
/// meet); symbols of the field become words or one symbol (`≈` stays, `→` → `->`, `÷` → `/`,
/// `√` → ` sqrt `, `²` → `^2`); combining marks (`x̂`) are dropped. Japanese punctuation keeps its meaning: `。`
/// ends a sentence, `、` a clause.
struct FoldedText {
    /// The folded text.
    private(set) var scalars: [Unicode.Scalar] = []
    /// For each folded scalar, the UTF-8 offsets of the original scalar it came from.
    private(set) var origins: [Range<Int>] = []

    init(_ text: String) {
        scalars.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = UTF8.width(scalar)
            append(folding: scalar, from: offset..<(offset + length))
            offset += length
        }
    }

    /// The UTF-8 range in the original text that the folded scalars `range` came from.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty, range.lowerBound < origins.count else { return 0..<0 }
        return origins[range.lowerBound].lowerBound..<origins[min(range.upperBound, origins.count) - 1].upperBound
    }

    private mutating func emit(_ value: UInt32, _ origin: Range<Int>) {
        guard let scalar = Unicode.Scalar(value) else { return }
        scalars.append(scalar)
        origins.append(origin)
    }

    private mutating func emit(_ word: String, _ origin: Range<Int>) {
        for scalar in word.unicodeScalars { emit(scalar.value, origin) }
    }

    private mutating func append(folding scalar: Unicode.Scalar, from origin: Range<Int>) {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: emit(value + 0x20, origin)
        case 0..<0x80: emit(value, origin)
        case 0xFF01...0xFF5E:  // fullwidth ASCII
            let ascii = value - 0xFEE0
            emit((0x41...0x5A).contains(ascii) ? ascii + 0x20 : ascii, origin)
        case 0x3000: emit(0x20, origin)  // ideographic space
        case 0xFF61: emit(0x3002, origin)  // halfwidth 。
        case 0xFF64: emit(0x3001, origin)  // halfwidth 、
        case 0xFF66...0xFF9F: foldHalfwidthKatakana(value, origin)
        case 0x2018, 0x2019, 0x2032: emit(0x27, origin)  // ' ’ ′
        case 0x201C, 0x201D: emit(0x22, origin)
        case 0x2010...0x2015, 0x2212, 0xFE63: emit(0x2D, origin)  // hyphens, dashes, minus
        case 0x00D7, 0x2715: emit(0x78, origin)  // × reads as x (3×3)
        case 0x00F7, 0x2215: emit(0x2F, origin)  // ÷ ∕
        case 0x2248, 0x2243, 0x2245, 0x223C, 0x301C, 0xFF5E: emit(0x2248, origin)  // ≈ ≃ ≅ ∼ 〜
        case 0x2192, 0x21D2, 0x27F6, 0x279C: emit("->", origin)
        case 0x2190, 0x21D0: emit("<-", origin)
        case 0x2264, 0x2266: emit("<=", origin)
        case 0x2265, 0x2267: emit(">=", origin)
        case 0x2260: emit("!=", origin)
        case 0x221A: emit(" sqrt ", origin)
        case 0x00B2: emit("^2", origin)
        case 0x00B3: emit("^3", origin)
        case 0x2207: emit(" grad ", origin)
        case 0x2202: emit(" partial ", origin)
        case 0x2211: emit(" sum ", origin)
        case 0x2299: emit(" * ", origin)  // ⊙
        case 0x00B7, 0x30FB, 0xFF65: emit(0x2C, origin)  // · ・ separate list items like a comma
        case 0xFF08: emit(0x28, origin)
        case 0xFF09: emit(0x29, origin)
        case 0x3010, 0x300C, 0x300E: emit(0x28, origin)  // 【 「 『 read as brackets
        case 0x3011, 0x300D, 0x300F: emit(0x29, origin)
        case 0x0300...0x036F: return  // combining marks: x̂ → x
        case 0x0391...0x03C9: foldGreek(scalar, origin)
        case 0x00B5: emit(" mu ", origin)  // micro sign
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF: emit(value, origin)  // kana and kanji, as they are
        default:
            if scalar.properties.isWhitespace {
                emit(value == 0x0A || value == 0x2028 || value == 0x2029 ? 0x0A : 0x20, origin)
            } else if scalar.properties.isUppercase, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first
            {
                emit(lower.value, origin)
            } else {
                emit(value, origin)
            }
        }
    }

    private static let greekNames: [UInt32: String] = [
        0x03B1: "alpha", 0x03B2: "beta", 0x03B3: "gamma", 0x03B4: "delta", 0x03B5: "epsilon", 0x03B6: "zeta",
        0x03B7: "eta", 0x03B8: "theta", 0x03B9: "iota", 0x03BA: "kappa", 0x03BB: "lambda", 0x03BC: "mu", 0x03BD: "nu",
        0x03BE: "xi", 0x03C0: "pi", 0x03C1: "rho", 0x03C3: "sigma", 0x03C2: "sigma", 0x03C4: "tau", 0x03C5: "upsilon",
        0x03C6: "phi", 0x03C7: "chi", 0x03C8: "psi", 0x03C9: "omega",
    ]

    private mutating func foldGreek(_ scalar: Unicode.Scalar, _ origin: Range<Int>) {
        var value = scalar.value
        if (0x0391...0x03A9).contains(value) { value += 0x20 }
        guard let name = Self.greekNames[value] else { return emit(value, origin) }
        emit(" " + name + " ", origin)
    }

    /// Halfwidth katakana U+FF66…FF9D in the order of their fullwidth forms; the sound marks combine with the
    /// letter before.
    private static let halfwidthKatakana = Array(
        ("ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテト"
            + "ナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン").unicodeScalars)

    private mutating func foldHalfwidthKatakana(_ value: UInt32, _ origin: Range<Int>) {
        switch value {
        case 0xFF9E, 0xFF9F:  // ﾞ ﾟ: voice the previous letter (カ → ガ, ハ → パ)
            guard let last = scalars.last, (0x30A1...0x30FA).contains(last.value) else { return }
            let shift: UInt32 = value == 0xFF9E ? 1 : 2
            let base = last.value
            let voiced = base == 0x30A6 ? 0x30F4 : base + shift
            scalars[scalars.count - 1] = Unicode.Scalar(voiced) ?? last
            origins[origins.count - 1] = origins[origins.count - 1].lowerBound..<origin.upperBound
        case 0xFF66...0xFF9D:
            emit(Self.halfwidthKatakana[Int(value - 0xFF66)].value, origin)
        default:
            emit(value, origin)
        }
    }
}
