import Foundation
import Synchronization
import Testing

@testable import QuizCLI
@testable import QuizKit
@testable import QuizStore

/// A quiz never claims a save that failed: it refuses a progress file that cannot take records before the first
/// question, and a save that fails mid-quiz stops it with a summary of what was really saved.
@Suite struct FailedSaveTests {
    private let threeQuestions = [
        "--ids", "bias-variance-tradeoff,epoch-batch-iteration,learning-rate-effects", "--order", "sequential",
    ]

    @Test(arguments: [
        // Writable by its owner, root or not: the kernel-file check is reached as either.
        (
            "/proc/self/comm",
            "Cannot write '/proc/self/comm': it is a file the kernel makes up (in /proc or /sys), not a regular file. Choose a regular file (or a symbolic link to one)."
        ),
        (
            "/dev/null",
            "Cannot write '/dev/null': it is a character device, not a regular file. Choose a regular file (or a symbolic link to one)."
        ),
    ])
    func aFileThatCannotTakeRecordsIsRefusedBeforeTheFirstQuestion(path: String, message: String) throws {
        let harness = try CLIHarness()
        let result = harness.run(["quiz", "--progress", path] + threeQuestions, input: ["", "all", ""])
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(
            result.error.unwrappedEquals(
                "Error: " + message + " Nothing was asked yet: fix this, or practise with --no-save.\n"))
    }

    @Test func aFolderOrAFileInTheWayIsRefusedBeforeTheFirstQuestion() throws {
        let harness = try CLIHarness()
        let blocker = try harness.write("blocker", "a file")
        let folder = harness.path("folder")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // A link into a folder that does not exist: reading finds no file, appending cannot create one.
        let link = harness.path("progress-link.jsonl")
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: harness.path("missing/progress.jsonl"))
        let cases = [
            (folder, "Cannot write '\(folder)': it is a folder, not a file. Give the path of a file, not of a folder."),
            (
                blocker + "/dlquiz/p.jsonl",
                "Cannot write '\(blocker)': it is a file, not a folder. Move the file out of the way, or choose another path."
            ),
            (
                link,
                "Cannot write '\(link)': no such file or directory. Create the folder first, or choose another path."
            ),
        ]
        for (path, message) in cases {
            let result = harness.run(["quiz", "--progress", path] + threeQuestions, input: ["", "all", ""])
            #expect(result.status == 1)
            #expect(result.output == "")
            #expect(
                result.error.unwrappedEquals(
                    "Error: " + message + " Nothing was asked yet: fix this, or practise with --no-save.\n"))
        }
        #expect(try String(contentsOfFile: blocker, encoding: .utf8) == "a file")
    }

    @Test func theCheckMakesTheFileSoAnEmptyQuizLeavesAnEmptyFile() throws {
        let harness = try CLIHarness()
        let result = harness.run(["quiz"] + threeQuestions, input: ["q"])
        #expect(result.status == 0, "\(result.error)")
        #expect(try String(contentsOfFile: harness.progressPath, encoding: .utf8) == "")
    }

    // MARK: A failure mid-quiz

    final class Counter: Sendable {
        private let value = Mutex(0)
        func next() -> Int {
            value.withLock {
                $0 += 1
                return $0
            }
        }
    }

    /// The bundled deck's quiz, driven through the prompt loop with a progress file whose disk fills up during the
    /// second answer: half the line is written, then `ENOSPC`.
    private func quizWithDiskFillingUp(_ path: String, input: [String?]) throws -> (
        status: Int32, output: String, error: String
    ) {
        let deck = try DeckSource.load(path: nil)
        let questions = try QuestionFilter(ids: [
            "bias-variance-tradeoff", "epoch-batch-iteration", "learning-rate-effects",
        ]).apply(to: deck)
        let presentation = Presentation(width: 80, style: TextStyle(isEnabled: false), language: "en")
        let screen = QuizScreen(
            presenter: QuestionPresenter(presentation: presentation, deck: deck), questions: questions, isTimed: false,
            previousSession: nil, progressPath: "p.jsonl")
        var file = ProgressFile(path: path)
        let writes = Counter()
        file.calls.write = { descriptor, bytes, count in
            switch writes.next() {
            case 1: return Glibc.write(descriptor, bytes, count)
            case 2: return Glibc.write(descriptor, bytes, count / 2)
            default:
                errno = ENOSPC
                return -1
            }
        }
        let output = BufferSink()
        let error = BufferSink()
        let context = CommandContext(
            arguments: [], environment: [:], input: ScriptedInput(input), output: output, errorOutput: error,
            clock: { Date(timeIntervalSince1970: 1_795_424_400) }, makeSeed: { 1 }, utcOffset: { _ in 0 },
            makeIdentifier: { "id" })
        let status = PromptLoop(
            context: context, style: TextStyle(isEnabled: false), mode: QuizMode(screen: screen, progressFile: file)
        )
        .run(QuizSession(questions: questions, settings: .init(deckID: deck.id, sessionID: "s")))
        return (status, output.text, error.text)
    }

    @Test func aSaveThatFailsMidQuizStopsItAndIsNeitherShownNorCounted() throws {
        let harness = try CLIHarness()
        let path = harness.path("progress.jsonl")
        let result = try quizWithDiskFillingUp(path, input: ["", "all", "", "", "1", "", "", "all", ""])
        #expect(result.status == 1)
        #expect(
            result.error.unwrappedEquals(
                "Error: Cannot write '\(path)': the disk is full. Free some space on the disk and try again. The quiz stops here; earlier answers are saved.\n"
            ))
        #expect(result.output.components(separatedBy: "Saved: ").count == 2)
        #expect(result.output.contains("Saved: Easy."))
        #expect(!result.output.contains("Question 3 of 3"))
        #expect(result.output.contains("Saved 1 answer to p.jsonl."))
        #expect(result.output.contains("Session score: 1.00 / 1 (100%)"))
        #expect(result.output.contains("   1. bias-variance-tradeoff  8/8   100%  Easy\n\n"))
        #expect(!result.output.contains("2. epoch-batch-iteration"))
        #expect(result.output.contains("Stopped after 1 of 3 questions."))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 1)
        #expect(text.hasSuffix("\"mode\":\"quiz\"}\n"))
    }

    @Test func anUndoThatCannotBeSavedLeavesTheSavedGradeShownAndCounted() throws {
        let harness = try CLIHarness()
        let path = harness.path("progress.jsonl")
        // The first answer is saved; the undo typed at the second question fails half-written.
        let result = try quizWithDiskFillingUp(path, input: ["", "all", "", "u", "1", ""])
        #expect(result.status == 1)
        #expect(result.error.unwrappedHasPrefix("Error: Cannot write '\(path)': the disk is full."))
        #expect(!result.output.contains("Withdrew the grade"))
        #expect(result.output.contains("   1. bias-variance-tradeoff  8/8   100%  Easy\n\n"))
        #expect(result.output.contains("Saved 1 answer to p.jsonl."))
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains(#""type":"answer""#) == true)
    }
}
