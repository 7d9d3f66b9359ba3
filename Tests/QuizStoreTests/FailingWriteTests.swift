import Foundation
import QuizTestSupport
import Synchronization
import Testing

@testable import QuizKit
@testable import QuizStore

/// Saves that fail are reported and leave nothing behind: a short write then a full disk, a failing `fsync`, files
/// that cannot take records. Faults come from `WriteCalls` (the two calls that put bytes on disk) or from real files
/// that cannot take records whoever runs the tests (`/proc/self/comm`, `/dev/null`, `/dev/full`, a path under a file):
/// they hold as root, where `chmod` stops nothing, and as a normal user.
@Suite struct FailingWriteTests {
    private func entry(_ sequence: Int) -> ProgressEntry {
        .answer(
            AnswerRecord(
                time: testStart, session: "s", sequence: sequence, deck: "d", question: "q", grade: .good, covered: [1],
                total: 3, seconds: 1))
    }

    /// Counts calls, for faults that happen on the n-th one.
    final class Counter: Sendable {
        private let value = Mutex(0)
        /// Adds one and returns the new count.
        func next() -> Int {
            value.withLock {
                $0 += 1
                return $0
            }
        }
    }

    /// Writes that put down half of what they are given, then fail with `ENOSPC`, as a disk that fills up does.
    private static func fillingDisk() -> WriteCalls {
        let counter = Counter()
        return WriteCalls(
            write: { descriptor, bytes, count in
                if counter.next() == 1 { return Glibc.write(descriptor, bytes, max(1, count / 2)) }
                errno = ENOSPC
                return -1
            },
            sync: WriteCalls.system.sync)
    }

    private func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func aLineCutShortByAFullDiskIsRemovedAgain() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.jsonl")
        let saved = ProgressFile(path: path)
        try saved.append(entry(1))
        let before = try contents(path)
        var failing = ProgressFile(path: path)
        failing.calls = Self.fillingDisk()
        #expect(throws: StoreError(.write, path: path, cause: .system(errno: ENOSPC))) { try failing.append(entry(2)) }
        #expect(try contents(path) == before)
        try saved.append(entry(3))
        #expect(try saved.load().problemCount == 0)
        #expect(try saved.load().answerCount == 2)
    }

    @Test func aFailingFsyncIsAFailureAndTheLineIsTakenBack() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.jsonl")
        try ProgressFile(path: path).append(entry(1))
        let before = try contents(path)
        var failing = ProgressFile(path: path)
        failing.calls.sync = { _ in
            errno = EIO
            return -1
        }
        #expect(throws: StoreError(.write, path: path, cause: .system(errno: EIO))) { try failing.append(entry(2)) }
        #expect(try contents(path) == before)
        #expect(throws: StoreError(.write, path: path, cause: .system(errno: EIO))) { try failing.checkAppendable() }
    }

    @Test func interruptedWritesAndFlushesAreRetried() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.jsonl")
        let writes = Counter()
        let syncs = Counter()
        var file = ProgressFile(path: path)
        file.calls = WriteCalls(
            write: { descriptor, bytes, count in
                if writes.next() <= 2 {
                    errno = EINTR
                    return -1
                }
                return Glibc.write(descriptor, bytes, count)
            },
            sync: { descriptor in
                if syncs.next() == 1 {
                    errno = EINTR
                    return -1
                }
                return fsync(descriptor)
            })
        try file.append(entry(1))
        #expect(try file.load().answerCount == 1)
        #expect(writes.next() == 4)
        #expect(syncs.next() == 3)
    }

    @Test func theRetryHelperCallsAgainOnlyAfterEINTR() {
        let calls = Counter()
        let result = retryingInterrupts { () -> Int32 in
            if calls.next() < 3 {
                errno = EINTR
                return -1
            }
            return 7
        }
        #expect(result == 7)
        #expect(calls.next() == 4)
        let failed = retryingInterrupts { () -> Int32 in
            errno = EACCES
            return -1
        }
        #expect(failed == -1 && errno == EACCES)
    }

    // MARK: Files that cannot take records

    @Test func aKernelFileIsRefusedBeforeAnythingIsWritten() throws {
        // /proc/self/comm can be opened for writing by its owner, root or not, so the check that refuses it is reached
        // either way (a normal user could not open /proc/version, and would be told "permission denied" first).
        #expect(throws: StoreError(.write, path: "/proc/self/comm", cause: .notRegularFile(.kernelFile))) {
            try ProgressFile(path: "/proc/self/comm").checkAppendable()
        }
    }

    @Test func aDeviceIsRefusedAsAProgressFile() throws {
        let folder = try TemporaryFolder()
        let link = folder.path("progress.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        for path in ["/dev/null", link] {
            #expect(throws: StoreError(.write, path: path, cause: .notRegularFile(.characterDevice))) {
                try ProgressFile(path: path).checkAppendable()
            }
            #expect(throws: StoreError(.write, path: path, cause: .notRegularFile(.characterDevice))) {
                try ProgressFile(path: path).append(entry(1))
            }
        }
    }

    @Test func aFolderOrAFileInTheWayIsRefused() throws {
        let folder = try TemporaryFolder()
        #expect(throws: StoreError(.write, path: folder.url.path, cause: .isFolder)) {
            try ProgressFile(path: folder.url.path).checkAppendable()
        }
        let blocker = folder.path("blocker")
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        #expect(throws: StoreError(.write, path: blocker, cause: .isFile)) {
            try ProgressFile(path: blocker + "/dlquiz/progress.jsonl").checkAppendable()
        }
        #expect(throws: StoreError(.write, path: blocker + "/progress.jsonl", cause: .system(errno: ENOTDIR))) {
            try ProgressFile(path: blocker + "/progress.jsonl").checkAppendable()
        }
    }

    @Test func theCheckCreatesTheFileAndItsFolderPrivately() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("state/dlquiz/progress.jsonl")
        try ProgressFile(path: path).checkAppendable()
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        #expect(
            (try FileManager.default.attributesOfItem(atPath: folder.path("state/dlquiz"))[.posixPermissions] as? Int)
                == 0o700)
        #expect(try contents(path) == "")
    }
}
