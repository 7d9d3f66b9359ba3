import Foundation
import QuizTestSupport
import Synchronization
import Testing

@testable import QuizKit
@testable import QuizStore

/// The progress file on disk: created privately, appended under a lock, torn lines repaired, moved to a backup.
@Suite struct ProgressFileTests {
    private func entry(_ sequence: Int, question: String = "q") -> ProgressEntry {
        .answer(
            AnswerRecord(
                time: testStart, session: "s", sequence: sequence, deck: "d", question: question, grade: .good,
                covered: [1],
                total: 3, seconds: 1))
    }

    @Test func createsTheFileAndFolderPrivately() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state/dlquiz/progress.jsonl")
        let file = ProgressFile(path: path)
        #expect(!file.exists)
        #expect(try file.load().answerCount == 0)
        try file.append(entry(1))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder.path("state/dlquiz"))
        #expect((folderAttributes[.posixPermissions] as? Int) == 0o700)
        #expect(try file.load().answerCount == 1)
    }

    @Test func aTornLastLineIsKeptAndTheNextRecordStartsOnItsOwnLine() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.jsonl")
        try Data(#"{"v":1,"type":"answer","time":"2026-11"#.utf8).write(to: URL(fileURLWithPath: path))
        let file = ProgressFile(path: path)
        try file.append(entry(1))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix(#"{"v":1,"type":"answer","time":"2026-11"# + "\n{"))
        let history = try file.load()
        #expect(history.answerCount == 1)
        #expect(history.problems.map(\.line) == [1])
    }

    @Test func readsFilesLargerThanOneChunk() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.jsonl")
        let count = 12_000
        let text = (1...count).map { ProgressLineEncoder.line(for: entry($0, question: "question-\($0 % 97)")) }
            .joined()
        #expect(text.utf8.count > 2 << 20)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let history = try ProgressFile(path: path).load()
        #expect(history.answerCount == count)
        #expect(history.problemCount == 0)
        #expect(history.questionHistories(forDeck: "d").count == 97)
    }

    @Test func concurrentAppendsNeverInterleave() async throws {
        let folder = try TemporaryFolder()
        let file = ProgressFile(path: folder.path("progress.jsonl"))
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    for index in 1...50 {
                        try? file.append(entry(worker * 100 + index, question: String(repeating: "x", count: 200)))
                    }
                }
            }
        }
        let history = try file.load()
        #expect(history.answerCount == 400)
        #expect(history.problemCount == 0)
    }

    @Test func aLineCoveringMoreThanItsTotalIsSkippedButNeverDeleted() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.jsonl")
        let bad =
            #"{"v":1,"type":"answer","time":"2026-11-23T09:00:00Z","session":"s","seq":9,"deck":"d","question":"q","grade":3,"covered":[1,4],"total":3,"seconds":1}"#
            + "\n"
        let original = ProgressLineEncoder.line(for: entry(1)) + bad
        try Data(original.utf8).write(to: URL(fileURLWithPath: path))
        let file = ProgressFile(path: path)
        let history = try file.load()
        #expect(history.answerCount == 1)
        #expect(history.problems == [ProgressProblem(line: 2, cause: .malformed(.coveredAboveTotal))])
        try file.append(entry(2))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == original + ProgressLineEncoder.line(for: entry(2)))
        #expect(try file.load().problems.map(\.line) == [2])
    }

    @Test func anAppendWaitsForTheLockHeldByAnotherWriter() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.jsonl")
        let file = ProgressFile(path: path)
        try file.append(entry(1))
        let before = try String(contentsOfFile: path, encoding: .utf8)
        // The test's own open file description, so its lock conflicts with the one `append` takes.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        try #require(flock(descriptor, LOCK_EX) == 0)
        let finished = DispatchGroup()
        let failure = Mutex<StoreError?>(nil)
        DispatchQueue.global().async(group: finished) {
            do throws(StoreError) { try file.append(entry(2)) } catch { failure.withLock { $0 = error } }
        }
        usleep(200_000)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
        #expect(flock(descriptor, LOCK_UN) == 0)
        #expect(finished.wait(timeout: .now() + 10) == .success)
        #expect(failure.withLock { $0 } == nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before + ProgressLineEncoder.line(for: entry(2)))
    }

    @Test func moveToBackupKeepsEverything() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.jsonl")
        let file = ProgressFile(path: path)
        try file.append(entry(1))
        let backup = try #require(try file.moveToBackup(at: testStart)).backup
        #expect(backup == path + ".backup-20261123T090000Z")
        #expect(!file.exists)
        #expect(try ProgressFile(path: backup).load().answerCount == 1)
        try file.append(entry(2))
        let second = try #require(try file.moveToBackup(at: testStart)).backup
        #expect(second == path + ".backup-20261123T090000Z-2")
        #expect(try file.moveToBackup(at: testStart) == nil)
    }
}
