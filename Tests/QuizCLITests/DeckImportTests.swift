import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// Importing Anki plain-text exports and CSV files: real-looking inputs inline, expected decks inline. Expected ids
/// were computed outside Swift (Python's FNV-1a), so the code is not its own oracle.
@Suite struct DeckImportTests {
    static func anki(_ text: String, deckID: String? = nil) throws -> Deck {
        try AnkiTextImporter(deckID: deckID).deck(from: Array(text.utf8), source: "notes.txt")
    }

    static func csv(_ text: String) throws -> Deck {
        try CSVDeckImporter(deckID: "my-csv", title: "My CSV").deck(from: Array(text.utf8), source: "deck.csv")
    }

    static func problems(_ body: () throws -> Deck) -> [String] {
        do {
            _ = try body()
            return ["imported without error"]
        } catch {
            guard case .invalidDeck(_, let diagnostics, _) = error as? QuizError else { return ["\(error)"] }
            return diagnostics.map(\.testLine)
        }
    }

    // MARK: Anki

    /// As Anki 2.1.66 writes "Notes in Plain Text" with every option ticked: guid, notetype, deck, fields, tags.
    static let ankiNotes = """
        #separator:tab
        #html:true
        #guid column:1
        #notetype column:2
        #deck column:3
        #tags column:6
        f0Q=`k~x3G\tBasic\tML::Deep learning\tWhat is <b>dropout</b>?\tRandomly zeroes units during training.<br>At test time all units are kept &amp; nothing is scaled.<div>Use&nbsp;it after dense layers.</div>\tml regularization
        "Hb+|;Q""2p"\tBasic\tML::Deep learning\t"Why does Adam
        need warmup?"\t"<ul><li>Noisy second moments</li><li>Early divergence</li></ul>A tab:\tnot a separator &lt;b&gt; &#x1F600;"\t

        """

