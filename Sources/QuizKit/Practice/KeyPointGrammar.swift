/// The key-point reply grammar shared by the quiz's checklist prompt and the interview console.
///
/// | Typed | Meaning |
/// |---|---|
/// | `3`, `1 3 4`, `1,3`, `1、3` | These points. |
/// | `2-4` | Points 2 to 4. |
/// | `all` (`全部`, `すべて`, `全て`, `ぜんぶ`) | Every point. |
/// | `none` (`なし`, `無し`, `ない`), or a lone `0` | No point. |
/// | `+3`, `-2`, `-2-4` | With signs (the interview): tick, or untick, whatever the state. |
///
/// The rule for `0`: a lone `0` means `none` in both modes; `0` inside a list or a range (`0 2`, `0-2`) is out of
/// range, like any number above the question's point count. Without signs (the quiz), `+3` reads as `3`, as it always
/// has, and `-3` is not a point number. Fullwidth digits, letters and spaces and the Japanese commas `、` `､` read as
/// their ASCII forms (typed with a Japanese input method on); case and surrounding spaces do not matter.
enum KeyPointGrammar {
    /// Words for every point.
    static let allWords: Set<String> = ["all", "全部", "すべて", "全て", "ぜんぶ"]
    /// Words for no point; a lone `0` too.
    static let noneWords: Set<String> = ["none", "0", "なし", "無し", "ない"]

    /// Parses a key-point reply for a question with `total` points.
    ///
    /// - Parameters:
    ///   - text: the line as typed; it is normalized here.
    ///   - total: the question's number of key points; numbers run from 1 to `total`.
    ///   - allowsSigns: whether `+n` ticks and `-n` unticks (the interview); without, `+n` is `n` and `-n` is refused.
    /// - Returns: the reply, or the first problem from the left.
    package static func parse(_ text: String, total: Int, allowsSigns: Bool) -> Result<KeyPointReply, KeyPointProblem> {
        let normalized = normalize(text)
        if normalized.isEmpty { return .failure(.empty) }
        if allWords.contains(normalized) { return .success(.all) }
        if noneWords.contains(normalized) { return .success(.none) }
        var change = KeyPointChange()
        for token in normalized.split(whereSeparator: { $0 == " " || $0 == "," }) {
            var body = Substring(token)
            var sign: Character?
            if let first = body.first, first == "+" || first == "-" { sign = body.removeFirst() }
            if sign == "-" && !allowsSigns { return .failure(.notPoints(String(token))) }
            guard let (low, high) = range(body) else { return .failure(.notPoints(String(token))) }
            guard low >= 1, high <= total else { return .failure(.outOfRange(String(token), total: total)) }
            for number in low...high {
                switch sign {
                case "+" where allowsSigns: change.ticked.insert(number)
                case "-": change.unticked.insert(number)
                default: change.plain.insert(number)
                }
            }
        }
        return .success(.points(change))
    }

    /// `3` or `2-4` as bounds, low before high; nil when it is not that.
    private static func range(_ body: Substring) -> (Int, Int)? {
        let bounds = body.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(bounds.count),
            bounds.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let low = Int(bounds[0]), let high = Int(bounds[bounds.count - 1]), low <= high
        else { return nil }
        return (low, high)
    }

    // MARK: Normalizing

    /// Lowercases, trims, and turns fullwidth digits, letters, signs and spaces and Japanese commas into ASCII.
    ///
    /// The one fold of typed replies: the quiz's prompts and the interview console both read lines through it.
    static func normalize(_ text: String) -> String {
        String(text.foldingFullwidthForms.map { $0 == "、" || $0 == "､" ? "," : $0 }).trimmed().lowercased()
    }
}

extension String {
    /// Fullwidth ASCII forms (`Ｊａｎｅ`, `１２`, `＋`) as ASCII, and the ideographic space as a space: the part of
    /// Unicode compatibility normalization that typed replies and names need (FoundationEssentials has none).
    var foldingFullwidthForms: String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

// MARK: - Replies

/// A key-point reply, read by `KeyPointGrammar`.
enum KeyPointReply: Sendable, Hashable {
    /// Every point.
    case all
    /// No point.
    case none
    /// Point numbers, plain or signed.
    case points(KeyPointChange)

    /// The points covered, at a prompt that asks once (the quiz): signs do not apply there.
    package func covered(total: Int) -> KeyPointSet {
        switch self {
        case .all: .all(total)
        case .none: KeyPointSet()
        case .points(let change): KeyPointSet(bits: change.plain.bits | change.ticked.bits)
        }
    }

    /// The ticked points after this reply, from the points ticked before (the interview): plain numbers toggle,
    /// `+n` ticks, `-n` unticks, `all` ticks every point, `none` unticks every point.
    func applied(to before: KeyPointSet, total: Int) -> KeyPointSet {
        switch self {
        case .all: .all(total)
        case .none: KeyPointSet()
        case .points(let change):
            KeyPointSet(bits: ((before.bits ^ change.plain.bits) | change.ticked.bits) & ~change.unticked.bits)
        }
    }
}

/// The numbers of a key-point reply, by sign.
struct KeyPointChange: Sendable, Hashable {
    /// Numbers typed without a sign.
    var plain = KeyPointSet()
    /// Numbers typed with `+`.
    var ticked = KeyPointSet()
    /// Numbers typed with `-`.
    var unticked = KeyPointSet()

    /// A change; every set empty by default.
    package init(
        plain: KeyPointSet = KeyPointSet(), ticked: KeyPointSet = KeyPointSet(), unticked: KeyPointSet = KeyPointSet()
    ) {
        self.plain = plain
        self.ticked = ticked
        self.unticked = unticked
    }
}

/// Why a key-point reply was not understood.
package enum KeyPointProblem: Error, Sendable, Hashable {
    /// Nothing was typed.
    case empty
    /// A token that is not a number or a range (such as `x`, `3-1` or, in the quiz, `-2`).
    case notPoints(String)
    /// A token whose numbers fall outside 1…`total` (such as `7`, `0 2` or `0-2`).
    case outOfRange(String, total: Int)
}
