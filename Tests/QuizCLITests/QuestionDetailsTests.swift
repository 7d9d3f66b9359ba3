import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// The optional `details` field: decoded and validated like the answer, and shown after it by every renderer and
/// exporter; the JSON export keeps it.
@Suite struct QuestionDetailsTests {
    /// The small test deck with `details` added to its first question (or replaced by `value`).
    private static func deckText(details value: String = #"{"en": "Worked: 1 + 1 = 2.", "ja": "計算例: 1 + 1 = 2。"}"#)
        -> String
    {
        let anchor = #""answer": {"en": "One is a number.", "ja": "一は数です。"},"#
        precondition(TestDecks.small.contains(anchor))
        return TestDecks.small.replacingOccurrences(of: anchor, with: anchor + "\n      \"details\": " + value + ",")
    }

    private static func load(_ text: String) throws -> Deck {
        try DeckLoader.load(bytes: Array(text.utf8), source: "details.json")
    }

    private static func problems(_ text: String) -> String {
        do {
            _ = try load(text)
            return "loaded without error"
        } catch let error as QuizError {
            return error.diagnosticLines
        } catch {
            return "\(error)"
        }
    }

    @Test func detailsAreReadPerLanguageAndAreAbsentWhereTheDeckGivesNone() throws {
        let deck = try Self.load(Self.deckText())
        #expect(deck.questions[0].details?.text(in: "en") == "Worked: 1 + 1 = 2.")
        #expect(deck.questions[0].details?.text(in: "ja") == "計算例: 1 + 1 = 2。")
        #expect(deck.questions[1].details == nil)
    }

    @Test(arguments: [
        (#"{"en": "x", "ja": " "}"#, "questions[0].details.ja: the text is empty"),
        (#"{"en": "x"}"#, "questions[0].details: the 'ja' text is missing"),
        (#"42"#, "questions[0].details: expected a string or an object of translations"),
        (#""""#, "questions[0].details: the text is empty"),
    ])
    func badDetailsAreRefusedLikeABadAnswer(value: String, expected: String) {
        let message = Self.problems(Self.deckText(details: value))
        #expect(message.contains(expected), "\(message)")
    }

    @Test func theJSONExportKeepsDetailsRightAfterTheAnswer() throws {
        let deck = try Self.load(Self.deckText())
        let json = DeckJSONExporter().export(deck)
        #expect(
            json.contains(
                """
                      "answer": {
                        "en": "One is a number.",
                        "ja": "一は数です。"
                      },
                      "details": {
                        "en": "Worked: 1 + 1 = 2.",
                        "ja": "計算例: 1 + 1 = 2。"
                      },
                      "keyPoints": [
                """), "\(json)")
        #expect(try Self.load(json) == deck)
    }

    private static func labels() -> SheetLabels {
        SheetLabels(
            modelAnswer: "ANSWER", keyPoints: "POINTS", followUps: "FOLLOW-UPS", references: "REFERENCES",
            contents: "CONTENTS", questionCount: { "\($0) q" }, difficulty: { "d\($0)" },
            suggestedTime: { "\($0) min" },
            details: "DETAILS")
    }

    /// Where `needles` occur in `text`, in order; nil for a needle that is missing.
    private static func offsets(of needles: [String], in text: String) -> [Int?] {
        needles.map { needle in text.range(of: needle).map { text.distance(from: text.startIndex, to: $0.lowerBound) } }
    }

    @Test func everySheetAndExportPutsTheDetailsBetweenTheAnswerAndTheKeyPoints() throws {
        let deck = try Self.load(Self.deckText())
        let sheet = StudySheet(deck: deck, questions: [deck.questions[0]], language: "en", labels: Self.labels())
        let outputs = [
            (
                "text", TextSheetRenderer(width: 80).render(sheet),
                ["ANSWER", "One is a number.", "DETAILS", "Worked: 1 + 1 = 2.", "POINTS"]
            ),
            (
                "markdown", MarkdownSheetRenderer().render(sheet),
                ["ANSWER", "One is a number.", "DETAILS", "Worked: 1 + 1 = 2.", "POINTS"]
            ),
            (
                "html", HTMLSheetRenderer().render(sheet),
                ["ANSWER", "One is a number.", "DETAILS", "Worked: 1 + 1 = 2.", "POINTS"]
            ),
            (
                "anki",
                AnkiExporter(language: "en", keyPointsHeading: "POINTS", detailsHeading: "DETAILS").export(deck),
                ["<p>One is a number.</p><p><b>DETAILS</b></p><p>Worked: 1 + 1 = 2.</p><p><b>POINTS</b></p>"]
            ),
            ("csv", CSVExporter(language: "ja").export(deck), ["一は数です。,計算例: 1 + 1 = 2。,\"あ"]),
        ]
        for (name, output, needles) in outputs {
            let found = Self.offsets(of: needles, in: output)
            #expect(!found.contains(nil), "\(name) misses one of \(needles):\n\(output)")
            let offsets = found.compactMap { $0 }
            #expect(offsets == offsets.sorted(), "\(name) is out of order:\n\(output)")
        }
    }

    @Test func aQuestionWithoutDetailsShowsNoDetailsHeadingAndAnEmptyCSVField() throws {
        let deck = try TestDecks.smallDeck()
        let sheet = StudySheet(deck: deck, questions: deck.questions, language: "en", labels: Self.labels())
        #expect(!TextSheetRenderer(width: 80).render(sheet).contains("DETAILS"))
        #expect(!MarkdownSheetRenderer().render(sheet).contains("DETAILS"))
        #expect(!HTMLSheetRenderer().render(sheet).contains("DETAILS"))
        #expect(
            !AnkiExporter(language: "en", keyPointsHeading: "POINTS", detailsHeading: "DETAILS").export(deck).contains(
                "DETAILS"))
        #expect(CSVExporter(language: "en").export(deck).contains("One is a number.,,\"a\n"))
    }
}
