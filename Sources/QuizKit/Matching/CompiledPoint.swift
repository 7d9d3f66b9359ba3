/// A feature as a cue term or a key point asks for it: the unit's feature and whether it must be negated.
struct TermFeature: Hashable, Sendable {
    var feature: String
    var negated: Bool
}

/// A text to compare an answer with (a key point's own text or an `also:` phrasing): its weighted features and,
/// per sentence of the text, the contrast concepts that anchor it.
struct CompiledText: Sendable {
    struct Feature: Sendable {
        var term: TermFeature
        var weight: Double
        /// Negating it reverses the sentence ("depends", "fixed"): the opposite polarity is a contradiction.
        var isPolar: Bool
        /// The clause of the text it belongs to (an index into `anchors`).
        var clause: Int
        /// Named negatively, not as a predicate ("it is not a hidden-unit activation"): asserting it contradicts
        /// the text, leaving it out costs nothing.
        var isForbidden = false
        /// For a contrast concept its clause is anchored on, the features of the concepts that contradict it.
        var contrasts: [String] = []
        /// Those of `contrasts` that another clause of the text is anchored on ("… means bias; a large gap means
        /// variance"): an answer stating one states that clause, it does not reverse this one.
        var anchoredElsewhere: Set<String> = []
    }

    var features: [Feature]
    var total: Double
    /// For each clause of the text, the contrast concepts it asserts ("bias" in "high training error means
    /// bias"; a clause without any carries on those of the clause before it in its sentence): a clause of the
    /// answer about a contrasting concept instead ("… means variance") does not state it.
    var anchors: [[Int32]]
}

/// A cue rule compiled: its terms, each a list of alternatives (see `CueAlternative`).
struct CompiledRule: Sendable {
    var terms: [[CueAlternative]]
    /// nil: one sentence or clause; a number: that many units.
    var window: Int?
    var scope: CueScope = .sentence
    /// `any K:` how many of the terms must hold (nil: all of them).
    var minimum: Int? = nil

    /// Whether a term asks for a negation (`not depend`, `依存しない`).
    var asksNegation: Bool { terms.contains { $0.contains { $0.contains { $0.contains(where: \.negated) } } } }
}

/// A key point ready to match: its own text and `also:` phrasings, and its rules.
struct CompiledPoint: Sendable {
    var phrasings: [CompiledText]
    var together: [CompiledRule] = []
    var required: [CompiledRule] = []
    var vetoes: [CompiledRule] = []
    /// Cue lines that could not be read (the deck's validation reports them; the matcher skips them).
    var skippedCues = 0
}

/// Turns key points and cues into compiled points, weighing features by how much they tell one point from another.
struct PointCompiler {
    let lexicon: Lexicon
    let tuning: MatcherTuning
    /// Features of the question's own text: every answer repeats them, so they weigh half.
    let questionFeatures: Set<String>

    init(questionText: String, lexicon: Lexicon, tuning: MatcherTuning) {
        self.lexicon = lexicon
        self.tuning = tuning
        questionFeatures = Set(AnalyzedText(questionText, lexicon: lexicon).units.map(\.feature))
    }

    func compile(points: [String], cues: [[String]]) -> [CompiledPoint] {
        var compiled = points.map { CompiledPoint(phrasings: [text($0)]) }
        // A feature that several points share tells them apart less: divide by 1 + (df − 1) / 2.
        var frequency: [String: Int] = [:]
        for point in compiled {
            for feature in Set(point.phrasings[0].features.map(\.term.feature)) { frequency[feature, default: 0] += 1 }
        }
        for index in compiled.indices {
            for line in index < cues.count ? cues[index] : [] {
                guard let cue = try? Cue(parsing: line) else {
                    compiled[index].skippedCues += 1
                    continue
                }
                if cue.kind == .phrasing {
                    compiled[index].phrasings.append(text(cue.terms[0][0]))
                    continue
                }
                guard let rule = rule(cue, window: nil)
                else {
                    compiled[index].skippedCues += 1
                    continue
                }
                switch cue.kind {
                case .phrasing, .together, .some: compiled[index].together.append(rule)
                case .required: compiled[index].required.append(rule)
                case .veto: compiled[index].vetoes.append(rule)
                }
            }
            for phrasing in compiled[index].phrasings.indices {
                var text = compiled[index].phrasings[phrasing]
                for feature in text.features.indices {
                    let count = frequency[text.features[feature].term.feature] ?? 1
                    text.features[feature].weight /= 1 + tuning.sharedDiscount * Double(max(0, count - 1))
                }
                text.total = text.features.reduce(0) { $0 + ($1.isForbidden ? 0 : $1.weight) }
                compiled[index].phrasings[phrasing] = text
            }
        }
        return compiled
    }

    /// One alternative of a cue term as segments of features, in the polarity the term states (`not depend`
    /// asks for a negated "depend"); segments are split at `...`.
    func alternative(_ text: String) -> CueAlternative {
        text.split(separator: "...", omittingEmptySubsequences: true).compactMap { part in
            let analysed = AnalyzedText(String(part), lexicon: lexicon)
            // A negator counts as a word only when the segment is nothing else ("without"); otherwise it shows
            // in what it negates ("not depend" asks for a negated "depend", however the answer negates it).
            // Function words count inside a phrase that has content ("per parameter"), never alone.
            let isOnlyNegators = analysed.units.allSatisfy { $0.kind == .negator || $0.kind == .function }
            let hasContent = analysed.units.contains { $0.isContent }
            let segment = analysed.units.compactMap { unit in
                unit.excluded || (unit.kind == .negator && !isOnlyNegators) || (unit.kind == .function && !hasContent)
                    ? nil : TermFeature(feature: unit.feature, negated: unit.negated)
            }
            return segment.isEmpty ? nil : segment
        }
    }

