import Foundation
import Testing

@testable import QuizKit
@testable import QuizStore

/// The deck library through the command: `decks` (and `--json`), `decks add`, `--deck NAME`, `new`, and
/// `quiz --all-decks`.
@Suite struct DeckLibraryCommandTests {
    static let smallDeck = DeckCommandsTests.smallDeck

    @Test func decksListsTheBundledDeckAndTheLibraryWithCountsAndProgress() throws {
        let harness = try CLIHarness()
        try harness.write(".local/share/dlquiz/decks/small.md", Self.smallDeck)
        try harness.write(".local/share/dlquiz/decks/broken.json", "{")
        try harness.write(".local/share/dlquiz/decks/notes.txt", "not a deck")
        try harness.writeHistory(
            [("first", 3, [1, 2], 2, 86_400 * 30), ("flash", 1, [], 0, 3600)], deck: "small")
        let result = harness.run(["decks"])
        #expect(result.status == 0)
        #expect(
            result.output == """
                DECK           QUESTIONS  ANSWERS  DUE  NEW  FILE
                deep-learning         12        0    0   12  (bundled)
                small                  2        2    2    0  small.md
                broken.json: not a valid deck (a problem); 'dlquiz validate' lists them

                Your decks are the .json and .md files in ~/.local/share/dlquiz/decks ('dlquiz
                decks add FILE' copies one in).
                Use one with --deck ID or FILE NAME; 'dlquiz quiz --order due --all-decks'
                practises every deck.

                """)
        let json = harness.run(["decks", "--json"])
        #expect(json.output.contains("\"id\": \"small\""))
        #expect(json.output.contains("\"file\": \"small.md\""))
        #expect(json.output.contains("\"answers\": 2"))
        #expect(json.output.contains("\"problem\": \"not a valid deck (a problem); 'dlquiz validate' lists them\""))
    }

    @Test func theLibraryFolderFollowsXDGDataHomeOnlyWhenItIsAbsolute() throws {
        let harness = try CLIHarness()
        try harness.write("data/dlquiz/decks/small.md", Self.smallDeck)
        let absolute = harness.run(["decks", "--json"], environment: ["XDG_DATA_HOME": harness.path("data")])
        #expect(absolute.output.contains("\"file\": \"small.md\""))
        let relative = harness.run(["decks", "--json"], environment: ["XDG_DATA_HOME": "data"])
        #expect(!relative.output.contains("small.md"))
        #expect(relative.output.contains("\"folder\": \"\(harness.path(".local/share/dlquiz/decks"))\""))
    }

    @Test func deckSelectsALibraryDeckByIDOrFileNameAndSuggestsTheClosestName() throws {
        let harness = try CLIHarness()
        try harness.write(".local/share/dlquiz/decks/my-file.md", Self.smallDeck)
        for name in ["small", "my-file", "my-file.md"] {
            let result = harness.run(["list", "--deck", name])
            #expect(result.status == 0, "\(name)")
            #expect(result.output.contains("flash"), "\(name)")
        }
        #expect(harness.run(["list", "--deck", "deep-learning"]).output.contains("batch-normalization"))
        let unknown = harness.run(["list", "--deck", "smal"])
        #expect(unknown.status == 1)
        #expect(
            unknown.error.unwrappedEquals(
                "Error: No deck or file is named 'smal'. Did you mean 'small'? 'dlquiz decks' lists the decks in ~/.local/share/dlquiz/decks.\n"
            ))
    }

    @Test func decksAddValidatesCopiesAndRefusesToOverwriteADifferentDeck() throws {
        let harness = try CLIHarness()
        let file = try harness.write("small.md", Self.smallDeck)
        let added = harness.run(["decks", "add", file])
        #expect(added.status == 0)
        #expect(
            added.output.unwrappedEquals(
                """
                Added 'small' (2 questions) as ~/.local/share/dlquiz/decks/small.md; use it with --deck small.
                It is a copy: later edits to ~/small.md are seen once you add it again ('dlquiz decks' marks an older copy), or add it with --link instead.

                """))
        #expect(
            harness.run(["decks", "add", file]).output.unwrappedEquals(
                "'small' is already in the library, unchanged: ~/.local/share/dlquiz/decks/small.md.\n"))

        // The same file, edited: adding it again updates its copy (keeping the old one as a backup).
        try harness.write("small.md", Self.smallDeck.replacingOccurrences(of: "One is a number.", with: "One is one."))
        let updated = harness.run(["decks", "add", file])
        #expect(updated.status == 0, "\(updated.error)")
        #expect(updated.output.hasPrefix("Replaced ~/.local/share/dlquiz/decks/small.md with 'small' (2 questions)"))
        #expect(
            try String(contentsOfFile: harness.path(".local/share/dlquiz/decks/small.md"), encoding: .utf8).contains(
                "One is one."))

        // Another file of the same name is another deck: refused unless --force.
        let other = try harness.write(
            "elsewhere/small.md", Self.smallDeck.replacingOccurrences(of: "One is a number.", with: "Uno."))
        let conflict = harness.run(["decks", "add", other])
        #expect(conflict.status == 1)
        #expect(conflict.error.contains("The library already has a different deck named 'small.md'"))
        let forced = harness.run(["decks", "add", other, "--force"])
        #expect(forced.status == 0)
        #expect(
            try String(contentsOfFile: harness.path(".local/share/dlquiz/decks/small.md"), encoding: .utf8).contains(
                "Uno."))

        let sameID = try harness.write("other/renamed.md", Self.smallDeck)
        let idConflict = harness.run(["decks", "add", sameID])
        #expect(idConflict.status == 1)
        #expect(idConflict.error.contains("The library already has a deck with the id 'small'"))

        let invalid = try harness.write("bad.md", "---\nid: Bad\n---\n")
        #expect(harness.run(["decks", "add", invalid]).status == 65)
        #expect(!FileManager.default.fileExists(atPath: harness.path(".local/share/dlquiz/decks/bad.md")))
    }

    @Test func newWritesAStarterDeckThatValidatesAndNeverOverwrites() throws {
        let harness = try CLIHarness()
        let path = harness.path("mine.md")
        #expect(harness.run(["new", path]).status == 0)
        let validated = harness.run(["validate", path])
        #expect(validated.status == 0)
        #expect(validated.output.contains("id 'mine', 2 questions"))
        // The notes suggest a command that runs as it is: it names the file just written.
        #expect(
            try String(contentsOfFile: path, encoding: .utf8).contains(
                "- Check the file with: dlquiz validate mine.md\n"))
        let again = harness.run(["new", path])
        #expect(again.status == 1)
        #expect(
            again.error.unwrappedEquals(
                "Error: Cannot write '\(path)': a file with that name exists. Choose another name, or add --force to replace it (the old file is then kept beside it as a backup).\n"
            ))
        let json = harness.path("mine.json")
        #expect(harness.run(["new", json]).status == 0)
        #expect(try DeckSource.load(path: json) == (try DeckSource.load(path: path)))
    }

    @Test func allDecksPractisesDueQuestionsOfEveryDeckRecordingEachUnderItsOwnDeck() throws {
        let harness = try CLIHarness()
        try harness.write(".local/share/dlquiz/decks/small.md", Self.smallDeck)
        let result = harness.run(
            ["quiz", "--all-decks", "--order", "due", "--ids", "first,backpropagation", "--seed", "1"],
            input: ["", "all", "", "", "all", ""])
        #expect(result.status == 0)
        let decks = harness.progressLines().map { line -> String in
            let range = line.range(of: #""deck":""#)!
            return String(line[range.upperBound...].prefix { $0 != "\"" }) + "/"
                + harness.savedQuestionIDs()[harness.progressLines().firstIndex(of: line)!]
        }
        #expect(Set(decks) == ["small/first", "deep-learning/backpropagation"])
        let refused = harness.run(["quiz", "--all-decks", "--deck", "x.md"])
        #expect(refused.status == 64)
    }
}
