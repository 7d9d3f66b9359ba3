import QuizKit

/// Development only: the constants `--set` and `--grid` may change, by name.
let tuningSetters: [String: @Sendable (inout MatcherTuning, Double) -> Void] = [
    "threshold": { $0.threshold = $1 },
    "japaneseThreshold": { $0.japaneseThreshold = $1 },
    "thresholds": {
        $0.threshold = $1
        $0.japaneseThreshold = $1
    },
    "caps": {
        $0.cap = $1
        $0.japaneseCap = $1
    },
    "cap": { $0.cap = $1 },
    "japaneseCap": { $0.japaneseCap = $1 },
    "cueSimilarityFloor": { $0.cueSimilarityFloor = $1 },
    "cuedThreshold": { $0.cuedThreshold = $1 < 0 ? nil : $1 },
    "japaneseCuedThreshold": { $0.japaneseCuedThreshold = $1 < 0 ? nil : $1 },
    "cuedThresholds": {
        $0.cuedThreshold = $1 < 0 ? nil : $1
        $0.japaneseCuedThreshold = $1 < 0 ? nil : $1
    },
    "cueContrastGuard": { $0.cueContrastGuard = $1 > 0 },
    "cueNegationGuard": { $0.cueNegationGuard = $1 > 0 },
    "misconceptionScope": { $0.misconceptionScope = $1 >= 2 ? .sentence : $1 >= 1 ? .clause : .none },
    "cueContradictionLimit": { $0.cueContradictionLimit = $1 },
    "polarPenalty": { $0.polarPenalty = $1 },
    "conflictPenalty": { $0.conflictPenalty = $1 },
    "pairFactor": { $0.pairFactor = $1 },
    "questionFactor": { $0.questionFactor = $1 },
    "sharedDiscount": { $0.sharedDiscount = $1 },
    "anchorContrastContradicts": { $0.anchorContrastContradicts = $1 > 0 },
    "cueRefusedWhereAnchorReversed": { $0.cueRefusedWhereAnchorReversed = $1 > 0 },
    "japaneseCueRefusedWhereAnchorReversed": { $0.japaneseCueRefusedWhereAnchorReversed = $1 > 0 },
    "windowRefusedWhereAnchorReversed": { $0.windowRefusedWhereAnchorReversed = $1 > 0 },
    "windowContradictionLimit": { $0.windowContradictionLimit = $1 < 0 ? nil : $1 },
]

/// The tuning with `name=value,name=value` applied (a `--set` argument); nil names an unknown constant.
func tuning(setting assignments: String?, on base: MatcherTuning = .init()) -> MatcherTuning? {
    var tuning = base
    for assignment in (assignments ?? "").split(separator: ",") {
        let parts = assignment.split(separator: "=")
        guard parts.count == 2, let setter = tuningSetters[String(parts[0])],
            let value = Double(parts[1])
        else {
            return nil
        }
        setter(&tuning, value)
    }
    return tuning
}

/// Development only: for every combination of the grid's values (`name=v1/v2/v3;name=…`), every language and every
/// cue set (all cues, cues without `not:`, no cues), the agreement per question and level on the development
/// answers, one tab-separated line each: for cross-validation outside the benchmark (leave one question out).
func printGrid(
    _ grid: String, rubric: Rubric, base: MatcherTuning, answers: [String: [GradedAnswer]]
) {
    var axes: [(name: String, values: [Double])] = []
    for axis in grid.split(separator: ";") {
        let parts = axis.split(separator: "=")
        guard parts.count == 2, tuningSetters[String(parts[0])] != nil else {
            print("unknown axis \(axis)")
            return
        }
        axes.append((String(parts[0]), parts[1].split(separator: "/").compactMap { Double($0) }))
    }
    var withoutVetoes = rubric
    for (id, languages) in rubric.entries {
        for (language, entry) in languages {
            var kept = entry
            kept.cues = entry.cues.map { lines in lines.filter { !$0.lowercased().hasPrefix("not") } }
            withoutVetoes.entries[id]?[language] = kept
        }
    }
    print(
        (axes.map(\.name) + ["lang", "cues", "id", "level", "both", "falseTick", "miss", "neither"])
            .joined(
                separator: "\t"))
    var combination = [Int](repeating: 0, count: axes.count)
    while true {
        var tuning = base
        for (axis, index) in zip(axes, combination) {
            tuningSetters[axis.name]!(&tuning, axis.values[index])
        }
        let values = zip(axes, combination).map { "\($0.values[$1])" }
        for language in ["en", "ja"] {
            for (name, cueRubric, cues) in [
                ("all", rubric, true), ("noveto", withoutVetoes, true), ("none", rubric, false),
            ] {
                let evaluation = MatcherEvaluation(
                    answers: answers[language] ?? [], rubric: cueRubric, cues: cues, tuning: tuning)
                var tallies: [String: Agreement] = [:]
                for (answer, _, match) in evaluation.decisions {
                    let key = answer.id + "\t" + answer.level
                    for point in match.points {
                        tallies[key, default: Agreement()].add(
                            first: point.isCovered, second: answer.covered.contains(point.number))
                    }
                }
                for (key, tally) in tallies.sorted(by: { $0.key < $1.key }) {
                    let counts = [tally.both, tally.firstOnly, tally.secondOnly, tally.neither].map(
                        String.init)
                    print((values + [language, name, key] + counts).joined(separator: "\t"))
                }
            }
        }
        var axis = axes.count - 1
        while axis >= 0 {
            combination[axis] += 1
            if combination[axis] < axes[axis].values.count { break }
            combination[axis] = 0
            axis -= 1
        }
        if axis < 0 { break }
    }
}
