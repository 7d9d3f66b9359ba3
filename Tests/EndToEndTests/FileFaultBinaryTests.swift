import Foundation
import QuizTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// File faults that only a real process meets: a size limit that cuts a write short, endless inputs, a normal user
/// writing to `/dev/full`.
@Suite struct FileFaultBinaryTests {
    /// Runs `script` with `sh -c`, `$0` being the dlquiz binary and `$@` the arguments.
    private func shell(
        _ script: String, _ arguments: [String], runner: BinaryRunner, input: String = ""
    ) throws -> BinaryRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, BinaryRunner.executableURL.path] + arguments
        process.environment = runner.baseEnvironment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRunner.Result(
            output: String(decoding: output, as: UTF8.self), error: String(decoding: error, as: UTF8.self),
            status: process.terminationStatus, wasSignalled: process.terminationReason == .uncaughtSignal)
    }

    @Test func aWriteCutShortByTheFileSizeLimitStopsTheQuizAndLeavesNoPartOfTheLine() throws {
        let runner = try BinaryRunner()
        let progress = runner.home.appendingPathComponent("progress.jsonl").path
        // 200 blank lines, then room (up to the 512-byte limit of `ulimit -f 1`) for one record but not two: the
        // second append is written in part, then fails with EFBIG (SIGXFSZ is ignored, so write returns the error).
        let blank = String(repeating: "\n", count: 200)
        try Data(blank.utf8).write(to: URL(fileURLWithPath: progress))
        let result = try shell(
            #"trap '' XFSZ; ulimit -f 1; exec "$0" "$@""#,
            [
                "quiz", "--progress", progress, "--ids", "data-generators,epoch-batch-iteration,learning-rate-effects",
                "--order", "sequential",
            ],
            runner: runner, input: "\nall\n\n\n1\n\n\nall\n\n")
        #expect(result.status == 1)
        #expect(
            result.error.unwrappedEquals(
                "Error: Cannot write '\(progress)': file too large. The file has reached the largest size allowed here ('ulimit -f'). The quiz stops here; earlier answers are saved.\n"
            ))
        #expect(result.output.components(separatedBy: "Saved: ").count == 2)
        #expect(result.output.contains("Saved 1 answer to ~/progress.jsonl."))
        #expect(result.output.contains("Stopped after 1 of 3 questions."))
        let text = try String(contentsOfFile: progress, encoding: .utf8)
        #expect(text.hasPrefix(blank + "{"))
        #expect(text.hasSuffix("\"mode\":\"quiz\"}\n"))
        #expect(text.split(separator: "\n").count == 1)
    }

    @Test(arguments: [
        (
            ["validate", "/dev/zero"],
            "Error: Cannot read '/dev/zero': it is a character device, not a regular file. Choose a regular file.\n"
        ),
        (
            ["stats", "--progress", "/dev/zero"],
            "Error: Cannot read '/dev/zero': it is a character device, not a regular file. Choose a regular file.\n"
        ),
    ])
    func endlessDevicesAreRefusedBeforeTheyAreRead(arguments: [String], message: String) throws {
        let runner = try BinaryRunner()
        let start = Date()
        let measured = try runner.runMeasuringPeakMemory(arguments)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(measured.result.status == 1)
        #expect(measured.result.error.unwrappedEquals(message))
        // Above a megabyte, so a measurement that reads nothing back cannot pass for a small one.
        #expect(
            (1_000..<400_000).contains(measured.peakResidentKiB), "peak resident memory \(measured.peakResidentKiB) KiB"
        )
    }

    @Test(
        .enabled(
            if: InstalledTool.path("time") != nil, "GNU time is not installed: nothing measures a piped run's memory"),
        arguments: [
            (
                ["validate", "/dev/stdin"],
                "Error: Cannot read '/dev/stdin': it holds more than 64 MiB, far more than any deck. Check the path: a deck is a JSON file of at most that size.\n"
            ),
            (
                ["stats", "--progress", "/dev/stdin"],
                "Error: Cannot read '/dev/stdin': line 1 runs on for more than 64 MiB without a line break, so it is not a progress file. Check the path given with --progress or DLQUIZ_PROGRESS.\n"
            ),
            (
                ["convert", "-", "out.md"],
                "Error: Cannot read '-': it holds more than 64 MiB, far more than any deck. Check the path: a deck is a JSON file of at most that size.\n"
            ),
        ])
    func endlessPipesStopAtTheLimitInBoundedMemory(arguments: [String], message: String) throws {
        let runner = try BinaryRunner()
        let start = Date()
        // A pipe is read up to the 64 MiB limit; GNU time prints the peak resident set in KiB on the last line.
        let time = InstalledTool.path("time") ?? "time"
        let result = try shell("cat /dev/zero | '\(time)'" + #" -q -f '%M' "$0" "$@""#, arguments, runner: runner)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(result.status == 1)
        var lines = result.error.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        let peakKiB = Int(lines.popLast() ?? "") ?? .max
        #expect((lines.joined(separator: "\n") + "\n").unwrappedEquals(message))
        #expect(peakKiB < 400_000, "peak resident memory \(peakKiB) KiB")
    }

    /// As a normal user: the tests' own user, or nobody through `setpriv` when the tests run as root (root may
    /// create files in /dev).
    @Test(
        .enabled(
            if: !InstalledTool.runningAsRoot || InstalledTool.path("setpriv") != nil,
            "the tests run as root and setpriv (util-linux) is not installed: nothing can run the binary as a normal user"
        ))
    func aNormalUserWritingToDevFullIsToldTheDiskIsFull() throws {
        let runner = try BinaryRunner()
        let asNormalUser =
            InstalledTool.runningAsRoot
            ? "exec '\(InstalledTool.path("setpriv") ?? "setpriv")' --reuid=65534 --regid=65534 --clear-groups \"$0\" \"$@\""
            : #"exec "$0" "$@""#
        // Standard output is the full device: a file of that name would be refused before anything is written.
        let result = try shell(asNormalUser + " > /dev/full", ["export", "--format", "csv"], runner: runner)
        #expect(result.status == 1)
        #expect(result.error.unwrappedEquals("Error: Cannot write to standard output: no space left on device.\n"))
    }

    @Test func aDeviceAsAnOutputFileIsRefusedBeforeAnythingIsWritten() throws {
        let runner = try BinaryRunner()
        let result = try shell(#"exec "$0" "$@""#, ["export", "--format", "csv", "-o", "/dev/full"], runner: runner)
        #expect(result.status == 1)
        #expect(
            result.error.unwrappedEquals(
                "Error: Cannot write '/dev/full': it is a character device, not a regular file. Choose a regular file (or a symbolic link to one).\n"
            ))
    }
}
