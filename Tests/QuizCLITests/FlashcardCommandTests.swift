import Foundation
import Testing

@testable import QuizKit
@testable import QuizStore

/// Questions without key points, graded directly like flashcards, through every command that shows or scores them.
@Suite struct FlashcardCommandTests {
    static let smallDeck = DeckCommandsTests.smallDeck

    @Test func aQuestionWithoutKeyPointsIsGradedDirectlyInTheQuiz() throws {
        let harness = try CLIHarness()
        let path = try harness.write("small.md", Self.smallDeck)
        let result = harness.run(["quiz", "--deck", path, "--ids", "flash"], input: ["", "", "3"])
        #expect(result.status == 0)
        #expect(!result.output.contains("Key points"))
        #expect(!result.output.contains("Proposed grade"))
        // The four grades at once, each with the time until it would come back; no proposal, so Enter is no grade.
        #expect(
            result.output.contains(
                "How well did you know it?\n1 Again · 1m  2 Hard · 6m  3 Good · 10m  4 Easy · 8d\nu undo · s skip · q quit\n"
            ))
        #expect(result.output.contains("Type a grade: 1-4 (or a, h, g, e), or u, s or q."))
        #expect(result.output.contains("   1. flash  –        –  Good"))
        #expect(!result.output.contains("nan"))
        #expect(harness.progressLines().count == 1)
        #expect(harness.progressLines()[0].contains(#""covered":[],"total":0"#))
        let stats = harness.run(["stats", "--deck", path])
        #expect(stats.status == 0)
        #expect(!stats.output.lowercased().contains("nan"))
        #expect(harness.run(["progress"]).status == 0)
    }

    @Test func anUndoneFlashcardOffersItsFourGradesWithTheirIntervalsAgain() throws {
        let harness = try CLIHarness()
        let path = try harness.write("small.md", Self.smallDeck)
        let result = harness.run(
            ["quiz", "--deck", path, "--ids", "flash,first", "--order", "sequential"], input: ["", "3", "u", "2"])
        #expect(result.status == 0, "\(result.error)")
        let afterUndo = try #require(result.output.components(separatedBy: "Withdrew the grade of question 1.").last)
        #expect(
            afterUndo.contains(
                "How well did you know it?\n1 Again · 1m  2 Hard · 6m  3 Good · 10m  4 Easy · 8d\nu undo · s skip · q quit\n"
            ), "\(afterUndo)")
        #expect(harness.progressLines().count == 3, "the answer, its undo, the answer again")
    }

    @Test func anInterviewHasNothingToTickForAQuestionWithoutKeyPointsAndScoresNoCoverage() throws {
        let harness = try CLIHarness()
        let path = try harness.write("small.md", Self.smallDeck)
        let result = harness.run(
            ["interview", "--candidate", "Jo", "--deck", path, "--ids", "flash", "-n", "1"], input: [""])
        #expect(result.status == 0)
        #expect(!result.output.contains("0/0"))
        #expect(!result.output.contains("Key points (type a number to tick it):"))
        #expect(!result.output.contains("Total:"))
        let folder = harness.path(".local/share/dlquiz/interviews")
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".md") })
        let scorecard = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        #expect(scorecard.contains("- **Key points covered:** –\n"))
        #expect(scorecard.contains("| 1 | What is two? | alpha | 2 | – |"))
        #expect(scorecard.contains("| | **Total** | | | – |"))
        #expect(!scorecard.contains("0/0"))
    }

    @Test func sheetsAndExportsLeaveOutAnEmptyKeyPointsSection() throws {
        let harness = try CLIHarness()
        let path = try harness.write("small.md", Self.smallDeck)
        for format in ["text", "markdown", "html"] {
            let sheet = harness.run(["sheet", "--deck", path, "--ids", "flash", "--format", format])
            #expect(sheet.status == 0, "\(format)")
            #expect(!sheet.output.contains("Key points"), "\(format)")
        }
        let anki = harness.run(["export", "--deck", path, "--ids", "flash", "--format", "anki"])
        #expect(!anki.output.contains("Key points"))
        let show = harness.run(["show", "flash", "--deck", path])
        #expect(!show.output.contains("Key points"))
        let rubric = harness.run(["pick", "--deck", path, "--difficulty", "2", "--rubric"])
        #expect(rubric.status == 0)
        #expect(rubric.output.contains("What is two?"))
        #expect(!rubric.output.contains("Listen for"))
    }

    @Test func aFlashcardShowsTheTypedAnswerAndTheDetailsHintAboveTheDirectGradePrompt() throws {
        let harness = try CLIHarness()
        let deck = Self.smallDeck + "\n### Details\n\nTwo is also the only even prime.\n"
        let path = try harness.write("small.md", deck)
        let result = harness.run(["quiz", "--deck", path, "--ids", "flash"], input: ["Two is 1 + 1.", "", "d", "3"])
        #expect(result.status == 0, "\(result.error)")
        let output = result.output
        let typed = try #require(output.range(of: "Two is 1 + 1."))
        let hint = try #require(output.range(of: "d shows the details: worked examples, derivations and numbers."))
        let prompt = try #require(output.range(of: "How well did you know it?"))
        #expect(typed.upperBound < hint.lowerBound && hint.upperBound < prompt.lowerBound)
        #expect(output.contains("Two is also the only even prime."))
        #expect(!output.contains("Key points"))
    }
}
