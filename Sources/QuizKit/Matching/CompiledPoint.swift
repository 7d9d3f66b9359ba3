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
        /// The sentence of the text it belongs to (an index into `anchors`).
        var sentence: Int
    }

    var features: [Feature]
    var total: Double
    /// For each sentence of the text, the contrast concepts it asserts ("bias" in "high training error means
    /// bias"): a clause of the answer about a contrasting concept instead ("… means variance") does not state it.
    var anchors: [[Int32]]
}

/// A cue rule compiled: its terms, each a list of alternatives, each the features that must all be present.
struct CompiledRule: Sendable {
    var terms: [[[TermFeature]]]
    /// nil: one sentence; a number: that many units.
    var window: Int?
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
                switch cue.kind {
                case .phrasing: compiled[index].phrasings.append(text(cue.terms[0][0]))
                case .together(let window): compiled[index].together.append(rule(cue, window: window))
                case .required: compiled[index].required.append(rule(cue, window: nil))
                case .veto: compiled[index].vetoes.append(rule(cue, window: nil))
                }
            }
            for phrasing in compiled[index].phrasings.indices {
                var text = compiled[index].phrasings[phrasing]
                for feature in text.features.indices {
                    let count = frequency[text.features[feature].term.feature] ?? 1
                    text.features[feature].weight /= 1 + tuning.sharedDiscount * Double(max(0, count - 1))
                }
                text.total = text.features.reduce(0) { $0 + $1.weight }
                compiled[index].phrasings[phrasing] = text
            }
        }
        return compiled
    }

    /// The features of one alternative of a cue term, in the polarity the term states.
    func termFeatures(_ alternative: String) -> [TermFeature] {
        let analysed = AnalyzedText(alternative, lexicon: lexicon)
        var seen = Set<TermFeature>()
        return analysed.units.compactMap { unit in
            guard !unit.excluded else { return nil }
            let term = TermFeature(feature: unit.feature, negated: unit.negated)
            return seen.insert(term).inserted ? term : nil
        }
    }

    private func rule(_ cue: Cue, window: Int?) -> CompiledRule {
        CompiledRule(
            terms: cue.terms.map { term in term.map(termFeatures).filter { !$0.isEmpty } }.filter { !$0.isEmpty },
            window: window)
    }

    func text(_ source: String) -> CompiledText {
        let analysed = AnalyzedText(source, lexicon: lexicon)
        let labelEnd = Self.labelEnd(analysed)
        var features: [CompiledText.Feature] = []
        var positions: [TermFeature: Int] = [:]
        var anchors = [[Int32]](repeating: [], count: analysed.sentenceCount)
        for unit in analysed.units where !unit.excluded {
            let concept = unit.concept >= 0 ? lexicon.concepts[Int(unit.concept)] : nil
            let isPolar = concept?.isPolar ?? false
            if unit.negated && !isPolar { continue }  // "not the batch's own": a side remark, not what to look for
            let isContrast = unit.concept >= 0 && !lexicon.contrasts[Int(unit.concept)].isEmpty
            let sentence = Int(unit.sentence)
            if isContrast, !unit.negated, !anchors[sentence].contains(unit.concept) {
                anchors[sentence].append(unit.concept)
            }
            var weight = baseWeight(unit, in: analysed)
            if unit.keys.upperBound <= labelEnd && !isContrast { weight *= tuning.labelFactor }
            if questionFeatures.contains(unit.feature) && !isContrast { weight *= tuning.questionFactor }
            let term = TermFeature(feature: unit.feature, negated: unit.negated)
            if let at = positions[term] {
                features[at].weight = max(features[at].weight, weight)
            } else {
                positions[term] = features.count
                features.append(CompiledText.Feature(term: term, weight: weight, isPolar: isPolar, sentence: sentence))
            }
        }
        // A concept named together with its contrast ("bias, variance and noise") anchors nothing: the sentence is
        // about both.
        for sentence in anchors.indices {
            let named = Set(anchors[sentence])
            anchors[sentence].removeAll { anchor in
                lexicon.contrasts[Int(anchor)].contains { named.contains(Int32($0)) }
            }
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
        return CompiledText(features: features, total: features.reduce(0) { $0 + $1.weight }, anchors: anchors)
    }

    private func baseWeight(_ unit: MatchUnit, in text: AnalyzedText) -> Double {
        switch unit.kind {
        case .concept: lexicon.concepts[Int(unit.concept)].isLight ? tuning.lightWeight : tuning.conceptWeight
        case .word: Self.lightWords.contains(text.keys[unit.keys.lowerBound].raw) ? tuning.lightWeight : 1
        case .bigram: tuning.bigramWeight
        case .unigram: tuning.unigramWeight
        case .number: tuning.numberWeight
        case .fraction: tuning.conceptWeight
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
