/// One cue of a key point, in the cue language a deck author writes by hand (one cue per line):
///
/// ```
/// also: keeps running mean and var from training and uses them at test time
/// all: running mean | moving average, inference | test time | eval
/// near 12: dropout, after, last bn
/// need: debated | disputed | unclear
/// not: inference | test time, recompute | current batch
/// ```
///
/// - `also:` another phrasing of the point, matched like the point's own text.
/// - `all:` terms that together state the point when they occur in one sentence; `near N:` within N words.
/// - `need:` terms without which the point is never suggested (each somewhere in the answer).
/// - `not:` terms that, in one clause (`not near N:` within N words), state the point's opposite: the point is
///   then not covered, whatever else the answer says.
///
/// Terms are separated by commas, alternatives within a term by `|`. A term is read like an answer: inflections,
/// spellings, abbreviations and synonyms of the lexicon meet (`running mean` also finds "running averages",
/// `BN` "batch normalization"), and negation counts: a term matches only where the answer asserts it, and a term
/// written with a negation (`not depend`, `依存しない`) only where the answer negates it.
public struct Cue: Sendable, Hashable {
    /// What a cue does.
    public enum Kind: Sendable, Hashable {
        /// `also:` a phrasing of the point.
        case phrasing
        /// `all:` (window nil: one sentence) or `near N:` (window N words).
        case together(window: Int?)
        /// `need:`.
        case required
        /// `not:` (window nil: one clause) or `not near N:` (window N words).
        case veto(window: Int?)
    }

    public var kind: Kind
    /// For `also:` the phrasing as one term with one alternative; otherwise the terms, each a list of alternatives.
    public var terms: [[String]]

    /// The widest `near` window a cue may ask for, in words.
    public static let widestWindow = 60

    /// Reads one cue line.
    /// - Throws: `CueSyntaxError` with the column (counted in characters from 1) where the line goes wrong.
    public init(parsing line: String) throws(CueSyntaxError) {
        (kind, terms) = try Self.scan(line, collect: true)
    }

    /// The syntax error of a cue line, or nil: the same checks as `init(parsing:)`, without building the terms
    /// (every deck load checks every cue line).
    static func syntaxError(in line: String) -> CueSyntaxError? {
        var copy = line
        if copy.withUTF8({ isValid($0) }) { return nil }  // the usual case, without allocating
        do throws(CueSyntaxError) {
            _ = try scan(line, collect: false)
            return nil
        } catch {
            return error
        }
    }

