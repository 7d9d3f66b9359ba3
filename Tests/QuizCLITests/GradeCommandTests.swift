import Foundation
import Testing

@testable import QuizCLI

/// `dlquiz grade ID`: an answer from standard input or a file, read for suggested points with their evidence and a
/// proposed grade; JSON in its documented shape; a flashcard said to have nothing to suggest.
@Suite struct GradeCommandTests {
    private let answer =
        "Batch norm normalizes each feature with the mean and variance of the mini-batch."

    @Test func theJSONHasExactlyTheDocumentedKeys() throws {
        let harness = try CLIHarness()
        let result = harness.run(["grade", "batch-normalization", "--json"], input: [answer])
        #expect(result.status == 0, "\(result.error)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["id", "lang", "suggested", "points", "proposedGrade"])
        #expect(object["id"] as? String == "batch-normalization")
        #expect(object["lang"] as? String == "en")
        #expect(object["suggested"] as? [Int] == [1])
        #expect(object["proposedGrade"] as? String == "again")
        let points = try #require(object["points"] as? [[String: Any]])
        #expect(points.count == 7)
        #expect(points.allSatisfy { Set($0.keys) == ["number", "covered", "confidence", "evidence"] })
        #expect(points.map { $0["number"] as? Int } == Array(1...7))
        #expect(points[0]["covered"] as? Bool == true)
        #expect(
            points[0]["evidence"] as? String
                == "normalizes each feature with the mean and variance of the mini-batch")
        #expect(points.dropFirst().allSatisfy { $0["covered"] as? Bool == false })
        #expect(points.allSatisfy { (0...1).contains(($0["confidence"] as? Double) ?? -1) })
    }

    @Test func theTextShowsTheMarksTheCountAndTheGrade() throws {
        let harness = try CLIHarness()
        let result = harness.run(["grade", "batch-normalization"], input: [answer])
        #expect(result.output.hasPrefix("batch-normalization\nWhat is batch normalization?"))
        #expect(
            result.output.contains(
                """
                Key points (+ found in the answer)
                  + 1. Normalizes each feature (each channel, for convolutions) with the mean
                       and variance of the current mini-batch.
                       "normalizes each feature with the mean and variance of the mini-batch"
                    2. Then applies
                """))
        #expect(
            result.output.hasSuffix("Suggested: 1 (1 of 7 key points, 14%).\nProposed grade: Again\n"))
    }

    @Test func anAnswerFileIsReadAndJapaneseIsWordedInJapanese() throws {
        let harness = try CLIHarness()
        let file = try harness.write("answer.txt", "\u{FEFF}バッチ正規化は、ミニバッチの平均と分散で各特徴量を標準化します。\n")
        let result = harness.run([
            "grade", "batch-normalization", "--answer-file", file, "--lang", "ja",
        ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("       「ミニバッチの平均と分散で各特徴量を標準化」"))
        #expect(result.output.contains("提案: 1（ポイント 7 個中 1 個、14%）\n推奨する評価: もう一度"))
    }

    @Test func aFolderABlankAnswerAndNonUTF8AreRefused() throws {
        let harness = try CLIHarness()
        let folder = harness.path("folder")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let fromFolder = harness.run(["grade", "batch-normalization", "--answer-file", folder])
        #expect(fromFolder.status == 1)
        #expect(fromFolder.error.contains("folder"))
        let blank = harness.run(["grade", "batch-normalization"], input: ["   "])
        #expect(blank.status == 1)
        #expect(
            blank.error.unwrappedEquals(
                "Error: No answer to read: pipe it on standard input, or name a file with --answer-file.\n"))
        let latin1 = harness.path("latin1.txt")
        try Data([0x43, 0x61, 0x66, 0xE9]).write(to: URL(fileURLWithPath: latin1))
        let notUTF8 = harness.run(["grade", "batch-normalization", "--answer-file", latin1])
        #expect(notUTF8.status == 1)
        #expect(notUTF8.error.unwrappedContains("is not UTF-8 text: save it as UTF-8 and try again."))
    }

    @Test func aFlashcardHasNothingToSuggest() throws {
        let harness = try CLIHarness()
        let deck = try harness.write("small.md", DeckCommandsTests.smallDeck)
        let text = harness.run(["grade", "flash", "--deck", deck], input: ["Paris"])
        #expect(text.status == 0, "\(text.error)")
        #expect(
            text.output.hasSuffix(
                "This question has no key points (a flashcard): there is nothing to suggest.\n"))
        let json = harness.run(["grade", "flash", "--deck", deck, "--json"], input: ["Paris"])
        #expect(
            json.output.contains(#""suggested": [],"#) && json.output.contains(#""proposedGrade": null"#))
    }
}
