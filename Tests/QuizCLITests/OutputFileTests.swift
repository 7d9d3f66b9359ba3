import Foundation
import QuizKit
import Testing

@testable import QuizCLI

/// `--output FILE`: written atomically, and an existing file survives any failure untouched.
@Suite struct OutputFileTests {
    private struct RenderFailure: Error {}

    private func files(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func aSheetReplacesTheFileAndKeepsItsPermissions() throws {
        let harness = try CLIHarness()
        let path = try harness.write("out/sheet.html", "old")
        chmod(path, 0o600)
        let result = harness.run(["sheet", "--format", "html", "--output", path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "Wrote 12 questions to \(path).\n")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(text.hasSuffix("</html>\n"))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try files(in: harness.path("out")) == ["sheet.html"])
    }

    @Test func aFailingRenderLeavesTheOldFileIntact() throws {
        let harness = try CLIHarness()
        let path = try harness.write("out/sheet.html", "the old sheet")
        #expect(throws: RenderFailure.self) {
            try DocumentDestination.file(path).deliver(to: BufferSink()) { throw RenderFailure() }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the old sheet")
        #expect(try files(in: harness.path("out")) == ["sheet.html"])
    }

    @Test func aCommandThatFailsBeforeWritingLeavesTheOldFileIntact() throws {
        let harness = try CLIHarness()
        let path = try harness.write("out/sheet.md", "the old sheet")
        // Nothing has been answered yet, so no question is weak and the sheet cannot be made.
        let result = harness.run(["sheet", "--format", "markdown", "--only", "weak", "--output", path])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the old sheet")
        #expect(try files(in: harness.path("out")) == ["sheet.md"])
    }

    @Test func writingIntoAMissingFolderFailsWithTheReason() throws {
        let harness = try CLIHarness()
        let path = harness.path("missing/sheet.txt")
        let result = harness.run(["export", "--format", "csv", "-o", path])
        #expect(result.status == 1)
        #expect(result.error == "Error: Cannot write '\(path)': no such file or directory. Create the folder first, or choose another path.\n")
    }

    @Test func writingOverAFolderFailsAndLeavesItAlone() throws {
        let harness = try CLIHarness()
        try harness.write("out/inside.txt", "kept")
        let result = harness.run(["export", "--format", "anki", "-o", harness.path("out")])
        #expect(result.status == 1)
        #expect(result.error.contains("it is a folder, not a file"))
        #expect(try files(in: harness.path("out")) == ["inside.txt"])
    }

    @Test func aDashMeansStandardOutput() throws {
        let result = try CLIHarness().run(["export", "--format", "json", "--output", "-"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("{\n  \"schemaVersion\": 1,"))
    }
}
