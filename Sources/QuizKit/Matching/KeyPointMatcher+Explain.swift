extension KeyPointMatcher {
    /// How the answer was read and how each point's own text and cues fared, as text: for `MatcherBenchmark
    /// --explain` and `--analyze`, when tuning the lexicon or writing cues.
    package func explain(_ answer: String) -> String {
        let index = AnswerIndex(answer, lexicon: lexicon)
        var out = "units:\n"
        var sentence: Int32 = -1
        for unit in index.text.units {
            if unit.sentence != sentence {
                sentence = unit.sentence
                out += "\n  [s\(sentence)]"
            }
            out += " " + unit.feature + (unit.negated ? "¬" : "") + (unit.excluded ? "×" : "") + "@\(unit.clause)"
        }
        let topics = index.clauseTopics.map { clause, topic in
            "\(clause):" + topic.map { lexicon.concepts[Int($0)].name }.sorted().joined(separator: ",")
        }
        out += "\ntopics: " + topics.joined(separator: " ")
        let scorer = PointScorer(answer: index, tuning: tuning, isJapanese: language == "ja")
        for (offset, point) in points.enumerated() {
            let text = point.phrasings[0]
            let similarity = scorer.similarity(text)
            let anchors = text.anchors.map { $0.map { lexicon.concepts[Int($0)].name } }
            out += "\npoint \(offset + 1): score \(similarity.score) total \(text.total) anchors \(anchors)"
            let against = similarity.contradictions.sorted { $0.key < $1.key }.map { "s\($0.key)=\($0.value)" }
            if !against.isEmpty { out += " against " + against.joined(separator: " ") }
            let reversed = similarity.reversedAnchors.sorted().map { "s\($0)" }
            if !reversed.isEmpty { out += " anchor reversed " + reversed.joined(separator: " ") }
            out += "\n   "
            for feature in text.features {
                let isPresent = !index.units(stating: feature.term).isEmpty
                let weight = (feature.weight * 100).rounded() / 100
                out += " \(feature.term.feature)\(feature.term.negated ? "¬" : "")=\(weight)"
                out += (feature.isPolar ? "p" : "") + (isPresent ? "✓" : "")
            }
            for rule in point.required { out += "\n    need \(mark(scorer.isPresent(rule))): " + describe(rule) }
            for rule in point.together {
                let kind = rule.minimum.map { "any \($0)" } ?? "all"
                out += "\n    \(kind) \(mark(scorer.holds(rule) != nil)): " + describe(rule)
            }
            for rule in point.vetoes { out += "\n    not \(mark(scorer.holds(rule) != nil)): " + describe(rule) }
        }
        return out + "\n"
    }

    private func mark(_ holds: Bool) -> String { holds ? "✓" : "✗" }

    private func describe(_ rule: CompiledRule) -> String {
        let term = { (alternatives: [CueAlternative]) in
            alternatives.map { segments in
                segments.map { $0.map { $0.feature + ($0.negated ? "¬" : "") }.joined(separator: " ") }
                    .joined(separator: "...")
            }.joined(separator: "|")
        }
        return rule.terms.map(term).joined(separator: ", ")
    }
}
