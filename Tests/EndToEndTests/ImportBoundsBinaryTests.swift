import Foundation
import QuizTestSupport
import Testing

/// A CSV or Anki file of a million tiny bad records is read one record at a time: its memory is that of the file and
/// the first problems, never a copy of every record (which took 5.3 GB for 64 MiB of `,` rows).
@Suite(.serialized) struct ImportBoundsBinaryTests {
    /// The first line, the record repeated a million times, and the options that read it.
    static let files: [String: (head: String, record: String, options: [String])] = [
        "many-rows.csv": ("question,answer\n", ",\n", ["--id", "bad-csv"]),
        "many-notes.txt": ("#separator:tab\n", "\t\n", ["--from", "anki"]),
        "many-headerless.csv": ("", ",\n", ["--id", "bad-csv"]),
    ]

    /// Runs the binary under GNU time, started from a shell: a child spawned by the test process itself would report
    /// the test process's resident memory as its own peak (Linux carries it over the exec).
    private func measured(_ arguments: [String], runner: BinaryRunner) throws -> (
        status: Int32, error: String, peakKiB: Int
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let time = InstalledTool.path("time") ?? "time"
        process.arguments =
            ["-c", "'\(time)'" + #" -q -f '%M' "$0" "$@" </dev/null >/dev/null"#, BinaryRunner.executableURL.path]
            + arguments
        process.environment = runner.baseEnvironment
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        let error = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var lines = error.split(separator: "\n")
        let peak = Int(lines.popLast() ?? "") ?? .max
        return (process.terminationStatus, lines.joined(separator: "\n"), peak)
    }

    @Test(
        .enabled(if: InstalledTool.path("time") != nil, "GNU time is not installed: nothing measures a run's memory"),
        arguments: ["many-rows.csv", "many-notes.txt", "many-headerless.csv"])
    func aMillionBadRecordsAreReadInBoundedMemory(name: String) throws {
        let (head, record, options) = try #require(Self.files[name])
        let runner = try BinaryRunner()
        let input = runner.home.appendingPathComponent(name)
        try Data((head + String(repeating: record, count: 1_000_000)).utf8).write(to: input)
        let output = runner.home.appendingPathComponent("out.json").path
        let result = try measured(["convert", input.path, output] + options, runner: runner)
        #expect(result.status == 65, "\(result.error.prefix(400))")
        // Only the first problems are listed, then how many more there were.
        // (Counted by the file name each problem starts with, as a long path may wrap a problem onto two lines; the
        // limit is 50 problems, and a note line may name the file too.)
        #expect(result.error.components(separatedBy: name + ":").count - 1 < 55)
        #expect(!FileManager.default.fileExists(atPath: output))
        // About 25 MB with a debug binary; holding every record took 160 to 180 MB.
        #expect(result.peakKiB < 80_000, "peak resident memory \(result.peakKiB) KiB")
    }
}
