import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit
@testable import QuizStore

/// Targets that are not plain files: symbolic links are followed (and stay links), devices and FIFOs are refused
/// before anything is written (never written through, never replaced by a regular file); endless inputs are refused.
@Suite struct SpecialFileTests {
    private func entry(_ sequence: Int) -> ProgressEntry {
        .answer(
            AnswerRecord(
                time: testStart, session: "s", sequence: sequence, deck: "d", question: "q", grade: .good, covered: [1],
                total: 3, seconds: 1))
    }

    private func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    private func linkTarget(_ path: String) throws -> String {
        try FileManager.default.destinationOfSymbolicLink(atPath: path)
    }

    // MARK: Whole-file writes

    @Test func aLinkToAFileKeepsTheLinkAndTheTargetIsReplaced() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("synced"), withIntermediateDirectories: true)
        let target = folder.path("synced/sheet.md")
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o640)
        let link = folder.path("sheet.md")
        // A relative link, resolved from the link's folder.
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "synced/sheet.md")
        try AtomicFile.write("new", to: link)
        #expect(try linkTarget(link) == "synced/sheet.md")
        #expect(try contents(target) == "new")
        #expect((try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int) == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("synced")) == ["sheet.md"])
    }

    @Test func aDanglingLinkCreatesTheFileItPointsTo() throws {
        let folder = try TemporaryFolder()
        let link = folder.path("out.md")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.path("real.md"))
        try AtomicFile.write("text", to: link)
        #expect(try linkTarget(link) == folder.path("real.md"))
        #expect(try contents(folder.path("real.md")) == "text")
    }

    @Test func aCharacterDeviceIsRefusedAndStaysADevice() throws {
        let folder = try TemporaryFolder()
        let link = folder.path("null-link")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        for path in ["/dev/null", link] {
            #expect(throws: StoreError(.write, path: path, cause: .notRegularFile(.characterDevice))) {
                try AtomicFile.write("discarded", to: path)
            }
        }
        #expect(try linkTarget(link) == "/dev/null")
        #expect(AtomicFile.specialFileKind(at: "/dev/null") == .characterDevice)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["null-link"])
    }

    @Test func aFIFOIsRefusedWithoutWaitingForAReader() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path("pipe")
        try #require(mkfifo(fifo, 0o600) == 0)
        #expect(throws: StoreError(.write, path: fifo, cause: .notRegularFile(.fifo))) {
            try AtomicFile.write("never sent", to: fifo)
        }
        #expect(AtomicFile.specialFileKind(at: fifo) == .fifo)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["pipe"])
    }

    @Test func aWriteThatFailsPartWayLeavesTheOldFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("sheet.md")
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        var calls = WriteCalls.system
        calls.sync = { _ in
            errno = EIO
            return -1
        }
        #expect(throws: StoreError(.write, path: path, cause: .system(errno: EIO))) {
            try AtomicFile.save(Array("new".utf8), to: path, newFileMode: 0o666, calls: calls)
        }
        #expect(try contents(path) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["sheet.md"])
    }

    // MARK: The progress file through a link

    @Test func resetThroughALinkMovesTheTargetKeepsTheLinkAndAppendsGoOn() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("synced"), withIntermediateDirectories: true)
        let target = folder.path("synced/progress.jsonl")
        let link = folder.path("progress.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let file = ProgressFile(path: link)
        try file.append(entry(1))
        #expect(try contents(target) == ProgressLineEncoder.line(for: entry(1)))
        let backup = try #require(try file.moveToBackup(at: testStart)).backup
        #expect(backup == target + ".backup-20261123T090000Z")
        #expect(try linkTarget(link) == target)
        #expect(!file.exists)
        try file.append(entry(2))
        #expect(try linkTarget(link) == target)
        #expect(try contents(target) == ProgressLineEncoder.line(for: entry(2)))
        #expect(try contents(backup) == ProgressLineEncoder.line(for: entry(1)))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [
                "progress.jsonl", "synced",
            ])
    }

    // MARK: Bounded reads

    @Test func aDeviceIsRefusedBeforeItIsRead() throws {
        let start = Date()
        #expect(throws: StoreError(.read, path: "/dev/zero", cause: .notRegularFile(.characterDevice))) {
            try FileIO.readAll("/dev/zero")
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func aLargeRegularFileIsRefusedWithoutReadingIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("big.json")
        try Data(repeating: 0x20, count: 2000).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError(.read, path: path, cause: .tooLarge(limit: 1000))) {
            try FileIO.readAll(path, limit: 1000)
        }
        #expect(try FileIO.readAll(path, limit: 2000).count == 2000)
    }

    @Test func aStatFailureReportsItsOwnErrno() throws {
        let folder = try TemporaryFolder()
        let blocker = folder.path("blocker")
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        #expect(throws: StoreError(.read, path: blocker + "/deck.json", cause: .system(errno: ENOTDIR))) {
            try FileIO.readAll(blocker + "/deck.json")
        }
    }

    @Test func anOverlongProgressLineIsSkippedAndReportedWithItsNumber() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.jsonl")
        let long = String(repeating: "x", count: 5000)
        let text =
            ProgressLineEncoder.line(for: entry(1)) + long + "\n" + ProgressLineEncoder.line(for: entry(2)) + long
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let history = try ProgressFile(path: path).load(lineLengthLimit: 1000, runawayLimit: 1 << 20)
        #expect(history.answerCount == 2)
        #expect(
            history.problems == [
                ProgressProblem(line: 2, cause: .tooLong(limit: 1000)),
                ProgressProblem(line: 4, cause: .tooLong(limit: 1000), isIncompleteLastLine: true),
            ])
    }

    @Test func aLineOverOneMebibyteIsSkippedWithTheDefaultLimits() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.jsonl")
        let text = String(repeating: "y", count: 3 << 20) + "\n" + ProgressLineEncoder.line(for: entry(1))
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let history = try ProgressFile(path: path).load()
        #expect(history.answerCount == 1)
        #expect(history.problems == [ProgressProblem(line: 1, cause: .tooLong(limit: 1 << 20))])
    }

    @Test func anEndlessProgressFileIsRefused() throws {
        let start = Date()
        #expect(throws: StoreError(.read, path: "/dev/zero", cause: .notRegularFile(.characterDevice))) {
            try ProgressFile(path: "/dev/zero").load()
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
