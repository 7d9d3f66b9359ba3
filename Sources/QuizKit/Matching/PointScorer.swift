/// Scores one compiled key point against one indexed answer.
struct PointScorer {
    let answer: AnswerIndex
    let tuning: MatcherTuning
    let isJapanese: Bool
    /// Clauses or sentences (as `tuning.misconceptionScope` says) that state a misconception: no evidence there.
    var misconceptions: Set<Int32> = []

    init(answer: AnswerIndex, tuning: MatcherTuning, isJapanese: Bool) {
        self.answer = answer
        self.tuning = tuning
        self.isJapanese = isJapanese
    }

    private func isMisconceived(_ unit: MatchUnit) -> Bool {
        guard !misconceptions.isEmpty, let place = tuning.misconceptionScope.place(of: unit) else { return false }
        return misconceptions.contains(place)
    }

    /// How well a text is stated in the best window of the answer (one sentence, or two in a row), after
    /// contradictions: features stated with the opposite polarity, set aside ("instead of …"), or in a clause about
    /// a contrasting concept count against it.
    struct Similarity {
        var score: Double
        var evidence: Range<Int>?
        /// For each sentence that contradicts the text, the weight of what it contradicts.
        var contradictions: [Int32: Double] = [:]
        /// For each sentence, the weight of the text it states.
        var support: [Int32: Double] = [:]
        /// The sentences of the window that states it best.
        var window: Range<Int32>? = nil
        /// The sentences that assert an anchor's contrast in its place ("output" for "input") without the anchor.
        var reversedAnchors: Set<Int32> = []
    }

    func similarity(_ text: CompiledText) -> Similarity {
        let count = answer.sentenceCount
        guard !text.features.isEmpty, count > 0 else { return Similarity(score: 0, evidence: nil) }
        let swapped = swappedClauses(text)
        var contradictions: [Int32: Double] = [:]
        var support: [Int32: Double] = [:]
        var single = [Double](repeating: 0, count: count)
        var pair = [Double](repeating: 0, count: count)
        var states: [Int32: UInt8] = [:]  // sentence → 1 contradicted, 2 stated, 3 its opposite stated
        var reversedAnchors: Set<Int32> = []
        for feature in text.features {
            states.removeAll(keepingCapacity: true)
            for position in answer.occurrences[feature.term.feature] ?? [] {
                let unit = answer.text.units[Int(position)]
                if isMisconceived(unit) { continue }
                let state = self.state(of: unit, for: feature, swapped: swapped)
                if state > states[unit.sentence, default: 0] { states[unit.sentence] = state }  // the opposite outranks
            }
            // An anchor's contrast, asserted in a clause about it instead, contradicts the anchor ("larger" for
            // "smaller"); a sentence that also states the anchor keeps it.
            for sibling in tuning.anchorContrastContradicts ? feature.contrasts : [] {
                for position in answer.occurrences[sibling] ?? [] {
                    let unit = answer.text.units[Int(position)]
                    guard !unit.negated, !unit.excluded, !isMisconceived(unit),
                        swapped[feature.clause].contains(unit.clause)
                    else { continue }
                    if states[unit.sentence, default: 0] == 0 {
                        states[unit.sentence] = 1
                        if !feature.anchoredElsewhere.contains(sibling) { reversedAnchors.insert(unit.sentence) }
                    }
                }
            }
            let value = { (state: UInt8) -> Double in
                switch state {
                case 2: feature.weight
                case 1: -tuning.conflictPenalty * feature.weight
                case 3: -tuning.polarPenalty * feature.weight
                default: 0
                }
            }
            var pairStates: [Int32: UInt8] = [:]
            for (sentence, state) in states {
                single[Int(sentence)] += value(state)
                if state == 1 || state == 3 { contradictions[sentence, default: 0] += feature.weight }
                if state == 2 { support[sentence, default: 0] += feature.weight }
                for start in [sentence - 1, sentence] where start >= 0 && Int(start) < count {
                    pairStates[start] = max(pairStates[start, default: 0], state)
                }
            }
            for (start, state) in pairStates { pair[Int(start)] += value(state) }
        }
        let norm = min(text.total, isJapanese ? tuning.japaneseCap : tuning.cap)
        var best = (score: 0.0, start: 0, length: 1)
        for sentence in 0..<count {
            let one = single[sentence] / norm
            if one > best.score { best = (one, sentence, 1) }
            if sentence + 1 < count {
                let two = pair[sentence] / norm * tuning.pairFactor
                if two > best.score { best = (two, sentence, 2) }
            }
        }
        guard best.score > 0 else {
            return Similarity(
                score: 0, evidence: nil, contradictions: contradictions, support: support,
                reversedAnchors: reversedAnchors)
        }
        let window = Int32(best.start)..<Int32(best.start + best.length)
        var matched: [Int] = []
        for feature in text.features {
            for position in answer.occurrences[feature.term.feature] ?? [] {
                let unit = answer.text.units[Int(position)]
                if window.contains(unit.sentence), state(of: unit, for: feature, swapped: swapped) == 2 {
                    matched.append(Int(position))
                }
            }
        }
        return Similarity(
            score: min(best.score, 1), evidence: answer.keySpan(matched), contradictions: contradictions,
            support: support, window: window, reversedAnchors: reversedAnchors)
    }

