import Foundation
import QuizKit
import QuizStore
import Testing

/// Markdown decks on the command line: `--deck deck.md`, `validate`, `convert` (and its imports), the deck library
/// (`decks`, `decks add`, `--deck NAME`), `new`, and `quiz --all-decks`.
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
        #expect(harness.run(["validate", markdown]).output.contains("is a valid deck: id 'small', 2 questions"))
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
        #expect(result.error == """
            Error: The deck '\(path)' cannot be used: it has 2 problems.
              \(path):7:18: first.difficulty: expected a whole number from 1 to 3, found 5
              \(path):20:4: first.id: duplicate id 'first' (first used by the question on line 7); every question needs its own id
            Fix the file and try again; 'dlquiz validate \(path)' checks it without starting a quiz.

            """)
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
        let path = try harness.write("my-deck.md", example
            .replacingOccurrences(of: "## dropout (training, difficulty 1, 2 min)", with: "## dropout (training, difficulty 5, 2 min)")
            .replacingOccurrences(of: "### Follow-ups", with: "### Followups"))
        #expect(harness.run(["validate", Self.fixtures.appendingPathComponent("../../QuizKitTests/Fixtures/decks/example.md").path]).status == 0)
        let result = harness.run(["validate", path])
        #expect(result.status == 65)
        #expect(result.error.replacingOccurrences(of: path, with: "my-deck.md") == String(readme[start.upperBound..<end.lowerBound]) + "\n")
    }

    // MARK: convert

    @Test func theBundledDeckConvertsToMarkdownAndBackThroughTheCommandWithoutLoss() throws {
        let harness = try CLIHarness()
        let markdown = harness.path("deep-learning.md")
        let json = harness.path("back.json")
        let first = harness.run(["convert", "Resources/deep-learning.json", markdown])
        #expect(first.status == 0)
        #expect(first.output == "Wrote 12 questions to \(markdown).\n")
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
        let lines = Self.smallDeck.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) as String? }
        let result = harness.run(["convert", "-", "-", "--to", "markdown"], input: lines)
        #expect(result.status == 0)
        #expect(result.output == MarkdownDeckWriter().write(try MarkdownDeckReader.read(bytes: Array(Self.smallDeck.utf8), source: "x")))
        let json = harness.run(["convert", "-", "-"], input: lines)
        #expect(json.output.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"id\": \"small\","))
    }

    @Test func convertRefusesAnOutputNameWithoutAFormat() throws {
        let harness = try CLIHarness()
        let result = harness.run(["convert", "Resources/deep-learning.json", harness.path("out.txt")])
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("""
            Error: Cannot tell the format of '\(harness.path("out.txt"))' from its name
            Name it .json or .md, or give --to json or --to markdown.
            """))
    }

    @Test func importOptionsAreRefusedForADeckConversion() throws {
        let harness = try CLIHarness()
        let result = harness.run(["convert", "Resources/deep-learning.json", harness.path("out.md"), "--id", "x"])
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("""
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
        #expect(deck.questions[0].answer.text(in: "en") == "Random zeroing.\nScaled at training time.")
        #expect(deck.questions[0].topic == "regularization")
        #expect(deck.questions[0].keyPoints.isEmpty)

        let updated = Self.ankiExport
            .replacingOccurrences(of: "What is a batch?", with: "What is a mini-batch?")
            + "guid-three\tNew note\tNew back\tdata\n"
        try harness.write("notes.txt", updated)
        #expect(harness.run(["convert", export, deckPath, "--from", "anki", "--id", "my-anki"]).status == 0)
        let again = try DeckSource.load(path: deckPath)
        #expect(Array(again.questions.map(\.id).prefix(2)) == deck.questions.map(\.id))
        #expect(again.questions.count == 3)
    }

    @Test func aCSVFileImportsByItsExtensionWithTheOutputNameAsIDAndReimportingKeepsTheIDs() throws {
        let harness = try CLIHarness()
        let csv = try harness.write("cards.csv", "question,answer,topic\nWhat is ReLU?,\"max(0, x)\",activations\nWhat is tanh?,A squashing function,activations\n")
        let deckPath = harness.path("My Cards.json")
        let result = harness.run(["convert", csv, deckPath])
        #expect(result.status == 0)
        #expect(harness.run(["validate", deckPath]).status == 0)
        let deck = try DeckSource.load(path: deckPath)
        #expect(deck.id == "my-cards")
        #expect(deck.questions.map(\.topic) == ["activations", "activations"])
        #expect(deck.questions[0].answer.text(in: "en") == "max(0, x)")

        try harness.write("cards.csv", "question,answer,topic\nWhat is GELU?,Smooth,activations\nWhat is ReLU?,\"max(0, x), cheap\",activations\nWhat is tanh?,A squashing function,activations\n")
        #expect(harness.run(["convert", csv, deckPath]).status == 0)
        let again = try DeckSource.load(path: deckPath)
        #expect(Array(again.questions.map(\.id).suffix(2)) == deck.questions.map(\.id))
    }

    // MARK: The library

    @Test func decksListsTheBundledDeckAndTheLibraryWithCountsAndProgress() throws {
        let harness = try CLIHarness()
        try harness.write(".local/share/dlquiz/decks/small.md", Self.smallDeck)
        try harness.write(".local/share/dlquiz/decks/broken.json", "{")
        try harness.write(".local/share/dlquiz/decks/notes.txt", "not a deck")
        try harness.writeHistory(
            [("first", 3, [1, 2], 2, 86_400 * 30), ("flash", 1, [], 0, 3600)], deck: "small")
        let result = harness.run(["decks"])
        #expect(result.status == 0)
        #expect(result.output == """
            DECK           QUESTIONS  ANSWERS  DUE  NEW  FILE
            deep-learning         12        0    0   12  (bundled)
            -              broken.json: not a valid deck (a problem); 'dlquiz validate' lists them
            small                  2        2    2    0  small.md

            Your decks are the .json and .md files in ~/.local/share/dlquiz/decks ('dlquiz decks add FILE' copies one in).
            Use one with --deck ID or FILE NAME; 'dlquiz quiz --order due --all-decks' practises every deck.

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
        #expect(unknown.error == "Error: No deck or file is named 'smal'. Did you mean 'small'? 'dlquiz decks' lists the decks in ~/.local/share/dlquiz/decks.\n")
    }

    @Test func decksAddValidatesCopiesAndRefusesToOverwriteADifferentDeck() throws {
        let harness = try CLIHarness()
        let file = try harness.write("small.md", Self.smallDeck)
        let added = harness.run(["decks", "add", file])
        #expect(added.status == 0)
        #expect(added.output == "Added 'small' (2 questions) as ~/.local/share/dlquiz/decks/small.md; use it with --deck small.\n")
        #expect(harness.run(["decks", "add", file]).output == "'small' is already in the library, unchanged: ~/.local/share/dlquiz/decks/small.md.\n")

        try harness.write("small.md", Self.smallDeck.replacingOccurrences(of: "One is a number.", with: "One is one."))
        let conflict = harness.run(["decks", "add", file])
        #expect(conflict.status == 1)
        #expect(conflict.error.contains("The library already has a different deck named 'small.md'"))
        let forced = harness.run(["decks", "add", file, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: harness.path(".local/share/dlquiz/decks/small.md"), encoding: .utf8).contains("One is one."))

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
        #expect(validated.output.contains("id 'my-deck', 2 questions"))
        let again = harness.run(["new", path])
        #expect(again.status == 1)
        #expect(again.error == "Error: '\(path)' already exists; choose another name, or add --force to replace it.\n")
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

    // MARK: Questions without key points

    @Test func aQuestionWithoutKeyPointsIsGradedDirectlyInTheQuiz() throws {
        let harness = try CLIHarness()
        let path = try harness.write("small.md", Self.smallDeck)
        let result = harness.run(["quiz", "--deck", path, "--ids", "flash"], input: ["", "", "3"])
        #expect(result.status == 0)
        #expect(!result.output.contains("Key points"))
        #expect(!result.output.contains("Proposed grade"))
        #expect(result.output.contains("How well did you know it? 1 Again · 2 Hard · 3 Good · 4 Easy"))
        #expect(result.output.contains("Type a grade: 1-4 (or a, h, g, e), or u, s or q."))
        #expect(result.output.contains("   1. flash  –        –  Good"))
        #expect(!result.output.contains("nan"))
        #expect(harness.progressLines().count == 1)
        #expect(harness.progressLines()[0].contains(#""covered":[],"total":0"#))
        let stats = harness.run(["stats", "--deck", path])
        #expect(stats.status == 0)
        #expect(!stats.output.lowercased().contains("nan"))
        #expect(harness.run(["progress"]).status == 0)
    }

    @Test func anInterviewHasNothingToTickForAQuestionWithoutKeyPointsAndScoresNoCoverage() throws {
        let harness = try CLIHarness()
        let path = try harness.write("small.md", Self.smallDeck)
        let result = harness.run(["interview", "--candidate", "Jo", "--deck", path, "--ids", "flash", "-n", "1"], input: [""])
        #expect(result.status == 0)
        #expect(!result.output.contains("0/0"))
        #expect(!result.output.contains("Key points (type a number to tick it):"))
        #expect(!result.output.contains("Total:"))
        let folder = harness.path(".local/share/dlquiz/interviews")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".md") })
        let scorecard = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        #expect(scorecard.contains("- **Key points covered:** –\n"))
        #expect(scorecard.contains("| 1 | What is two? | alpha | 2 | – |"))
        #expect(scorecard.contains("| | **Total** | | | – |"))
        #expect(!scorecard.contains("0/0"))
    }

    @Test func sheetsAndExportsLeaveOutAnEmptyKeyPointsSection() throws {
        let harness = try CLIHarness()
        let path = try harness.write("small.md", Self.smallDeck)
        for format in ["text", "markdown", "html"] {
            let sheet = harness.run(["sheet", "--deck", path, "--ids", "flash", "--format", format])
            #expect(sheet.status == 0, "\(format)")
            #expect(!sheet.output.contains("Key points"), "\(format)")
        }
        let anki = harness.run(["export", "--deck", path, "--ids", "flash", "--format", "anki"])
        #expect(!anki.output.contains("Key points"))
        let show = harness.run(["show", "flash", "--deck", path])
        #expect(!show.output.contains("Key points"))
        let rubric = harness.run(["pick", "--deck", path, "--difficulty", "2", "--rubric"])
        #expect(rubric.status == 0)
        #expect(rubric.output.contains("What is two?"))
        #expect(!rubric.output.contains("Listen for"))
    }
}
