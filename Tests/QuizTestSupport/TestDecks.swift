import Foundation
import QuizKit

/// Small decks for tests, written out in full so each test shows what it loads.
package enum TestDecks {
    /// A valid two-language deck of three questions over two topics.
    package static let small = """
        {
          "schemaVersion": 1,
          "id": "test-deck",
          "title": {"en": "Test deck", "ja": "テスト"},
          "languages": ["en", "ja"],
          "questions": [
            {
              "id": "first-question", "topic": "alpha", "difficulty": 1, "minutes": 2,
              "question": {"en": "What is one?", "ja": "一とは？"},
              "answer": {"en": "One is a number.", "ja": "一は数です。"},
              "keyPoints": [{"en": "a", "ja": "あ"}, {"en": "b", "ja": "い"}, {"en": "c", "ja": "う"}, {"en": "d", "ja": "え"}],
              "followUps": [{"question": "Why?", "answer": "Because."}],
              "references": ["A book (2020)."]
            },
            {
              "id": "second-question", "topic": "beta", "difficulty": 2, "minutes": 3,
              "question": {"en": "What is two?", "ja": "二とは？"},
              "answer": {"en": "Two follows one.", "ja": "二は一の次です。"},
              "keyPoints": [{"en": "a", "ja": "あ"}, {"en": "b", "ja": "い"}, {"en": "c", "ja": "う"}]
            },
            {
              "id": "third-question", "topic": "alpha", "difficulty": 3, "minutes": 4.5,
              "question": {"en": "What is three?", "ja": "三とは？"},
              "answer": {"en": "Three follows two.", "ja": "三は二の次です。"},
              "keyPoints": [{"en": "a", "ja": "あ"}, {"en": "b", "ja": "い"}, {"en": "c", "ja": "う"}, {"en": "d", "ja": "え"}, {"en": "e", "ja": "お"}]
            }
          ]
        }
        """

    /// The small deck, loaded.
    package static func smallDeck() throws -> Deck {
        try DeckLoader.load(bytes: Array(small.utf8), source: "small.json")
    }

    /// The bundled deck's file in the repository.
    package static var bundledDeckURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/deep-learning.json")
    }

    /// A question with `points` key points and `followUps` follow-ups, for session and selection tests.
    package static func question(
        _ id: String, points: Int = 4, minutes: Double = 2, topic: String = "alpha", difficulty: Int = 1,
        followUps: Int = 0
    ) -> Question {
        Question(
            id: id, topic: topic, difficulty: difficulty, minutes: minutes, question: LocalizedText("Q \(id)?"),
            answer: LocalizedText("A."), keyPoints: (0..<points).map { LocalizedText("point \($0 + 1)") },
            followUps: (0..<followUps).map {
                FollowUp(question: LocalizedText("Follow-up \($0 + 1)?"), answer: LocalizedText("Answer \($0 + 1)."))
            })
    }
}
