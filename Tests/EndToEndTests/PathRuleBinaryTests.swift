import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The path rule through the built binary, where a mistake would hang or destroy: named pipes never make a reader
/// wait, a reset moves nothing but a regular file, a signal leaves no temporary file, `ulimit -f` is an error.
@Suite struct PathRuleBinaryTests {
    private func run(
        _ runner: BinaryRunner, _ arguments: [String], input: String = "", timeout: TimeInterval = 20
    ) throws -> (BinaryRunner.Result, TimeInterval) {
        let start = Date()
        let running = try runner.start(arguments)
        running.input.fileHandleForWriting.write(Data(input.utf8))
        try running.input.fileHandleForWriting.close()
        let result = running.wait(timeout: timeout)
        return (result, Date().timeIntervalSince(start))
    }

    @Test(arguments: [["stats"], ["list"], ["progress"], ["show", "data-generators", "--history"], ["quiz", "--order", "due"]])
    func aNamedPipeAsTheProgressFileIsRefusedAtOnce(command: [String]) throws {
        let runner = try BinaryRunner()
        let fifo = runner.home.appendingPathComponent("progress.fifo").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let (result, seconds) = try run(runner, command + ["--progress", fifo])
        #expect(seconds < 10)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("Error: Cannot read '\(fifo)': it is a named pipe (FIFO), not a regular file.")
            || result.error.hasPrefix("Error: Cannot write '\(fifo)': it is a named pipe (FIFO), not a regular file."), "\(result.error)")
    }

    @Test(arguments: [["decks"], ["list", "--deck", "my-deck"], ["list", "--deck", "piped"]])
    func aNamedPipeInTheDeckLibraryNeverHangs(command: [String]) throws {
        let runner = try BinaryRunner()
        let library = runner.home.appendingPathComponent(".local/share/dlquiz/decks")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        try #require(mkfifo(library.appendingPathComponent("piped.md").path, 0o600) == 0)
        let starter = try runner.run(["new", "-"]).output
        try Data(starter.utf8).write(to: library.appendingPathComponent("my-deck.md"))
        let (result, seconds) = try run(runner, command)
        #expect(seconds < 10)
        #expect(!result.wasSignalled)
        if command == ["decks"] {
            #expect(result.status == 0)
            #expect(result.output.contains("piped.md: it is a named pipe (FIFO), not a regular file"), "\(result.output)")
        } else if command.last == "my-deck" {
            #expect(result.status == 0, "\(result.error)")
            #expect(result.output.contains("what-is-overfitting"))
        } else {
            #expect(result.status == 1)
            #expect(result.error.contains("it is a named pipe (FIFO)"), "\(result.error)")
        }
    }

    @Test func aResetRefusesAFolderAFolderBehindALinkAndADeviceInQuizsWords() throws {
        let runner = try BinaryRunner()
        let notes = runner.home.appendingPathComponent("notes").path
        try FileManager.default.createDirectory(atPath: notes, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: notes + "/todo.txt"))
        let linked = runner.home.appendingPathComponent("linked").path
        try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: notes)
        var paths = [notes, linked]
        // Our own device node, never the machine's /dev/null (creating one needs root).
        let device = runner.home.appendingPathComponent("null-device").path
        if mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 { paths.append(device) }
        for path in paths {
            let quiz = try runner.run(["quiz", "--progress", path])
            let firstSentences = quiz.error.components(separatedBy: " Nothing was asked yet").first ?? ""
            #expect(firstSentences.hasPrefix("Error: Cannot write '\(path)': "))
            for confirm in [["--yes"], []] {
                let reset = try runner.run(["progress", "reset", "--progress", path] + confirm, input: "yes\n")
                #expect(reset.status == 1)
                #expect(reset.error == firstSentences + "\n", "\(reset.error)")
            }
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: runner.home.path).sorted()
        #expect(left == (["linked", "notes"] + (paths.count == 3 ? ["null-device"] : [])).sorted())
        #expect(try FileManager.default.contentsOfDirectory(atPath: notes) == ["todo.txt"])
    }

    @Test func aSignalDuringAWriteLeavesNoTemporaryFile() throws {
        let runner = try BinaryRunner()
        // A deck big enough that writing its export takes a moment.
        let question = #"{"id":"q-ID","topic":"t","difficulty":1,"minutes":2,"question":"Question ID?","answer":"TEXT","keyPoints":["a","b"]}"#
        let text = String(repeating: "All work and no play makes a long answer. ", count: 200)
        let questions = (0..<1500).map { question.replacingOccurrences(of: "ID", with: "\($0)").replacingOccurrences(of: "TEXT", with: text) }
        let deck = #"{"schemaVersion":1,"id":"big","title":"Big","languages":["en"],"questions":["# + questions.joined(separator: ",") + "]}"
        let deckPath = runner.home.appendingPathComponent("big.json").path
        try Data(deck.utf8).write(to: URL(fileURLWithPath: deckPath))
        let out = runner.home.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for attempt in 0..<10 {
            for signal in [SIGTERM, SIGINT] {
                let running = try runner.start(["export", "--format", "json", "--deck", deckPath, "-o", out.appendingPathComponent("deck.json").path])
                usleep(UInt32(20_000 * attempt))
                kill(running.process.processIdentifier, signal)
                _ = running.wait()
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }
                #expect(leftovers.isEmpty, "after signal \(signal) at \(20 * attempt) ms: \(leftovers)")
            }
        }
    }

    @Test func aWritePastTheFileSizeLimitIsAnErrorNotADeath() throws {
        let runner = try BinaryRunner()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let out = runner.home.appendingPathComponent("sheet.txt").path
        // No `trap '' XFSZ` here: dlquiz ignores the signal itself.
        process.arguments = ["-c", #"ulimit -f 1; exec "$0" "$@""#, BinaryRunner.executableURL.path, "sheet", "-o", out]
        process.environment = runner.baseEnvironment
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = Pipe()
        try process.run()
        let error = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1)
        #expect(error == "Error: Cannot write '\(out)': file too large. The file has reached the largest size allowed here ('ulimit -f').\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
