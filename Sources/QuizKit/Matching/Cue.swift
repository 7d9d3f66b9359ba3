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
/// - `any K:` at least K of the terms in one sentence (`any K near N:` within N words), each stated apart: for a
///   point that asks for "at least two of" a list, one term per item.
/// - `need:` terms without which the point is never suggested (each somewhere in the answer).
/// - `not:` terms that, in one clause (`not near N:` within N words), state the point's opposite: the point is
///   then not covered, whatever else the answer says.
///
/// Terms are separated by commas, alternatives within a term by `|`. A term is read like an answer: inflections,
/// spellings, abbreviations and synonyms of the lexicon meet (`running mean` also finds "running averages",
/// `BN` "batch normalization"), and negation counts: a term matches only where the answer asserts it, and a term
/// written with a negation (`not depend`, `依存しない`) only where the answer negates it.
package struct Cue: Sendable, Hashable {
    /// What a cue does.
    package enum Kind: Sendable, Hashable {
        /// `also:` a phrasing of the point.
        case phrasing
        /// `all:` (window nil: one sentence) or `near N:` (window N words).
        case together(window: Int?)
        /// `any K:` (window nil: one sentence) or `any K near N:` (window N words): `count` of the terms.
        case some(count: Int, window: Int?)
        /// `need:`.
        case required
        /// `not:` (window nil: one clause) or `not near N:` (window N words).
        case veto(window: Int?)
    }

    package var kind: Kind
    /// For `also:` the phrasing as one term with one alternative; otherwise the terms, each a list of alternatives.
    package var terms: [[String]]

    /// The widest `near` window a cue may ask for, in words.
    package static let widestWindow = 60
    /// The most terms an `any K:` cue may ask for.
    package static let widestCount = 9

    /// Reads one cue line.
    /// - Throws: `CueSyntaxError` with the column (counted in characters from 1) where the line goes wrong.
    package init(parsing line: String) throws(CueSyntaxError) {
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
            var count: Int? = nil
            if !isVeto, parts.first == "any", parts.count == 2 || parts.count == 4 {
                guard let number = Int(parts[1]), (1...widestCount).contains(number) else {
                    throw CueSyntaxError(column: 1, problem: .badCount(String(parts[1])))
                }
                count = number
                parts.removeFirst(2)
            }
            if let count, parts.isEmpty {
                kind = .some(count: count, window: nil)
            } else {
                guard parts.count == 2, parts[0] == "near" else {
                    throw CueSyntaxError(column: 1, problem: .unknownKind(head))
                }
                guard let window = Int(parts[1]), (1...widestWindow).contains(window) else {
                    throw CueSyntaxError(column: 1, problem: .badWindow(String(parts[1])))
                }
                if let count {
                    kind = .some(count: count, window: window)
                } else {
                    kind = isVeto ? .veto(window: window) : .together(window: window)
                }
            }
        }
        if kind == .phrasing {
            let range = Self.trimmed(body)
            guard !range.isEmpty, Self.hasContent(bytes[range]) else {
                throw CueSyntaxError(column: column(colon.upperBound), problem: .emptyTerm)
            }
            return (kind, collect ? [[String(decoding: bytes[range], as: UTF8.self)]] : [])
        }
        var terms: [[String]] = []
        var termCount = 0
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
            termCount += 1
        }
        if case .some(let count, _) = kind, count > termCount {
            throw CueSyntaxError(column: 1, problem: .fewerTermsThanCount(count: count, terms: termCount))
        }
        return (kind, terms)
    }

}

/// Why a cue line cannot be read; `column` counts characters from 1.
package struct CueSyntaxError: Error, Sendable, Hashable {
    package enum Problem: Sendable, Hashable {
        /// No `kind:` at the start.
        case missingKind
        /// A kind other than also, all, near N, any K, any K near N, need, not and not near N.
        case unknownKind(String)
        /// `near` with a window that is not a whole number from 1 to 60.
        case badWindow(String)
        /// `any` with a count that is not a whole number from 1 to 9.
        case badCount(String)
        /// An empty term or alternative (`all: a,, b`, `all: a |`).
        case emptyTerm
        /// A term made only of stop words or punctuation (`all: the`).
        case noContentWords(String)
        /// `any K` with fewer than K terms: it could never hold (`any 3: ensemble, subnetwork`).
        case fewerTermsThanCount(count: Int, terms: Int)
    }

    package var column: Int
    package var problem: Problem

    package init(column: Int, problem: Problem) {
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
