import QuizTestSupport
import Testing

@testable import QuizKit

@Suite struct QuestionFilterTests {
    @Test func filtersByTopicAndDifficulty() throws {
        let deck = try TestDecks.smallDeck()
        #expect(
            try QuestionFilter(topics: ["alpha"]).apply(to: deck).map(\.id) == ["first-question", "third-question"])
        #expect(
            try QuestionFilter(difficulties: [2, 3]).apply(to: deck).map(\.id) == ["second-question", "third-question"])
    }

    @Test func keepsTheOrderOfGivenIDs() throws {
        let deck = try TestDecks.smallDeck()
        #expect(
            try QuestionFilter(ids: ["third-question", "first-question"]).apply(to: deck).map(\.id) == [
                "third-question", "first-question",
            ])
    }

    @Test func anUnknownIDSuggestsTheClosest() throws {
        let deck = try TestDecks.smallDeck()
        #expect(throws: QuizError.unknownQuestion(id: "secnd-question", suggestions: ["second-question"])) {
            try QuestionFilter(ids: ["secnd-question"]).apply(to: deck)
        }
    }

    @Test func anUnknownTopicListsTheTopics() throws {
        let deck = try TestDecks.smallDeck()
        #expect(throws: QuizError.unknownTopic("alpah", suggestions: ["alpha"], available: ["alpha", "beta"])) {
            try QuestionFilter(topics: ["alpah"]).apply(to: deck)
        }
    }

    @Test func noMatchIsAnError() throws {
        let deck = try TestDecks.smallDeck()
        #expect(throws: QuizError.noMatchingQuestions(QuestionFilter(topics: ["beta"], difficulties: [3]))) {
            try QuestionFilter(topics: ["beta"], difficulties: [3]).apply(to: deck)
        }
    }

    @Test func randomOrderDependsOnlyOnTheSeed() throws {
        let deck = try TestDecks.smallDeck()
        let first = QuestionOrdering.random(deck.questions, seed: 99).map(\.id)
        #expect(first == QuestionOrdering.random(deck.questions, seed: 99).map(\.id))
        #expect(Set(first) == Set(deck.questions.map(\.id)))
    }
}
