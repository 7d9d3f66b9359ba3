import FoundationEssentials

/// One graded answer to a question, as `show --history` lists it.
package struct AnswerAttempt: Sendable, Hashable {
    /// When it was graded.
    package var time: Date
    /// The grade given.
    package var grade: Grade
    /// The key points covered, of how many.
    package var tally: CoverageTally
    /// Seconds from showing the question to revealing the answer.
    package var seconds: Int
    /// What was typed, when the record kept it (untrusted: sanitize before a terminal).
    package var text: String?
    /// The length in characters of the whole answer typed, when the record kept only its start (`KeptText`).
    package var textLength: Int? = nil
    /// The key points offered as suggested ticks for the typed answer; nil when none were offered.
    package var suggested: KeyPointSet? = nil
}

/// One follow-up asked after an answer to a question.
package struct FollowUpAttempt: Sendable, Hashable {
    /// When it was judged.
    package var time: Date
    /// The follow-up's 1-based number among the question's follow-ups.
    package var followUp: Int
    /// Whether it was answered well.
    package var answeredWell: Bool
    /// What was typed, when kept.
    package var text: String?
    /// The length in characters of the whole answer typed, when the record kept only its start (`KeptText`).
    package var textLength: Int?

    /// Creates an attempt.
    package init(time: Date, followUp: Int, answeredWell: Bool, text: String? = nil, textLength: Int? = nil) {
        self.time = time
        self.followUp = followUp
        self.answeredWell = answeredWell
        self.text = text
        self.textLength = textLength
    }
}

/// How many follow-ups were asked and how many of them were answered well.
package struct FollowUpTally: Sendable, Hashable {
    /// Follow-ups asked and judged.
    package var asked = 0
    /// Of those, answered well.
    package var answeredWell = 0

    /// Creates a tally.
    package init(asked: Int = 0, answeredWell: Int = 0) {
        self.asked = asked
        self.answeredWell = answeredWell
    }
}

extension ProgressHistory {
    /// The graded answers to one question of a deck, oldest first (undone answers excluded).
    package func attempts(forDeck deckID: String, question questionID: String) -> [AnswerAttempt] {
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
    package func followUpAttempts(forDeck deckID: String, question questionID: String) -> [FollowUpAttempt] {
        guard let key = key(deckID, questionID) else { return [] }
        return followUps.filter { $0.key == key }.sorted { $0.time < $1.time }.map(attempt)
    }

    /// The follow-ups asked of each question of a deck, oldest first, keyed by question id.
    package func followUpAttempts(forDeck deckID: String) -> [String: [FollowUpAttempt]] {
        guard let deck = deckIndex(deckID) else { return [:] }
        var result: [String: [FollowUpAttempt]] = [:]
        for followUp in followUps where questionKeys[Int(followUp.key)].deck == deck {
            result[strings[Int(questionKeys[Int(followUp.key)].question)], default: []].append(attempt(followUp))
        }
        return result.mapValues { $0.sorted { $0.time < $1.time } }
    }

    /// How many follow-ups of a deck (or of every deck, for nil) were asked, and answered well.
    package func followUpTally(forDeck deckID: String?) -> FollowUpTally {
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