    @Test func anAnkiNotesExportBecomesADeck() throws {
        let deck = try Self.anki(Self.ankiNotes, deckID: "deep-learning-notes")
        #expect(deck.id == "deep-learning-notes")
        #expect(deck.languages == ["en"])
        #expect(deck.questions.map(\.id) == ["anki-e6cfeb84a438", "anki-bc1d03c1cd04"])
        let dropout = deck.questions[0]
        #expect(dropout.question == LocalizedText("What is dropout?"))
        // Each line Anki shows (after a <br>, in a <div>) is a paragraph of its own.
        #expect(
            dropout.answer
                == LocalizedText(
                    "Randomly zeroes units during training.\n\nAt test time all units are kept & nothing is scaled.\n\nUse it after dense layers."
                ))
        #expect(dropout.topic == "ml")
        #expect(dropout.difficulty == 2)
        #expect(dropout.minutes == 2)
        #expect(dropout.keyPoints.isEmpty)
        let warmup = deck.questions[1]
        // In HTML a line break in the source is a space, and a tab too.
        #expect(warmup.question == LocalizedText("Why does Adam need warmup?"))
        #expect(
            warmup.answer == LocalizedText("- Noisy second moments\n- Early divergence\n\nA tab: not a separator <b> 😀")
        )
        #expect(warmup.topic == "general")
    }

    @Test func anExportWrittenByAnkiItselfImports() throws {
        // Tests/QuizCLITests/Fixtures/anki/make_notes_export.py wrote this file with Anki 26.09's exporter.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/anki/notes-export.txt")
        let deck = try AnkiTextImporter().deck(from: [UInt8](try Data(contentsOf: url)), source: "notes-export.txt")
        #expect(deck.id == "ml-deep-learning")
        #expect(deck.title == LocalizedText("ML › Deep learning"))
        #expect(deck.questions.map(\.id) == ["anki-6d7729ce551f", "anki-6e7729ce56d2", "anki-6f7729ce5885"])
        #expect(deck.questions.map(\.topic) == ["ml-regularization", "optimization", "general"])
        #expect(deck.questions.map(\.difficulty) == [1, 2, 2])
        #expect(
            deck.questions.map(\.question) == [
                LocalizedText("What is dropout?"), LocalizedText("Why does Adam need warmup?"),
                LocalizedText("#hash at the start"),
            ])
        #expect(
            deck.questions.map(\.answer) == [
                LocalizedText(
                    "Randomly zeroes units during training.\n\nAt test time all units are kept & nothing is scaled."),
                LocalizedText("Noisy second moments early on.\n\n\"Quoted\" text <b>"),
                LocalizedText("Plain back; with a semicolon, a comma and a | pipe."),
            ])
    }

    @Test func dlquizsOwnAnkiExportImportsWithItsKeyPointsTopicsAndDifficulties() throws {
        let original = try TestDecks.smallDeck()
        let export = AnkiExporter(language: "en", keyPointsHeading: "Key points").export(original)
        let deck = try Self.anki(export)
        #expect(deck.id == "test-deck")
        #expect(deck.title == LocalizedText("Test deck"))
        #expect(deck.questions.map(\.topic) == ["alpha", "beta", "alpha"])
        #expect(deck.questions.map(\.difficulty) == [1, 2, 3])
        #expect(
            deck.questions.map(\.question) == [
                LocalizedText("What is one?"), LocalizedText("What is two?"), LocalizedText("What is three?"),
            ])
        #expect(deck.questions[0].answer == LocalizedText("One is a number."))
        #expect(deck.questions[0].keyPoints == ["a", "b", "c", "d"].map(LocalizedText.init))
        // With key points, the imported deck passes every rule of a deck file.
        let json = DeckJSONExporter().export(deck)
        #expect(try DeckLoader.load(bytes: Array(json.utf8), source: "imported.json") == deck)
    }

    @Test func withoutGuidsIdsComeFromTheQuestionAndSurviveAnUpdatedFile() throws {
        let first =
            "#separator:Comma\n#html:false\nWhat is dropout?,Zeroing units.\n\"Why does Adam need warmup?\",Noisy moments.\n"
        let second =
            "#separator:,\n#html:false\nWhy does Adam need warmup?,\"Noisy moments, early.\"\nNew one?,Yes.\nWhat is dropout?,Zeroing units at random.\n"
        let before = try Self.anki(first)
        let after = try Self.anki(second)
        #expect(before.id == "anki-import")
        #expect(before.questions.map(\.id) == ["what-is-dropout-123347", "why-does-adam-need-warmup-9f55ea"])
        #expect(Set(after.questions.map(\.id)).isSuperset(of: before.questions.map(\.id)))
        #expect(after.questions[0].answer == LocalizedText("Noisy moments, early."))
    }

    @Test func aBadNoteIsLeftOutWithItsLineAndReasonAndTheOthersAreKept() throws {
        let text =
            "#separator:tab\n#html:true\nFront only\n\t<br>\nOK\tfine\n<img src=\"heart.png\">\tA heart\nQ\t<img src='x.png'>\n"
        let result = try AnkiTextImporter().importDeck(from: Array(text.utf8), source: "notes.txt")
        #expect(result.deck.questions.map(\.question) == [LocalizedText("OK")])
        #expect(
            result.warnings.map(\.testLine) == [
                "3:1: notes[0]: note left out: the back is empty",
                "4:1: notes[1]: note left out: the front is empty",
                "6:1: notes[3]: note left out: the front shows only an image (heart.png), which dlquiz cannot show",
                "7:1: notes[4]: note left out: the back shows only an image (x.png), which dlquiz cannot show",
            ])
        #expect(result.warningCount == 4)
    }

    @Test func aNoteWithNoBackIsStillLeftOutForWhatItsFrontHoldsAndEveryOneIsCounted() throws {
        // The back is empty in the file, so the front is read only for a warning that is shown.
        let notes = ["<br>", "<img src=\"heart.png\">", "Front only", "&nbsp;"] + Array(repeating: "Front", count: 60)
        let text = "#separator:tab\n#html:true\nOK\tfine\n" + notes.map { $0 + "\t\n" }.joined()
        let result = try AnkiTextImporter().importDeck(from: Array(text.utf8), source: "notes.txt")
        #expect(result.deck.questions.map(\.question) == [LocalizedText("OK")])
        #expect(
            result.warnings.prefix(5).map(\.testLine) == [
                "4:1: notes[1]: note left out: the front is empty",
                "5:1: notes[2]: note left out: the front shows only an image (heart.png), which dlquiz cannot show",
                "6:1: notes[3]: note left out: the back is empty",
                "7:1: notes[4]: note left out: the front is empty",
                "8:1: notes[5]: note left out: the back is empty",
            ])
        #expect(result.warnings.count == DeckRules.problemLimit)
        #expect(result.warningCount == 64)
    }

    @Test func anUnclosedQuoteIsStillAnErrorAndAFileOfSkippedNotesSaysWhy() {
        var found = Self.problems { try Self.anki("#separator:tab\nOK\tfine\n\"never closed\tx\n") }
        #expect(found == ["3:1: this quoted field is never closed; end it with a \""])
        found = Self.problems { try Self.anki("#separator:tab\nFront only\n") }
        #expect(
            found == [
                "2:1: notes[0]: note left out: the back is empty", "3:1: the file has no notes or rows to import",
            ])
    }

    @Test func randomJumblesOfNotesAndRowsAreRefusedOrImportedNeverTrapped() {
        let pieces = [
            "#separator:tab\n", "#separator:,\n", "#html:true\n", "#guid column:1\n", "#tags column:0\n",
            "#tags column:9\n",
            "#deck column:2\n", "tags:a b\n", "\t", ",", ";", "\"", "\"\"", "\n", "\r\n", "x", "<br>", "<ul><li>",
            "</li></ul>",
            "<p><b>K</b></p>", "<li> </li></ul>", "&#;", "&#x110000;", "&amp", "question,answer\n", "topic::",
            "difficulty::9 ", "#",
        ]
        var random = SeededRandom(seed: 11)
        for _ in 0..<500 {
            let text = (0..<random.integer(below: 40)).map { _ in pieces[random.integer(below: pieces.count)] }.joined()
            for importer in [
                { try AnkiTextImporter().deck(from: Array(text.utf8), source: "n.txt") },
                { try CSVDeckImporter(deckID: "c").deck(from: Array(text.utf8), source: "c.csv") },
            ] as [() throws -> Deck] {
                if let deck = try? importer() {
                    #expect(deck.questions.allSatisfy { isKebabCase($0.id) && isKebabCase($0.topic) })
                    #expect(Set(deck.questions.map(\.id)).count == deck.questions.count)
                    // Every rule of a deck file holds, except the key-point count for notes without key points.
                    let json = Array(DeckJSONExporter().export(deck).utf8)
                    let problems = Self.problems { try DeckLoader.load(bytes: json, source: "i.json") }
                        .filter { $0 != "imported without error" && !$0.contains("keyPoints: has ") }
                    #expect(problems.isEmpty, "\(text.debugDescription)")
                }
            }
        }
    }

    // MARK: CSV

    @Test func aSpreadsheetCSVBecomesADeck() throws {
        let text =
            "Question,Answer,Topic,Key points\r\n"
            + "What is dropout?,\"It zeroes units, at random.\",Training,\"Random zeroing\r\nScaling by 1/(1 − p)\r\n- Ensemble view\"\r\n"
            + "\"What does \"\"batch size, in practice\"\" mean?\",\"Examples per step.\",,\r\n"
        let deck = try Self.csv(text)
        #expect(deck.id == "my-csv")
        #expect(deck.title == LocalizedText("My CSV"))
        #expect(deck.questions.map(\.id) == ["what-is-dropout-123347", "what-does-batch-size-in-practice-c0a5eb"])
        #expect(deck.questions[0].answer == LocalizedText("It zeroes units, at random."))
        #expect(deck.questions[0].topic == "training")
        // Only a cell whose lines all start with "- " is read as a bulleted list.
        #expect(
            deck.questions[0].keyPoints
                == ["Random zeroing", "Scaling by 1/(1 − p)", "- Ensemble view"].map(LocalizedText.init))
        #expect(deck.questions[1].question == LocalizedText("What does \"batch size, in practice\" mean?"))
        #expect(deck.questions[1].topic == "general")
        #expect(deck.questions[1].keyPoints.isEmpty)
    }

    @Test func dlquizsOwnCSVExportReadsBackAsTheSameQuestions() throws {
        var original = try TestDecks.smallDeck()
        original.questions = original.questions.map { question in
            var question = question
            question.question = LocalizedText(question.question.text(in: "en"))
            question.answer = LocalizedText(question.answer.text(in: "en"))
            question.keyPoints = question.keyPoints.map { LocalizedText($0.text(in: "en")) }
            question.followUps = []
            question.references = []
            return question
        }
        let csv = CSVExporter(language: "en").export(original)
        let deck = try Self.csv(csv)
        #expect(deck.questions == original.questions)
    }

    @Test func csvProblemsNameTheRowColumnAndPlace() {
        var found = Self.problems { try Self.csv("q,a\nx,y\n") }
        #expect(
            found == [
                "1:1: header: the header row has no 'question' column",
                "1:1: header: the header row has no 'answer' column",
            ])
        let text = "question;answer;difficulty;id\nWhat?;;2;ok\nWhy?;Because.;5;Bad_ID\n"
        found = Self.problems { try Self.csv(text) }
        #expect(
            found == [
                "2:1: rows[1].answer: the text is empty",
                "3:15: rows[2].difficulty: expected a whole number from 1 to 3, found 5",
                "3:17: rows[2].id: 'Bad_ID' is not kebab-case; use lowercase letters, digits and single '-', such as \"batch-normalization\"",
            ])
    }

    @Test func anImportWithoutKeyPointsIsAValidDeckOfFlashcards() throws {
        let deck = try Self.csv("question,answer\nWhat is dropout?,Zeroing units.\n")
        let json = DeckJSONExporter().export(deck)
        let loaded = try DeckLoader.load(bytes: Array(json.utf8), source: "i.json")
        #expect(loaded == deck)
        #expect(loaded.questions[0].keyPoints == [])
    }
}
