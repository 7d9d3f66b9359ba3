import Foundation
import Testing

@testable import QuizCLI

/// Every command that writes a file follows one rule: never onto its input, an existing file replaced only keeping
/// a backup (or refused), `-` is standard output, ids a deck cannot have refused.
@Suite struct WriteTargetCommandTests {
    private func files(_ harness: CLIHarness, in folder: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: harness.path(folder)).sorted()
    }

    private func bundledJSON(_ harness: CLIHarness) -> String {
        harness.run(["export", "--format", "json"]).output
    }

    @Test(arguments: [("deck.md", "deck.md"), ("deck.md", "./deck.md"), ("deck.md", "hard-link.md")])
    func convertNeverWritesOntoItsInput(input: String, output: String) throws {
        let harness = try CLIHarness()
        let json = try harness.write("source/deck.json", bundledJSON(harness))
        #expect(harness.run(["convert", json, harness.path("source/deck.md")]).status == 0)
        let deck = try String(contentsOfFile: harness.path("source/deck.md"), encoding: .utf8)
        let path = try harness.write("deck.md", deck + "\n<!-- my hand-written notes -->\n")
        #expect(link(path, harness.path("hard-link.md")) == 0)
        let result = harness.run([
            "convert", harness.path(input),
            output == "./deck.md" ? harness.path(".") + "/./deck.md" : harness.path(output), "--to", "markdown",
        ])
        #expect(result.status == 1)
        #expect(
            result.error.unwrappedContains(
                "it is the file '\(harness.path(input))' that this command reads. Write to another file"),
            "\(result.error)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("<!-- my hand-written notes -->\n"))
        #expect(try files(harness) == ["deck.md", "hard-link.md", "source"])
    }

    @Test func convertOntoAnotherExistingFileKeepsItAsABackup() throws {
        let harness = try CLIHarness()
        let input = try harness.write("deck.json", bundledJSON(harness))
        let output = try harness.write("notes.md", "my notes\n")
        let refused = harness.run(["convert", input, output])
        #expect(refused.status == 1)
        #expect(
            refused.error.unwrappedEquals(
                "Error: Cannot write '\(output)': a file with that name exists. Choose another name, or add --force to replace it (the old file is then kept beside it as a backup).\n"
            ))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "my notes\n")
        let result = harness.run(["convert", input, output, "--force"])
        #expect(result.status == 0, "\(result.error)")
        #expect(
            result.output.unwrappedEquals(
                "Wrote 12 questions to \(output).\nThe file it replaced is kept as ~/notes.md.backup-20261123T090000Z.\n"
            ))
        #expect(try String(contentsOfFile: output + ".backup-20261123T090000Z", encoding: .utf8) == "my notes\n")
    }

    @Test func newWithADashPrintsTheStarterAndWritesNoFileNamedDash() throws {
        let harness = try CLIHarness()
        let result = harness.run(["new", "-"])
        #expect(result.status == 0)
        #expect(result.output.unwrappedHasPrefix("---\nid: my-deck\n"))
        #expect(!result.output.unwrappedContains("Wrote"))
        #expect(!FileManager.default.fileExists(atPath: "-"))
    }

    @Test func newWithForceKeepsTheReplacedFileAsABackup() throws {
        let harness = try CLIHarness()
        let path = try harness.write("mine.md", "my questions\n")
        #expect(harness.run(["new", path]).status == 1)
        let forced = harness.run(["new", path, "--force"])
        #expect(forced.status == 0)
        #expect(
            forced.output.unwrappedHasSuffix("The file it replaced is kept as ~/mine.md.backup-20261123T090000Z.\n"))
        #expect(try String(contentsOfFile: path + ".backup-20261123T090000Z", encoding: .utf8) == "my questions\n")
    }

    @Test(arguments: ["Bad Id/../x", "UPPER", "a--b", ""])
    func convertRefusesAnIDADeckCannotHave(id: String) throws {
        let harness = try CLIHarness()
        let input = try harness.write("cards.csv", "question,answer\nWhat is ReLU?,max(0 x)\n")
        let result = harness.run(["convert", input, harness.path("out.md"), "--id", id])
        #expect(result.status == 64)
        #expect(
            result.error.unwrappedHasPrefix("Error: '\(id)' cannot be a deck's id: an id is kebab-case"),
            "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: harness.path("out.md")))
    }

    @Test func decksAddRefusesAFileNameTheLibraryWouldHide() throws {
        let harness = try CLIHarness()
        let markdown = harness.run(["new", "-"]).output
        let path = try harness.write("..md", markdown)
        let result = harness.run(["decks", "add", path])
        #expect(result.status == 1)
        #expect(result.error.unwrappedHasPrefix("Error: '..md' cannot go in the deck library"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: harness.path(".local/share/dlquiz/decks")))
    }

    @Test func decksAddWithForceKeepsWhatItReplaces() throws {
        let harness = try CLIHarness()
        let markdown = harness.run(["new", "-"]).output
        let first = try harness.write("a/my-deck.md", markdown)
        let second = try harness.write(
            "b/other-name.md", markdown.replacingOccurrences(of: "title: My deck", with: "title: My deck, again"))
        #expect(harness.run(["decks", "add", first]).status == 0)
        let refused = harness.run(["decks", "add", second])
        #expect(refused.status == 1)
        let forced = harness.run(["decks", "add", second, "--force"])
        #expect(forced.status == 0, "\(forced.error)")
        let library = try files(harness, in: ".local/share/dlquiz/decks")
        #expect(library == [".other-name.md.source", "my-deck.md.backup-20261123T090000Z", "other-name.md"])
        #expect(harness.run(["decks"]).output.unwrappedContains("other-name.md"))
    }

    @Test func aResetNamesTheExactCommandThatUndoesIt() throws {
        let harness = try CLIHarness()
        _ = harness.run(["quiz", "--ids", "data-generators"], input: ["", "all", ""])
        let reset = harness.run(["progress", "reset", "--yes"])
        #expect(reset.output.unwrappedHasSuffix("To undo the reset: dlquiz progress restore\n"))
    }
}
