/// An answer read once and indexed by feature, so each key point looks up only the features it names.
struct AnswerIndex: Sendable {
    let text: AnalyzedText
    let lexicon: Lexicon
    /// For each feature, the units that carry it, in text order.
    let occurrences: [String: [Int32]]
    /// For each feature and polarity, the units that state it (set-aside units left out), in text order.
    private let stated: [TermFeature: [Int32]]
    /// The contrast concepts each clause asserts (bias, variance, larger, before…), for clauses that have any; a
    /// clause without its own carries on the topic of the clause before it in the sentence ("for bias you add
    /// data, regularization and bagging": the last clause is about bias too).
    let clauseTopics: [(clause: Int32, topic: Set<Int32>)]
    /// The clauses that negate a content word ("dimension does not matter").
    let negatedClauses: Set<Int32>

    init(_ answer: String, lexicon: Lexicon) {
        text = AnalyzedText(answer, lexicon: lexicon)
        self.lexicon = lexicon
        var occurrences: [String: [Int32]] = [:]
        occurrences.reserveCapacity(text.units.count)
        var stated: [TermFeature: [Int32]] = [:]
        var negatedClauses = Set<Int32>()
        for (index, unit) in text.units.enumerated() {
            if unit.negated && unit.isContent { negatedClauses.insert(unit.clause) }
            occurrences[unit.feature, default: []].append(Int32(index))
            if !unit.excluded {
                stated[TermFeature(feature: unit.feature, negated: unit.negated), default: []].append(Int32(index))
                // A cue's lone word or pair of characters also finds its place inside a phrase of the lexicon:
                // `need: harmonic` in "harmonic mean", 「調和」 in 調和平均.
                for feature in Self.parts(of: unit, in: text) {
                    let term = TermFeature(feature: feature, negated: unit.negated)
                    if stated[term]?.last != Int32(index) { stated[term, default: []].append(Int32(index)) }
                }
            }
        }
        self.occurrences = occurrences
        self.stated = stated
        self.negatedClauses = negatedClauses
        var topics: [(clause: Int32, topic: Set<Int32>)] = []
        var current: (clause: Int32, sentence: Int32, topic: Set<Int32>) = (-1, -1, [])
        for unit in text.units where unit.clause != current.clause {
            let own = Self.topic(of: unit.clause, in: text, from: unit, lexicon: lexicon)
            let topic = own.isEmpty && unit.sentence == current.sentence ? current.topic : own
            current = (unit.clause, unit.sentence, topic)
            if !topic.isEmpty { topics.append((unit.clause, topic)) }
        }
        clauseTopics = topics
    }

    /// The contrast concepts asserted in the clause that starts at unit `first`.
    private static func topic(of clause: Int32, in text: AnalyzedText, from first: MatchUnit, lexicon: Lexicon) -> Set<
        Int32
    > {
        var topic = Set<Int32>()
        var index = text.firstUnit(from: first.keys.lowerBound)
        while index < text.units.count, text.units[index].clause == clause {
            let unit = text.units[index]
            if unit.concept >= 0, !unit.negated, !unit.excluded, !lexicon.contrasts[Int(unit.concept)].isEmpty {
                topic.insert(unit.concept)
            }
            index += 1
        }
        return topic
    }

    var sentenceCount: Int { text.sentenceCount }

    /// The features of the words (content words) and character pairs inside a concept written with several keys.
    static func parts(of unit: MatchUnit, in text: AnalyzedText) -> [String] {
        guard unit.kind == .concept, unit.keys.count > 1 else { return [] }
        var parts: [String] = []
        for index in unit.keys {
            let key = text.keys[index]
            if key.kind == .word, !AnalyzedText.stopWords.contains(key.raw) { parts.append("w:" + key.text) }
            if index + 1 < unit.keys.upperBound, key.kind == .kanji || key.kind == .katakana {
                let next = text.keys[index + 1]
                if next.kind == .kanji || next.kind == .katakana { parts.append("b:" + key.text + next.text) }
            }
        }
        return parts
    }

    /// The units that carry `term` as it asks: asserted (or negated, when it is), and not set aside.
    func units(stating term: TermFeature) -> [Int32] { stated[term] ?? [] }

    /// Where one alternative of a cue term is stated, within one sentence or clause (`scope`): each segment's
    /// features in order, each within three units of the one before, and the segments in order ("gap ... bias":
    /// "gap" and later "bias"; "grid search beats random search" is not "random search beats grid search").
    func matches(of alternative: CueAlternative, scope: CueScope = .sentence) -> [CueMatch] {
        guard let first = alternative.first, !first.isEmpty else { return [] }
        var result: [CueMatch] = []
        for start in units(stating: first[0]).lazy.map(Int.init) {
            let place = scope.place(of: text.units[start])
            guard var chain = self.chain(first, from: start) else { continue }
            var isComplete = true
            for segment in alternative.dropFirst() {
                let after = chain.last! + 1
                let list = units(stating: segment[0])
                let at = Self.firstIndex(in: list, after: after - 1)
                guard at < list.count, case let next = Int(list[at]),
                    scope.place(of: text.units[next]) == place, let rest = self.chain(segment, from: next)
                else {
                    isComplete = false
                    break
                }
                chain += rest
            }
            if isComplete, chain.allSatisfy({ scope.place(of: text.units[$0]) == place }) {
                result.append(CueMatch(place: place, units: chain))
            }
        }
        return result
    }

    /// The position in a sorted list of the first unit after `unit`.
    private static func firstIndex(in list: [Int32], after unit: Int) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if Int(list[middle]) <= unit { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The units of one segment stated from `start` on, each within three units of the one before; nil when the
    /// chain breaks.
    private func chain(_ segment: [TermFeature], from start: Int) -> [Int]? {
        var chain = [start]
        for feature in segment.dropFirst() {
            let previous = chain.last!
            let list = units(stating: feature)
            let at = Self.firstIndex(in: list, after: previous)
            guard at < list.count, Int(list[at]) - previous <= 3 else { return nil }
            let next = Int(list[at])
            chain.append(next)
        }
        return chain
    }

    /// The key range spanning the given units.
    func keySpan(_ units: some Sequence<Int>) -> Range<Int>? {
        var low = Int.max
        var high = Int.min
        for index in units {
            low = min(low, text.units[index].keys.lowerBound)
            high = max(high, text.units[index].keys.upperBound)
        }
        return low < high ? low..<high : nil
    }
}

/// One alternative of a cue term: its segments (split at `...`), each the features of a phrase.
typealias CueAlternative = [[TermFeature]]

/// Where a cue term must hold together: `all:` in a sentence, `not:` in a clause (a contradiction is local:
/// "for bias you add data, and for variance capacity" swaps the fixes in two clauses of one sentence).
enum CueScope: Sendable {
    case sentence, clause

    func place(of unit: MatchUnit) -> Int32 { self == .sentence ? unit.sentence : unit.clause }
}

/// Where an alternative was found: its sentence or clause, and its units.
struct CueMatch {
    var place: Int32
    var units: [Int]
}
