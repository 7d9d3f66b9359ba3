import Foundation
import Testing

@testable import QuizKit
@testable import QuizStore

/// Markdown decks on the command line: `--deck deck.md`, `validate`, and `convert` with its imports.
@Suite struct DeckCommandsTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A small valid Markdown deck: one question with key points, one without.
    static let smallDeck = """
        ---
        id: small
        title: Small deck
        languages: [en]
        ---

        ## first (alpha, difficulty 1, 2 min)

        What is one?

        ### Answer

        One is a number.

        ### Key points

        - a number
        - the first

        ## flash (alpha, difficulty 2, 1 min)

        What is two?

        ### Answer

        Two is one more than one.

        """

    // MARK: --deck and validate

    @Test func aMarkdownDeckIsAcceptedByItsExtensionWhereverADeckIs() throws {
        let harness = try CLIHarness()
        let path = try harness.write("small.md", Self.smallDeck)
        let list = harness.run(["list", "--deck", path])
        #expect(list.status == 0)
        #expect(list.output.contains("first"))
        #expect(list.output.contains("flash"))
        let show = harness.run(["show", "first", "--deck", path])
        #expect(show.status == 0)
        #expect(show.output.contains("One is a number."))
    }

    @Test func aDeckFileWithoutAKnownExtensionIsReadAsItsFirstBytesSay() throws {
        let harness = try CLIHarness()
        let markdown = try harness.write("deck.txt", Self.smallDeck)
        #expect(
            harness.run(["validate", markdown]).output.unwrappedContains("is a valid deck: id 'small', 2 questions"))
        let json = try harness.write("deck.data", DeckJSONExporter().export(try DeckSource.bundled()))
        #expect(harness.run(["validate", json]).output.contains("id 'deep-learning', 12 questions"))
    }

    @Test func validateReportsEveryProblemOfAMarkdownDeckWithItsPlaceAndExits65() throws {
        let harness = try CLIHarness()
        let broken = Self.smallDeck
            .replacingOccurrences(of: "(alpha, difficulty 1, 2 min)", with: "(alpha, difficulty 5, 2 min)")
            .replacingOccurrences(of: "## flash (", with: "## first (")
        let path = try harness.write("broken.md", broken)
        let result = harness.run(["validate", path])
        #expect(result.status == 65)
        #expect(result.output == "")
        #expect(
            result.error.unwrappedEquals(
                """
                Error: The deck '\(path)' cannot be used: it has 2 problems.
                  \(path):7:18: first.difficulty: expected a whole number from 1 to 3, found 5
                  \(path):20:4: first.id: duplicate id 'first' (first used by the question on line 7); every question needs its own id
                Fix the file and try again; 'dlquiz validate \(path)' checks it without starting a quiz.

                """))
    }

    @Test func theREADMEsValidateExampleIsWhatTheCommandPrints() throws {
        let root = Self.fixtures.appendingPathComponent("../../..").standardized
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let intro = "its first heading and `### Followups` for `### Follow-ups`:\n\n```\n"
        let start = try #require(readme.range(of: intro))
        let end = try #require(readme.range(of: "\n```\n", range: start.upperBound..<readme.endIndex))
        let example = try String(
            contentsOf: root.appendingPathComponent("Tests/QuizKitTests/Fixtures/decks/example.md"), encoding: .utf8)
        let harness = try CLIHarness()
        let path = try harness.write(
            "my-deck.md",
            example
                .replacingOccurrences(
                    of: "## dropout (training, difficulty 1, 2 min)", with: "## dropout (training, difficulty 5, 2 min)"
                )
                .replacingOccurrences(of: "### Follow-ups", with: "### Followups"))
        #expect(
            harness.run([
                "validate", Self.fixtures.appendingPathComponent("../../QuizKitTests/Fixtures/decks/example.md").path,
            ]).status == 0)
        let result = harness.run(["validate", path])
        #expect(result.status == 65)
        #expect(
            result.error.unwrapped.replacingOccurrences(of: path, with: "my-deck.md")
                == String(readme[start.upperBound..<end.lowerBound]).unwrapped)
    }

    // MARK: convert

    @Test func theBundledDeckConvertsToMarkdownAndBackThroughTheCommandWithoutLoss() throws {
        let harness = try CLIHarness()
        let markdown = harness.path("deep-learning.md")
        let json = harness.path("back.json")
        let first = harness.run(["convert", "Resources/deep-learning.json", markdown])
        #expect(first.status == 0)
        #expect(first.output.unwrappedEquals("Wrote 12 questions to \(markdown).\n"))
        #expect(harness.run(["convert", markdown, json]).status == 0)
        let original = try DeckSource.bundled()
        #expect(try DeckSource.load(path: markdown) == original)
        #expect(try DeckSource.load(path: json) == original)
        #expect(try String(contentsOfFile: markdown, encoding: .utf8).hasPrefix("---\nid: deep-learning\n"))
    }

    @Test func theHostileDeckRoundTripsThroughTheCommandAndStandardOutput() throws {
        let harness = try CLIHarness()
        let hostile = Self.fixtures.appendingPathComponent("markdown/hostile-deck.json").path
        let toMarkdown = harness.run(["convert", hostile, "-"])
        #expect(toMarkdown.status == 0)
        let markdown = try harness.write("hostile.md", toMarkdown.output)
        let back = harness.run(["convert", markdown, "-"])
        #expect(back.status == 0)
        let json = try harness.write("hostile-back.json", back.output)
        let original = try DeckSource.load(path: hostile)
        #expect(try DeckSource.load(path: markdown) == original)
        #expect(try DeckSource.load(path: json) == original)
    }

    @Test func convertReadsStandardInputAndTakesTheFormatFromTo() throws {
        let harness = try CLIHarness()
        let lines = Self.smallDeck.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0) as String?
        }
        let result = harness.run(["convert", "-", "-", "--to", "markdown"], input: lines)
        #expect(result.status == 0)
        #expect(
            result.output
                == MarkdownDeckWriter().write(
                    try MarkdownDeckReader.read(bytes: Array(Self.smallDeck.utf8), source: "x")))
        let json = harness.run(["convert", "-", "-"], input: lines)
        #expect(json.output.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"id\": \"small\","))
    }

    @Test func convertRefusesAnOutputNameWithoutAFormat() throws {
        let harness = try CLIHarness()
        let result = harness.run(["convert", "Resources/deep-learning.json", harness.path("out.txt")])
        #expect(result.status == 64)
        #expect(
            result.error.unwrappedHasPrefix(
                """
                Error: Cannot tell the format of '\(harness.path("out.txt"))' from its name
                Name it .json or .md, or give --to json or --to markdown.
                """))
    }

    @Test func importOptionsAreRefusedForADeckConversion() throws {
        let harness = try CLIHarness()
        let result = harness.run(["convert", "Resources/deep-learning.json", harness.path("out.md"), "--id", "x"])
        #expect(result.status == 64)
        #expect(
            result.error.unwrappedHasPrefix(
                """
                Error: The option '--id' applies to imports only
                A JSON deck keeps its own id and languages; use --from anki or --from csv to import.
                Usage: dlquiz convert
                """))
        #expect(!FileManager.default.fileExists(atPath: harness.path("out.md")))
    }

    // MARK: Imports

    static let ankiExport = """
        #separator:tab
        #html:true
        #guid column:1
        #tags column:4
        guid-one\tWhat is <b>dropout</b>?\tRandom zeroing.<br>Scaled at training time.\ttopic::regularization
        guid-two\tWhat is a batch?\tA set of examples.\tdata

        """

    @Test func anAnkiExportImportsAsAValidDeckAndReimportingKeepsTheIDs() throws {
        let harness = try CLIHarness()
        let export = try harness.write("notes.txt", Self.ankiExport)
        let deckPath = harness.path("anki.md")
        let result = harness.run(["convert", export, deckPath, "--from", "anki", "--id", "my-anki"])
        #expect(result.status == 0)
        #expect(harness.run(["validate", deckPath]).status == 0)
        let deck = try DeckSource.load(path: deckPath)
        #expect(deck.id == "my-anki")
        #expect(deck.questions.count == 2)
        #expect(deck.questions.allSatisfy { $0.id.hasPrefix("anki-") })
        #expect(Set(deck.questions.map(\.id)).count == 2)
        #expect(deck.questions[0].question.text(in: "en") == "What is dropout?")
        #expect(deck.questions[0].answer.text(in: "en") == "Random zeroing.\n\nScaled at training time.")
        #expect(deck.questions[0].topic == "regularization")
        #expect(deck.questions[0].keyPoints.isEmpty)

        let updated =
            Self.ankiExport
            .replacingOccurrences(of: "What is a batch?", with: "What is a mini-batch?")
            + "guid-three\tNew note\tNew back\tdata\n"
        try harness.write("notes.txt", updated)
        #expect(harness.run(["convert", export, deckPath, "--from", "anki", "--id", "my-anki", "--force"]).status == 0)
        let again = try DeckSource.load(path: deckPath)
        #expect(Array(again.questions.map(\.id).prefix(2)) == deck.questions.map(\.id))
        #expect(again.questions.count == 3)
    }

    @Test func notesLeftOutAreWarnedOnStandardErrorAndTheRestIsWritten() throws {
        let harness = try CLIHarness()
        let export = try harness.write(
            "notes.txt", "#separator:tab\n#html:true\nOK\tfine [sound:a.mp3]\n<img src=\"heart.png\">\tA heart\n")
        let result = harness.run(["convert", export, harness.path("out.md"), "--from", "anki"])
        #expect(result.status == 0)
        #expect(
            result.error.unwrappedEquals(
                """
                Warning: '\(export)': 2 notes or cards were left out or changed:
                  \(export):3:1: notes[0]: sounds removed (a.mp3); dlquiz shows text only
                  \(export):4:1: notes[1]: note left out: the front shows only an image (heart.png), which dlquiz cannot show

                """))
        #expect(try DeckSource.load(path: harness.path("out.md")).questions.count == 1)
        let japanese = harness.run(["convert", export, harness.path("out.md"), "--from", "anki", "--lang", "ja"])
        #expect(japanese.error.contains("このノートは読み込みませんでした。表面は画像（heart.png）だけで"))
    }

    @Test func aMarkdownDeckWithObsidianFrontMatterConvertsWithANote() throws {
        let harness = try CLIHarness()
        let deck = Self.smallDeck.replacingOccurrences(of: "languages:", with: "aliases: [Small]\nlanguages:")
        let path = try harness.write("obsidian.md", deck)
        let result = harness.run(["convert", path, harness.path("out.json")])
        #expect(result.status == 0)
        #expect(
            result.error.unwrappedEquals(
                "Note: '\(path)' has a part that dlquiz does not read:\n  \(path):4:1: aliases: the front-matter key 'aliases' is kept for other tools; dlquiz does not read it\n"
            ))
    }

    @Test(arguments: [[], ["--from", "anki"]])
    func anAnkiPackageIsNamedWithHowToExportText(options: [String]) throws {
        let harness = try CLIHarness()
        let package = harness.path("deck.apkg")
        let bytes: [UInt8] =
            [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0] + Array(repeating: 0, count: 20)
            + Array("collection.anki21".utf8) + [0xE9, 0x00]
        try Data(bytes).write(to: URL(fileURLWithPath: package))
        let result = harness.run(["convert", package, harness.path("out.md")] + options)
        #expect(result.status == 65)
        #expect(
            result.error.unwrappedContains(
                "deck.apkg:1:1: this is an Anki package (.apkg or .colpkg), which dlquiz cannot read; in Anki choose File → Export…, \"Notes in Plain Text\""
            ))
        #expect(!result.error.contains("JSON syntax error"))
    }

    @Test func aCSVFileImportsByItsExtensionWithTheOutputNameAsIDAndReimportingKeepsTheIDs() throws {
        let harness = try CLIHarness()
        let csv = try harness.write(
            "cards.csv",
            "question,answer,topic\nWhat is ReLU?,\"max(0, x)\",activations\nWhat is tanh?,A squashing function,activations\n"
        )
        let deckPath = harness.path("My Cards.json")
        let result = harness.run(["convert", csv, deckPath])
        #expect(result.status == 0)
        #expect(harness.run(["validate", deckPath]).status == 0)
        let deck = try DeckSource.load(path: deckPath)
        #expect(deck.id == "my-cards")
        #expect(deck.questions.map(\.topic) == ["activations", "activations"])
        #expect(deck.questions[0].answer.text(in: "en") == "max(0, x)")

        try harness.write(
            "cards.csv",
            "question,answer,topic\nWhat is GELU?,Smooth,activations\nWhat is ReLU?,\"max(0, x), cheap\",activations\nWhat is tanh?,A squashing function,activations\n"
        )
        #expect(harness.run(["convert", csv, deckPath, "--force"]).status == 0)
        let again = try DeckSource.load(path: deckPath)
        #expect(Array(again.questions.map(\.id).suffix(2)) == deck.questions.map(\.id))
    }
}