    /// Whether a cue line reads, in one pass over its bytes: a known kind before the colon, and every alternative
    /// of every term with content. `scan` finds the error and its column when it does not.
    private static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var colon = -1
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: ":") { colon = index; break }
            if bytes[index] == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x9A {
                colon = index
                break
            }
            index += 1
        }
        guard colon >= 0, let isPhrasing = kindIsKnown(UnsafeBufferPointer(rebasing: bytes[..<colon])) else {
            return false
        }
        let bodyStart = bytes[colon] == UInt8(ascii: ":") ? colon + 1 : colon + 3
        var start = bodyStart
        index = bodyStart
        while index <= bytes.count {
            var width = 0
            if index == bytes.count {
                width = 1
            } else if !isPhrasing {
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "|") {
                    width = 1
                } else if byte == 0xEF, index + 2 < bytes.count,
                    (bytes[index + 1] == 0xBC && bytes[index + 2] == 0x8C) || (bytes[index + 1] == 0xBD && bytes[index + 2] == 0x9C)
                {
                    width = 3
                }
            }
            if width > 0 {
                let piece = bytes[start..<index]
                let range = trimmed(piece)
                if range.isEmpty || !hasContent(piece[range]) { return false }
                start = index + width
                index += width
            } else {
                index += 1
            }
        }
        return true
    }

    /// Whether the bytes before the colon name a kind (and which: true for `also`), or nil.
    private static func kindIsKnown(_ head: UnsafeBufferPointer<UInt8>) -> Bool? {
        let words = head.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true).map {
            String(decoding: $0, as: UTF8.self).lowercased()
        }
        switch words {
        case ["also"]: return true
        case ["all"], ["need"], ["not"]: return false
        case let words where words.count == 2 && words[0] == "near",
            let words where words.count == 3 && words[0] == "not" && words[1] == "near":
            guard let window = Int(words[words.count - 1]), (1...widestWindow).contains(window) else { return nil }
            return false
        default: return nil
        }
    }

    private static func scan(_ line: String, collect: Bool) throws(CueSyntaxError) -> (Kind, [[String]]) {
        // UTF-8 bytes, not characters: decks check every cue line as they load, and grapheme breaking would cost
        // more than the rest of loading. Columns count characters (Unicode scalars) from 1.
        let bytes = Array(line.utf8)
        func column(_ offset: Int) -> Int { bytes[..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } }
        guard let colon = Self.separators(in: bytes[...], ascii: UInt8(ascii: ":"), wide: Self.wideColon).first else {
            throw CueSyntaxError(column: 1, problem: .missingKind)
        }
        let head = String(decoding: bytes[Self.trimmed(bytes[..<colon.lowerBound])], as: UTF8.self).lowercased()
        let kind: Kind
        let body = bytes[colon.upperBound...]
        switch head {
        case "also":
            kind = .phrasing
        case "all":
            kind = .together(window: nil)
        case "need":
            kind = .required
        case "not":
            kind = .veto(window: nil)
        default:
            var parts = head.split(separator: " ", omittingEmptySubsequences: true)
            let isVeto = parts.first == "not"
            if isVeto { parts.removeFirst() }
            guard parts.count == 2, parts[0] == "near" else {
                throw CueSyntaxError(column: 1, problem: .unknownKind(head))
            }
            guard let window = Int(parts[1]), (1...widestWindow).contains(window) else {
                throw CueSyntaxError(column: 1, problem: .badWindow(String(parts[1])))
            }
            kind = isVeto ? .veto(window: window) : .together(window: window)
        }
        if kind == .phrasing {
            let range = Self.trimmed(body)
            guard !range.isEmpty, Self.hasContent(bytes[range]) else {
                throw CueSyntaxError(column: column(colon.upperBound), problem: .emptyTerm)
            }
            return (kind, collect ? [[String(decoding: bytes[range], as: UTF8.self)]] : [])
        }
        var terms: [[String]] = []
        for term in Self.pieces(body, ascii: UInt8(ascii: ","), wide: Self.wideComma) {
            var alternatives: [String] = []
            for alternative in Self.pieces(term, ascii: UInt8(ascii: "|"), wide: Self.wideBar) {
                let range = Self.trimmed(alternative)
                guard !range.isEmpty else {
                    throw CueSyntaxError(column: column(alternative.startIndex), problem: .emptyTerm)
                }
                guard Self.hasContent(bytes[range]) else {
                    throw CueSyntaxError(
                        column: column(alternative.startIndex),
                        problem: .noContentWords(String(decoding: bytes[range], as: UTF8.self)))
                }
                if collect { alternatives.append(String(decoding: bytes[range], as: UTF8.self)) }
            }
            if collect { terms.append(alternatives) }
        }
        return (kind, terms)
    }

    /// The English stop words of up to eight letters that are not negators, packed as `hasContent` packs a word.
    private static let functionWordKeys: Set<UInt64> = Set(
        AnalyzedText.stopWords.filter { $0.utf8.count <= 8 && !Negation.isEnglishNegator($0) }.map { word in
            word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        })

    /// ：，｜ in UTF-8, read like :, and |.
    private static let wideColon: [UInt8] = [0xEF, 0xBC, 0x9A]
    private static let wideComma: [UInt8] = [0xEF, 0xBC, 0x8C]
    private static let wideBar: [UInt8] = [0xEF, 0xBD, 0x9C]

    /// Where a separator (its ASCII or its fullwidth form) occurs, as byte ranges.
    private static func separators(in bytes: ArraySlice<UInt8>, ascii: UInt8, wide: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == ascii {
                found.append(index..<(index + 1))
            } else if bytes[index] == wide[0], index + 2 < bytes.endIndex, bytes[index + 1] == wide[1],
                bytes[index + 2] == wide[2]
            {
                found.append(index..<(index + 3))
                index += 2
            }
            index += 1
        }
        return found
    }

    /// The stretches between separators, empty ones included.
    private static func pieces(_ bytes: ArraySlice<UInt8>, ascii: UInt8, wide: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        for separator in separators(in: bytes, ascii: ascii, wide: wide) {
            result.append(bytes[start..<separator.lowerBound])
            start = separator.upperBound
        }
        result.append(bytes[start...])
        return result
    }

    /// The range of the bytes without blanks (space, tab, ideographic space) at either end.
    private static func trimmed<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Range<Int> where Bytes.Index == Int {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end {
            if bytes[start] == 0x20 || bytes[start] == 0x09 {
                start += 1
            } else if end - start >= 3, bytes[start] == 0xE3, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 {
                start += 3
            } else {
                break
            }
        }
        while end > start {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                end -= 1
            } else if end - start >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, bytes[end - 1] == 0x80 {
                end -= 3
            } else {
                break
            }
        }
        return start..<end
    }

    /// Whether a term has something to match: a word other than an English stop word (a negator such as
    /// "without" counts), a number, a Japanese character, or a symbol of comparison.
    static func hasContent(_ text: String) -> Bool { hasContent(Array(text.utf8)[...]) }

    static func hasContent<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        // A plain scan, not the matcher's analysis: decks check every cue line when they load, and loading must stay
        // as fast as before cues existed. Any non-ASCII letter, digit or Japanese character is content.
        var start = -1
        func isContentWord(endingAt end: Int) -> Bool {
            defer { start = -1 }
            guard start >= 0 else { return false }
            guard end - start <= 8 else {
                let word = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
                return !AnalyzedText.stopWords.contains(word)
            }
            var key: UInt64 = 0  // the word's lowercase letters packed into one number: no string to build
            for byte in bytes[start..<end] { key = key << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) }
            return !functionWordKeys.contains(key)
        }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "'"),
                UInt8(ascii: "_"):
                if start < 0 { start = index }
            case UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                return true
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "="):
                return true
            default:
                if isContentWord(endingAt: index) { return true }
            }
            index += 1
        }
        return isContentWord(endingAt: bytes.endIndex)
    }
}

/// Why a cue line cannot be read; `column` counts characters from 1.
public struct CueSyntaxError: Error, Sendable, Hashable {
    public enum Problem: Sendable, Hashable {
        /// No `kind:` at the start.
        case missingKind
        /// A kind other than also, all, near N, need and not.
        case unknownKind(String)
        /// `near` with a window that is not a whole number from 1 to 60.
        case badWindow(String)
        /// An empty term or alternative (`all: a,, b`, `all: a |`).
        case emptyTerm
        /// A term made only of stop words or punctuation (`all: the`).
        case noContentWords(String)
    }

    public var column: Int
    public var problem: Problem

    public init(column: Int, problem: Problem) {
        self.column = column
        self.problem = problem
    }
}

extension StringProtocol {
    /// The text without blanks (spaces, tabs, ideographic spaces) at either end.
    func trimmedBlanks() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
