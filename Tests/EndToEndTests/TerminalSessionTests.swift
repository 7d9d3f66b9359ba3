import Foundation
import QuizTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The built binary on a pseudo-terminal: bracketed paste switched on for the quiz and off on every way out, a pasted
/// answer with blank lines kept whole, and Ctrl-D after typing submitting the answer.
@Suite(.serialized) struct TerminalSessionTests {
    private static let pasteOn = "\u{1B}[?2004h"
    private static let pasteOff = "\u{1B}[?2004l"

    private let quiz = ["quiz", "--ids", "epoch-batch-iteration,data-generators", "--order", "sequential"]

    /// Whether paste mode was switched on before the first question and off after the last output that mattered.
    private func expectPasteSwitchedOnAndOff(_ output: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let on = output.range(of: Self.pasteOn)
        let off = output.range(of: Self.pasteOff, options: .backwards)
        #expect(on != nil, "paste mode never switched on", sourceLocation: sourceLocation)
        #expect(off != nil, "paste mode never switched off", sourceLocation: sourceLocation)
        if let on, let off {
            #expect(on.upperBound <= off.lowerBound, sourceLocation: sourceLocation)
            #expect(
                output[on.upperBound...].components(separatedBy: Self.pasteOn).count == 1,
                sourceLocation: sourceLocation)
        }
        if let question = output.range(of: "Question 1 of 2"), let on {
            #expect(on.upperBound <= question.lowerBound, sourceLocation: sourceLocation)
        }
    }

    @Test func aPastedAnswerWithBlankLinesIsOneAnswerAndPasteModeEndsWithQ() throws {
        let runner = try BinaryRunner()
        let terminal = try OnTerminal(quiz, runner: runner)
        #expect(terminal.waitFor("> "))
        // What a terminal sends for a pasted answer: the markers around it, its newlines as carriage returns.
        terminal.type("\u{1B}[200~First paragraph.\r\r2\rLast paragraph.\u{1B}[201~\r")
        terminal.type("\r")
        #expect(terminal.waitFor("Press Enter to accept"))
        terminal.type("none\r")
        #expect(terminal.waitFor("Enter accepts"))
        terminal.type("\r")
        #expect(terminal.waitFor("> ", times: 4))
        terminal.type("q\r")
        #expect(terminal.finish() == 0)
        let output = terminal.output
        expectPasteSwitchedOnAndOff(output)
        #expect(
            output.contains(
                "Your answer, as you typed it\r\n  │ First paragraph.\r\n  │\r\n  │ 2\r\n  │ Last paragraph.\r\n"))
        let saved = try String(contentsOfFile: runner.progressPath, encoding: .utf8)
        #expect(saved.contains(#""covered":[],"total":6"#))
        #expect(saved.contains(#""answer":"First paragraph.\n\n2\nLast paragraph."}"#))
    }

    @Test func controlCharactersTypedOrPastedAreEchoedVisiblyNeverRaw() throws {
        let runner = try BinaryRunner()
        let terminal = try OnTerminal(quiz, runner: runner)
        #expect(terminal.waitFor("> "))
        // A paste holding a title-setting sequence and a colour: the kernel's echo shows them as ^[, never sends ESC.
        terminal.type("\u{1B}[200~BN \u{1B}]0;PWNED\u{07}with the \u{1B}[31mmini-batch mean\u{1B}[201~\r")
        terminal.type("\r")
        #expect(terminal.waitFor("Press Enter to accept"))
        terminal.type("q\r")
        _ = terminal.finish()
        let output = terminal.output
        #expect(output.contains("^[]0;PWNED^G"), "the echo shows the sequence")
        #expect(!output.contains("\u{1B}]0;PWNED"), "no title sequence reaches the terminal")
        #expect(!output.contains("\u{1B}[31mmini"), "no colour sequence from the paste reaches the terminal")
    }

    @Test func ctrlDAfterTypingSubmitsAndCtrlDOnAnEmptyLineEndsWithPasteModeOff() throws {
        let runner = try BinaryRunner()
        let terminal = try OnTerminal(quiz, runner: runner)
        #expect(terminal.waitFor("> "))
        terminal.type("An epoch is one pass\u{04}")
        #expect(terminal.waitFor("Press Enter to accept"))
        terminal.type("1\r")
        #expect(terminal.waitFor("Enter accepts"))
        terminal.type("\r")
        #expect(terminal.waitFor("> ", times: 4))
        terminal.type("\u{04}")
        #expect(terminal.finish() == 0)
        let output = terminal.output
        expectPasteSwitchedOnAndOff(output)
        #expect(output.contains("  │ An epoch is one pass\r\n"))
        #expect(output.contains("Stopped after 1 of 2 questions."))
        let saved = try String(contentsOfFile: runner.progressPath, encoding: .utf8)
        #expect(saved.contains(#""answer":"An epoch is one pass"}"#))
    }

    @Test func ctrlCSwitchesPasteModeOffBeforeExiting130() throws {
        let runner = try BinaryRunner()
        let terminal = try OnTerminal(quiz, runner: runner)
        #expect(terminal.waitFor("> "))
        terminal.process.interrupt()
        _ = terminal.finish()
        #expect(terminal.process.terminationReason == .uncaughtSignal || terminal.process.terminationStatus == 130)
        expectPasteSwitchedOnAndOff(terminal.output)
        #expect(terminal.output.contains("Interrupted."))
    }

    @Test func aFailedSaveSwitchesPasteModeOffBeforeExiting1() throws {
        let runner = try BinaryRunner()
        let terminal = try OnTerminal(quiz, runner: runner, noFileGrowth: true)
        #expect(terminal.waitFor("> "))
        terminal.type("\rall\r\r")
        #expect(terminal.finish() == 1)
        #expect(terminal.output.contains("Error: "))
        expectPasteSwitchedOnAndOff(terminal.output)
    }

    @Test func theEditorWritesTheAnswerAndWithoutOneTheQuizSaysHowToSetIt() throws {
        let runner = try BinaryRunner()
        let editor = runner.home.appendingPathComponent("editor.sh")
        try
            "#!/bin/sh\nprintf 'From the editor.\\n\\nSecond paragraph.\\n' | cat - \"$1\" > \"$1.new\" && mv \"$1.new\" \"$1\"\n"
            .write(to: editor, atomically: true, encoding: .utf8)
        chmod(editor.path, 0o755)
        // Run through sh rather than executed: a script file written by this multi-threaded test process could still
        // be open in a child another test forked meanwhile, and exec would fail with "Text file busy".
        let terminal = try OnTerminal(quiz, runner: runner, environment: ["EDITOR": "sh " + editor.path])
        #expect(terminal.waitFor("> "))
        terminal.type("e\r")
        #expect(terminal.waitFor("Press Enter to accept"))
        terminal.type("1 2\r\r")
        #expect(terminal.waitFor("> ", times: 4))
        terminal.type("q\r")
        #expect(terminal.finish() == 0)
        // The editor runs with paste mode off, and it is switched on again after.
        #expect(terminal.output.components(separatedBy: Self.pasteOn).count - 1 == 2)
        let saved = try String(contentsOfFile: runner.progressPath, encoding: .utf8)
        #expect(saved.contains(#""answer":"From the editor.\n\nSecond paragraph."}"#))

        let plain = try OnTerminal(quiz, runner: runner, environment: ["EDITOR": "", "VISUAL": ""])
        #expect(plain.waitFor("> "))
        plain.type("e\r")
        #expect(plain.waitFor("No editor: set $VISUAL or $EDITOR"))
        plain.type("q\r")
        #expect(plain.finish() == 0)
    }

    @Test func pipedInputNeverSwitchesPasteModeOn() throws {
        let runner = try BinaryRunner()
        let result = try runner.run(quiz, input: "\nall\n\n\nnone\n\n", environment: ["TERM": "xterm-256color"])
        #expect(result.status == 0)
        #expect(!result.output.contains("\u{1B}[?2004"))
    }

    @Test func aDumbTerminalIsNeverSentTheSequence() throws {
        let runner = try BinaryRunner()
        let terminal = try OnTerminal(quiz, runner: runner, environment: ["TERM": "dumb"])
        #expect(terminal.waitFor("> "))
        terminal.type("q\r")
        #expect(terminal.finish() == 0)
        #expect(!terminal.output.contains("\u{1B}[?2004"))
    }
}
