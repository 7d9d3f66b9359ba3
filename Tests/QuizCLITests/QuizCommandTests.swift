import Foundation
import Testing

@testable import QuizCLI

/// The quiz driven in-process with scripted lines, as a pipe would drive it.
@Suite struct QuizCommandTests {
    private let threeQuestions = [
        "--ids", "bias-variance-tradeoff,epoch-batch-iteration,learning-rate-effects", "--order", "sequential",
    ]

    @Test func threeLinesPerQuestionGradeAndSaveEveryAnswer() throws {
        let harness = try CLIHarness()
        let result = harness.run(["quiz"] + threeQuestions, input: ["", "all", "", "", "none", "", "", "1 2", "3"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        let lines = harness.progressLines()
        #expect(lines.count == 3)
        #expect(
            lines[0]
                == #"{"v":1,"type":"answer","time":"2026-11-23T09:00:03Z","session":"session-1","seq":1,"deck":"deep-learning","question":"bias-variance-tradeoff","grade":4,"covered":[1,2,3,4,5,6,7,8],"total":8,"seconds":1,"mode":"quiz"}"#
        )
        #expect(lines[1].contains(#""question":"epoch-batch-iteration","grade":1,"covered":[]"#))
        #expect(lines[2].contains(#""question":"learning-rate-effects","grade":3,"covered":[1,2]"#))
        #expect(result.output.contains("Question 1 of 3  [--------------------]"))
        #expect(result.output.contains("Session score: 1.33 / 3 (44%)"))
        #expect(result.output.contains("Saved 3 answers to ~/.local/state/dlquiz/progress.jsonl."))
    }

    @Test func wholeSessionTranscript() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["quiz", "--deck", uiFixtureDeck, "--ids", "epochs,loaders", "--order", "sequential"],
            input: ["An epoch is one pass over the data.", "", "1 3", "", "s"])
        expectSnapshot(result.output, named: "quiz-transcript")
    }

    /// After the reveal, `d` shows the details (worked examples and numbers) and asks the same prompt again; a
    /// question without details says so.
    @Test func dShowsTheDetailsAfterTheReveal() throws {
        let result = try CLIHarness().run(
            ["quiz", "--deck", uiFixtureDeck, "--ids", "epochs,loaders", "--order", "sequential", "--no-save"],
            input: ["", "d", "all", "d", "", "", "d", "1", ""])
        #expect(result.status == 0, "\(result.error)")
        let output = result.output
        #expect(output.contains("d shows the details: worked examples, derivations and numbers."))
        let detailsShown =
            output.components(separatedBy: "Details\n  With N = 10,050 and B = 200 an epoch takes 51 iterations").count
            - 1
        #expect(detailsShown == 2, "once at the key points, once at the grade prompt:\n\(output)")
        #expect(output.contains("This question has no details."))
        #expect(output.components(separatedBy: "Saved:").count == 1, "nothing saved with --no-save")
        #expect(output.contains("Session score"))
    }

    @Test func endOfInputKeepsGradedAnswersAndExitsZero() throws {
        let harness = try CLIHarness()
        let result = harness.run(["quiz"] + threeQuestions, input: ["", "all", "", "", "1"])
        #expect(result.status == 0)
        #expect(harness.progressLines().count == 1)
        #expect(result.output.contains("Stopped after 1 of 3 questions."))
        #expect(result.output.contains("Session score: 1.00 / 1 (100%)"))
    }

    @Test func ctrlCKeepsGradedAnswersAndReturns130() throws {
        let harness = try CLIHarness()
        let result = harness.run(["quiz"] + threeQuestions, input: ["", "all", "", "", nil, ""])
        #expect(result.status == 130)
        #expect(harness.progressLines().count == 1)
        #expect(result.output.contains("Interrupted.\n\nSession summary"))
        #expect(result.output.contains("Session score: 1.00 / 1 (100%)"))
    }

    @Test func noSaveRecordsNothing() throws {
        let harness = try CLIHarness()
        let result = harness.run(["quiz", "--no-save"] + threeQuestions, input: ["", "all", ""])
        #expect(result.status == 0)
        #expect(harness.progressLines().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: harness.progressPath))
        #expect(result.output.contains("Graded: Easy (not saved)."))
        #expect(result.output.contains("Nothing was saved (--no-save)."))
    }

    @Test func theRevealGivesTheOneMinuteAnswerFirstThenTheModelAnswer() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["quiz", "--no-save", "--deck", uiFixtureDeck, "--ids", "epochs,loaders", "--order", "sequential"],
            input: ["", "all", "", "", "all", ""])
        let output = result.output
        let first = try #require(output.range(of: "One-minute answer\n  An epoch is one pass over the data"))
        let model = try #require(output.range(of: "Model answer\n  An epoch is one pass over the training data."))
        #expect(first.upperBound <= model.lowerBound)
        // The second question has none: its reveal opens with the model answer.
        #expect(output.components(separatedBy: "One-minute answer").count == 2)
        #expect(output.components(separatedBy: "Model answer\n").count == 3)
    }

    @Test func theSameSeedAsksTheSameQuestions() throws {
        let harness = try CLIHarness()
        func questionOrder(seed: String) -> String {
            harness.run(["quiz", "--no-save", "--seed", seed], input: Array(repeating: "s", count: 12)).output
                .split(separator: "\n").filter { $0.hasPrefix("What") || $0.hasPrefix("Explain") }.joined(
                    separator: "\n")
        }
        #expect(questionOrder(seed: "7") == questionOrder(seed: "7"))
        #expect(questionOrder(seed: "7") != questionOrder(seed: "8"))
    }

    @Test func comparesWithThePreviousSession() throws {
        let harness = try CLIHarness()
        _ = harness.run(["quiz"] + threeQuestions, input: ["", "none", "", "", "none", "", "", "none", ""])
        let second = harness.run(["quiz"] + threeQuestions, input: ["", "all", "", "", "all", "", "", "1", ""])
        #expect(
            second.output.contains("Previous session: 0.00 / 3 (0%), so you are up 72 percentage points."),
            "\(second.output)")
    }

    @Test func theSummaryReadsNaturallyAtTheEdges() {
        let english = UIStrings(language: "en")
        let japanese = UIStrings(language: "ja")
        #expect(english.endedEarly(0, of: 1) == "Stopped before the first question was done.")
        #expect(japanese.endedEarly(0, of: 1) == "最初の問題を終える前に終了しました。")
        #expect(english.endedEarly(2, of: 5) == "Stopped after 2 of 5 questions.")
        #expect(
            english.previousSession(1, of: 2, fraction: 0.5, change: 1).hasSuffix("so you are up 1 percentage point."))
        #expect(
            english.previousSession(1, of: 2, fraction: 0.5, change: -4).hasSuffix(
                "so you are down 4 percentage points."))
        #expect(japanese.previousSession(1, of: 2, fraction: 0.5, change: 4).hasSuffix("。4 パーセントポイント上がりました。"))
    }

    /// One format for a score everywhere: two decimals (`1.00 / 2` beside `1.38 / 3`).
    @Test(arguments: [(1.0, "1.00"), (1.375, "1.38"), (8.4, "8.40"), (0.476, "0.48"), (0, "0.00"), (12, "12.00")])
    func scoresHaveTwoDecimalsEverywhere(value: Double, expected: String) {
        #expect(UIStrings(language: "en").score(value) == expected)
    }

    @Test func quittingAtTheFirstQuestionSaysSo() throws {
        let result = try CLIHarness().run(["quiz", "--ids", "backpropagation", "--no-save"], input: ["q"])
        #expect(result.output.contains("Stopped before the first question was done."), "\(result.output)")
        #expect(!result.output.contains("0 of 1"))
    }

    @Test func japanesePromptsWithLangFlagOrLocale() throws {
        let harness = try CLIHarness()
        for (arguments, environment) in [
            (["--lang", "ja"], [String: String]()), ([], ["LANG": "ja_JP.UTF-8"]),
            ([], ["LC_ALL": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"]),
        ] {
            let result = harness.run(
                ["quiz", "--no-save", "--ids", "epoch-batch-iteration"] + arguments, input: ["", "all", ""],
                environment: environment)
            #expect(result.output.contains("問題 1 / 1"), "\(result.output)")
            #expect(result.output.contains("模範解答"))
            #expect(result.output.contains("押さえられたポイントの番号を入力してください"))
            #expect(result.output.contains("推奨する評価: 簡単"))
            #expect(result.output.contains("セッションの結果"))
            #expect(result.output.contains("エポック"))
        }
    }

    @Test(arguments: ["en", "ja"])
    func everyQuizLineFitsSixtyColumns(language: String) throws {
        let harness = try CLIHarness()
        let input = ["An answer.", "", "9", "1 2", "x", "", "?", "", "all", "u", "", "", "", "", "q"]
        let output = harness.run(
            ["quiz", "--lang", language, "--order", "sequential", "-n", "3"], input: input,
            environment: ["COLUMNS": "60"]
        ).output
        #expect(output.contains(language == "ja" ? "問題 1 / 3" : "Question 1 of 3"))
        for line in output.split(separator: "\n") {
            #expect(displayWidth(String(line)) <= 60, "\(line)")
        }
    }

    @Test func aBrokenProgressLineIsReportedAndKept() throws {
        let harness = try CLIHarness()
        let broken = "{\"v\":1,\"type\":\"answer\",\"time\":\"2026-11"
        try harness.write(".local/state/dlquiz/progress.jsonl", broken)
        let result = harness.run(["quiz"] + threeQuestions, input: ["", "all", ""])
        #expect(
            result.error.unwrappedContains(
                "Warning: skipped an unreadable line in ~/.local/state/dlquiz/progress.jsonl; it stays in the file untouched."
            ))
        #expect(result.error.contains("line 1: the last line is incomplete"))
        let lines = harness.progressLines()
        #expect(lines.count == 2)
        #expect(lines[0] == broken)
    }

    @Test func progressLocationFollowsTheEnvironment() throws {
        let harness = try CLIHarness()
        let explicit = harness.path("explicit.jsonl")
        _ = harness.run(
            ["quiz", "--ids", "data-generators"], input: ["", "all", ""], environment: ["DLQUIZ_PROGRESS": explicit])
        #expect(FileManager.default.fileExists(atPath: explicit))
        let state = harness.path("state")
        _ = harness.run(
            ["quiz", "--ids", "data-generators"], input: ["", "all", ""], environment: ["XDG_STATE_HOME": state])
        #expect(FileManager.default.fileExists(atPath: state + "/dlquiz/progress.jsonl"))
        _ = harness.run(
            ["quiz", "--ids", "data-generators"], input: ["", "all", ""],
            environment: ["XDG_STATE_HOME": "relative/state"])
        #expect(FileManager.default.fileExists(atPath: harness.progressPath))
        let flag = harness.path("flag.jsonl")
        _ = harness.run(
            ["quiz", "--ids", "data-generators", "--progress", flag], input: ["", "all", ""],
            environment: ["DLQUIZ_PROGRESS": explicit])
        #expect(FileManager.default.fileExists(atPath: flag))
    }

    @Test func anUnknownTopicOrIDIsExplained() throws {
        let harness = try CLIHarness()
        let topic = harness.run(["quiz", "--topic", "trainng"])
        #expect(topic.status == 64)
        #expect(
            topic.error.unwrappedHasPrefix(
                """
                Error: The value 'trainng' is invalid for '--topic <topic>'. Please provide one of 'training', 'theory', 'deployment', 'evaluation', 'architecture' or 'data'.
                Did you mean 'training'?
                Usage: dlquiz quiz
                """))
        let id = harness.run(["quiz", "--ids", "batch-norm"])
        #expect(id.status == 64)
        #expect(
            id.error.unwrappedHasPrefix(
                """
                Error: The value 'batch-norm' is invalid for '--ids <ids>': no question has this id ('dlquiz list' shows them)
                Did you mean 'batch-normalization'?
                Usage: dlquiz quiz
                """))
    }

    @Test func aLanguageTheDeckLacksIsRefused() throws {
        let result = try CLIHarness().run(["quiz", "--lang", "fr"])
        #expect(result.status == 64)
        #expect(
            result.error.unwrappedHasPrefix(
                """
                Error: The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'en' or 'ja'.
                Usage: dlquiz quiz
                """))
    }
}
