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
        #expect(result.output.contains("""
            Key points (+ found in your answer)
              + 1. Normalizes each feature (each channel, for convolutions) with the mean
                   and variance of the current mini-batch.
                   "normalizes each feature with the mean and variance of the mini-batch"
              + 2. Then applies a learned scale γ and shift β, so the layer can restore any
                   mean and variance, or undo the normalization.
                   "learned scale gamma and shift"
              + 3. In training it uses the batch's own statistics; at inference it uses
                   running averages gathered during training.
                   "inference it uses running averages"
                4. Names at least two optimization benefits
            """))
        #expect(result.output.contains("Suggested from your answer: 1 2 3. Press Enter to accept them, or type the"))
        #expect(result.output.contains("You covered 3 of 7 key points (43%)."))
        #expect(harness.progressLines().first?.contains(#""covered":[1,2,3],"total":7"#) == true)
    }

    @Test func numbersTypedAtThePromptWinOverTheSuggestion() throws {
        let harness = try CLIHarness()
        let result = harness.run(batchNorm, input: [Self.answer, "", "1 5", ""])
        #expect(result.output.contains("You covered 2 of 7 key points (29%)."))
        #expect(harness.progressLines().first?.contains(#""covered":[1,5],"total":7"#) == true)
        #expect(harness.progressLines().first?.contains(#""suggested":[1,2,3],"mode":"quiz""#) == true)
    }

    @Test func anAnswerGivenAloudIsOfferedNothing() throws {
        let harness = try CLIHarness()
        let result = harness.run(batchNorm + ["--no-save"], input: ["", "", "none", ""])
        #expect(!result.output.contains("Suggested from your answer"))
        #expect(result.output.contains("Which key points did you cover?"))
        #expect(result.output.contains("Type point numbers from 1 to 7 (such as 1 3 4 or 2-4), all, or none."))
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

    @Test func evidenceIsEscapedAndCutToTheWidth() throws {
        let harness = try CLIHarness()
        harness.environment["COLUMNS"] = "40"
        let answer = "Batch norm normalizes each \u{1B}[31mfeature with the mean and variance of the mini-batch."
        let result = harness.run(batchNorm + ["--no-save"], input: [answer, "", "", ""])
        #expect(!result.output.contains("\u{1B}"), "no raw escape reaches the terminal")
        // Seven columns of indent, then the phrase in quotes: 40 columns in all, the escape shown, not sent.
        #expect(result.output.contains("\n" + #"       "normalizes each \u{1B}[31mfeat…""# + "\n"))
    }

    // MARK: The interview console

    @Test func aPasteOfWhatTheCandidateSaidIsOfferedAndTheNextEnterTicksIt() throws {
        let harness = try CLIHarness()
        let card = harness.path("card.md")
        let said = "\u{1B}[200~バッチ正規化は、ミニバッチの平均と分散で各特徴量を標準化します。\n推論時は学習中に蓄えた移動平均を使います。\u{1B}[201~"
        let result = harness.run(
            ["interview", "--ids", "batch-normalization", "--lang", "ja", "--output", card], input: [said, "", ""])
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
            ["interview", "--ids", "batch-normalization", "--output", card], input: ["a " + Self.answer, "q"])
        #expect(result.output.contains("Suggested from what the candidate said: 1 2 3. Enter ticks them"))
        #expect(try String(contentsOfFile: card, encoding: .utf8).contains("- [x]") == false)
    }
}
