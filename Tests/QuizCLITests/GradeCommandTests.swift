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
        #expect(
            points.allSatisfy { Set($0.keys) == ["number", "covered", "contradicted", "confidence", "evidence"] })
        #expect(points.allSatisfy { $0["contradicted"] as? Bool == false })
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
            blank.error.unwrappedEquals("Error: The answer on standard input is empty: give the answer to grade.\n"))
        let latin1 = harness.path("latin1.txt")
        try Data([0x0A, 0x43, 0x61, 0x66, 0xE9]).write(to: URL(fileURLWithPath: latin1))
        let notUTF8 = harness.run(["grade", "batch-normalization", "--answer-file", latin1])
        #expect(notUTF8.status == 1)
        #expect(
            notUTF8.error.unwrappedContains(
                "latin1.txt is not UTF-8 text (at 2:4: this text is not valid UTF-8; save the file as UTF-8)."))
        let utf16 = harness.path("utf16.txt")
        try Data([0xFF, 0xFE, 0x42, 0x00, 0x4E, 0x00]).write(to: URL(fileURLWithPath: utf16))
        let wide = harness.run(["grade", "batch-normalization", "--answer-file", utf16, "--lang", "ja"])
        #expect(wide.error.unwrappedContains("の回答が UTF-8 のテキストではありません（1:1: このファイルは UTF-16"))
    }

    @Test func aContradictedPointIsMarkedSoInTheJSON() throws {
        let harness = try CLIHarness()
        let trap = "At inference, batch norm recomputes the mean and variance from the current test batch."
        let result = harness.run(["grade", "batch-normalization", "--json"], input: [trap])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let points = try #require(object["points"] as? [[String: Any]])
        #expect(points[2]["contradicted"] as? Bool == true)
        #expect(points[2]["covered"] as? Bool == false)
        #expect(points.filter { $0["contradicted"] as? Bool == true }.count == 1)
    }

    @Test func aLongAnswerSaysHowMuchWasReadAndAHugeOneIsRefusedAsAnAnswer() throws {
        let harness = try CLIHarness()
        let filler = String(repeating: "lorem ipsum dolor. ", count: 4_000)
        let long = harness.run(["grade", "batch-normalization", "--json"], input: [filler + answer])
        #expect(long.status == 0, "\(long.error)")
        #expect(
            long.error.unwrappedEquals(
                "Only the first 64 KiB of the answer were read (65,536 of 76,081 characters), as the quiz reads a typed answer.\n"
            ))
        let huge = harness.path("huge.txt")
        try Data(repeating: 0x61, count: 17 << 20).write(to: URL(fileURLWithPath: huge))
        let refused = harness.run(["grade", "batch-normalization", "--answer-file", huge])
        #expect(refused.status == 1)
        #expect(
            refused.error.unwrappedContains("huge.txt holds more than 16 MiB; suggestions read only its first 64 KiB"))
        #expect(!refused.error.contains("deck"))
    }

    @Test func aTerminalOnStandardInputIsToldHowToEndTheAnswer() throws {
        let harness = try CLIHarness()
        let error = BufferSink()
        var context = harness.context(["grade", "batch-normalization"], input: [answer], error: error)
        context.terminal = TerminalTraits(isOutputTerminal: true, isInputTerminal: true, columns: 100)
        #expect(DLQuizCLI.run(context) == 0)
        #expect(
            error.text.unwrappedEquals(
                "Type or paste the answer, then press Ctrl-D on a line of its own (Ctrl-C cancels).\n"))
        let piped = harness.run(["grade", "batch-normalization"], input: [answer])
        #expect(piped.error.isEmpty)
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
