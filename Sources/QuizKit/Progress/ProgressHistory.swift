import FoundationEssentials

/// Everything a progress file holds, parsed and with undone answers removed.
///
/// The answers are stored compactly; the accessors build the per-deck and per-question views that commands need.
package struct ProgressHistory: Sendable {
    private(set) var strings: [String]
    private(set) var questionKeys: [(deck: Int32, question: Int32)]
    private(set) var answers: [StoredAnswer]
    /// The typed answers that records kept, indexed by `StoredAnswer.text` and `StoredFollowUp.text`.
    private(set) var texts: [String]
    /// The whole length, in characters, of each text in `texts` that its record cut (`KeptText`).
    private(set) var textLengths: [Int32: Int]
    /// The modes of the answers, indexed by `StoredAnswer.mode`.
    private(set) var modes: [String]
    /// The follow-ups asked, in file order.
    private(set) var followUps: [StoredFollowUp]
    /// The first unusable lines (at most `ProgressHistoryBuilder.problemLimit`).
    package private(set) var problems: [ProgressProblem]
    /// How many lines were unusable in all.
    package private(set) var problemCount: Int
    /// How many lines the file had.
    package private(set) var lineCount: Int

    init(
        strings: [String], questionKeys: [(deck: Int32, question: Int32)], answers: [StoredAnswer],
        problems: [ProgressProblem], problemCount: Int, lineCount: Int, texts: [String] = [],
        textLengths: [Int32: Int] = [:], modes: [String] = ["quiz"], followUps: [StoredFollowUp] = []
    ) {
        self.textLengths = textLengths
        self.strings = strings
        self.questionKeys = questionKeys
        self.answers = answers
        self.problems = problems
        self.problemCount = problemCount
        self.lineCount = lineCount
        self.texts = texts
        self.modes = modes
        self.followUps = followUps
    }

    /// A history with nothing in it, as for a file that does not exist yet.
    package static let empty = ProgressHistory(
        strings: [], questionKeys: [], answers: [], problems: [], problemCount: 0, lineCount: 0)

    /// Parses the whole text of a progress file.
    package init(parsing bytes: [UInt8]) {
        var builder = ProgressHistoryBuilder()
        bytes.withUnsafeBufferPointer { _ = builder.addLines(in: $0, isEndOfFile: true) }
        self = builder.build()
    }

    /// The answers dated after `moment` (a clock that was wrong when they were saved): how many, and the file
    /// lines of the first `limit` of them. They still count, in the order they were recorded.
    package func answersDated(after moment: Date, limit: Int = 10) -> (count: Int, lines: [Int]) {
        let threshold = Int64(moment.timeIntervalSince1970.rounded(.down))
        var count = 0
        var lines: [Int] = []
        for answer in answers where answer.time > threshold {
            count += 1
            if lines.count < limit { lines.append(Int(answer.line)) }
        }
        return (count, lines)
    }

    /// How many graded answers count (undone ones excluded).
    package var answerCount: Int { answers.count }

    /// The first and last answer times.
    package var timeSpan: ClosedRange<Date>? {
        guard let first = answers.min(by: { $0.time < $1.time }), let last = answers.max(by: { $0.time < $1.time })
        else { return nil }
        return date(first.time)...date(last.time)
    }

    /// One summary per deck, the most practised first.
    package func deckSummaries() -> [DeckProgressSummary] {
        struct Totals {
            var answers = 0
            var first = Int64.max
            var last = Int64.min
        }
        var totals: [Int32: Totals] = [:]
        var questions: [Int32: Set<Int32>] = [:]
        var sessions: [Int32: Set<Int32>] = [:]
        for answer in answers {
            let deck = questionKeys[Int(answer.key)].deck
            // Mutating through the default subscript updates in place; copying a set out and back would be quadratic.
            totals[deck, default: Totals()].answers += 1
            totals[deck, default: Totals()].first = min(totals[deck]!.first, answer.time)
            totals[deck, default: Totals()].last = max(totals[deck]!.last, answer.time)
            questions[deck, default: []].insert(answer.key)
            sessions[deck, default: []].insert(answer.session)
        }
        return totals.map { deck, entry in
            DeckProgressSummary(
                deck: strings[Int(deck)], answers: entry.answers, questions: questions[deck]?.count ?? 0,
                sessions: sessions[deck]?.count ?? 0, firstTime: date(entry.first), lastTime: date(entry.last))
        }.sorted { $0.answers != $1.answers ? $0.answers > $1.answers : $0.deck < $1.deck }
    }

    /// How many answers to a deck were given on each local day, keyed by day number (days since 1970-01-01).
    ///
    /// Each answer's day uses the UTC offset in force at that answer's instant, so daylight-saving changes never
    /// move an answer to a neighbouring day.
    func answersPerDay(forDeck deckID: String, in zone: LocalTimeZone) -> [Int64: Int] {
        guard let deck = deckIndex(deckID) else { return [:] }
        var counts: [Int64: Int] = [:]
        var days = LocalDayCache(zone: zone)
        for answer in answers where questionKeys[Int(answer.key)].deck == deck {
            counts[days.dayNumber(containing: answer.time), default: 0] += 1
        }
        return counts
    }

    /// The history of every question of a deck that has been answered, keyed by question id.
    package func questionHistories(forDeck deckID: String) -> [String: QuestionHistory] {
        guard let deck = deckIndex(deckID) else { return [:] }
        var reviewsByKey: [Int32: [QuestionHistory.Review]] = [:]
        for answer in answers where questionKeys[Int(answer.key)].deck == deck {
            reviewsByKey[answer.key, default: []].append(
                QuestionHistory.Review(
                    grade: Grade(rawValue: Int(answer.grade)) ?? .again, time: date(answer.time),
                    coverage: answer.coverage, hasKeyPoints: answer.total > 0))
        }
        var result: [String: QuestionHistory] = [:]
        result.reserveCapacity(reviewsByKey.count)
        for (key, reviews) in reviewsByKey {
            result[strings[Int(questionKeys[Int(key)].question)]] = QuestionHistory(reviews: reviews)
        }
        return result
    }

    /// The sessions that practised a deck (or any deck), oldest first (sessions that started in the same second in
    /// the order the file has them).
    package func sessions(forDeck deckID: String?) -> [SessionScore] {
        let deck = deckID.map { deckIndex($0) ?? -1 }
        var bySession: [Int32: (deck: Int32, start: Int64, first: Int, score: PracticeScore)] = [:]
        for (position, answer) in answers.enumerated() {
            let answerDeck = questionKeys[Int(answer.key)].deck
            if let deck, answerDeck != deck { continue }
            var entry = bySession[answer.session] ?? (answerDeck, .max, position, PracticeScore())
            entry.start = min(entry.start, answer.time)
            entry.score.add(
                CoverageTally(covered: answer.covered, total: Int(answer.total)), seconds: Int(answer.seconds))
            bySession[answer.session] = entry
        }
        return bySession.sorted { left, right in
            left.value.start != right.value.start
                ? left.value.start < right.value.start : left.value.first < right.value.first
        }.map { session, entry in
            SessionScore(
                id: strings[Int(session)], deck: strings[Int(entry.deck)], start: date(entry.start),
                score: entry.score)
        }
    }

    /// The last session of a deck (or of any deck) that has a score to compare with: one that answered a question
    /// with key points. Sessions of flashcards alone have none and are passed over.
    package func lastScoredSession(forDeck deckID: String?) -> SessionScore? {
        sessions(forDeck: deckID).last { $0.score.count > 0 }
    }

    /// Every answer in file order, as full records. Meant for small files and tests.
    var allAnswerRecords: [AnswerRecord] { answers.map(record) }

    private func record(_ answer: StoredAnswer) -> AnswerRecord {
        let key = questionKeys[Int(answer.key)]
        return AnswerRecord(
            time: date(answer.time), session: strings[Int(answer.session)], sequence: Int(answer.sequence),
            deck: strings[Int(key.deck)], question: strings[Int(key.question)],
            grade: Grade(rawValue: Int(answer.grade)) ?? .again, covered: Array(answer.covered),
            total: Int(answer.total), seconds: Int(answer.seconds), limit: answer.limit >= 0 ? Int(answer.limit) : nil,
            mode: modes[Int(answer.mode)], answer: answer.text >= 0 ? texts[Int(answer.text)] : nil,
            suggested: answer.hasSuggestion ? Array(answer.suggested) : nil,
            suggestionLanguage: answer.hasSuggestion && !modes[Int(answer.suggestion)].isEmpty
                ? modes[Int(answer.suggestion)] : nil)
    }

    func deckIndex(_ deckID: String) -> Int32? {
        guard let index = strings.firstIndex(of: deckID) else { return nil }
        return Int32(index)
    }

    func date(_ seconds: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}

// MARK: - QuestionHistory

/// What the progress file says about one question of one deck.
package struct QuestionHistory: Sendable, Hashable {
    /// One graded answer, as the scheduler replays it.
    package struct Review: Sendable, Hashable {
        /// The grade given.
        package var grade: Grade
        /// When.
        package var time: Date
        /// The share of key points covered (0 for a question without key points).
        package var coverage: Double
        /// Whether the question had key points; an answer without any has no coverage to average.
        var hasKeyPoints = true

        /// How well the answer went, from 0 to 1: its key-point coverage, or, for a question without key points (a
        /// flashcard), its grade on the same scale: Again 0, Hard 1/3, Good 2/3, Easy 1.
        var mark: Double {
            hasKeyPoints ? coverage : Double(grade.rawValue - 1) / 3
        }
    }

    /// Every graded answer, in the order they were recorded.
    var reviews: [Review]

    /// Creates a history from reviews in the order they were recorded (appended to the progress file).
    ///
    /// The order of the file is the order of the reviews, not the clock: a record dated in the future by a wrong
    /// clock never outranks an answer appended after it, which counts as the later review (the scheduler treats a
    /// review dated before the previous one as a same-day review).
    package init(reviews: [Review]) {
        self.reviews = reviews
    }

    /// How many times the question was graded.
    package var attempts: Int { reviews.count }
    /// The most recent grade.
    package var lastGrade: Grade? { reviews.last?.grade }
    /// When it was last graded.
    package var lastTime: Date? { reviews.last?.time }
    /// The share of key points covered last time, or nil when it had none (graded directly).
    var lastCoverage: Double? { reviews.last.flatMap { $0.hasKeyPoints ? $0.coverage : nil } }
    /// The mean `Review.mark` over every attempt (coverage, or the grade of a flashcard), or nil before the first.
    var meanMark: Double? {
        reviews.isEmpty ? nil : reviews.reduce(0) { $0 + $1.mark } / Double(reviews.count)
    }
    /// The last attempt's `Review.mark`.
    var lastMark: Double? { reviews.last?.mark }

    /// The mean share of key points covered over every attempt with key points, or nil when there is none.
    package var meanCoverage: Double? {
        var sum = 0.0
        var count = 0
        for review in reviews where review.hasKeyPoints {
            sum += review.coverage
            count += 1
        }
        return count == 0 ? nil : sum / Double(count)
    }
}

// MARK: - SessionScore

/// The result of one past quiz session, rebuilt from the progress file.
package struct SessionScore: Sendable, Hashable {
    /// The session's id.
    package var id: String
    /// The deck practised.
    package var deck: String
    /// The first graded answer's time.
    package var start: Date
    /// The score of the graded answers: their key-point coverage summed, out of how many they were.
    package var score: PracticeScore

    /// Creates a session score.
    package init(id: String, deck: String, start: Date, score: PracticeScore) {
        self.id = id
        self.deck = deck
        self.start = start
        self.score = score
    }
}

// MARK: - DeckProgressSummary

/// How much of one deck's practice a progress file holds.
package struct DeckProgressSummary: Sendable, Hashable {
    /// The deck's id.
    package var deck: String
    /// Graded answers.
    package var answers: Int
    /// Distinct questions answered.
    package var questions: Int
    /// Distinct sessions.
    package var sessions: Int
    /// The first answer's time.
    package var firstTime: Date
    /// The last answer's time.
    package var lastTime: Date
}
