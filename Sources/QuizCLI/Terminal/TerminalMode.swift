import QuizStore

#if canImport(Glibc)
    import Glibc
#endif

/// Bracketed paste for the quiz's prompts: while it is on, the terminal wraps a paste in `ESC[200~` … `ESC[201~`, so
/// `StandardInput` keeps a pasted answer with blank lines as one answer.
///
/// Only when both standard input and output are the terminal and `TERM` names one that is not `dumb` (a dumb terminal
/// would print the sequence). The kernel echoes what is typed or pasted with control characters made visible
/// (ECHOCTL on, whatever the terminal had: `^[` for ESC), so an escape sequence in a paste is shown, never run by
/// the terminal; the cost is that the paste markers show as `^[[200~` … `^[[201~` around a paste, whose text the quiz
/// then shows again cleanly. `restore()` switches both back and is called on every way out of the quiz: its end, end
/// of input, Ctrl-C (before the process re-raises SIGINT), an error thrown, and around the editor.
final class TerminalMode: @unchecked Sendable {
    private let output: any TextSink
    private var saved: termios?
    private var isOn = false

    /// The mode for the process's terminal, or nil when either end is not a terminal or the terminal is dumb.
    static func make(for context: CommandContext) -> TerminalMode? {
        guard context.terminal.isOutputTerminal, context.terminal.isInputTerminal,
            let term = context.environment["TERM"], !term.isEmpty, term != "dumb"
        else { return nil }
        return TerminalMode(output: context.output)
    }

    init(output: any TextSink) {
        self.output = output
    }

    /// Switches bracketed paste on.
    func enable() {
        guard !isOn else { return }
        var settings = termios()
        if tcgetattr(STDIN_FILENO, &settings) == 0 {
            saved = settings
            settings.c_lflag |= tcflag_t(ECHOCTL)
            _ = tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        }
        output.write(verbatim: "\u{1B}[?2004h")
        output.flush()
        isOn = true
    }

    /// Switches bracketed paste off and gives the terminal its settings back.
    func restore() {
        guard isOn else { return }
        output.write(verbatim: "\u{1B}[?2004l")
        output.flush()
        if var saved { _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        isOn = false
    }

    deinit { restore() }
}

// MARK: - External editor

/// `$VISUAL` or `$EDITOR` on a temporary file, as `git commit` opens it, for a long answer.
struct ExternalEditor {
    /// The shell command, as the environment gives it (it may hold arguments: `code --wait`).
    let command: String
    /// Where the temporary file goes: `TMPDIR` when absolute, else `/tmp`.
    let temporaryFolder: String

    /// The editor the environment names (`VISUAL` first, then `EDITOR`), or nil when neither is set.
    static func fromEnvironment(_ environment: [String: String]) -> ExternalEditor? {
        var folder = environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.allSatisfy(\.isWhitespace) {
                return ExternalEditor(command: value, temporaryFolder: folder)
            }
        }
        return nil
    }

    /// Why editing gave no text.
    enum Failure: Error, Equatable {
        /// The temporary file could not be made or read.
        case file
        /// The editor exited with this status (or could not be started: 127).
        case status(Int32)
    }

    /// Lets the user edit `template` and returns the saved text without the lines starting with `#`, trimmed of blank
    /// lines at both ends. The temporary file is removed.
    func edit(template: String) -> Result<String, Failure> {
        let base = temporaryFolder + "/dlquiz-answer-XXXXXX.md"
        var path = Array(base.utf8CString)
        let descriptor = mkstemps(&path, 3)
        guard descriptor >= 0 else { return .failure(.file) }
        let filePath = String(decoding: path.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        TemporaryFiles.remember(filePath)
        defer {
            unlink(filePath)
            TemporaryFiles.forget(filePath)
        }
        let bytes = Array(template.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == bytes.count else { return .failure(.file) }
        let status = run(["/bin/sh", "-c", command + " \"$@\"", command, filePath])
        guard status == 0 else { return .failure(.status(status)) }
        guard let file = fopen(filePath, "r") else { return .failure(.file) }
        defer { fclose(file) }
        var content: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count <= 0 { break }
            content += chunk[0..<count]
        }
        return .success(Self.answer(fromFile: String(decoding: content, as: UTF8.self)))
    }

    /// The answer in an edited file: comment lines (`#` first) dropped, blank lines at both ends trimmed.
    static func answer(fromFile text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }.filter { !$0.hasPrefix("#") }
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Runs a program with the terminal, waits, and returns its exit status (127 when it could not start).
    private func run(_ arguments: [String]) -> Int32 {
        ChildProcess.run(arguments)
    }
}
