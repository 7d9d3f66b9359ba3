/// Which questions of a deck to consider: by topic, id and difficulty. Empty criteria match everything.
package struct QuestionFilter: Sendable, Hashable {
    /// Topics to keep, by id or display name (`Deck.topic(named:)`); any of them matches.
    package var topics: [String]
    /// Ids to keep, in the order given.
    package var ids: [String]
    /// Difficulties to keep.
    package var difficulties: Set<Int>

    /// Creates a filter.
    package init(topics: [String] = [], ids: [String] = [], difficulties: Set<Int> = []) {
        self.topics = topics
        self.ids = ids
        self.difficulties = difficulties
    }

    /// The matching questions: in the order of `ids` when ids are given, else in deck order.
    ///
    /// An unknown topic or id is an error that suggests the closest ones, so a typo never silently selects nothing.
    package func apply(to deck: Deck) throws(QuizError) -> [Question] {
        let deckTopics = deck.topics
        var topicIDs: Set<String> = []
        for topic in topics {
            guard let id = deck.topic(named: topic) else {
                throw .unknownTopic(
                    topic, suggestions: Suggestions.closest(to: topic, among: deckTopics), available: deckTopics)
            }
            topicIDs.insert(id)
        }
        var candidates: [Question]
        if ids.isEmpty {
            candidates = deck.questions
        } else {
            var byID: [String: Question] = [:]
            for question in deck.questions { byID[question.id] = question }
            candidates = []
            var seen = Set<String>()
            for id in ids {
                guard let question = byID[id] else {
                    throw .unknownQuestion(id: id, suggestions: deck.questionSuggestions(for: id))
                }
                if seen.insert(id).inserted { candidates.append(question) }
            }
        }
        let matches = candidates.filter { question in
            (topicIDs.isEmpty || topicIDs.contains(question.topic))
                && (difficulties.isEmpty || difficulties.contains(question.difficulty))
        }
        if matches.isEmpty { throw .noMatchingQuestions(self) }
        return matches
    }
}

// MARK: - QuizOrder

/// The order questions are asked in.
package enum QuizOrder: String, Sendable, CaseIterable {
    /// Shuffled; the same seed gives the same order.
    case random
    /// Deck order (or the order of `--ids`).
    case sequential
    /// Due questions first, most overdue first, then new ones.
    case due
    /// Lowest average key-point coverage first.
    case weakest
}

// MARK: - StudyFocus

/// Which questions a sheet keeps, judged from the progress file: `weak` or `unseen` ones.
package enum StudyFocus: String, Sendable, CaseIterable {
    /// Answered at least once, with a last score (the share of key points covered) below 70%.
    case weak
    /// Never answered.
    case unseen

    /// The last score below which a question counts as weak (the Good threshold before it rose to 80%; see
    /// `GradeProposal`).
    static let weakThreshold = 0.7

    /// Whether a question with this history (nil when never answered) is kept.
    func includes(_ history: QuestionHistory?) -> Bool {
        switch self {
        case .weak:
            guard let coverage = history?.lastCoverage else { return false }
            return coverage < Self.weakThreshold
        case .unseen:
            return (history?.attempts ?? 0) == 0
        }
    }

    /// The questions of `questions` that this focus keeps, in their order.
    package func filter(_ questions: [Question], histories: [String: QuestionHistory]) -> [Question] {
        questions.filter { includes(histories[$0.id]) }
    }
}

// MARK: - QuestionOrdering

/// Puts selected questions in the order a quiz asks them.
package enum QuestionOrdering {
    /// Sequential keeps the given order; random shuffles with the seed (the same seed, the same order).
    package static func random(_ questions: [Question], seed: UInt64) -> [Question] {
        var generator = SeededRandom(seed: seed)
        return generator.shuffled(questions)
    }
}
