import Foundation
import Testing

@testable import QuizKit

/// The matcher's figures on the graded answers must not fall: floors a little under what `MatcherBenchmark`
/// measures (the README's "Suggested ticks" quotes the figures; `swift run -c release MatcherBenchmark` prints them).
@Suite struct MatcherFiguresTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/answers")

    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(path)))
    }

    static func answers(_ path: String) throws -> [GradedAnswer] { try #require(GradedAnswer.decode(bytes(path))) }

    static func deck() throws -> Deck {
        let url = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/deep-learning.json")
        return try DeckLoader.load(bytes: [UInt8](try Data(contentsOf: url)), source: "deep-learning.json")
    }

    /// The answers ticked against the deck's key points: kappa floors per split, language and cues.
    @Test(arguments: [
        ("dev", "en", true, 0.88), ("dev", "ja", true, 0.88), ("dev", "en", false, 0.58), ("dev", "ja", false, 0.54),
        ("heldout", "en", true, 0.68), ("heldout", "ja", true, 0.52), ("heldout", "en", false, 0.58),
        ("heldout", "ja", false, 0.48),
    ])
    func kappaStaysAboveItsFloor(split: String, language: String, cues: Bool, floor: Double) throws {
        var unmatched: [String] = []
        let rubric = try #require(
            Rubric(points: Self.bytes("rubric.json"), cuesFrom: Self.deck(), unmatched: &unmatched))
        let evaluation = MatcherEvaluation(
            answers: try Self.answers("\(split)-\(language).json"), rubric: rubric, cues: cues)
        #expect(evaluation.answers == (split == "dev" ? 36 : 12))
        #expect(try #require(evaluation.all.kappa) >= floor)
    }

    /// On the development answers the cues keep false ticks rare, trap answers included.
    @Test(arguments: ["en", "ja"])
    func cuesKeepFalseTicksRare(language: String) throws {
        var unmatched: [String] = []
        let rubric = try #require(
            Rubric(points: Self.bytes("rubric.json"), cuesFrom: Self.deck(), unmatched: &unmatched))
        let evaluation = MatcherEvaluation(
            answers: try Self.answers("dev-\(language).json"), rubric: rubric, cues: true)
        #expect(try #require(evaluation.all.falseTickRate) <= 0.06)
        #expect(try #require(evaluation.traps.falseTickRate) <= 0.06)
        #expect(try #require(evaluation.all.missRate) <= 0.10)
    }

    /// The answers ticked against the key points of 2026-12-07, with the scaffolding cues written for them.
    @Test(arguments: [("dev", "en", 0.92), ("dev", "ja", 0.92), ("heldout", "en", 0.54), ("heldout", "ja", 0.54)])
    func theReplacedRubricKeepsItsFigures(split: String, language: String, floor: Double) throws {
        let old = "rubric-2026-12-07/"
        let rubric = try #require(
            Rubric(
                points: Self.bytes(old + "rubric.json"), cues: Self.bytes(old + "cues.json"), questionsFrom: Self.deck()
            ))
        let evaluation = MatcherEvaluation(
            answers: try Self.answers(old + "\(split)-\(language).json"), rubric: rubric, cues: true)
        #expect(try #require(evaluation.all.kappa) >= floor)
    }
}
