/// An answer read once and indexed by feature, so each key point looks up only the features it names.
struct AnswerIndex: Sendable {
    let text: AnalyzedText
    let lexicon: Lexicon
    /// For each feature, the units that carry it, in text order.
    let occurrences: [String: [Int32]]
    /// The contrast concepts each clause asserts (bias, variance, larger, before…), for clauses that have any; a
    /// clause without its own carries on the topic of the clause before it in the sentence ("for bias you add
    /// data, regularization and bagging": the last clause is about bias too).
    let clauseTopics: [(clause: Int32, topic: Set<Int32>)]

    init(_ answer: String, lexicon: Lexicon) {
        text = AnalyzedText(answer, lexicon: lexicon)
        self.lexicon = lexicon
        var occurrences: [String: [Int32]] = [:]
        occurrences.reserveCapacity(text.units.count)
        for (index, unit) in text.units.enumerated() { occurrences[unit.feature, default: []].append(Int32(index)) }
        self.occurrences = occurrences
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
    private static func topic(of clause: Int32, in text: AnalyzedText, from first: MatchUnit, lexicon: Lexicon) -> Set<Int32> {
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

    /// The units that carry `term` as it asks: asserted (or negated, when it is), and not set aside.
    func units(stating term: TermFeature) -> [Int32] {
        (occurrences[term.feature] ?? []).filter {
            let unit = text.units[Int($0)]
            return unit.negated == term.negated && !unit.excluded
        }
    }

    /// The sentences in which one alternative of a cue term is stated: its features in order, each within three
    /// units of the one before, in one sentence ("grid search beats random search" is not "random search beats
    /// grid search").
    func sentences(stating alternative: [TermFeature]) -> Set<Int32> {
        Set(positions(stating: alternative).map { text.units[$0].sentence })
    }

    /// The unit positions at which one alternative of a cue term starts (see `sentences(stating:)`).
    func positions(stating alternative: [TermFeature]) -> [Int] {
        guard let first = alternative.first else { return [] }
        let rest = alternative.dropFirst().map { units(stating: $0).map(Int.init) }
        return units(stating: first).map(Int.init).filter { start in
            var previous = start
            let sentence = text.units[start].sentence
            for list in rest {
                guard let next = list.first(where: { $0 > previous && $0 - previous <= 3 }),
                    text.units[next].sentence == sentence
                else { return false }
                previous = next
            }
            return true
        }
    }

    /// The units of one alternative stated from `start` on (the start and the chain after it).
    func chain(stating alternative: [TermFeature], from start: Int) -> [Int] {
        var chain = [start]
        for feature in alternative.dropFirst() {
            guard let next = units(stating: feature).map(Int.init).first(where: { $0 > chain.last! && $0 - chain.last! <= 3 })
            else { break }
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
