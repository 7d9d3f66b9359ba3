import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The built binary on a pseudo-terminal: bracketed paste switched on for the quiz and off on every way out, a pasted
/// answer with blank lines kept whole, and Ctrl-D after typing submitting the answer.
@Suite(.serialized) struct TerminalSessionTests {
    private static let pasteOn = "\u{1B}[?2004h"
    private static let pasteOff = "\u{1B}[?2004l"

    /// A running binary whose standard input, output and error are the slave side of a new pseudo-terminal.
    final class OnTerminal: @unchecked Sendable {
        let process = Process()
        let master: Int32
        private var data = Data()
        private let lock = NSLock()
        private var reader: Thread?

        /// Starts the binary; with `noFileGrowth`, through a shell that forbids any file to grow (`ulimit -f 0`, with
        /// SIGXFSZ ignored, so a write fails with EFBIG instead of killing the process).
        init(
            _ arguments: [String], runner: BinaryRunner, environment: [String: String] = [:], noFileGrowth: Bool = false
        ) throws {
            // posix_openpt and friends need _XOPEN_SOURCE, which Glibc's module does not set: the same through ioctl
            // (TIOCSPTLCK and TIOCGPTN, whose values are the same on x86_64 and aarch64).
            master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
            var unlock: Int32 = 0
            var number: UInt32 = 0
            guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
                throw POSIXError(.ENODEV)
            }
            let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
            guard slave >= 0 else { throw POSIXError(.ENODEV) }
            var size = winsize(ws_row: 40, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
            if noFileGrowth {
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", "trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\"", BinaryRunner.executableURL.path] + arguments
            } else {
                process.executableURL = BinaryRunner.executableURL
                process.arguments = arguments
            }
            process.environment = runner.baseEnvironment.merging(["TERM": "xterm-256color"].merging(environment) { $1 }) { $1 }
            let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
            process.standardInput = handle
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
            close(slave)
            let master = master
            let thread = Thread { [weak self] in
                var buffer = [UInt8](repeating: 0, count: 4096)
                while true {
                    let count = read(master, &buffer, buffer.count)
                    if count <= 0 { break }
                    guard let self else { return }
                    self.lock.lock()
                    self.data.append(contentsOf: buffer[0..<count])
                    self.lock.unlock()
                }
            }
            thread.start()
            reader = thread
        }

        var output: String {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: data, as: UTF8.self)
        }

        /// Types bytes on the terminal's keyboard.
        func type(_ text: String) {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        }

        /// Waits until the output holds `text` `times` times.
        @discardableResult
        func waitFor(_ text: String, times: Int = 1, timeout: TimeInterval = 15) -> Bool {
            let deadline = Date() + timeout
            while Date() < deadline {
                if output.components(separatedBy: text).count - 1 >= times { return true }
                usleep(20_000)
            }
            return false
        }

        /// Waits for the end (killing a hung binary) and returns the exit status.
        func finish(timeout: TimeInterval = 30) -> Int32 {
            let deadline = Date() + timeout
            while process.isRunning && Date() < deadline { usleep(10_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            usleep(100_000)
            close(master)
            return process.terminationStatus
        }
    }

    private let quiz = ["quiz", "--ids", "epoch-batch-iteration,data-generators", "--order", "sequential"]

    /// Whether paste mode was switched on before the first question and off after the last output that mattered.
    private func expectPasteSwitchedOnAndOff(_ output: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let on = output.range(of: Self.pasteOn)
        let off = output.range(of: Self.pasteOff, options: .backwards)
        #expect(on != nil, "paste mode never switched on", sourceLocation: sourceLocation)
        #expect(off != nil, "paste mode never switched off", sourceLocation: sourceLocation)
        if let on, let off {
            #expect(on.upperBound <= off.lowerBound, sourceLocation: sourceLocation)
            #expect(output[on.upperBound...].components(separatedBy: Self.pasteOn).count == 1, sourceLocation: sourceLocation)
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
        #expect(terminal.waitFor("Which key points"))
        terminal.type("none\r")
        #expect(terminal.waitFor("Enter accepts"))
        terminal.type("\r")
        #expect(terminal.waitFor("> ", times: 4))
        terminal.type("q\r")
        #expect(terminal.finish() == 0)
        let output = terminal.output
        expectPasteSwitchedOnAndOff(output)
        #expect(output.contains("Your answer, as you typed it\r\n  │ First paragraph.\r\n  │\r\n  │ 2\r\n  │ Last paragraph.\r\n"))
        let saved = try String(contentsOfFile: runner.progressPath, encoding: .utf8)
        #expect(saved.contains(#""covered":[],"total":6"#))
        #expect(saved.contains(#""answer":"First paragraph.\n\n2\nLast paragraph."}"#))
    }

    @Test func ctrlDAfterTypingSubmitsAndCtrlDOnAnEmptyLineEndsWithPasteModeOff() throws {
        let runner = try BinaryRunner()
        let terminal = try OnTerminal(quiz, runner: runner)
        #expect(terminal.waitFor("> "))
        terminal.type("An epoch is one pass\u{04}")
        #expect(terminal.waitFor("Which key points"))
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
        try "#!/bin/sh\nprintf 'From the editor.\\n\\nSecond paragraph.\\n' | cat - \"$1\" > \"$1.new\" && mv \"$1.new\" \"$1\"\n"
            .write(to: editor, atomically: true, encoding: .utf8)
        chmod(editor.path, 0o755)
        // Run through sh rather than executed: a script file written by this multi-threaded test process could still
        // be open in a child another test forked meanwhile, and exec would fail with "Text file busy".
        let terminal = try OnTerminal(quiz, runner: runner, environment: ["EDITOR": "sh " + editor.path])
        #expect(terminal.waitFor("> "))
        terminal.type("e\r")
        #expect(terminal.waitFor("Which key points"))
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
