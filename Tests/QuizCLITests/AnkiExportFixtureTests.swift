import Foundation
import Testing

@testable import QuizCLI
@testable import QuizKit

/// Exports written by Anki itself (Fixtures/anki/make_notes_export.py, with the `anki` package) of a collection with
/// Basic, reversed, Cloze, image, sound and Image Occlusion notes: every note is accounted for, imported with as many
/// questions as Anki makes cards, or left out with its line and reason; Anki's own rendering of each card is the
/// oracle for what a cloze question shows.
@Suite struct AnkiExportFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/anki")

    struct Card: Decodable {
        var ord: Int
        var question: String
        var answer: String
    }

    struct Note: Decodable {
        var guid: String
        var notetype: String
        var tags: [String]
        var cards: [Card]
    }

    static func manifest() throws -> [Note] {
        try JSONDecoder().decode(
            [Note].self, from: Data(contentsOf: folder.appendingPathComponent("trial-manifest.json")))
    }

    static func load(_ name: String) throws -> DeckImport {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        return try AnkiTextImporter().importDeck(from: bytes, source: name)
    }

    /// The questions made from the note with `guid`.
    static func questions(of guid: String, in deck: Deck) -> [Question] {
        let base = "anki-" + AnkiTextImporter.hex(ImportedText.fnv1a(guid))
        return deck.questions.filter { $0.id == base || $0.id.hasPrefix(base + "-") }
    }

    /// A text compared without its layout: list markers, image markers (as the file name) and all white space out.
    static func bare(_ text: String) -> String {
        var text = text.replacing("[…]", with: "[...]")
        text = text.replacing(#/\[image (.+?) omitted\]/#) { $0.output.1 }
        text = text.split(separator: "\n").filter { !$0.hasPrefix("```") }.map { line in
            line.drop { $0 == " " }.replacing(#/^(- |\d+\. )/#, with: "")
        }.joined()
        return String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    static let skipped: [String: String] = [
        "trial-image-front": "note left out: the front shows only an image (heart.png), which dlquiz cannot show",
        "trial-empty-back": "note left out: the back is empty",
        "trial-occlusion": "note left out: an Image Occlusion note, whose deletions are shapes on an image",
    ]

    @Test(arguments: ["trial-html.txt", "trial-guid-only.txt", "trial-no-header-html.txt"])
    func everyNoteIsImportedWithAnkisCardsOrLeftOutWithItsReason(file: String) throws {
        let manifest = try Self.manifest()
        let result = try Self.load(file)
        let warnings = Dictionary(grouping: result.warnings, by: \.path)
        var accounted = 0
        var expected = 0
        for (index, note) in manifest.enumerated() {
            let questions = Self.questions(of: note.guid, in: result.deck)
            if let reason = Self.skipped[note.guid] {
                #expect(questions.isEmpty, "\(note.guid)")
                #expect(warnings["notes[\(index)]"]?.map { $0.problem.words.english } == [reason], "\(note.guid)")
                accounted += 1
                continue
            }
            // Without a notetype column a reversed note reads as Basic (Anki, too, would import it with one type).
            let cards = file == "trial-html.txt" || note.notetype == "Cloze" ? note.cards : Array(note.cards.prefix(1))
            #expect(questions.count == cards.count, "\(note.guid): \(questions.map(\.id))")
            expected += cards.count
            for (question, card) in zip(questions, cards) {
                #expect(
                    Self.bare(question.question.text(in: "en")) == Self.bare(card.question),
                    "\(note.guid) card \(card.ord)")
                // Each hidden text (each item, when a cloze number hides several) is on Anki's answer side.
                for line in question.answer.text(in: "en").split(separator: "\n").map({ Self.bare(String($0)) })
                where note.guid != "trial-entities" && !line.isEmpty {
                    #expect(Self.bare(card.answer).contains(line), "\(note.guid) card \(card.ord)")
                }
            }
            accounted += 1
        }
        #expect(accounted == manifest.count)
        #expect(result.deck.questions.count == expected)
    }

    @Test func theHTMLExportReadsAsAnkiShowsIt() throws {
        let deck = try Self.load("trial-html.txt").deck
        func question(_ guid: String, _ offset: Int = 0) throws -> Question {
            try #require(Self.questions(of: guid, in: deck).dropFirst(offset).first)
        }
        let capital = try question("trial-cloze-hint")
        #expect(capital.question == LocalizedText("The capital of France is [city]."))
        #expect(capital.answer == LocalizedText("Paris"))
        #expect(capital.details == nil)
        #expect(deck.topicNames.first { $0.topic == capital.topic }?.name == LocalizedText("Élan"))
        #expect(capital.topic == "elan")
        let adam = try question("trial-cloze-many", 1)
        #expect(adam.id.hasSuffix("-c2"))
        #expect(adam.question == LocalizedText("Adam uses […] and […]."))
        #expect(adam.answer == LocalizedText("- momentum\n- RMS scaling"))
        #expect(adam.details == LocalizedText("Kingma & Ba (2015)"))
        #expect(try question("trial-entities").answer == LocalizedText("−1 … → — 4° café \u{2AA2}\u{338}"))
        #expect(
            try question("trial-pre").answer
                == LocalizedText("Sum:\n\n```\nfor x in xs:\n    total += x\n        # deeper\n```"))
        #expect(try question("trial-divs").answer == LocalizedText("first\n\nsecond\n\n- a\n  - nested"))
        #expect(
            try question("trial-image-beside").question
                == LocalizedText("What organ is this? [image heart.png omitted]"))
        let reversed = try question("trial-reversed", 1)
        #expect(
            reversed.id.hasSuffix("-r") && reversed.question == LocalizedText("max(0, x)")
                && reversed.answer == LocalizedText("ReLU"))
        let math = try #require(deck.topicNames.first { $0.name == LocalizedText("数学") })
        #expect(reversed.topic == math.topic && math.topic.hasPrefix("topic-"))
    }

    @Test func theExportWithoutHTMLIsAccountedForToo() throws {
        let result = try Self.load("trial-plain.txt")
        #expect(
            result.warnings.map(\.testLine) == [
                "18:1: notes[11]: note left out: the front is empty",
                "20:1: notes[13]: note left out: the back is empty",
                "21:1: notes[14]: note left out: an Image Occlusion note, whose deletions are shapes on an image",
            ])
        #expect(result.deck.questions.count == 16)
    }

    @Test func soundsAreRemovedWithAWarningNamingTheNote() throws {
        let result = try Self.load("trial-html.txt")
        #expect(
            result.warnings.filter { $0.path == "notes[12]" }.map(\.testLine) == [
                "21:1: notes[12]: sounds removed (beat.mp3); dlquiz shows text only"
            ])
        let heart = try #require(Self.questions(of: "trial-image-beside", in: result.deck).first)
        #expect(heart.answer == LocalizedText("The heart"))
    }

    @Test func reimportingAnEditedExportKeepsEveryQuestionsID() throws {
        let before = try Self.load("trial-html.txt").deck
        let after = try Self.load("trial-edited-html.txt").deck
        #expect(Set(after.questions.map(\.id)).isSuperset(of: before.questions.map(\.id)))
        #expect(Set(after.questions.map(\.id)).subtracting(before.questions.map(\.id)).count == 1)
        let edited = try #require(Self.questions(of: "trial-basic", in: after).first)
        #expect(edited.question == LocalizedText("What does dropout do?"))
        #expect(Self.questions(of: "trial-basic", in: before).first?.id == edited.id)
    }
}
