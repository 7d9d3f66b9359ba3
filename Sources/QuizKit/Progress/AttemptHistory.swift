import FoundationEssentials

/// One graded answer to a question, as `show --history` lists it.
public struct AnswerAttempt: Sendable, Hashable {
    /// When it was graded.
    public var time: Date
    /// The grade given.
    public var grade: Grade
    /// The key points covered, of how many.
    public var tally: CoverageTally
    /// Seconds from showing the question to revealing the answer.
    public var seconds: Int
    /// What was typed, when the record kept it (untrusted: sanitize before a terminal).
    public var text: String?
    /// The length in characters of the whole answer typed, when the record kept only its start (`KeptText`).
    public var textLength: Int? = nil
    /// The key points offered as suggested ticks for the typed answer; nil when none were offered.
    public var suggested: KeyPointSet? = nil
}

/// One follow-up asked after an answer to a question.
public struct FollowUpAttempt: Sendable, Hashable {
    /// When it was judged.
    public var time: Date
    /// The follow-up's 1-based number among the question's follow-ups.
    public var followUp: Int
    /// Whether it was answered well.
    public var answeredWell: Bool
    /// What was typed, when kept.
    public var text: String?
    /// The length in characters of the whole answer typed, when the record kept only its start (`KeptText`).
    public var textLength: Int?

    /// Creates an attempt.
    public init(time: Date, followUp: Int, answeredWell: Bool, text: String? = nil, textLength: Int? = nil) {
        self.time = time
        self.followUp = followUp
        self.answeredWell = answeredWell
        self.text = text
        self.textLength = textLength
    }
}

/// How many follow-ups were asked and how many of them were answered well.
public struct FollowUpTally: Sendable, Hashable {
    /// Follow-ups asked and judged.
    public var asked = 0
    /// Of those, answered well.
    public var answeredWell = 0

    /// Creates a tally.
    public init(asked: Int = 0, answeredWell: Int = 0) {
        self.asked = asked
        self.answeredWell = answeredWell
    }
}

extension ProgressHistory {
    /// The graded answers to one question of a deck, oldest first (undone answers excluded).
    public func attempts(forDeck deckID: String, question questionID: String) -> [AnswerAttempt] {
        guard let key = key(deckID, questionID) else { return [] }
        return answers.filter { $0.key == key }.sorted { $0.time < $1.time }.map { answer in
            AnswerAttempt(
                time: date(answer.time), grade: Grade(rawValue: Int(answer.grade)) ?? .again,
                tally: CoverageTally(covered: answer.covered, total: Int(answer.total)), seconds: Int(answer.seconds),
                text: answer.text >= 0 ? texts[Int(answer.text)] : nil, textLength: textLengths[answer.text],
                suggested: answer.hasSuggestion ? answer.suggested : nil)
        }
    }

    /// The follow-ups asked of one question of a deck, oldest first.
    public func followUpAttempts(forDeck deckID: String, question questionID: String) -> [FollowUpAttempt] {
        guard let key = key(deckID, questionID) else { return [] }
        return followUps.filter { $0.key == key }.sorted { $0.time < $1.time }.map(attempt)
    }

    /// The follow-ups asked of each question of a deck, oldest first, keyed by question id.
    public func followUpAttempts(forDeck deckID: String) -> [String: [FollowUpAttempt]] {
        guard let deck = deckIndex(deckID) else { return [:] }
        var result: [String: [FollowUpAttempt]] = [:]
        for followUp in followUps where questionKeys[Int(followUp.key)].deck == deck {
            result[strings[Int(questionKeys[Int(followUp.key)].question)], default: []].append(attempt(followUp))
        }
        return result.mapValues { $0.sorted { $0.time < $1.time } }
    }

    /// How many follow-ups of a deck (or of every deck, for nil) were asked, and answered well.
    public func followUpTally(forDeck deckID: String?) -> FollowUpTally {
        let deck = deckID.map { deckIndex($0) ?? -1 }
        var tally = FollowUpTally()
        for followUp in followUps where deck == nil || questionKeys[Int(followUp.key)].deck == deck {
            tally.asked += 1
            if followUp.answeredWell { tally.answeredWell += 1 }
        }
        return tally
    }

    private func attempt(_ followUp: StoredFollowUp) -> FollowUpAttempt {
        FollowUpAttempt(
            time: date(followUp.time), followUp: Int(followUp.followUp), answeredWell: followUp.answeredWell,
            text: followUp.text >= 0 ? texts[Int(followUp.text)] : nil, textLength: textLengths[followUp.text])
    }

    private func key(_ deckID: String, _ questionID: String) -> Int32? {
        guard let deck = deckIndex(deckID), let question = strings.firstIndex(of: questionID) else { return nil }
        return questionKeys.firstIndex { $0.deck == deck && $0.question == Int32(question) }.map(Int32.init)
    }
}
