import Foundation
import QuizTestSupport
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

    @Test(arguments: [
        ["stats"], ["list"], ["progress"], ["show", "data-generators", "--history"], ["quiz", "--order", "due"],
    ])
    func aNamedPipeAsTheProgressFileIsRefusedAtOnce(command: [String]) throws {
        let runner = try BinaryRunner()
        let fifo = runner.home.appendingPathComponent("progress.fifo").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let (result, seconds) = try run(runner, command + ["--progress", fifo])
        #expect(seconds < 10)
        #expect(result.status == 1)
        #expect(
            result.error.unwrapped.hasPrefix(
                "Error: Cannot read '\(fifo)': it is a named pipe (FIFO), not a regular file.")
                || result.error.unwrapped.hasPrefix(
                    "Error: Cannot write '\(fifo)': it is a named pipe (FIFO), not a regular file."),
            "\(result.error)")
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
            #expect(
                result.output.contains("piped.md: it is a named pipe (FIFO), not a regular file"), "\(result.output)")
        } else if command.last == "my-deck" {
            #expect(result.status == 0, "\(result.error)")
            #expect(result.output.contains("my-deck-overfitting"))
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
            let firstSentences = quiz.error.unwrapped.components(separatedBy: " Nothing was asked yet").first ?? ""
            #expect(firstSentences.hasPrefix("Error: Cannot write '\(path)': "))
            for confirm in [["--yes"], []] {
                let reset = try runner.run(["progress", "reset", "--progress", path] + confirm, input: "yes\n")
                #expect(reset.status == 1)
                #expect(reset.error.unwrappedEquals(firstSentences + "\n"), "\(reset.error)")
            }
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: runner.home.path).sorted()
        #expect(left == (["linked", "notes"] + (paths.count == 3 ? ["null-device"] : [])).sorted())
        #expect(try FileManager.default.contentsOfDirectory(atPath: notes) == ["todo.txt"])
    }

    @Test func aSignalDuringAWriteLeavesNoTemporaryFile() throws {
        let runner = try BinaryRunner()
        // A deck whose export takes long enough to write that the temporary file can be seen.
        let question =
            #"{"id":"q-ID","topic":"t","difficulty":1,"minutes":2,"question":"Question ID?","answer":"TEXT","keyPoints":["a","b"]}"#
        let text = String(repeating: "All work and no play makes a long answer. ", count: 200)
        let questions = (0..<3000).map {
            question.replacingOccurrences(of: "ID", with: "\($0)").replacingOccurrences(of: "TEXT", with: text)
        }
        let deck =
            #"{"schemaVersion":1,"id":"big","title":"Big","languages":["en"],"questions":["#
            + questions.joined(separator: ",") + "]}"
        let deckPath = runner.home.appendingPathComponent("big.json").path
        try Data(deck.utf8).write(to: URL(fileURLWithPath: deckPath))
        let out = runner.home.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        var caught = 0
        for attempt in 0..<30 where caught < 3 {
            let signal = attempt % 2 == 0 ? SIGTERM : SIGINT
            let running = try runner.start([
                "export", "--format", "json", "--deck", deckPath, "-o", out.appendingPathComponent("deck.json").path,
            ])
            // Send the signal the moment the temporary file exists, while the export is being written.
            while running.process.isRunning {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
                if names.contains(where: { $0.hasSuffix(".tmp") }) {
                    kill(running.process.processIdentifier, signal)
                    caught += 1
                    break
                }
            }
            _ = running.wait()
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter {
                $0.hasSuffix(".tmp")
            }
            #expect(leftovers.isEmpty, "after signal \(signal): \(leftovers)")
        }
        #expect(caught > 0, "no signal arrived while the temporary file existed")
    }

    /// Runs the binary under `prlimit --fsize` with SIGXFSZ at its default action and unblocked (this test process
    /// may ignore or block it, and both are inherited across exec); returns its status and error.
    private func runWithSizeLimit(_ arguments: [String], runner: BinaryRunner) throws -> (
        status: Int32, signal: Int32?, error: String
    ) {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGXFSZ)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // Nothing blocked either: a blocked SIGXFSZ would only stay pending, and hide a death.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[1], 2)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let command = ["/usr/bin/prlimit", "--fsize=512", BinaryRunner.executableURL.path] + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] =
            runner.baseEnvironment.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, command[0], &actions, &attributes, &argv, &envp)
        close(ends[1])
        #expect(spawned == 0)
        var error = Data()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(ends[0], &chunk, chunk.count)
            if count <= 0 { break }
            error.append(contentsOf: chunk[0..<count])
        }
        close(ends[0])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let signal = status & 0x7F
        return (
            signal == 0 ? (status >> 8) & 0xFF : -1, signal == 0 ? nil : signal, String(decoding: error, as: UTF8.self)
        )
    }

    @Test func aWritePastTheFileSizeLimitIsAnErrorNotADeath() throws {
        let runner = try BinaryRunner()
        let out = runner.home.appendingPathComponent("sheet.txt").path
        let result = try runWithSizeLimit(["sheet", "-o", out], runner: runner)
        #expect(result.signal == nil, "ended by signal \(result.signal ?? 0)")
        #expect(result.status == 1)
        #expect(
            result.error.unwrappedEquals(
                "Error: Cannot write '\(out)': file too large. The file has reached the largest size allowed here ('ulimit -f').\n"
            ))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
