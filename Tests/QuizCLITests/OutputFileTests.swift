import Foundation
import Testing

@testable import QuizCLI
@testable import QuizKit

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
        let refused = harness.run(["sheet", "--format", "html", "--output", path])
        #expect(refused.status == 1)
        #expect(
            refused.error.unwrappedHasSuffix(
                "a file with that name exists. Choose another name, or add --force to replace it (the old file is then kept beside it as a backup).\n"
            ))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        let result = harness.run(["sheet", "--format", "html", "--output", path, "--force"])
        #expect(result.status == 0, "\(result.error)")
        #expect(
            result.output.unwrappedEquals(
                "Wrote 12 questions to \(path).\nThe file it replaced is kept as ~/out/sheet.html.backup-20261123T090000Z.\n"
            ))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(text.hasSuffix("</html>\n"))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try files(in: harness.path("out")) == ["sheet.html", "sheet.html.backup-20261123T090000Z"])
        #expect(try String(contentsOfFile: path + ".backup-20261123T090000Z", encoding: .utf8) == "old")
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
        #expect(
            result.error.unwrappedEquals(
                "Error: Cannot write '\(path)': no such file or directory. Create the folder first, or choose another path.\n"
            ))
    }

    @Test func writingOverAFolderFailsAndLeavesItAlone() throws {
        let harness = try CLIHarness()
        try harness.write("out/inside.txt", "kept")
        let result = harness.run(["export", "--format", "anki", "-o", harness.path("out")])
        #expect(result.status == 1)
        #expect(result.error.unwrappedContains("it is a folder, not a file"))
        #expect(try files(in: harness.path("out")) == ["inside.txt"])
    }

    @Test func aDashMeansStandardOutput() throws {
        let result = try CLIHarness().run(["export", "--format", "json", "--output", "-"])
        #expect(result.status == 0)
        #expect(result.output.unwrappedHasPrefix("{\n  \"schemaVersion\": 1,"))
    }

    // MARK: Targets that are not regular files

    @Test(arguments: ["/dev/stdout", "/dev/fd/1", "-"])
    func standardOutputByNameIsStandardOutput(path: String) throws {
        let result = try CLIHarness().run(["export", "--format", "json", "--output", path])
        #expect(result.status == 0)
        #expect(result.output.unwrappedHasPrefix("{\n  \"schemaVersion\": 1,"))
        #expect(!result.output.unwrappedContains("Wrote "))
    }

    @Test func aDeviceOrALinkToOneIsRefusedAsAnOutput() throws {
        let harness = try CLIHarness()
        let link = harness.path("full.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/full")
        for path in ["/dev/full", link] {
            let result = harness.run(["export", "--format", "csv", "-o", path])
            #expect(result.status == 1)
            #expect(result.output.isEmpty)
            #expect(
                result.error.unwrappedEquals(
                    "Error: Cannot write '\(path)': it is a character device, not a regular file. Choose a regular file (or a symbolic link to one).\n"
                ))
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/dev/full")
    }

    @Test func aLinkToASheetStaysALinkAndItsTargetIsReplaced() throws {
        let harness = try CLIHarness()
        let target = try harness.write("synced/sheet.md", "old")
        let link = harness.path("sheet.md")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let result = harness.run(["sheet", "--format", "markdown", "-o", link, "--force"])
        #expect(result.status == 0, "\(result.error)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# "))
        #expect(try files(in: harness.path("synced")) == ["sheet.md", "sheet.md.backup-20261123T090000Z"])
    }

    @Test(arguments: ["/dev/stdout", "-", "/dev/null"])
    func anInterviewScorecardGoesOnlyToARegularFile(path: String) throws {
        let result = try CLIHarness().run(
            ["interview", "--ids", "data-generators", "--output", path], input: ["1", ""])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(
            result.error.unwrappedEquals(
                "Error: Cannot write the scorecard to '\(path)': it is not a regular file, and the scorecard is rewritten after every line. Choose a file, or leave out --output to save it in the interviews folder.\n"
            ))
    }

    @Test func resetThroughALinkKeepsTheLinkAndTheBackupBesideItsTarget() throws {
        let harness = try CLIHarness()
        let target = try harness.write("synced/progress.jsonl", "")
        let link = harness.path("progress.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let quiz = harness.run(["quiz", "--progress", link, "--ids", "data-generators"], input: ["", "all", ""])
        #expect(quiz.status == 0, "\(quiz.error)")
        let saved = try String(contentsOfFile: target, encoding: .utf8)
        #expect(saved.contains(#""question":"data-generators""#))
        let reset = harness.run(["progress", "reset", "--yes", "--progress", link])
        #expect(reset.status == 0, "\(reset.error)")
        #expect(
            reset.output.unwrappedEquals(
                "Progress cleared. The old file is kept as ~/synced/progress.jsonl.backup-20261123T090000Z.\nTo undo the reset: dlquiz progress restore --progress \(link)\n"
            ))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target + ".backup-20261123T090000Z", encoding: .utf8) == saved)
        #expect(try files(in: harness.path("synced")) == ["progress.jsonl.backup-20261123T090000Z"])
        #expect(try files(in: harness.path("")).contains("progress.jsonl"))
    }

    @Test func aCorruptScorecardIsNamedWithLineAndColumn() throws {
        let harness = try CLIHarness()
        try harness.write(".local/share/dlquiz/interviews/broken.json", "{\n  \"type\": \"scorecard\",\n  oops\n}")
        let result = harness.run(["interviews"])
        #expect(result.status == 0)
        #expect(
            result.error.unwrappedHasPrefix(
                "Warning: skipped ~/.local/share/dlquiz/interviews/broken.json: it is not valid JSON: line 3, column 3: "
            ), "\(result.error)")
        #expect(!result.error.unwrappedContains("JSONSyntaxError"))
        #expect(!result.error.unwrappedContains("offset"))
    }
}
