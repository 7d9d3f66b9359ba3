import Foundation
import Testing

@testable import QuizCLI

/// Suggested ticks at the quiz's key-point prompt, as piped input drives it: the marks and their evidence, Enter
/// that takes them, numbers that override them, both languages, and evidence that is escaped and fitted.
@Suite struct SuggestedTicksCommandTests {
    private let batchNorm = ["quiz", "--ids", "batch-normalization", "--count", "1"]
    static let answer =
        "Batch norm normalizes each feature with the mean and variance of the mini-batch, then applies a learned scale gamma and shift beta. At inference it uses running averages."

    @Test func theKeyPointsAreMarkedWithTheirEvidenceAndEnterTakesThem() throws {
        let harness = try CLIHarness()
        let result = harness.run(batchNorm, input: [Self.answer, "", "", ""])
        #expect(result.status == 0, "\(result.error)")
        #expect(
            result.output.contains(
                """
                Key points (+ found in your answer)
                  + 1. Normalizes each feature (each channel, for convolutions) with the mean
                       and variance of the current mini-batch.
                       "normalizes each feature with the mean and variance of the mini-batch"
                  + 2. Then applies a learned scale γ and shift β, so the layer can restore any
                       mean and variance, or undo the normalization.
                       "learned scale"
                  + 3. In training it uses the batch's own statistics; at inference it uses
                       running averages gathered during training.
                       "inference it uses running averages"
                    4. Names at least two optimization benefits
                """))
        #expect(
            result.output.contains(
                "Suggested from your answer: 1 2 3. Press Enter to accept them, or type the"))
        #expect(result.output.contains("You covered 3 of 7 key points (43%)."))
        #expect(harness.progressLines().first?.contains(#""covered":[1,2,3],"total":7"#) == true)
    }

    @Test func numbersTypedAtThePromptWinOverTheSuggestion() throws {
        let harness = try CLIHarness()
        let result = harness.run(batchNorm, input: [Self.answer, "", "1 5", ""])
        #expect(result.output.contains("You covered 2 of 7 key points (29%)."))
        #expect(harness.progressLines().first?.contains(#""covered":[1,5],"total":7"#) == true)
        #expect(
            harness.progressLines().first?.contains(
                #""suggested":[1,2,3],"suggestedLang":"en","mode":"quiz""#) == true)
    }

    @Test func anAnswerGivenAloudIsOfferedNothing() throws {
        let harness = try CLIHarness()
        let result = harness.run(batchNorm + ["--no-save"], input: ["", "", "none", ""])
        #expect(!result.output.contains("Suggested from your answer"))
        #expect(result.output.contains("Which key points did you cover?"))
        #expect(
            result.output.contains("Type point numbers from 1 to 7 (such as 1 3 4 or 2-4), all, or none.")
        )
    }

    @Test func japaneseWordsTheOfferAndQuotesTheEvidence() throws {
        let harness = try CLIHarness()
        let answer = "バッチ正規化は、ミニバッチの平均と分散で各特徴量を標準化します。推論時は学習中に蓄えた移動平均を使います。"
        let result = harness.run(batchNorm + ["--lang", "ja"], input: [answer, "", "", ""])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("押さえるべきポイント（+ は回答から読み取ったもの）"))
        #expect(result.output.contains("  + 1. 特徴量ごと"))
        #expect(result.output.contains("       「ミニバッチの平均と分散で各特徴量を標準化」\n    2. その後"))
        #expect(result.output.contains("       「推論時は学習中に蓄えた移動平均」\n    4. 最適化の利点"))
        #expect(result.output.contains("回答から読み取ったポイント: 1 3。Enter でこのとおりに決定します。"))
    }

    @Test func evidenceIsEscapedAndWrappedAtTheWidth() throws {
        let harness = try CLIHarness()
        harness.environment["COLUMNS"] = "40"
        let answer =
            "Batch norm normalizes each \u{1B}[31mfeature with the mean and variance of the mini-batch."
        let result = harness.run(batchNorm + ["--no-save"], input: [answer, "", "", ""])
        #expect(!result.output.contains("\u{1B}"), "no raw escape reaches the terminal")
        // Seven columns of indent, then the phrase in quotes, wrapped under its quote: the escape shown, not sent.
        #expect(
            result.output.contains(
                """

                       "normalizes each
                        \\u{1B}[31mfeature with the mean
                        and variance of the mini-batch"

                """))
    }

    @Test func anAnswerWithBytesThatWereNotUTF8SaysSo() throws {
        let harness = try CLIHarness()
        // What the line reader makes of `caf\xE9` piped in: the bad byte as U+FFFD.
        let result = harness.run(
            batchNorm + ["--no-save"],
            input: ["Batch norm uses the mini-batch mean \u{FFFD} and variance.", "", "", ""])
        #expect(
            result.output.unwrappedContains(
                "Some bytes of this answer were not UTF-8 text and are shown as �; pipe UTF-8 text to keep every character."
            ))
        let clean = harness.run(batchNorm + ["--no-save"], input: ["Batch norm uses the batch mean.", "", "", ""])
        #expect(!clean.output.contains("were not UTF-8"))
    }

    @Test func longEvidenceTakesThreeLinesAtMostAndEndsInAnEllipsis() throws {
        let harness = try CLIHarness()
        harness.environment["COLUMNS"] = "40"
        let answer =
            "Batch norm normalizes each feature, per channel in convolutions, with the mean and the variance that it "
            + "computes over the current mini-batch of examples, and over nothing else at all in the whole network."
        let result = harness.run(batchNorm + ["--no-save"], input: [answer, "", "", ""])
        #expect(
            result.output.contains(
                """
                       "normalizes each feature, per
                        channel in convolutions, with
                        the mean and the variance that…"
                    2.
                """))
        // A bracket the phrase opens is closed: the evidence runs on to the closing one.
        let epochs = harness.run(
            ["quiz", "--ids", "epoch-batch-iteration", "--no-save"],
            input: ["Iterations per epoch are ceil(N / B) when the last batch is kept.", "", "", ""])
        #expect(epochs.output.contains(#""ceil(N / B)""#))
    }

    // MARK: The interview console

    @Test func aPasteOfWhatTheCandidateSaidIsOfferedAndTheNextEnterTicksIt() throws {
        let harness = try CLIHarness()
        let card = harness.path("card.md")
        let said = "\u{1B}[200~バッチ正規化は、ミニバッチの平均と分散で各特徴量を標準化します。\n推論時は学習中に蓄えた移動平均を使います。\u{1B}[201~"
        let result = harness.run(
            ["interview", "--ids", "batch-normalization", "--lang", "ja", "--output", card],
            input: [said, "", ""])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("  + 1. 特徴量ごと"))
        #expect(result.output.contains("       「ミニバッチの平均と分散で各特徴量を標準化」"))
        #expect(result.output.contains("候補者の発言から読み取ったポイント: 1 3。Enter でチェックします"))
        #expect(result.output.contains("  提案どおりチェックしました: 1 3"))
        let scorecard = try String(contentsOfFile: card, encoding: .utf8)
        #expect(scorecard.contains("- [x] 特徴量ごと"))
        #expect(scorecard.contains("- [ ] その後"))
        #expect(scorecard.contains("推論時は学習中に蓄えた移動平均を使います。"), "what was said is kept as a note")
    }

    @Test func withoutEnterTheInterviewTicksNothing() throws {
        let harness = try CLIHarness()
        let card = harness.path("card.md")
        let result = harness.run(
            ["interview", "--ids", "batch-normalization", "--output", card],
            input: ["a " + Self.answer, "q"])
        #expect(
            result.output.contains("Suggested from what the candidate said: 1 2 3. Enter ticks them"))
        #expect(try String(contentsOfFile: card, encoding: .utf8).contains("- [x]") == false)
    }

    // MARK: stats

    private func progressLines(_ count: Int, suggested: String, covered: String, from start: Int = 1)
        -> [String]
    {
        (start..<start + count).map { sequence in
            #"{"v":1,"type":"answer","time":"2026-11-23T08:05:00Z","session":"s1","seq":\#(sequence),"deck":"deep-learning","question":"batch-normalization","grade":3,"covered":[\#(covered)],"total":7,"seconds":9,"suggested":[\#(suggested)],"suggestedLang":"en","mode":"quiz"}"#
        }
    }

    @Test func statsGivesAcceptanceAndKappaFromTwentyAnswers() throws {
        let harness = try CLIHarness()
        try harness.write(
            ".local/state/dlquiz/progress.jsonl",
            progressLines(19, suggested: "1,2", covered: "1,2").joined(separator: "\n") + "\n")
        let early = harness.run(["stats"])
        #expect(
            early.output.contains(
                "Suggested ticks (en): 19 answers so far; how often you accept them and how far"))
        let earlyJSON = harness.run(["stats", "--json"])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(earlyJSON.output.utf8)) as? [String: Any])
        #expect((json["suggestions"] as? [[String: Any]])?.first?["kappa"] is NSNull)
        #expect(
            earlyJSON.output.contains(
                #""suggestions": [\#n    {\#n      "language": "en",\#n      "answers": 19,\#n      "accepted": 19,\#n      "acceptance": null,\#n      "kappa": null\#n    }\#n  ]"#
            ))
        // One more answer, changed: over 140 points, 39 both, 100 neither, 1 suggested only (point 2).
        try harness.write(
            ".local/state/dlquiz/progress.jsonl",
            (progressLines(19, suggested: "1,2", covered: "1,2")
                + progressLines(1, suggested: "1,2", covered: "1", from: 20)).joined(separator: "\n") + "\n"
        )
        let later = harness.run(["stats"])
        // pₒ = 139/140; pₑ = (40/140)(39/140) + (100/140)(101/140) = 11660/19600; κ = 0.9824…
        #expect(
            later.output.contains(
                "Suggested ticks (en): 20 answers, 95% accepted as suggested; agreement with your\n  ticks, Cohen's kappa 0.98."
            ))
        let japanese = harness.run(["stats", "--lang", "ja"])
        #expect(japanese.output.contains("提案したポイント（en）: 20 回の回答のうち 95% を提案どおりに決定。"))
    }
}
