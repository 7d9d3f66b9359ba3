/// Reads replies at the key-points and grade prompts, accepting fullwidth digits and Japanese words too.
public enum ReplyParser {
    /// Parses a reply to "which key points did you cover?" for a question with `total` points.
    ///
    /// Accepts numbers separated by spaces or commas (`1 3 4`, `1,3`), ranges (`2-4`), `all` and `none`.
    public static func keyPoints(_ text: String, total: Int) -> Reply {
        let normalized = normalize(text)
        switch normalized {
        case "": return .invalid("empty")
        case "all", "全部", "すべて", "全て", "ぜんぶ": return .points(.all(total))
        case "none", "0", "なし", "無し", "ない": return .points(KeyPointSet())
        case "u", "undo": return .undo
        case "s", "skip": return .skip
        case "q", "quit": return .quit
        case "?", "help": return .help
        default: break
        }
        var set = KeyPointSet()
        let separators: Set<Character> = [" ", ","]
        for token in normalized.split(whereSeparator: { separators.contains($0) }) {
            let bounds = token.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count), let low = Int(bounds[0]), let high = Int(bounds[bounds.count - 1]),
                low <= high
            else { return .invalid("'\(token)' is not a point number") }
            guard low >= 1, high <= total else { return .invalid("out of range") }
            for number in low...high { set.insert(number) }
        }
        return .points(set)
    }

    /// Parses a reply at the grade prompt: Enter, `1`–`4`, `a`/`h`/`g`/`e` (or the words), `u`, `s`, `q`.
    public static func grade(_ text: String) -> Reply {
        switch normalize(text) {
        case "": return .accept
        case "1", "a", "again", "もう一度", "もういちど": return .grade(.again)
        case "2", "h", "hard", "難しい", "むずかしい": return .grade(.hard)
        case "3", "g", "good", "正解", "良い": return .grade(.good)
        case "4", "e", "easy", "簡単", "かんたん": return .grade(.easy)
        case "u", "undo": return .undo
        case "s", "skip": return .skip
        case "q", "quit": return .quit
        case "?", "help": return .help
        default: return .invalid(text)
        }
    }

    /// Parses the first line typed at the answer prompt: `u`, `s`, `q` and `?` are commands, anything else is answer.
    public static func answerCommand(_ text: String) -> Reply? {
        switch normalize(text) {
        case "u": return .undo
        case "s": return .skip
        case "q": return .quit
        case "?": return .help
        default: return nil
        }
    }

    /// Lowercases, trims, and turns fullwidth digits, letters, spaces and Japanese commas into ASCII.
    static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            case 0x3001, 0xFF64: scalars.append(",")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).trimmingWhitespace().lowercased()
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        let characters = Substring(self).drop { $0.isWhitespace }
        var end = characters.endIndex
        while end > characters.startIndex, characters[characters.index(before: end)].isWhitespace {
            end = characters.index(before: end)
        }
        return String(characters[characters.startIndex..<end])
    }
}
