import Foundation
import Testing

@testable import QuizCLI
@testable import QuizKit
@testable import QuizStore

/// The one prompt loop, driven with a toy session: a line `save x` asks to save `x`, `stop` ends it.
@Suite struct PromptLoopTests {
    /// Echoes each line as an event; `save x` also asks to save `x`.
    struct EchoSession: PracticeSession {
        private(set) var isFinished = false

        mutating func start(at time: Date) -> [String] { ["start", "prompt"] }

        mutating func handle(_ input: SessionInput, at time: Date) -> [String] {
            guard !isFinished else { return [] }
            guard case .line(let line) = input, line != "stop" else {
                isFinished = true
                return ["end"]
            }
            return line.hasPrefix("save ")
                ? ["said " + line, "record " + line.dropFirst(5), "prompt"] : ["said " + line, "prompt"]
        }
    }

    /// Logs what the loop asks of it; saving `bad` fails, and every checkpoint fails when `checkpointsFail`.
    final class Log: @unchecked Sendable {
        var entries: [String] = []
    }

    struct EchoMode: PracticeMode {
        let log: Log
        var checkpointsFail = false
        var closingStatus: Int32 = 0

        var strings: UIStrings { UIStrings(language: "en") }

        func persist(_ event: String) throws(StoreError) {
            guard event.hasPrefix("record ") else { return }
            if event == "record bad" { throw StoreError(.write, path: "/p", cause: .system(errno: 28)) }
            log.entries.append("saved " + event.dropFirst(7))
        }

        func persistFailure(_ error: StoreError) -> String { "Error: not saved." }

        func checkpoint(_ session: EchoSession, at time: Date) throws(StoreError) {
            log.entries.append("checkpoint")
            if checkpointsFail { throw StoreError(.write, path: "/p", cause: .system(errno: 28)) }
        }

        func checkpointFailure(_ error: StoreError) -> String { "Warning: not kept." }

        func render(_ event: String, session: EchoSession) -> String {
            log.entries.append("shown " + event)
            return event == "prompt" ? "> " : event + "\n"
        }

        func title(for session: EchoSession) -> LiveTitleText? { nil }

        func close(_ session: EchoSession, at time: Date) -> Closing {
            log.entries.append("closed")
            return Closing(text: "bye\n", status: closingStatus)
        }
    }

    private func run(_ lines: [String?], _ mode: EchoMode) -> (status: Int32, output: String, error: String) {
        let output = BufferSink()
        let error = BufferSink()
        let context = CommandContext(
            arguments: [], environment: [:], input: ScriptedInput(lines), output: output, errorOutput: error,
            clock: { Date(timeIntervalSince1970: 0) }, makeSeed: { 1 }, utcOffset: { _ in 0 }, makeIdentifier: { "id" })
        let status = PromptLoop(context: context, style: TextStyle(isEnabled: false), mode: mode).run(EchoSession())
        return (status, output.text, error.text)
    }

    @Test func aWholeRunShowsEveryEventAndCloses() {
        let log = Log()
        let result = run(["hi", "stop"], EchoMode(log: log))
        #expect(result.status == 0)
        #expect(result.output == "start\n> \nsaid hi\n> \nend\nbye\n")
        #expect(result.error == "")
        #expect(
            log.entries == [
                "checkpoint", "shown start", "shown prompt", "checkpoint", "shown said hi", "shown prompt", "shown end",
                "closed",
            ])
    }

    @Test func everythingALineAsksToSaveIsSavedBeforeAnyOfItIsShown() {
        let log = Log()
        _ = run(["save a", "stop"], EchoMode(log: log))
        #expect(
            log.entries.prefix(7) == [
                "checkpoint", "shown start", "shown prompt", "checkpoint", "saved a", "shown said save a",
                "shown record a",
            ])
    }

    @Test func aFailedSaveStopsWithStatusOneShowingTheEndButNotTheLine() {
        let log = Log()
        let result = run(["save a", "save bad", "more"], EchoMode(log: log))
        #expect(result.status == 1)
        #expect(result.output == "start\n> \nsaid save a\nrecord a\n> \n\nend\n")
        #expect(result.error == "Error: not saved.\n")
        #expect(!log.entries.contains("closed"))
    }

    @Test func aFailedCheckpointWarnsOnceAndGoesOn() {
        let result = run(["a", "b", "stop"], EchoMode(log: Log(), checkpointsFail: true, closingStatus: 1))
        #expect(result.status == 1)
        #expect(result.error == "Warning: not kept.\n")
        #expect(result.output.hasSuffix("said b\n> \nend\nbye\n"))
    }

    @Test func endOfInputEndsTheSessionLikeStop() {
        let result = run(["x"], EchoMode(log: Log()))
        #expect(result.status == 0)
        #expect(result.output == "start\n> \nsaid x\n> \nend\nbye\n")
    }

    @Test func ctrlCSaysSoEndsTheSessionAndReturns130AfterClosing() {
        let log = Log()
        let result = run(["x", nil, "never"], EchoMode(log: log))
        #expect(result.status == 130)
        #expect(result.output == "start\n> \nsaid x\n> \nInterrupted.\nend\nbye\n")
        #expect(log.entries.last == "closed")
    }
}
