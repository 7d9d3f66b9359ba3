import Foundation
import QuizTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-D on a real pseudo-terminal: a typed answer is submitted whether Ctrl-D comes after its last line or on the
/// empty line below it, only Ctrl-D with nothing typed ends, and Ctrl-C says what typed text was not saved.
@Suite(.serialized) struct EndOfInputTerminalTests {
    private static let ctrlD = "\u{04}"
    private let quiz = ["quiz", "--ids", "epoch-batch-iteration,data-generators", "--order", "sequential"]

    private func savedLines(_ runner: BinaryRunner) -> [String] {
        let text = (try? String(contentsOfFile: runner.progressPath, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    @Test func ctrlDOnTheEmptyLineAfterAnAnswerRevealsItAndItIsGradedAndSaved() throws {
        let runner = try BinaryRunner()
        let terminal = try OnTerminal(quiz, runner: runner)
        #expect(terminal.waitFor("> "))
        terminal.type("My whole answer\r")
        usleep(200_000)
        terminal.type(Self.ctrlD)
        #expect(terminal.waitFor("Press Enter to accept"))
        terminal.type("1 2\r")
        #expect(terminal.waitFor("Enter accepts"))
        terminal.type("\r")
        #expect(terminal.waitFor("Question 2 of 2"))
        #expect(terminal.waitFor("> ", times: 4))
        terminal.type(Self.ctrlD)
        #expect(terminal.finish() == 0)
        #expect(terminal.output.contains("  │ My whole answer\r\n"))
        #expect(terminal.output.contains("Stopped after 1 of 2 questions."))
        #expect(!terminal.output.contains("Not saved"))
        let saved = savedLines(runner)
        #expect(saved.count == 1)
        #expect(saved.first?.contains(#""covered":[1,2],"total":6"#) == true)
        #expect(saved.first?.hasSuffix(#""answer":"My whole answer"}"#) == true)
    }

    @Test func twoTypedLinesThenCtrlDAreOneAnswer() throws {
        let runner = try BinaryRunner()
        let terminal = try OnTerminal(quiz, runner: runner)
        #expect(terminal.waitFor("> "))
        terminal.type("An epoch is one pass.\rAn iteration is one update.\r")
        usleep(200_000)
        terminal.type(Self.ctrlD)
        #expect(terminal.waitFor("Press Enter to accept"))
        terminal.type("none\r\r")
        #expect(terminal.waitFor("> ", times: 4))
        terminal.type("q\r")
        #expect(terminal.finish() == 0)
        #expect(
            savedLines(runner).first?.hasSuffix(#""answer":"An epoch is one pass.\nAn iteration is one update."}"#)
                == true)
    }

    @Test func ctrlDWithNothingTypedEndsTheQuizAndSavesNothing() throws {
        let runner = try BinaryRunner()
        let terminal = try OnTerminal(quiz, runner: runner)
        #expect(terminal.waitFor("> "))
        terminal.type(Self.ctrlD)
        #expect(terminal.finish() == 0)
        #expect(terminal.output.contains("Stopped before the first question was done."))
        #expect(!terminal.output.contains("Not saved"))
        #expect(savedLines(runner).isEmpty)
    }

    @Test(arguments: [
        ([String](), "Not saved: your answer to question 1 (2 lines, 27 characters)."),
        (["--lang", "ja"], "問題 1 への回答（2 行、27 文字）は保存していません。"),
    ])
    func ctrlCWithATypedAnswerSaysWhatWasNotSaved(language: [String], notice: String) throws {
        let runner = try BinaryRunner()
        let terminal = try OnTerminal(quiz + language, runner: runner)
        #expect(terminal.waitFor("> "))
        terminal.type("Half an answer\rand a second\r")
        usleep(300_000)
        terminal.process.interrupt()
        _ = terminal.finish()
        #expect(terminal.output.contains(notice), "\(terminal.output)")
        #expect(savedLines(runner).isEmpty)
    }

    @Test func ctrlDAfterATypedFollowUpAnswerRevealsItAndKeepsIt() throws {
        let runner = try BinaryRunner()
        let terminal = try OnTerminal(quiz + ["--follow-ups"], runner: runner)
        #expect(terminal.waitFor("> "))
        terminal.type("\r")
        #expect(terminal.waitFor("Which key points"))
        terminal.type("all\r\r")
        #expect(terminal.waitFor("Follow-up question"))
        #expect(terminal.waitFor("> ", times: 4))
        terminal.type("About 12 steps\r")
        usleep(200_000)
        terminal.type(Self.ctrlD)
        #expect(terminal.waitFor("Did you answer it well?"))
        terminal.type("y\r")
        #expect(terminal.waitFor("Question 2 of 2"))
        terminal.type("q\r")
        #expect(terminal.finish() == 0)
        let saved = savedLines(runner)
        #expect(saved.count == 2)
        #expect(saved.last?.contains(#""type":"followup""#) == true)
        #expect(saved.last?.hasSuffix(#""answer":"About 12 steps"}"#) == true)
    }

    @Test func anInterviewNoteEndedWithCtrlDOrFollowedByItIsKept() throws {
        let runner = try BinaryRunner()
        let card = runner.home.appendingPathComponent("card.md").path
        let terminal = try OnTerminal(
            ["interview", "--candidate", "Ada", "--ids", "epoch-batch-iteration,data-generators", "--output", card],
            runner: runner)
        #expect(terminal.waitFor("> "))
        terminal.type("n typed and ended with Ctrl-D")
        usleep(200_000)
        terminal.type(Self.ctrlD)
        #expect(terminal.waitFor("> ", times: 2))
        terminal.type("n typed then Enter\r")
        #expect(terminal.waitFor("> ", times: 3))
        terminal.type(Self.ctrlD)
        #expect(terminal.finish() == 0)
        let scorecard = (try? String(contentsOfFile: card, encoding: .utf8)) ?? ""
        #expect(scorecard.contains("typed and ended with Ctrl-D"), "\(terminal.output)")
        #expect(scorecard.contains("typed then Enter"))
    }
}
