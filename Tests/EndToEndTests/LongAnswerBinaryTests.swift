import Foundation
import QuizTestSupport
import Testing

/// A 50 MB pasted answer through the built binary: revealed by its start, graded, saved as a record every reader
/// accepts, and its grade read back by every command that reads the progress file.
@Suite struct LongAnswerBinaryTests {
    @Test func aFiftyMegabyteAnswerIsSavedAndEveryReaderReadsItsGradeBack() throws {
        let runner = try BinaryRunner()
        let huge = String(repeating: "x", count: 50_000_000)
        // Started by hand for a longer wait than `run` allows: a debug build beside other tests is slow at 50 MB.
        let running = try runner.start(["quiz", "--ids", "epoch-batch-iteration"])
        running.input.fileHandleForWriting.write(Data((huge + "\n\nall\n\n").utf8))
        try running.input.fileHandleForWriting.close()
        let quiz = running.wait(timeout: 240)
        #expect(quiz.status == 0, "\(quiz.error)")
        #expect(quiz.output.contains("… and 49,983,616 more characters"))
        #expect(quiz.output.contains("Saved: Easy."))
        #expect(!quiz.output.contains("Not saved"))
        #expect(quiz.output.utf8.count < 100_000)

        let progress = try runner.run(["progress", "--json"])
        #expect(progress.output.contains(#""answers": 1,"#), "\(progress.output.prefix(400))")
        #expect(progress.output.contains(#""problemCount": 0,"#))
        #expect(progress.error.isEmpty)

        let list = try runner.run(["list", "--json"])
        #expect(list.output.contains(#""lastGrade": "easy""#))
        #expect(list.error.isEmpty)

        let stats = try runner.run(["stats", "--json"])
        #expect(stats.output.contains(#""answers": 1,"#))
        #expect(stats.output.contains(#""lastGrade": "easy""#))

        let history = try runner.run(["show", "epoch-batch-iteration", "--history", "--json"])
        #expect(history.output.contains(#""grade": 4,"#))
        #expect(history.output.contains(#""answerLength": 50000000"#))
        let shown = try runner.run(["show", "epoch-batch-iteration", "--history"])
        #expect(shown.output.contains("… and 49,983,616 more characters, not kept"))

        let due = try runner.run(["quiz", "--order", "due", "--ids", "epoch-batch-iteration"], input: "n\n")
        #expect(due.output.contains("Nothing is due now"), "\(due.output.prefix(600))")
    }
}
