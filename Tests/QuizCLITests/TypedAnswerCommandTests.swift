import Foundation
import Testing

@testable import QuizCLI

/// The quiz's second version through the command line: the typed answer shown again and kept, the history view,
/// follow-ups in the quiz and in stats, the intervals beside the grades, and bracketed paste joined into one line.
@Suite struct TypedAnswerCommandTests {
    private let twoQuestions = ["--ids", "epoch-batch-iteration,data-generators", "--order", "sequential"]

    @Test func theTypedAnswerIsShownAboveTheKeyPointsAndKept() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["quiz"] + twoQuestions + ["--count", "1"],
            input: ["An epoch is one pass.", "Batches: B samples.", "", "1 2", ""])
        #expect(result.status == 0)
        #expect(
            result.output.contains(
                """
                Time taken: 0:03

                Your answer, as you typed it
                  │ An epoch is one pass.
                  │ Batches: B samples.

                Key points
                """))
        #expect(
            harness.progressLines().first?.hasSuffix(
                #""mode":"quiz","answer":"An epoch is one pass.\nBatches: B samples."}"#) == true)
    }

    @Test func withNoKeepTextTheGradeIsSavedWithoutTheText() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["quiz"] + twoQuestions + ["--count", "1", "--no-keep-text"], input: ["Some answer", "", "all", ""])
        #expect(result.status == 0)
        #expect(harness.progressLines().count == 1)
        #expect(harness.progressLines().first?.hasSuffix(#""mode":"quiz"}"#) == true)
    }

    @Test func aPasteBetweenMarkersIsOneAnswerWhoseLineTwoTicksNothing() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["quiz"] + twoQuestions + ["--count", "1"],
            input: ["\u{1B}[200~First paragraph.", "", "2", "Last paragraph.\u{1B}[201~", "", "none", ""])
        #expect(result.status == 0)
        #expect(harness.progressLines().first?.contains(#""covered":[],"total":6"#) == true)
        #expect(
            harness.progressLines().first?.hasSuffix(#""answer":"First paragraph.\n\n2\nLast paragraph."}"#) == true)
    }

    @Test(arguments: [
        (
            [InputLine.line("\u{1B}[200~one"), .line(""), .line("two\u{1B}[201~ typed after")],
            InputLine.line("one\n\ntwo typed after")
        ),
        ([.line("before \u{1B}[200~pasted\u{1B}[201~")], .line("before pasted")),
        ([.line("\u{1B}[200~one"), .line("two")], .submitted("one\ntwo")),
        ([.line("\u{1B}[200~one"), .submitted("two\u{1B}[201~")], .submitted("one\ntwo")),
        ([.line("plain"), .line("\u{1B}[201~")], .line("plain")),
    ])
    func bracketedPasteJoinsItsLines(inputs: [InputLine], first: InputLine) {
        #expect(ScriptedInput(terminal: inputs).next() == first)
    }

    @Test func theEditorsFileLosesItsCommentsAndOuterBlankLines() {
        let file = "\n\nFirst line\n\n  indented\n# a comment\n\n# Write your answer above.\n#\n# Q?\n"
        #expect(ExternalEditor.answer(fromFile: file) == "First line\n\n  indented")
        #expect(ExternalEditor.answer(fromFile: "# only comments\n") == "")
        #expect(ExternalEditor.fromEnvironment(["EDITOR": "vi", "VISUAL": "code --wait"])?.command == "code --wait")
        #expect(ExternalEditor.fromEnvironment(["EDITOR": "nano", "VISUAL": " "])?.command == "nano")
        #expect(ExternalEditor.fromEnvironment([:]) == nil)
        #expect(ExternalEditor.fromEnvironment(["EDITOR": "vi", "TMPDIR": "/var/tmp/"])?.temporaryFolder == "/var/tmp")
        #expect(ExternalEditor.fromEnvironment(["EDITOR": "vi", "TMPDIR": "relative"])?.temporaryFolder == "/tmp")
    }

    @Test func withoutAnEditorTheKeySaysHowToSetOneAndTheAnswerIsTypedInstead() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["quiz"] + twoQuestions + ["--count", "1"], input: ["e", "Typed instead", "", "1", ""])
        #expect(
            result.output.contains(
                "> \nNo editor: set $VISUAL or $EDITOR to write long answers in one, as git commit\ndoes. Type your answer here instead.\n> "
            ))
        #expect(harness.progressLines().first?.hasSuffix(#""answer":"Typed instead"}"#) == true)
    }

    @Test func aFailingEditorIsReportedAndTheAnswerIsTypedInstead() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["quiz"] + twoQuestions + ["--count", "1"], input: ["e", "", "1", ""], environment: ["EDITOR": "exit 3;"])
        #expect(result.output.contains("The editor exited with status 3; nothing was taken from it."))
        #expect(harness.progressLines().count == 1)
    }

    @Test func theGradeChoicesShowTheirIntervalsInJapaneseAtFortyColumns() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["quiz"] + twoQuestions + ["--count", "1", "--lang", "ja"], input: ["", "all", ""],
            environment: ["COLUMNS": "40"])
        #expect(
            result.output.contains(
                """
                1 もう一度 · 1分  2 難しい · 6分
                3 正解 · 10分  4 簡単 · 8日
                Enter で決定 · u 取り消し · s スキップ ·
                q 終了
                """))
    }

    @Test func theIntervalsReplayThePastAnswers() throws {
        let harness = try CLIHarness()
        // Answered Good 4 and 3 days ago: py-fsrs gives 600 1296000 1728000 2678400 seconds.
        try harness.writeHistory([
            ("epoch-batch-iteration", 3, [1, 2, 3, 4, 5], 6, 4 * 86_400 - 2),
            ("epoch-batch-iteration", 3, [1, 2, 3, 4, 5], 6, 3 * 86_400 - 2),
        ])
        let result = harness.run(["quiz"] + twoQuestions + ["--count", "1"], input: ["", "all", ""])
        #expect(result.output.contains("1 Again · 10m  2 Hard · 15d  3 Good · 20d  4 Easy · 1mo\n"))
    }

    @Test func afterAnUndoTheGradesOfferTheUndoneQuestionsIntervals() throws {
        let harness = try CLIHarness()
        // The first question was answered Good 4 and 3 days ago; the second is new (1m 6m 10m 8d).
        try harness.writeHistory([
            ("epoch-batch-iteration", 3, [1, 2, 3, 4, 5], 6, 4 * 86_400 - 2),
            ("epoch-batch-iteration", 3, [1, 2, 3, 4, 5], 6, 3 * 86_400 - 2),
        ])
        let result = harness.run(["quiz"] + twoQuestions, input: ["", "all", "", "", "all", "u", "4"])
        #expect(result.status == 0, "\(result.error)")
        let parts = result.output.components(separatedBy: "Withdrew the grade of question 1. Grade it again:")
        #expect(parts.count == 2, "\(result.output)")
        #expect(
            parts[0].hasSuffix(
                "1 Again · 1m  2 Hard · 6m  3 Good · 10m  4 Easy · 8d\nEnter accepts · u undo · s skip · q quit\n> \n\n"
            ),
            "the second question's own intervals before the undo")
        #expect(
            parts[1].contains(
                """
                Proposed grade: Easy
                1 Again · 10m  2 Hard · 15d  3 Good · 20d  4 Easy · 1mo
                Enter accepts · u undo · s skip · q quit
                """), "\(parts[1])")
    }

    // MARK: Follow-ups

    @Test func aFollowUpIsAskedJudgedSavedAndCountedInStats() throws {
        let harness = try CLIHarness()
        let result = harness.run(
            ["quiz"] + twoQuestions + ["--count", "1", "--follow-ups"],
            input: ["", "all", "", "Twelve or thirteen", "", "n"])
        #expect(result.status == 0)
        // Every key point covered: the history alone chooses, and the first follow-up was never asked.
        #expect(result.output.contains("Follow-up question (1 of 5)"))
        #expect(result.output.contains("Expected answer"))
        #expect(
            result.output.contains(
                """
                This follow-up probes key point:
                  5. Knows the effective batch can differ: gradient accumulation or several
                     devices enlarge it and cut the optimizer steps per epoch.
                """), "\(result.output)")
        #expect(!result.output.contains("(missed just now)"))
        #expect(result.output.contains("  │ Twelve or thirteen\n"))
        #expect(result.output.contains("Saved: to practise again; it comes back in a later session."))
        let lines = harness.progressLines()
        #expect(lines.count == 2)
        #expect(
            lines.last
                == #"{"v":1,"type":"followup","time":"2026-11-23T09:00:06Z","session":"session-1","deck":"deep-learning","question":"epoch-batch-iteration","followUp":1,"well":false,"answer":"Twelve or thirteen"}"#
        )
        let stats = harness.run(["stats"])
        #expect(stats.output.hasSuffix("\n\nFollow-ups answered well: 0 of 1 (0%)\n"), "a blank line before it")
        let json = harness.run(["stats", "--json"])
        #expect(json.output.contains(#""followUps": {"#))
    }

    @Test func theFollowUpAnsweredBadlyComesBackFirstThenTheOneNeverAsked() throws {
        let harness = try CLIHarness()
        try harness.write(
            ".local/state/dlquiz/progress.jsonl",
            """
            {"v":1,"type":"followup","time":"2026-11-20T09:00:00Z","session":"old","deck":"deep-learning","question":"epoch-batch-iteration","followUp":1,"well":true}
            {"v":1,"type":"followup","time":"2026-11-21T09:00:00Z","session":"old","deck":"deep-learning","question":"epoch-batch-iteration","followUp":2,"well":false}

            """)
        let first = harness.run(
            ["quiz"] + twoQuestions + ["--count", "1", "--follow-ups"], input: ["", "all", "", "", "y"])
        #expect(first.output.contains("Follow-up question (2 of 5)"))
        let second = harness.run(
            ["quiz"] + twoQuestions + ["--count", "1", "--follow-ups"], input: ["", "all", "", "", "y"])
        #expect(second.output.contains("Follow-up question (3 of 5)"))
    }

    @Test func aFollowUpProbingAPointJustMissedIsAskedFirstAndTheRevealNamesThatPoint() throws {
        let harness = try CLIHarness()
        // Point 4 (iterations per epoch) missed: follow-up 3, the 10,050-sample count, probes it; follow-up 1, never
        // asked either, does not, so it waits.
        let result = harness.run(
            ["quiz"] + twoQuestions + ["--count", "1", "--follow-ups"],
            input: ["", "1 2 3 5 6", "", "Fifty-one", "", "y"],
            environment: ["COLUMNS": "120"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Follow-up question (3 of 5)"), "\(result.output)")
        let probed = try #require(
            result.output.range(
                of: """
                    This follow-up probes key point:
                      4. Iterations per epoch: the sample count divided by the batch size, rounded up, or down if the
                         short last batch is dropped. (missed just now)
                    """), "\(result.output)")
        // Said after the candidate's answer is in, never while it is being asked.
        let asked = try #require(result.output.range(of: "Follow-up question (3 of 5)"))
        let expected = try #require(result.output.range(of: "Expected answer"))
        #expect(asked.upperBound < expected.lowerBound && expected.upperBound < probed.lowerBound)
        #expect(harness.progressLines().last?.contains(#""followUp":3,"well":true"#) == true)
        let japanese = harness.run(
            ["quiz", "--no-save", "--lang", "ja"] + twoQuestions + ["--count", "1", "--follow-ups"],
            input: ["", "1 2 3 5 6", "", "", "y"], environment: ["COLUMNS": "120"])
        #expect(japanese.output.contains("この追加質問が確かめるポイント："), "\(japanese.output)")
        #expect(japanese.output.contains("（今回押さえられなかった点）"), "\(japanese.output)")
    }

    @Test func aFollowUpBeyondTheKeyPointsSaysSo() throws {
        let harness = try CLIHarness()
        // Every point covered and follow-ups 1 to 2 answered well: the never-asked, probe-free one of data-generators
        // comes after its own history; here the sixth follow-up of data-generators, asked once all others were.
        var lines: [String] = []
        for number in 1...5 {
            lines.append(
                #"{"v":1,"type":"followup","time":"2026-11-2\#(number)T09:00:00Z","session":"old","deck":"deep-learning","question":"data-generators","followUp":\#(number),"well":true}"#
            )
        }
        try harness.write(".local/state/dlquiz/progress.jsonl", lines.joined(separator: "\n") + "\n")
        let result = harness.run(
            ["quiz", "--ids", "data-generators", "--follow-ups", "--no-save"], input: ["", "all", "", "", "y"])
        #expect(result.output.contains("Follow-up question (6 of 6)"), "\(result.output)")
        #expect(result.output.contains("This follow-up goes beyond the key points: depth the rubric does not grade."))
    }

    @Test func withoutTheOptionNoFollowUpIsAsked() throws {
        let harness = try CLIHarness()
        let result = harness.run(["quiz"] + twoQuestions + ["--count", "1"], input: ["", "all", ""])
        #expect(!result.output.contains("Follow-up question"))
    }

    // MARK: History

    @Test func showHistoryListsTheDatedAttemptsWithWhatWasTyped() throws {
        let harness = try CLIHarness()
        _ = harness.run(
            ["quiz"] + twoQuestions + ["--count", "1", "--follow-ups"],
            input: [
                "First try", "", "1", "", "\u{1B}[200~Escape \u{1B}[31mred", "", "second paragraph\u{1B}[201~", "", "y",
            ])
        harness.now += 86_400
        _ = harness.run(["quiz"] + twoQuestions + ["--count", "1"], input: ["", "all", ""])
        let result = harness.run(["show", "epoch-batch-iteration", "--history"], environment: ["COLUMNS": "60"])
        #expect(result.status == 0)
        #expect(
            result.output.hasSuffix(
                """
                Your attempts (2)
                  2026-11-23 09:00 · Again · 1/6 (17%) · 0:02
                    │ First try
                  2026-11-24 09:00 · Easy · 6/6 (100%) · 0:01
                    (answered aloud, or the text was not kept)

                Follow-ups asked
                  2026-11-23 09:00 · #1 · answered well
                    With N = 10,000, B = 200 and gradient accumulation over
                    4 mini-batches, how many optimizer steps are there per
                    epoch?
                    │ Escape \\u{1B}[31mred
                    │
                    │ second paragraph

                """))
        let json = harness.run(["show", "epoch-batch-iteration", "--history", "--json"])
        #expect(json.output.contains(#""answer": "First try""#))
        #expect(json.output.contains(#""answeredWell": true"#))
    }

    @Test func showHistoryWithoutAttemptsSaysSo() throws {
        let harness = try CLIHarness()
        let result = harness.run(["show", "epoch-batch-iteration", "--history", "--lang", "ja"])
        #expect(result.output.hasSuffix("これまでの回答（0 回）\n  この問題にはまだ回答していません。\n"))
    }
}
