/// An answer an expert graded: which key points it covers. The benchmark's input (`Tests/QuizKitTests/Fixtures/answers`).
package struct GradedAnswer: Sendable {
    package var id: String
    package var language: String
    /// `strong`, `medium`, `weak` or `trap`.
    package var level: String
    package var answer: String
    /// The expert's ticks, numbered from 1.
    package var covered: Set<Int>

    /// Reads a JSON array of `{"id", "lang", "level", "answer", "covered": [numbers]}`; nil when it is not one.
    package static func decode(_ bytes: [UInt8]) -> [GradedAnswer]? {
        guard let root = try? JSONParser(bytes: bytes).parse(), let elements = root.arrayValue else { return nil }
        var answers: [GradedAnswer] = []
        for element in elements {
            guard let id = element["id"]?.stringValue, let language = element["lang"]?.stringValue,
                let level = element["level"]?.stringValue, let answer = element["answer"]?.stringValue,
                let covered = element["covered"]?.arrayValue?.compactMap(\.intValue)
            else { return nil }
            answers.append(
                GradedAnswer(id: id, language: language, level: level, answer: answer, covered: Set(covered)))
        }
        return answers
    }
}

/// The key points the answers were ticked against, per question and language, with cue lines and question texts.
package struct Rubric: Sendable {
    package struct Entry: Sendable {
        package var points: [String]
        package var cues: [[String]]
        package var question: String
    }

    /// `entries[id][language]`.
    package var entries: [String: [String: Entry]] = [:]

    /// A rubric from a deck's key points, cues and question texts.
    package init(deck: Deck) {
        for question in deck.questions {
            for language in deck.languages {
                entries[question.id, default: [:]][language] = Entry(
                    points: question.keyPoints.map { $0.text(in: language) },
                    cues: question.keyPoints.indices.map { question.cues(forPoint: $0).lines(in: language) },
                    question: question.question.text(in: language))
            }
        }
    }

    /// A rubric from `{id: {lang: [point texts]}}` (the key points the answers were ticked against), with each
    /// point's cues and question text taken from the deck question with the same id whose point has the very same
    /// text; `unmatched` lists the points the deck words differently (they get no cues).
    package init?(points: [UInt8], cuesFrom deck: Deck, unmatched: inout [String]) {
        guard let root = try? JSONParser(bytes: points).parse(), case .object(let questions) = root.value else {
            return nil
        }
        for question in questions {
            guard case .object(let languages) = question.value.value else { return nil }
            let deckQuestion = deck.questions.first { $0.id == question.key }
            for language in languages {
                guard let texts = language.value.arrayValue?.compactMap(\.stringValue) else { return nil }
                var cues: [[String]] = []
                for (number, text) in texts.enumerated() {
                    let match = deckQuestion?.keyPoints.firstIndex { $0.text(in: language.key) == text }
                    if match == nil { unmatched.append("\(question.key) \(language.key) point \(number + 1)") }
                    cues.append(match.map { deckQuestion!.cues(forPoint: $0).lines(in: language.key) } ?? [])
                }
                entries[question.key, default: [:]][language.key] = Entry(
                    points: texts, cues: cues, question: deckQuestion?.question.text(in: language.key) ?? "")
            }
        }
    }

    /// A rubric from `{id: {lang: [point texts]}}`, with cues from `{id: {lang: [[lines per point]]}}` and question
    /// texts from a deck with the same ids; nil when the rubric is not in that shape.
    package init?(points: [UInt8], cues: [UInt8]?, questionsFrom deck: Deck?) {
        guard let root = try? JSONParser(bytes: points).parse(), case .object(let questions) = root.value else {
            return nil
        }
        let cueRoot = cues.flatMap { try? JSONParser(bytes: $0).parse() }
        for question in questions {
            guard case .object(let languages) = question.value.value else { return nil }
            for language in languages {
                guard let texts = language.value.arrayValue?.compactMap(\.stringValue) else { return nil }
                let lines = cueRoot?[question.key]?[language.key]?.arrayValue?.map { point in
                    point.arrayValue?.compactMap(\.stringValue) ?? []
                }
                let text = deck?.questions.first { $0.id == question.key }?.question.text(in: language.key) ?? ""
                entries[question.key, default: [:]][language.key] = Entry(
                    points: texts, cues: lines ?? [], question: text)
            }
        }
    }
}

/// The matcher measured against graded answers: agreement over every (answer, key point) pair.
package struct MatcherEvaluation: Sendable {
    /// All pairs.
    package var all = Agreement()
    /// The pairs of `trap` answers.
    package var traps = Agreement()
    package var answers = 0
    /// Each answer's suggested points and the expert's, for reports of where the matcher fails.
    package var decisions: [(answer: GradedAnswer, suggested: KeyPointSet, match: AnswerMatch)] = []

    /// Runs a matcher per question over the answers (cues left out when `cues` is false).
    package init(answers graded: [GradedAnswer], rubric: Rubric, cues: Bool, tuning: MatcherTuning = .init()) {
        var matchers: [String: KeyPointMatcher] = [:]
        for answer in graded {
            guard let entry = rubric.entries[answer.id]?[answer.language] else { continue }
            let key = answer.id + "/" + answer.language
            let matcher =
                matchers[key]
                ?? KeyPointMatcher(
                    points: entry.points, cues: cues ? entry.cues : [], questionText: entry.question,
                    language: answer.language, tuning: tuning)
            matchers[key] = matcher
            let match = matcher.match(answer.answer)
            for number in 1...max(1, entry.points.count) where number <= entry.points.count {
                let first = match.suggested.contains(number)
                let second = answer.covered.contains(number)
                all.add(first: first, second: second)
                if answer.level == "trap" { traps.add(first: first, second: second) }
            }
            answers += 1
            decisions.append((answer, match.suggested, match))
        }
    }
}