    private func state(of unit: MatchUnit, for feature: CompiledText.Feature, swapped: [Set<Int32>]) -> UInt8 {
        if feature.isForbidden { return unit.negated || unit.excluded ? 0 : 1 }
        if unit.excluded { return feature.term.negated ? 0 : 1 }
        if unit.negated != feature.term.negated { return feature.isPolar ? 3 : 0 }
        return swapped[feature.clause].contains(unit.clause) ? 1 : 2
    }

    /// For each clause of the text, the answer's clauses whose topic swaps one of its anchors for a contrasting
    /// concept: they name a sibling of the anchor and not the anchor itself.
    func swappedClauses(_ text: CompiledText) -> [Set<Int32>] {
        text.anchors.map { anchors in
            var swapped = Set<Int32>()
            for anchor in anchors {
                let siblings = answer.lexicon.contrasts[Int(anchor)]
                for (clause, topic) in answer.clauseTopics where !topic.contains(anchor) {
                    if siblings.contains(where: { topic.contains(Int32($0)) }) { swapped.insert(clause) }
                }
            }
            return swapped
        }
    }

    // MARK: Rules

    /// The key span where a rule holds, or nil: every term in one sentence (a `not:` rule: one clause), or within
    /// `window` units.
    /// `accepting` can refuse a match by its units (in a sentence the point's own text finds contradicted).
    func holds(_ rule: CompiledRule, accepting: ([Int]) -> Bool = { _ in true }) -> Range<Int>? {
        holdingUnits(rule, accepting: accepting).flatMap { answer.keySpan($0) }
    }

    /// The units where a rule holds, or nil (see `holds`); never in a clause or sentence that states a misconception.
    func holdingUnits(_ rule: CompiledRule, accepting: ([Int]) -> Bool = { _ in true }) -> [Int]? {
        guard !rule.terms.isEmpty else { return nil }
        let matches = rule.terms.map { term in
            term.flatMap { alternative in
                answer.matches(of: alternative, scope: rule.scope).filter { match in
                    !match.units.contains { isMisconceived(answer.text.units[$0]) }
                }
            }
        }
        if let minimum = rule.minimum {
            return holdsSome(matches, minimum: minimum, window: rule.window, accepting: accepting)
        }
        if let window = rule.window { return holdsNear(matches, window: window, accepting: accepting) }
        var places: Set<Int32>? = nil
        for term in matches {
            let here = Set(term.map(\.place))
            places = places.map { $0.intersection(here) } ?? here
            if places?.isEmpty == true { return nil }
        }
        for place in (places ?? []).sorted() {
            guard let units = distinct(matches.map { $0.filter { $0.place == place } }) else { continue }
            if accepting(units) { return units }
        }
        return nil
    }

    private func holdsNear(_ matches: [[CueMatch]], window: Int, accepting: ([Int]) -> Bool) -> [Int]? {
        guard let first = matches.first else { return nil }
        for anchor in first {
            let start = anchor.units[0]
            let nearby = matches.dropFirst().map { $0.filter { abs($0.units[0] - start) <= window } }
            guard let units = distinct([[anchor]] + nearby) else { continue }
            if accepting(units) { return units }
        }
        return nil
    }

    /// `any K:` at least `minimum` of the terms, each at its own units, in one sentence or (with a window) within
    /// `window` units after one of them.
    private func holdsSome(
        _ matches: [[CueMatch]], minimum: Int, window: Int?, accepting: ([Int]) -> Bool
    ) -> [Int]? {
        var groups: [[[CueMatch]]] = []
        if let window {
            for anchor in matches.joined() {
                let start = anchor.units[0]
                groups.append(matches.map { $0.filter { $0.units[0] >= start && $0.units[0] - start <= window } })
            }
        } else {
            for place in Set(matches.joined().map(\.place)).sorted() {
                groups.append(matches.map { $0.filter { $0.place == place } })
            }
        }
        for group in groups {
            if let units = distinct(group, atLeast: minimum), accepting(units) { return units }
        }
        return nil
    }

    /// One match per term, no two sharing a unit (so a term written twice asks for two different things), chosen
    /// greedily in order; nil when the terms cannot all be matched apart.
    /// With `atLeast`, terms that cannot be matched apart are skipped, and nil means fewer than that many were.
    private func distinct(_ candidates: [[CueMatch]], atLeast minimum: Int? = nil) -> [Int]? {
        var used = Set<Int>()
        var chosen: [Int] = []
        var count = 0
        for term in candidates {
            guard let match = term.first(where: { $0.units.allSatisfy { !used.contains($0) } }) else { continue }
            used.formUnion(match.units)
            chosen += match.units
            count += 1
        }
        return count >= (minimum ?? candidates.count) ? chosen : nil
    }

    /// Whether every term of a `need:` rule is stated somewhere in the answer.
    func isPresent(_ rule: CompiledRule) -> Bool {
        rule.terms.allSatisfy { term in term.contains { !answer.matches(of: $0).isEmpty } }
    }
}
