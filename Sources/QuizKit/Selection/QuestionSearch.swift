/// Finds questions by what they say: a text searched in the id, the question, the one-minute and the model answer,
/// the key points and the details, in every language of the deck, folded as `TextFolding` folds (case, fullwidth
/// forms, Latin accents).
///
/// A query of up to three ASCII letters or digits (`BN`, `SGD`) matches whole words only, so it does not turn up
/// inside longer words; a longer query matches anywhere. An id also matches without its hyphens (`batchnorm` finds
/// `batch-normalization`).
package struct QuestionSearch: Sendable {
    /// The query as typed.
    package let query: String
    private let key: String
    private let isWord: Bool

    /// A search for `query`; nil when it has nothing to search for.
    package init?(_ query: String) {
        let key = TextFolding.searchKey(query).trimmed()
        guard !key.isEmpty else { return nil }
        self.query = query
        self.key = key
        isWord = key.count <= 3 && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// Whether the question mentions the query anywhere.
    package func matches(_ question: Question) -> Bool {
        matchesID(question.id) || Self.texts(of: question).contains { matches(text: $0) }
    }

    /// Whether the question's own text (in any language) or its id mentions the query.
    package func matchesQuestionText(_ question: Question) -> Bool {
        matchesID(question.id) || question.question.allTexts.contains { matches(text: $0) }
    }

    /// The questions of `questions` that mention the query, in their order: first those whose question text does,
    /// then the others.
    package func ranked(_ questions: [Question]) -> [Question] {
        let matching = questions.filter(matches)
        return matching.filter(matchesQuestionText) + matching.filter { !matchesQuestionText($0) }
    }

    private func matchesID(_ id: String) -> Bool {
        let folded = TextFolding.searchKey(id)
        if isWord { return folded.split(separator: "-").contains { $0 == key } }
        let compact = key.filter { $0 != " " && $0 != "-" }
        return folded.contains(key) || (!compact.isEmpty && folded.filter { $0 != "-" }.contains(compact))
    }

    private func matches(text: String) -> Bool {
        let folded = TextFolding.searchKey(text)
        guard isWord else { return folded.contains(key) }
        return folded.split { !($0.isLetter || $0.isNumber) }.contains { $0 == key }
    }

    /// Every text searched: question, one-minute answer, answer, key points and details, in every language.
    private static func texts(of question: Question) -> [String] {
        question.question.allTexts + (question.oneMinuteAnswer?.allTexts ?? []) + question.answer.allTexts
            + question.keyPoints.flatMap(\.allTexts) + (question.details?.allTexts ?? [])
    }
}

// MARK: - Lookups by name

extension Deck {
    /// The topic id that `name` stands for: the id itself, or, in any case and fold, the id or the topic's display
    /// name in any of the deck's languages (`Training`, `training`, `学習`); nil when none.
    package func topic(named name: String) -> String? {
        let topics = self.topics
        if topics.contains(name) { return name }
        let key = TextFolding.searchKey(name).trimmed()
        if let id = topics.first(where: { TextFolding.searchKey($0) == key }) { return id }
        return topicNames.first { topicName in
            topics.contains(topicName.topic) && topicName.name.allTexts.contains { TextFolding.searchKey($0) == key }
        }?.topic
    }

    /// What an unknown id may have meant: the closest ids when some are close, else the questions that mention
    /// it (their question text first), at most `limit`.
    package func questionSuggestions(for word: String, limit: Int = 3) -> [String] {
        let close = Suggestions.closest(to: word, among: questions.map(\.id), limit: limit)
        guard close.isEmpty, let search = QuestionSearch(word) else { return close }
        return Array(search.ranked(questions).prefix(limit).map(\.id))
    }

    /// Whether `suggestions`, as `questionSuggestions(for: word)` gave them, are questions that mention the word
    /// rather than ids close to it: none of them is close.
    package static func suggestionsMention(_ word: String, _ suggestions: [String]) -> Bool {
        !suggestions.isEmpty && Suggestions.closest(to: word, among: suggestions).isEmpty
    }
}
