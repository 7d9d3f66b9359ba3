/// One unit of meaning in a text: a concept of the lexicon, an English stem, a Japanese character bigram (or a lone
/// kanji), a number, or a fraction (`n/b`); with its polarity and place.
struct MatchUnit: Sendable {
    /// `negator` (an English negator as a word, `x:without`) and `function` (an English stop word other than an
    /// article, `s:per`) serve cue terms that name them ("without", "per parameter"); key points, similarity and
    /// negation scope ignore them.
    enum Kind: UInt8, Sendable { case concept, word, bigram, unigram, number, fraction, negator, function }

    /// Whether the unit carries content (not a negator or function word).
    var isContent: Bool { kind != .negator && kind != .function }

    var feature: String
    var kind: Kind
    /// The lexicon concept, or -1.
    var concept: Int32
    /// Said negatively: "does not depend", "依存しない", `irreducible`.
    var negated: Bool
    /// Named only to be set aside: "instead of X", "rather than X", "X ではなく".
    var excluded: Bool
    /// The keys it covers.
    var keys: Range<Int>
    var sentence: Int32
    var clause: Int32
}

/// A text read for matching: folded, split into keys, joined into units by the lexicon, with negation applied.
struct AnalyzedText: Sendable {
    let folded: FoldedText
    let keys: [MatchKey]
    private(set) var units: [MatchUnit] = []
    private(set) var sentenceCount = 0
    private(set) var clauseCount = 0
    /// For each key, its sentence and clause.
    private(set) var keySentence: [Int32] = []
    private(set) var keyClause: [Int32] = []

    init(_ text: String, lexicon: Lexicon = .shared) {
        folded = FoldedText(text)
        keys = MatchTokenizer.keys(folded)
        placeKeys()
        buildUnits(lexicon)
        addFractions()
        Negation.apply(to: &self, lexicon: lexicon)
    }

    /// The UTF-8 range of the original text that the keys `range` came from.
    func originalRange(keys range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        let start = keys[range.lowerBound].span.lowerBound
        let end = keys[range.upperBound - 1].span.upperBound
        return folded.originalRange(start..<end)
    }

    /// Adds a unit in text order.
    mutating func insertUnit(_ unit: MatchUnit) {
        units.insert(unit, at: firstUnit(from: unit.keys.lowerBound))
    }