    /// The compiled rule, or nil when a term has nothing left to match (a rule is never silently weakened).
    private func rule(_ cue: Cue, window: Int?) -> CompiledRule? {
        let terms = cue.terms.map { term in term.map(alternative).filter { !$0.isEmpty } }
        guard !terms.isEmpty, terms.allSatisfy({ !$0.isEmpty }) else { return nil }
        switch cue.kind {
        case .together(let window): return CompiledRule(terms: terms, window: window)
        case .some(let count, let window):
            return CompiledRule(terms: terms, window: window, minimum: min(count, terms.count))
        case .veto(let window): return CompiledRule(terms: terms, window: window, scope: .clause)
        default: return CompiledRule(terms: terms, window: nil)
        }
    }

    func text(_ source: String) -> CompiledText {
        let analysed = AnalyzedText(source, lexicon: lexicon)
        let labelEnd = Self.labelEnd(analysed)
        var features: [CompiledText.Feature] = []
        var positions: [TermFeature: Int] = [:]
        var anchors = [[Int32]](repeating: [], count: analysed.clauseCount)
        for unit in analysed.units where !unit.excluded && unit.isContent {
            let concept = unit.concept >= 0 ? lexicon.concepts[Int(unit.concept)] : nil
            let isPolar = concept?.isPolar ?? false
            let isContrast = unit.concept >= 0 && !lexicon.contrasts[Int(unit.concept)].isEmpty
            let clause = Int(unit.clause)
            if isContrast, !unit.negated, !anchors[clause].contains(unit.concept) {
                anchors[clause].append(unit.concept)
            }
            var weight = baseWeight(unit, in: analysed)
            if unit.keys.upperBound <= labelEnd && !isContrast { weight *= tuning.labelFactor }
            if questionFeatures.contains(unit.feature) && !isContrast { weight *= tuning.questionFactor }
            let term = TermFeature(feature: unit.feature, negated: unit.negated)
            if let at = positions[term] {
                features[at].weight = max(features[at].weight, weight)
            } else {
                positions[term] = features.count
                features.append(
                    CompiledText.Feature(
                        term: term, weight: weight, isPolar: isPolar, clause: clause,
                        isForbidden: unit.negated && !isPolar))
            }
        }
        // A concept named together with its contrast ("bias, variance and noise") anchors nothing: the clause is
        // about both. A clause without anchors of its own carries on those of the clause before it.
        var clauseSentence = [Int32](repeating: -1, count: analysed.clauseCount)
        for unit in analysed.units { clauseSentence[Int(unit.clause)] = unit.sentence }
        for clause in anchors.indices {
            let named = Set(anchors[clause])
            anchors[clause].removeAll { anchor in lexicon.contrasts[Int(anchor)].contains { named.contains(Int32($0)) }
            }
            if named.isEmpty, clause > 0, clauseSentence[clause] == clauseSentence[clause - 1] {
                anchors[clause] = anchors[clause - 1]
            }
        }
        // An anchor of its clause is contradicted by its contrasts (see `PointScorer.similarity`).
        let anchored = Set(anchors.joined().map { lexicon.concepts[Int($0)].feature })
        for index in features.indices where !features[index].term.negated {
            let clauseAnchors = anchors[features[index].clause]
            guard
                let anchor = clauseAnchors.first(where: {
                    lexicon.concepts[Int($0)].feature == features[index].term.feature
                })
            else { continue }
            features[index].contrasts = lexicon.contrasts[Int(anchor)].map { lexicon.concepts[$0].feature }
            features[index].anchoredElsewhere = anchored.intersection(features[index].contrasts)
        }
        // A predicate named both ways ("depends on A, not on B") contradicts neither way.
        let negatedPolar = Set(features.filter { $0.isPolar && $0.term.negated }.map(\.term.feature))
        for index in features.indices where features[index].isPolar && !features[index].term.negated {
            if negatedPolar.contains(features[index].term.feature) {
                features[index].isPolar = false
                if let twin = positions[TermFeature(feature: features[index].term.feature, negated: true)] {
                    features[twin].isPolar = false
                }
            }
        }
        let total = features.reduce(0) { $0 + ($1.isForbidden ? 0 : $1.weight) }
        return CompiledText(features: features, total: total, anchors: anchors)
    }

    private func baseWeight(_ unit: MatchUnit, in text: AnalyzedText) -> Double {
        switch unit.kind {
        case .concept: lexicon.concepts[Int(unit.concept)].isLight ? tuning.lightWeight : tuning.conceptWeight
        case .word: Self.lightWords.contains(text.keys[unit.keys.lowerBound].raw) ? tuning.lightWeight : 1
        case .bigram: tuning.bigramWeight
        case .unigram: tuning.unigramWeight
        case .number: tuning.numberWeight
        case .fraction: tuning.conceptWeight
        case .negator, .function: 0
        }
    }

    /// The key index where a leading label such as "Bias:" or 「バイアス：」 ends, or 0.
    static func labelEnd(_ text: AnalyzedText) -> Int {
        for (index, key) in text.keys.prefix(12).enumerated() {
            if key.kind == .sentenceEnd { return 0 }
            if key.kind == .symbol, key.text == ":" { return index }
        }
        return 0
    }

    /// Words too common in answers to say much.
    static let lightWords: Set<String> = [
        "work", "works", "good", "bad", "better", "best", "value", "values", "number", "point", "points", "case",
        "cases", "set", "part", "different", "new", "general", "specific", "important", "type", "types", "give",
        "gives", "take", "takes", "show", "shows", "help", "helps", "each", "every", "all", "whole", "often",
        "many", "lot", "lots", "more", "less", "less", "such", "question", "answer", "approach", "method",
    ]
}
