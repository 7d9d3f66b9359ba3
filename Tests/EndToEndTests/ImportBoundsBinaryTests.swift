import Foundation
import QuizTestSupport
import Testing

/// A CSV or Anki file of a million tiny bad records is read one record at a time: its memory is that of the file and
/// the first problems, never a copy of every record (which took 5.3 GB for 64 MiB of `,` rows).
@Suite struct ImportBoundsBinaryTests {
    /// The first line, the record repeated a million times, and the options that read it.
    static let files: [String: (head: String, record: String, options: [String])] = [
        "many-rows.csv": ("question,answer\n", ",\n", ["--id", "bad-csv"]),
        "many-notes.txt": ("#separator:tab\n", "\t\n", ["--from", "anki"]),
        "many-headerless.csv": ("", ",\n", ["--id", "bad-csv"]),
    ]

    @Test(arguments: ["many-rows.csv", "many-notes.txt", "many-headerless.csv"])
    func manyBadRecordsAreReadInBoundedMemory(name: String) throws {
        let (head, record, options) = try #require(Self.files[name])
        let runner = try BinaryRunner()
        let input = runner.home.appendingPathComponent(name)
        try Data((head + String(repeating: record, count: 1_000_000)).utf8).write(to: input)
        let output = runner.home.appendingPathComponent("out.json").path
        let measured = try runner.runMeasuringPeakMemory(["convert", input.path, output] + options, timeout: 60)
        #expect(measured.result.status == 65, "\(measured.result.error.prefix(400))")
        // Only the first problems are listed, then how many more there were.
        #expect(measured.result.error.split(separator: "\n").count < 60)
        #expect(!FileManager.default.fileExists(atPath: output))
        // Holding every record took 180 to 200 MB. The peak of a spawned child includes the test process's own
        // resident memory at the spawn (about 50 MB; Linux carries it over the exec), so the bound is 100 MB.
        #expect(measured.peakResidentKiB < 100_000, "peak resident memory \(measured.peakResidentKiB) KiB")
    }
}
