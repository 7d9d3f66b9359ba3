import Foundation
import QuizTestSupport
import Synchronization
import Testing

@testable import QuizKit
@testable import QuizStore

/// The one rule for every path: what readers refuse before opening, what whole-file writes refuse before writing,
/// backups whose names never collide, resets that move only a regular file, and undoing a reset.
@Suite struct PathRuleTests {
    private func entry(_ sequence: Int, session: String = "s") -> ProgressEntry {
        .answer(
            AnswerRecord(
                time: testStart, session: session, sequence: sequence, deck: "d", question: "q", grade: .good,
                covered: [1],
                total: 3, seconds: 1))
    }

    private func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    /// Runs `body` on another thread and says whether it finished within `seconds` (a FIFO would make it wait).
    private func finishes(within seconds: Double, _ body: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        Thread {
            body()
            done.signal()
        }.start()
        return done.wait(timeout: .now() + seconds) == .success
    }

    // MARK: Reading

    @Test func aNamedPipeIsRefusedByEveryReaderWithoutWaitingForAWriter() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path("progress.jsonl")
        try #require(mkfifo(fifo, 0o600) == 0)
        let refusal = StoreError(.read, path: fifo, cause: .notRegularFile(.fifo))
        let results = Mutex<[StoreError?]>([])
        #expect(
            finishes(within: 5) {
                let deck = Result { () throws(StoreError) in _ = try FileIO.readAll(fifo) }
                let progress = Result { () throws(StoreError) in _ = try ProgressFile(path: fifo).load() }
                results.withLock { $0 = [deck.error, progress.error] }
            })
        #expect(results.withLock { $0 } == [refusal, refusal])
    }

    @Test func aPipeDlquizWasHandedIsReadToItsEnd() throws {
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        let text = Array("{\"handed\": true}\n".utf8)
        #expect(write(ends[1], text, text.count) == text.count)
        close(ends[1])
        defer { close(ends[0]) }
        #expect(try FileIO.readAll("/dev/fd/\(ends[0])") == text)
    }

    @Test func aFolderIsRefusedAsAFile() throws {
        let folder = try TemporaryFolder()
        #expect(throws: StoreError(.read, path: folder.url.path, cause: .isFolder)) {
            try FileIO.readAll(folder.url.path)
        }
    }

    // MARK: Writing whole files

    @Test func aWriteOntoAnInputIsRefusedWhateverNameReachesIt() throws {
        let folder = try TemporaryFolder()
        let input = folder.path("deck.md")
        try Data("hand-written notes".utf8).write(to: URL(fileURLWithPath: input))
        let hardLink = folder.path("other-name.md")
        try #require(link(input, hardLink) == 0)
        let dotted = folder.path(".") + "/./deck.md"
        for target in [input, dotted, hardLink] {
            #expect(throws: StoreError(.write, path: target, cause: .isInput(input))) {
                try AtomicFile.write("converted", to: target, inputs: [input])
            }
        }
        #expect(try contents(input) == "hand-written notes")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [
                "deck.md", "other-name.md",
            ])
    }

    @Test func anExistingFileIsRefusedOrReplacedKeepingABackup() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("deck.md")
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError(.write, path: path, cause: .alreadyExists)) {
            try AtomicFile.write("new", to: path, existing: .refuse)
        }
        #expect(try contents(path) == "old")
        let saved = try AtomicFile.write("new", to: path, existing: .replaceKeepingBackup(at: testStart))
        #expect(saved.backup == path + ".backup-20261123T090000Z")
        #expect(try contents(path) == "new")
        #expect(try contents(path + ".backup-20261123T090000Z") == "old")
        let again = try AtomicFile.write("newer", to: path, existing: .replaceKeepingBackup(at: testStart))
        #expect(again.backup == path + ".backup-20261123T090000Z-2")
        #expect(try contents(path + ".backup-20261123T090000Z-2") == "new")
        #expect(try contents(path + ".backup-20261123T090000Z") == "old")
    }

    @Test func aNewFileIsCreatedWhenRefusingExistingOnes() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("fresh.md")
        #expect(try AtomicFile.write("text", to: path, existing: .refuse).backup == nil)
        #expect(try contents(path) == "text")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["fresh.md"])
    }

    @Test func theTemporaryFileIsCreatedPrivatelyWhateverTheFinalMode() throws {
        let folder = try TemporaryFolder()
        let (temporary, descriptor) = try AtomicFile.createTemporaryFile(
            in: folder.url.path, for: folder.path("sheet.html"))
        defer {
            close(descriptor)
            unlink(temporary)
            TemporaryFiles.forget(temporary)
        }
        var info = stat()
        #expect(fstat(descriptor, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        try AtomicFile.write("shared", to: folder.path("sheet.html"), newFileMode: 0o644)
        #expect(
            (try FileManager.default.attributesOfItem(atPath: folder.path("sheet.html"))[.posixPermissions] as? Int)
                == 0o644 & ~Int(PathRule.creationMask))
    }

    // MARK: Reset

    @Test func aResetRefusesAFolderAFolderBehindALinkAFIFOAndADevice() throws {
        let folder = try TemporaryFolder()
        let notes = folder.path("notes")
        try FileManager.default.createDirectory(atPath: notes, withIntermediateDirectories: true)
        let linkToFolder = folder.path("linked")
        try FileManager.default.createSymbolicLink(atPath: linkToFolder, withDestinationPath: notes)
        let fifo = folder.path("fifo")
        try #require(mkfifo(fifo, 0o600) == 0)
        var refusals: [(String, StoreError.Cause)] = [
            (notes, .isFolder), (linkToFolder, .isFolder), (fifo, .notRegularFile(.fifo)),
        ]
        // A device node of our own (the null device's numbers), never the machine's /dev/null; it needs root.
        let device = folder.path("null-device")
        if mknod(device, S_IFCHR | 0o600, dev_t((1 << 8) | 3)) == 0 {
            refusals.append((device, .notRegularFile(.characterDevice)))
        }
        for (path, cause) in refusals {
            #expect(throws: StoreError(.write, path: path, cause: cause)) {
                try ProgressFile(path: path).moveToBackup(at: testStart)
            }
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(left == (["fifo", "linked", "notes"] + (refusals.count == 4 ? ["null-device"] : [])).sorted())
        #expect(AtomicFile.specialFileKind(at: fifo) == .fifo)
    }

    @Test func aResetNeverTakesTheNameOfABackupThatExists() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.jsonl")
        // Another reset's backup, made in the same second.
        try Data("someone else's backup\n".utf8).write(to: URL(fileURLWithPath: path + ".backup-20261123T090000Z"))
        let file = ProgressFile(path: path)
        try file.append(entry(1))
        let moved = try #require(try file.moveToBackup(at: testStart))
        #expect(moved == ProgressFile.MovedAside(backup: path + ".backup-20261123T090000Z-2", file: path))
        #expect(try contents(path + ".backup-20261123T090000Z") == "someone else's backup\n")
        #expect(try contents(moved.backup) == ProgressLineEncoder.line(for: entry(1)))
    }

    @Test func concurrentResetsAndWritersLoseNothing() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.jsonl")
        let writers = 8
        let perWriter = 40
        let failures = Mutex<[String]>([])
        let group = DispatchGroup()
        let stop = Atomic<Bool>(false)
        for writer in 0..<writers {
            DispatchQueue.global().async(group: group) {
                for sequence in 1...perWriter {
                    do {
                        try ProgressFile(path: path).append(entry(sequence, session: "w\(writer)"))
                    } catch {
                        failures.withLock { $0.append("append: \(error)") }
                    }
                }
            }
        }
        let resets = DispatchGroup()
        for _ in 0..<3 {
            DispatchQueue.global().async(group: resets) {
                while !stop.load(ordering: .relaxed) {
                    do {
                        _ = try ProgressFile(path: path).moveToBackup(at: testStart)
                    } catch {
                        failures.withLock { $0.append("reset: \(error)") }
                    }
                }
            }
        }
        #expect(group.wait(timeout: .now() + 60) == .success)
        stop.store(true, ordering: .relaxed)
        #expect(resets.wait(timeout: .now() + 60) == .success)
        #expect(failures.withLock { $0 } == [])
        var records: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.url.path) {
            records += try contents(folder.path(name)).split(separator: "\n").map(String.init)
        }
        #expect(records.count == writers * perWriter)
        #expect(Set(records).count == writers * perWriter)
    }

    // MARK: Undoing a reset

    @Test func restoringWithNoAnswerSinceMovesTheNewestBackupBack() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.jsonl")
        let file = ProgressFile(path: path)
        try file.append(entry(1))
        _ = try file.moveToBackup(at: testStart)
        try file.append(entry(2))
        let newest = try #require(try file.moveToBackup(at: testStart)).backup
        #expect(file.newestBackup == newest)
        #expect(try file.restore() == .movedBack(backup: newest, file: path))
        #expect(try contents(path) == ProgressLineEncoder.line(for: entry(2)))
        #expect(!FileManager.default.fileExists(atPath: newest))
    }

    @Test func restoringAfterNewAnswersKeepsBothTheOldLinesFirst() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.jsonl")
        let file = ProgressFile(path: path)
        try file.append(entry(1))
        let backup = try #require(try file.moveToBackup(at: testStart)).backup
        try file.append(entry(2))
        #expect(try file.restore() == .merged(backup: backup, file: path))
        #expect(try contents(path) == ProgressLineEncoder.line(for: entry(1)) + ProgressLineEncoder.line(for: entry(2)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["progress.jsonl"])
        #expect(try file.restore() == nil)
    }
}

extension Result {
    fileprivate var error: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
