import Foundation
import QuizTestSupport
import Testing

/// `--progress -`: the commands that only read the progress file read it from standard input; those that write it
/// refuse, before reading anything.
@Suite struct ProgressFromStandardInputTests {
    @Test func readersReadThePipedProgressAndWritersRefuseIt() throws {
        let runner = try BinaryRunner()
        _ = try runner.run(["quiz", "--ids", "backpropagation"], input: "\nall\n\n")
        let saved = try String(contentsOfFile: runner.progressPath, encoding: .utf8)
        // Another machine's file, piped in; the default file is left out of it.
        try FileManager.default.removeItem(atPath: runner.progressPath)
        let stats = try runner.run(["stats", "--progress", "-", "--json"], input: saved)
        #expect(stats.status == 0, "\(stats.error)")
        let json = try JSONSerialization.jsonObject(with: Data(stats.output.utf8)) as? [String: Any]
        #expect(json?["answers"] as? Int == 1, "\(stats.output.prefix(300))")
        let progress = try runner.run(["progress", "--progress", "-"], input: saved)
        #expect(progress.output.unwrappedHasPrefix("Progress file: standard input\n1 graded answer in 1 session"))
        #expect(!progress.output.unwrappedContains("progress reset"))

        let quiz = try runner.run(["quiz", "--progress", "-"], input: saved)
        #expect(quiz.status == 64)
        #expect(
            quiz.error.unwrappedHasPrefix(
                "Error: '--progress -' reads progress from standard input, but this command writes the progress file"))
        #expect(!FileManager.default.fileExists(atPath: runner.progressPath))
        #expect(!FileManager.default.fileExists(atPath: runner.home.appendingPathComponent("-").path))
    }
}