    /// The index of the first unit that starts at key `key` or later (units are in text order).
    func firstUnit(from key: Int) -> Int {
        var low = 0
        var high = units.count
        while low < high {
            let middle = (low + high) / 2
            if units[middle].keys.lowerBound < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    mutating func setUnit(_ index: Int, negated: Bool? = nil, excluded: Bool? = nil) {
        if let negated { units[index].negated = negated }
        if let excluded { units[index].excluded = excluded }
    }

    // MARK: Building

    /// Numbers every key's sentence and clause; some words also end a clause (but, whereas, because…).
    private mutating func placeKeys() {
        keySentence.reserveCapacity(keys.count)
        keyClause.reserveCapacity(keys.count)
        var sentence: Int32 = 0
        var clause: Int32 = 0
        for key in keys {
            if key.kind == .word, Self.clauseWords.contains(key.raw), keyClause.last == clause {
                clause += 1
            }
            keySentence.append(sentence)
            keyClause.append(clause)
            if key.kind == .sentenceEnd {
                sentence += 1
                clause += 1
            } else if key.kind == .clauseEnd {
                clause += 1
            }
        }
        sentenceCount = Int(sentence) + 1
        clauseCount = Int(clause) + 1
    }

    private mutating func buildUnits(_ lexicon: Lexicon) {
        units.reserveCapacity(keys.count)
        var pending: [Int] = []  // leftover kanji and katakana keys of one run, waiting to become bigrams
        var index = 0
        while index < keys.count {
            let key = keys[index]
            if key.kind.isBoundary {
                flush(&pending)
                index += 1
                continue
            }
            if let match = lexicon.longestMatch(in: keys, from: index) {
                flush(&pending)
                let concept = lexicon.concepts[match.concept]
                append(
                    concept.feature, .concept, concept: Int32(match.concept), negated: match.isNegated,
                    keys: index..<(index + match.length))
                index += match.length
                continue
            }
            switch key.kind {
            case .kanji, .katakana:
                if let last = pending.last, keys[last].run != key.run { flush(&pending) }
                pending.append(index)
            case .hiragana:
                flush(&pending)
            case .word:
                flush(&pending)
                if Negation.isEnglishNegator(key.raw) {
                    append("x:" + key.raw.replacing("'", with: ""), .negator, keys: index..<(index + 1))
                } else if !Self.stopWords.contains(key.raw) {
                    append("w:" + key.text, .word, keys: index..<(index + 1))
                } else if !["a", "an", "the"].contains(key.raw) {
                    append("s:" + key.text, .function, keys: index..<(index + 1))
                }
            case .number:
                flush(&pending)
                append("n:" + key.text, .number, keys: index..<(index + 1))
            default:
                flush(&pending)
            }
            index += 1
        }
        flush(&pending)
    }

    private mutating func flush(_ pending: inout [Int]) {
        defer { pending.removeAll(keepingCapacity: true) }
        guard let first = pending.first else { return }
        if pending.count == 1 {
            if keys[first].kind == .kanji { append("u:" + keys[first].text, .unigram, keys: first..<(first + 1)) }
            return
        }
        for (a, b) in zip(pending, pending.dropFirst()) {
            append("b:" + keys[a].text + keys[b].text, .bigram, keys: a..<(b + 1))
        }
    }

    private mutating func append(
        _ feature: String, _ kind: MatchUnit.Kind, concept: Int32 = -1, negated: Bool = false, keys range: Range<Int>
    ) {
        units.append(
            MatchUnit(
                feature: feature, kind: kind, concept: concept, negated: negated, excluded: false, keys: range,
                sentence: keySentence[range.lowerBound], clause: keyClause[range.lowerBound]))
    }

    /// `n/b`, `N / B` and "N divided by B" become one ordered unit `f:n/b`, so `b/n` does not meet it.
    private mutating func addFractions() {
        var fractions: [MatchUnit] = []
        for (position, unit) in units.enumerated() where unit.kind == .word || unit.kind == .number {
            let end = unit.keys.upperBound
            guard end < keys.count else { continue }
            var next = end
            if keys[next].text == "/" {
                next += 1
            } else if keys[next].raw == "divided", next + 1 < keys.count, keys[next + 1].raw == "by" {
                next += 2
            } else {
                continue
            }
            guard
                let denominator = units[(position + 1)...].prefix(3).first(where: {
                    $0.keys.lowerBound == next && ($0.kind == .word || $0.kind == .number)
                })
            else { continue }
            var fraction = unit
            fraction.feature = "f:" + unit.feature.dropFirst(2) + "/" + denominator.feature.dropFirst(2)
            fraction.kind = .fraction
            fraction.keys = unit.keys.lowerBound..<denominator.keys.upperBound
            fractions.append(fraction)
        }
        guard !fractions.isEmpty else { return }
        units += fractions
        units.sort { ($0.keys.lowerBound, $0.keys.upperBound) < ($1.keys.lowerBound, $1.keys.upperBound) }
    }

    /// Words that end a clause before them, so negation and contrast do not reach across them.
    static let clauseWords: Set<String> = [
        "but", "whereas", "while", "although", "though", "however", "because", "since", "so", "which", "whereby",
        "yet", "unlike",
    ]

    /// English words that carry no content of their own (negators are handled apart).
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "into", "onto", "about",
        "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "it's", "this", "that", "these",
        "those", "and", "or", "but", "if", "then", "so", "than", "which", "who", "whom", "whose", "what", "when",
        "where", "how", "why", "there", "here", "do", "does", "did", "doing", "have", "has", "had", "having", "can",
        "could", "would", "should", "will", "shall", "may", "might", "i", "i'd", "i'm", "you", "we", "they", "he",
        "she", "me", "my", "your", "our", "their", "them", "us", "also", "just", "very", "really", "much", "many",
        "some", "any", "such", "e", "g", "ie", "eg", "etc", "vs", "via", "per", "up", "out", "off", "again", "too",
        "quite", "rather", "its", "own", "other", "another", "so", "like", "thing", "things", "way", "lot",
        "get", "gets", "got", "make", "makes", "made", "use", "uses", "used", "using", "say", "says", "said",
        "basically", "usually", "often", "typically", "simply", "probably", "maybe", "kind", "sort", "thats",
        "that's", "there's", "theres", "i.e", "e.g", "well", "first", "second", "third", "then", "now", "today",
        "one", "ones", "whether", "both", "either", "while", "whereas", "because", "since", "though", "although",
        "until", "over", "under", "between", "through", "within", "across", "around", "along", "against", "behind",
        "towards", "toward", "onto", "upon", "during",
    ]
}
