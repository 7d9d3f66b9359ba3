import QuizKit

/// The grader the answers' README describes as the floor: a key point counts as covered when enough of its English
/// five-letter word stems (or, in Japanese, character bigrams) occur anywhere in the answer; the threshold is the
/// one that gives the best kappa on the development answers.
struct NaiveBaseline {
    let rubric: Rubric
    let language: String
    private(set) var threshold = 0.5

    init(rubric: Rubric, language: String, tuningOn development: [GradedAnswer]) {
        self.rubric = rubric
        self.language = language
        var best = (kappa: -2.0, threshold: 0.5)
        for step in 1..<40 {
            threshold = Double(step) / 40
            let kappa = evaluate(development).all.kappa ?? -1
            if kappa > best.kappa { best = (kappa, threshold) }
        }
        threshold = best.threshold
    }

    func tokens(_ text: String) -> Set<String> {
        let lower = text.lowercased()
        if language == "ja" {
            let characters = Array(lower.filter { !$0.isWhitespace && !$0.isPunctuation })
            return Set(zip(characters, characters.dropFirst()).map { String([$0, $1]) })
        }
        let words = lower.split { !$0.isLetter }.filter { $0.count >= 3 }
        return Set(words.map { String($0.prefix(5)) })
    }

    func evaluate(_ answers: [GradedAnswer]) -> (all: Agreement, traps: Agreement) {
        var all = Agreement()
        var traps = Agreement()
        for answer in answers {
            guard let points = rubric.entries[answer.id]?[answer.language]?.points else { continue }
            let present = tokens(answer.answer)
            for (offset, point) in points.enumerated() {
                let wanted = tokens(point)
                let share = wanted.isEmpty ? 0 : Double(wanted.intersection(present).count) / Double(wanted.count)
                let first = share >= threshold
                let second = answer.covered.contains(offset + 1)
                all.add(first: first, second: second)
                if answer.level == "trap" { traps.add(first: first, second: second) }
            }
        }
        return (all, traps)
    }
}

/// Lists the development answers' wrong decisions: the point, the expert's tick, the matcher's, and its evidence.
func printFailures(_ evaluation: MatcherEvaluation, rubric: Rubric) {
    for (answer, suggested, match) in evaluation.decisions {
        let points = rubric.entries[answer.id]?[answer.language]?.points ?? []
        for point in match.points where point.isCovered != answer.covered.contains(point.number) {
            let kind = point.isCovered ? "FALSE TICK" : "MISS"
            let evidence = point.evidence(in: answer.answer).map { String($0) } ?? "–"
            print(
                "    \(kind) \(answer.id) [\(answer.level)] point \(point.number) (\(point.basis), \(point.confidence)): "
                    + "\(points[point.number - 1])\n      evidence: \(evidence.replacing("\n", with: " / "))")
        }
        _ = suggested
    }
}

/// Times the matcher on one long answer per language: development answers joined to about 2,000 English words
/// (about 6,000 Japanese characters, the same length spoken).
func printLongAnswerTimes(rubric: Rubric, english: [GradedAnswer], japanese: [GradedAnswer]) {
    let clock = ContinuousClock()
    for (language, answers, isLongEnough) in [
        ("en", english, { (text: String) in text.split(separator: " ").count >= 2000 }),
        ("ja", japanese, { (text: String) in text.count >= 6000 }),
    ] {
        guard let first = answers.first, let entry = rubric.entries[first.id]?[language] else { continue }
        // The question's answers one after another, just past 2,000 words (6,000 characters): the size the issue
        // sets, whatever the number of answer files.
        let pieces = answers.filter { $0.id == first.id }.map(\.answer)
        var text = ""
        var next = 0
        while !isLongEnough(text) {
            text += pieces[next % pieces.count] + "\n\n"
            next += 1
        }
        let matcher = KeyPointMatcher(
            points: entry.points, cues: entry.cues, questionText: entry.question, language: language)
        let runs = 20
        let elapsed = clock.measure {
            for _ in 0..<runs { _ = matcher.match(text) }
        }
        let total = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let words = language == "en" ? "\(text.split(separator: " ").count) words" : "\(text.count) characters"
        print(
            "A long answer in \(language) (\(words), \(entry.points.count) key points): \(decimal(total / Double(runs))) ms"
        )
    }
}

/// Development only: kappa over a grid of thresholds and caps, without and with cues, to set `MatcherTuning`.
func tune(rubric: Rubric, english: [GradedAnswer], japanese: [GradedAnswer]) {
    for floor in [0.0, 0.1, 0.2, 0.3, 0.4] {
        var tuning = MatcherTuning()
        tuning.cueSimilarityFloor = floor
        let en = MatcherEvaluation(answers: english, rubric: rubric, cues: true, tuning: tuning).all.kappa ?? -1
        let ja = MatcherEvaluation(answers: japanese, rubric: rubric, cues: true, tuning: tuning).all.kappa ?? -1
        print("cue similarity floor \(decimal(floor)): kappa en \(decimal(en)), ja \(decimal(ja))")
    }
    for (language, answers) in [("en", english), ("ja", japanese)] {
        for cues in [false, true] {
            var line = "\(language) cues \(cues):"
            var best = (kappa: -1.0, threshold: 0.0, cap: 0.0)
            for cap in [2.5, 3.0, 3.5, 4.0, 5.0, 6.0] {
                for step in 6...16 {
                    var tuning = MatcherTuning()
                    tuning.cap = cap
                    tuning.japaneseCap = cap
                    tuning.threshold = Double(step) / 20
                    tuning.japaneseThreshold = Double(step) / 20
                    let kappa =
                        MatcherEvaluation(answers: answers, rubric: rubric, cues: cues, tuning: tuning).all.kappa ?? -1
                    if kappa > best.kappa { best = (kappa, tuning.threshold, cap) }
                }
            }
            line +=
                " best kappa \(decimal(best.kappa)) at threshold \(decimal(best.threshold)), cap \(decimal(best.cap))"
            print(line)
        }
    }
}

/// Development only: each cue line that can tick a point (every kind but `not:` and `need:`) left out in turn, and
/// what that changes on the development answers of its question: the false ticks it alone causes and the right
/// ticks it alone gives. A line that causes more false ticks than it gives right ones is too broad.
func printCueAblation(rubric: Rubric, language: String, answers graded: [GradedAnswer], tuning: MatcherTuning) {
    func tally(_ rubric: Rubric, _ answers: [GradedAnswer]) -> Agreement {
        MatcherEvaluation(answers: answers, rubric: rubric, cues: true, tuning: tuning).all
    }
    print("cue\tfalse ticks it causes\tright ticks it gives\tline")
    for (id, languages) in rubric.entries.sorted(by: { $0.key < $1.key }) {
        guard let entry = languages[language] else { continue }
        let mine = graded.filter { $0.id == id }
        let reference = tally(rubric, mine)
        for (point, lines) in entry.cues.enumerated() {
            for (offset, line) in lines.enumerated() {
                switch try? Cue(parsing: line).kind {
                case .phrasing?, .together?, .some?: break
                case .required?, .veto?, nil: continue
                }
                var without = rubric
                without.entries[id]?[language]?.cues[point].remove(at: offset)
                let changed = tally(without, mine)
                let causes = reference.firstOnly - changed.firstOnly
                let gives = reference.both - changed.both
                if causes != 0 || gives != 0 {
                    print("\(id) \(point + 1).\(offset + 1)\t\(causes)\t\(gives)\t\(line)")
                }
            }
        }
    }
}
