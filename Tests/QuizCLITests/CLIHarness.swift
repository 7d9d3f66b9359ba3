import Foundation
import QuizTestSupport
import Testing

@testable import QuizCLI

/// What one in-process run of `dlquiz` printed and returned.
struct CLIResult {
    var output: String
    var error: String
    var status: Int32
}

/// Runs commands in-process with scripted input, a fixed clock, `COLUMNS=80`, `NO_COLOR=1`, English, and a
/// temporary home folder, so each test sees only the files it makes.
final class CLIHarness: @unchecked Sendable {
    let home: URL
    var environment: [String: String]
    var now: Date
    var seed: UInt64 = 1234
    /// The local time zone's offset from UTC in seconds (UTC unless a test says otherwise).
    var utcOffset = 0
    /// A time zone with changes (seconds east of UTC at each instant); when set, it replaces `utcOffset`.
    var utcOffsetRule: (@Sendable (Date) -> Int)?
    var sessionIDs = ["session-1", "session-2", "session-3", "session-4"]

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        environment = ["HOME": home.path, "COLUMNS": "80", "NO_COLOR": "1", "LANG": "en_US.UTF-8", "PAGER": "cat"]
        now = Date(timeIntervalSince1970: 1_795_424_400)  // 2026-11-23T09:00:00Z
    }

    deinit { try? FileManager.default.removeItem(at: home) }

    /// The default progress file inside the temporary home.
    var progressPath: String { home.appendingPathComponent(".local/state/dlquiz/progress.jsonl").path }

    /// A path inside the temporary home.
    func path(_ name: String) -> String { home.appendingPathComponent(name).path }

    /// Writes a file inside the temporary home and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = home.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Writes progress lines answering `question` of the bundled deck (or of `deck`) with `grade` at each offset
    /// (seconds from now).
    func writeHistory(
        _ entries: [(question: String, grade: Int, covered: [Int], total: Int, secondsAgo: Int)],
        deck: String = "deep-learning"
    ) throws {
        var text = ""
        for (index, entry) in entries.enumerated() {
            let time = Date(timeIntervalSince1970: now.timeIntervalSince1970 - Double(entry.secondsAgo))
            let stamp = iso8601(time)
            let covered = entry.covered.map(String.init).joined(separator: ",")
            text +=
                #"{"v":1,"type":"answer","time":"\#(stamp)","session":"old\#(index / 5)","seq":\#(index % 5 + 1),"deck":"\#(deck)","question":"\#(entry.question)","grade":\#(entry.grade),"covered":[\#(covered)],"total":\#(entry.total),"seconds":30,"mode":"quiz"}"#
                + "\n"
        }
        try write(".local/state/dlquiz/progress.jsonl", text)
    }

    private func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// The question ids of the answers saved in the progress file, in order.
    func savedQuestionIDs() -> [String] {
        progressLines().compactMap { line in
            guard let range = line.range(of: #""question":""#) else { return nil }
            return String(line[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    /// The progress file's lines.
    func progressLines() -> [String] {
        guard let text = try? String(contentsOfFile: progressPath, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init)
    }

    /// Runs `dlquiz` with arguments and input lines (nil is Ctrl-C); the clock advances one second per read.
    func run(_ arguments: [String], input: [String?] = [], environment extra: [String: String] = [:]) -> CLIResult {
        let output = BufferSink()
        let error = BufferSink()
        let context = self.context(arguments, input: input, environment: extra, output: output, error: error)
        let status = DLQuizCLI.run(context)
        return CLIResult(output: output.text, error: error.text, status: status)
    }

    /// The context `run` gives a command, for a test that drives a command's parts itself.
    func context(
        _ arguments: [String] = [], input: [String?] = [], environment extra: [String: String] = [:],
        output: BufferSink = BufferSink(), error: BufferSink = BufferSink()
    ) -> CommandContext {
        let start = now
        let clockState = ClockState(start: start)
        var ids = sessionIDs
        let idBox = IdentifierBox()
        let firstID = ids.isEmpty ? "session" : ids.removeFirst()
        sessionIDs = ids
        idBox.value = firstID
        let seed = self.seed
        let fixedOffset = self.utcOffset
        let utcOffset = utcOffsetRule ?? { _ in fixedOffset }
        let context = CommandContext(
            arguments: arguments, environment: environment.merging(extra) { $1 },
            input: ClockedInput(lines: input, clock: clockState), output: output, errorOutput: error,
            clock: { clockState.now }, makeSeed: { seed }, utcOffset: utcOffset, makeIdentifier: { idBox.value })
        return context
    }
}

/// A clock that moves one second each time a line is read.
final class ClockState: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(start: Date) { current = start }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(_ seconds: TimeInterval) {
        lock.lock()
        current += seconds
        lock.unlock()
    }
}

final class IdentifierBox: @unchecked Sendable {
    var value = ""
}

/// Scripted input that advances the clock by a second per line.
final class ClockedInput: LineSource, @unchecked Sendable {
    private let script: ScriptedInput
    private let clock: ClockState

    init(lines: [String?], clock: ClockState) {
        script = ScriptedInput(lines)
        self.clock = clock
    }

    func next() -> InputLine {
        clock.advance(1)
        return script.next()
    }
}

/// The small bilingual deck the UI snapshots and transcripts run on, so edits to the bundled deck's content never
/// touch them (the bundled deck has its own content tests).
let uiFixtureDeck = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/ui-deck.json").path

/// Compares text with `Snapshots/<name>.txt` beside this file (see `QuizTestSupport.expectSnapshot`).
func expectSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    QuizTestSupport.expectSnapshot(text, named: name, in: folder, sourceLocation: sourceLocation)
}
