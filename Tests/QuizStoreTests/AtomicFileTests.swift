import Foundation
import QuizTestSupport
import Testing

@testable import QuizStore

/// Whole-file writes: the temporary file goes beside the target, and failures name the path and the cause.
@Suite struct AtomicFileTests {
    @Test func aFileUnderAFileCannotBeCreated() throws {
        let folder = try TemporaryFolder()
        let blocker = folder.path("blocker")
        try Data("a file, not a folder".utf8).write(to: URL(fileURLWithPath: blocker))
        #expect(throws: StoreError(.write, path: blocker + "/sheet.txt", cause: .system(errno: ENOTDIR))) {
            try AtomicFile.write("text", to: blocker + "/sheet.txt")
        }
        #expect(try String(contentsOfFile: blocker, encoding: .utf8) == "a file, not a folder")
    }

    @Test func writingOverAFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        #expect(throws: StoreError(.write, path: folder.url.path, cause: .isFolder)) {
            try AtomicFile.write("text", to: folder.url.path)
        }
    }

    @Test func readingAMissingFileSaysSo() throws {
        let folder = try TemporaryFolder()
        #expect(throws: StoreError(.read, path: folder.path("none.json"), cause: .missing)) {
            try FileIO.readAll(folder.path("none.json"))
        }
    }

    @Test(arguments: [("sheet.txt", "."), ("out/sheet.txt", "out"), ("/sheet.txt", "/"), ("/a/b/c.txt", "/a/b")])
    func theTemporaryFileGoesInTheTargetsFolder(path: String, folder: String) {
        #expect(AtomicFile.parentFolder(of: path) == folder)
    }
}
