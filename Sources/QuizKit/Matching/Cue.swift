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
        let characters = Array(line)
        guard let colon = characters.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
            throw CueSyntaxError(column: 1, problem: .missingKind)
        }
        let head = String(characters[..<colon]).trimmedBlanks().lowercased()
        let bodyStart = colon + 1
        let body = String(characters[bodyStart...])
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
            guard let window = Int(parts[1]), (1...Self.widestWindow).contains(window) else {
                throw CueSyntaxError(column: 1, problem: .badWindow(String(parts[1])))
            }
            kind = isVeto ? .veto(window: window) : .together(window: window)
        }
        if kind == .phrasing {
            let text = body.trimmedBlanks()
            guard Self.hasContent(text) else { throw CueSyntaxError(column: bodyStart + 1, problem: .emptyTerm) }
            terms = [[text]]
            return
        }
        terms = []
        var column = bodyStart + 1
        for term in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "，" }) {
            var alternatives: [String] = []
            var alternativeColumn = column
            for alternative in term.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "|" || $0 == "｜" }) {
                let text = String(alternative).trimmedBlanks()
                guard !text.isEmpty else { throw CueSyntaxError(column: alternativeColumn, problem: .emptyTerm) }
                guard Self.hasContent(text) else {
                    throw CueSyntaxError(column: alternativeColumn, problem: .noContentWords(text))
                }
                alternatives.append(text)
                alternativeColumn += alternative.count + 1
            }
            terms.append(alternatives)
            column += term.count + 1
        }
    }

    /// Whether a term has something to match: a word other than an English stop word (a negator such as
    /// "without" counts), a number, a Japanese character, or a symbol of comparison.
    static func hasContent(_ text: String) -> Bool {
        let folded = FoldedText(text)
        let keys = MatchTokenizer.keys(folded)
        return keys.contains { key in
            switch key.kind {
            case .word: !AnalyzedText.stopWords.contains(key.raw) || Negation.isEnglishNegator(key.raw)
            case .number, .kanji, .katakana, .hiragana: true
            case .symbol: ["<", ">", "<=", ">=", "/", "->", "!=", "="].contains(key.text)
            default: false
            }
        }
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

extension String {
    fileprivate func trimmedBlanks() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        return String(drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }
}
