/// One piece of a folded text: an English word (stemmed), a number, a symbol, one Japanese character, or the end
/// of a sentence or clause.
struct MatchKey: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, symbol, kanji, hiragana, katakana, sentenceEnd, clauseEnd

        var isJapanese: Bool { self == .kanji || self == .hiragana || self == .katakana }
        var isBoundary: Bool { self == .sentenceEnd || self == .clauseEnd }
    }

    var kind: Kind
    /// What the lexicon and the features see: a word's stem, a number, a symbol, or the character itself.
    var text: String
    /// The word as written (lowercase, folded), for stop words and negators; the same as `text` for other kinds.
    var raw: String
    /// The folded scalars it came from.
    var span: Range<Int>
    /// Consecutive characters of one Japanese script share a run; character bigrams never cross runs.
    var run: Int
}

/// Splits a folded text into `MatchKey`s. Japanese has no spaces, so every kanji, hiragana and katakana character is
/// its own key (the lexicon joins them into terms, and leftover kanji and katakana become character bigrams);
/// English words are stemmed; sentences end at `.`, `!`, `?`, `;`, a line break and `。`, clauses at `,`, `、` and
/// brackets (never at the dot of `e.g.`, `0.5` or `model.eval()`).
enum MatchTokenizer {
    static func keys(_ text: FoldedText) -> [MatchKey] {
        let scalars = text.scalars
        var keys: [MatchKey] = []
        keys.reserveCapacity(scalars.count / 3)
        var run = 0
        var lastScript: MatchKey.Kind? = nil
        var index = 0
        var formulaParentheses = 0  // open parentheses of a formula: they do not end a clause
        var stems: [String: String] = [:]  // an answer repeats its words: stem each once

        func boundary(_ kind: MatchKey.Kind, at position: Int) {
            guard let last = keys.last, last.kind != .sentenceEnd else { return }
            let key = MatchKey(kind: kind, text: "", raw: "", span: position..<(position + 1), run: -1)
            if last.kind == .clauseEnd {
                if kind == .sentenceEnd { keys[keys.count - 1] = key }  // a sentence end outranks a clause end
                return
            }
            keys.append(key)
        }

        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            if let script = japaneseScript(value) {
                if script != lastScript { run += 1 }
                lastScript = script
                let character = String(scalar)
                keys.append(
                    MatchKey(kind: script, text: character, raw: character, span: index..<(index + 1), run: run))
                index += 1
                continue
            }
            lastScript = nil
            if isLetter(scalar) || isDigit(value) {
                let start = index
                let startsWithDigit = isDigit(value)
                index += 1
                while index < scalars.count {
                    let next = scalars[index]
                    if isLetter(next) || isDigit(next.value) || next == "_" {
                        index += 1
                    } else if (next == "'" || (startsWithDigit && next == ".")) && index + 1 < scalars.count
                        && (isLetter(scalars[index + 1]) || isDigit(scalars[index + 1].value))
                    {
                        index += 1  // doesn't, 0.5
                    } else if startsWithDigit, next == "%" {
                        index += 1
                    } else {
                        break
                    }
                }
                let raw = String(String.UnicodeScalarView(scalars[start..<index]))
                let isNumber = raw.unicodeScalars.allSatisfy { isDigit($0.value) || $0 == "." || $0 == "%" }
                let kind: MatchKey.Kind = isNumber ? .number : .word
                var text = raw
                if !isNumber {
                    if let known = stems[raw] {
                        text = known
                    } else {
                        text = EnglishStemmer.stem(raw.contains("'") ? raw.replacing("'", with: "") : raw)
                        stems[raw] = text
                    }
                }
                keys.append(MatchKey(kind: kind, text: text, raw: raw, span: start..<index, run: 0))
                continue
            }
            switch value {
            case 0x0A, 0x3B, 0x3002, 0xFF01, 0xFF1F, 0xFF0E:  // line break ; 。 ！ ？ ．
                boundary(.sentenceEnd, at: index)
            case 0x2E, 0x21, 0x3F:  // . ! ?
                if endsSentence(scalars, at: index, keys: keys) { boundary(.sentenceEnd, at: index) }
            case 0x28 where Self.opensFormula(scalars, at: index):  // the ( of TP/(TP+FN) keeps the formula whole
                formulaParentheses += 1
            case 0x29 where formulaParentheses > 0:
                formulaParentheses -= 1
            case 0x2C, 0x3001, 0xFF0C, 0x28, 0x29, 0x5B, 0x5D:  // , 、 ， ( ) [ ]
                boundary(.clauseEnd, at: index)
            case 0x20, 0x09, 0x0D, 0x22, 0x60, 0x27, 0x2A, 0x23:  // blanks, quotes, backticks, Markdown emphasis
                break
            case 0x2D
            where index > 0 && index + 1 < scalars.count
                && (isLetter(scalars[index - 1]) || isDigit(scalars[index - 1].value))
                && (isLetter(scalars[index + 1]) || isDigit(scalars[index + 1].value)):
                break  // the hyphen of mini-batch or train-validation joins words: "mini batch" reads the same
            default:
                var symbol = String(scalar)
                if index + 1 < scalars.count, let pair = pairs[symbol + String(scalars[index + 1])] {
                    symbol = pair
                    index += 1
                }
                keys.append(MatchKey(kind: .symbol, text: symbol, raw: symbol, span: index..<(index + 1), run: 0))
            }
            index += 1
        }
        return keys
    }

    private static let pairs = ["->": "->", "<-": "<-", "<=": "<=", ">=": ">=", "!=": "!=", "=>": "->", "==": "="]

    /// Whether `.`, `!` or `?` at `index` ends a sentence: followed by a blank, the end or Japanese, and not the
    /// dot of an abbreviation (e.g., i.e., vs., et al.).
    private static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int, keys: [MatchKey]) -> Bool {
        if index > 0, scalars[index - 1] == "." { return false }  // the dots of an ellipsis
        if index + 1 < scalars.count {
            let next = scalars[index + 1]
            guard next.properties.isWhitespace || japaneseScript(next.value) != nil || next == "\"" else {
                return false
            }
        }
        guard scalars[index] == ".", let last = keys.last, last.kind == .word else { return true }
        if abbreviations.contains(last.raw) { return false }
        // The second dot of "e.g." or "i.e.": a one-letter word right after another dot.
        return !(last.raw.count == 1 && last.span.lowerBound > 0 && scalars[last.span.lowerBound - 1] == ".")
    }

    private static let abbreviations: Set<String> = [
        "e.g", "eg", "ie", "vs", "etc", "al", "approx", "cf", "fig", "eq", "resp", "dr", "mr", "ms", "incl",
    ]

    /// Whether the `(` at `index` opens part of a formula (after `/`, `=`, `*`, `×`, `+`, `−` or `-`, blanks
    /// skipped): `TP/(TP+FN)` is one clause, while "(for convolutions)" after a word still sets an aside apart.
    static func opensFormula(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0, scalars[before] == " " { before -= 1 }
        guard before >= 0 else { return false }
        return "/=*×+−-÷".unicodeScalars.contains(scalars[before])
    }

    static func isDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if (0x61...0x7A).contains(value) { return true }
        if value < 0xC0 || japaneseScript(value) != nil { return false }
        if (0x2000...0x2BFF).contains(value) || (0x3000...0x303F).contains(value) { return false }
        return scalar.properties.isAlphabetic
    }

    /// The Japanese script of a scalar, or nil. Kanji include 々 and ヶ; katakana the long-vowel mark ー.
    static func japaneseScript(_ value: UInt32) -> MatchKey.Kind? {
        switch value {
        case 0x3041...0x309F: .hiragana
        case 0x30F6, 0x3005, 0x3006, 0x3007: .kanji
        case 0x30A1...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF: .katakana
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF: .kanji
        default: nil
        }
    }
}
