import Foundation
import Testing

@testable import QuizKit

/// The bundled deck's cues, checked against the deck's own model answers: a cue that vetoes a model answer is too
/// broad, and the model answer should cover the points it was written to cover.
@Suite struct BundledDeckCueTests {
    static func deck() throws -> Deck {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                "Resources/deep-learning.json")
        return try DeckLoader.load(bytes: [UInt8](try Data(contentsOf: url)), source: "deep-learning.json")
    }

    @Test func everyKeyPointHasCuesInBothLanguages() throws {
        for question in try Self.deck().questions {
            for index in question.keyPoints.indices {
                for language in ["en", "ja"] {
                    #expect(
                        !question.cues(forPoint: index).lines(in: language).isEmpty,
                        "\(question.id) \(index + 1) \(language)")
                }
            }
        }
    }

    @Test(arguments: ["en", "ja"])
    func theModelAnswersCoverTheirPointsAndTripNoVeto(language: String) throws {
        var suggested = 0
        var total = 0
        for question in try Self.deck().questions {
            let text = [question.oneMinuteAnswer, question.answer, question.details].compactMap {
                $0?.text(in: language)
            }
            .joined(separator: "\n\n")
            let match = KeyPointMatcher(question: question, language: language).match(text)
            #expect(!match.points.contains { $0.basis == .contradiction }, "\(question.id)")
            suggested += match.suggested.count
            total += question.keyPoints.count
        }
        #expect(Double(suggested) >= 0.95 * Double(total))
    }
}
