import BundledDecks
import Testing

@testable import QuizKit
@testable import QuizStore

/// The deck compiled into dlquiz skips its encoding and cue-syntax checks at start-up; here it passes them all.
@Suite struct BuiltInDeckTests {
    @Test func theCompiledInDeckPassesEveryCheckItSkipsAtStartUp() throws {
        let checked = try DeckLoader.load(bytes: BundledDecks.deepLearning, source: "deep-learning.json")
        let started = try DeckSource.bundled()
        #expect(checked.questions.map(\.id) == started.questions.map(\.id))
        #expect(
            checked.questions.map { question in question.keyPoints.indices.map { question.cues(forPoint: $0) } }
                == started.questions.map { question in question.keyPoints.indices.map { question.cues(forPoint: $0) } })
    }

    @Test func theCompiledInDecksCuesAreDecodedOnlyWhenRead() throws {
        // Half the bundled deck's bytes are cues, which `list` and most commands never read.
        let started = try DeckSource.bundled()
        for question in started.questions where !question.keyPoints.isEmpty {
            guard case .deferred = question.cueStorage else {
                Issue.record("\(question.id): cues decoded at start-up")
                continue
            }
        }
        // Read, they are the deck's cues, and the deck equals the one checked in full.
        let checked = try DeckLoader.load(bytes: BundledDecks.deepLearning, source: "deep-learning.json")
        #expect(started.questions.allSatisfy { !$0.keyPointCues.isEmpty })
        #expect(started == checked)
    }

    @Test func aBadCueLineStillFailsADeckFromAFile() throws {
        let bytes = Array(
            #"{"schemaVersion": 1, "id": "x", "title": "X", "languages": ["en"], "topics": {"t": "t"}, "questions": [{"id": "q", "topic": "t", "difficulty": 1, "minutes": 1, "question": "Q?", "answer": "A.", "keyPoints": ["P."], "keyPointCues": {"1": ["sometimes: p"]}}]}"#
                .utf8)
        #expect(throws: QuizError.self) { try DeckLoader.load(bytes: bytes, source: "x.json") }
        #expect(throws: Never.self) { try DeckLoader.load(bytes: bytes, source: "x.json", isBuiltIn: true) }
    }
}
