import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// The optional `oneMinuteAnswer` field: decoded and validated like the answer, kept by the JSON export, and shown
/// before the model answer, under its own heading, by every sheet and export.
@Suite struct OneMinuteAnswerTests {
    /// The small test deck with `oneMinuteAnswer` added to its first question (or replaced by `value`).
    private static func deckText(
        oneMinuteAnswer value: String = #"{"en": "Short: one is a number.", "ja": "短く：一は数です。"}"#
    ) -> String {
        let anchor = #""answer": {"en": "One is a number.", "ja": "一は数です。"},"#
        precondition(TestDecks.small.contains(anchor))
        return TestDecks.small.replacingOccurrences(
            of: anchor, with: "\"oneMinuteAnswer\": " + value + ",\n      " + anchor)
    }

    private static func load(_ text: String) throws -> Deck {
        try DeckLoader.load(bytes: Array(text.utf8), source: "one-minute.json")
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

    @Test func theOneMinuteAnswerIsReadPerLanguageOrOnceForAllAndIsAbsentWhereTheDeckGivesNone() throws {
        let deck = try Self.load(Self.deckText())
        #expect(deck.questions[0].oneMinuteAnswer?.text(in: "en") == "Short: one is a number.")
        #expect(deck.questions[0].oneMinuteAnswer?.text(in: "ja") == "短く：一は数です。")
        #expect(deck.questions[1].oneMinuteAnswer == nil)
        let plain = try Self.load(Self.deckText(oneMinuteAnswer: #""Same in both.""#))
        #expect(plain.questions[0].oneMinuteAnswer?.text(in: "ja") == "Same in both.")
    }

    @Test(arguments: [
        (#"{"en": "x", "ja": " "}"#, "questions[0].oneMinuteAnswer.ja: the text is empty"),
        (#"{"en": "x"}"#, "questions[0].oneMinuteAnswer: the 'ja' text is missing"),
        (#"["x"]"#, "questions[0].oneMinuteAnswer: expected a string or an object of translations"),
        (#"{"en": "x", "ja": "y", "fr": "z"}"#, "questions[0].oneMinuteAnswer.fr"),
    ])
    func aBadOneMinuteAnswerIsRefusedWithItsPath(value: String, expected: String) {
        let message = Self.problems(Self.deckText(oneMinuteAnswer: value))
        #expect(message.contains(expected), "\(message)")
    }

    @Test func aMisspelledKeyIsRefusedWithTheRightName() {
        let text = Self.deckText().replacingOccurrences(of: "\"oneMinuteAnswer\"", with: "\"oneMinuteAnwser\"")
        let message = Self.problems(text)
        #expect(message.contains("oneMinuteAnwser"), "\(message)")
        #expect(message.contains("oneMinuteAnswer"), "\(message)")
    }

    /// Length budgets are a content test of the bundled deck: a user's deck may have a long first answer.
    @Test func aLongOneMinuteAnswerIsNoDeckProblem() throws {
        let long = String(repeating: "word ", count: 400).trimmingCharacters(in: .whitespaces)
        let deck = try Self.load(Self.deckText(oneMinuteAnswer: "\"" + long + "\""))
        #expect(deck.questions[0].oneMinuteAnswer?.text(in: "en").count == long.count)
    }

    @Test func theJSONExportPutsItBetweenTheQuestionAndTheAnswerAndLoadsBack() throws {
        let deck = try Self.load(Self.deckText())
        let json = DeckJSONExporter().export(deck)
        #expect(
            json.contains(
                """
                      "oneMinuteAnswer": {
                        "en": "Short: one is a number.",
                        "ja": "短く：一は数です。"
                      },
                      "answer": {
                """), "\(json)")
        #expect(try Self.load(json) == deck)
        #expect(!DeckJSONExporter().export(try TestDecks.smallDeck()).contains("oneMinuteAnswer"))
    }

    private static func labels() -> SheetLabels {
        SheetLabels(
            modelAnswer: "ANSWER", keyPoints: "POINTS", followUps: "FOLLOW-UPS", references: "REFERENCES",
            contents: "CONTENTS", questionCount: { "\($0) q" }, difficulty: { "d\($0)" },
            suggestedTime: { "\($0) min" },
            details: "DETAILS", oneMinuteAnswer: "FIRST MINUTE")
    }

    private static func anki(_ deck: Deck, language: String = "en") -> String {
        AnkiExporter(
            language: language, keyPointsHeading: "POINTS", detailsHeading: "DETAILS",
            oneMinuteAnswerHeading: "FIRST MINUTE", modelAnswerHeading: "ANSWER"
        ).export(deck)
    }

    /// Where `needles` occur in `text`, in order; nil for a needle that is missing.
    private static func offsets(of needles: [String], in text: String) -> [Int?] {
        needles.map { needle in text.range(of: needle).map { text.distance(from: text.startIndex, to: $0.lowerBound) } }
    }

    @Test func everySheetAndExportShowsItUnderItsHeadingBeforeTheModelAnswer() throws {
        let deck = try Self.load(Self.deckText())
        let sheet = StudySheet(deck: deck, questions: [deck.questions[0]], language: "en", labels: Self.labels())
        let order = ["FIRST MINUTE", "Short: one is a number.", "ANSWER", "One is a number.", "POINTS"]
        let outputs = [
            ("text", TextSheetRenderer(width: 80).render(sheet), order),
            (
                "markdown", MarkdownSheetRenderer().render(sheet),
                ["### FIRST MINUTE\n\nShort: one is a number.\n\n### ANSWER"]
            ),
            (
                "html", HTMLSheetRenderer().render(sheet),
                [
                    "<section class=\"one-minute-answer\">\n<h3>FIRST MINUTE</h3>\n<p>Short: one is a number.</p>\n</section>",
                    "<h3>ANSWER</h3>", "POINTS",
                ]
            ),
            (
                "folded html", HTMLSheetRenderer(foldsAnswers: true).render(sheet),
                [
                    "<summary>ANSWER</summary>", "<h3>FIRST MINUTE</h3>", "<h3>ANSWER</h3>", "One is a number.",
                ]
            ),
            (
                "anki", Self.anki(deck),
                [
                    "\t<p><b>FIRST MINUTE</b></p><p>Short: one is a number.</p><p><b>ANSWER</b></p><p>One is a number.</p>"
                ]
            ),
            ("csv", CSVExporter(language: "ja").export(deck), ["一とは？,短く：一は数です。,一は数です。,"]),
        ]
        for (name, output, needles) in outputs {
            let found = Self.offsets(of: needles, in: output)
            #expect(!found.contains(nil), "\(name) misses one of \(needles):\n\(output)")
            let offsets = found.compactMap { $0 }
            #expect(offsets == offsets.sorted(), "\(name) is out of order:\n\(output)")
        }
    }

    @Test func aQuestionWithoutOneShowsNoHeadingAndAnEmptyCSVField() throws {
        let deck = try TestDecks.smallDeck()
        let sheet = StudySheet(deck: deck, questions: deck.questions, language: "en", labels: Self.labels())
        #expect(!TextSheetRenderer(width: 80).render(sheet).contains("FIRST MINUTE"))
        #expect(!MarkdownSheetRenderer().render(sheet).contains("FIRST MINUTE"))
        #expect(!HTMLSheetRenderer().render(sheet).contains("FIRST MINUTE"))
        // Folded, the summary already names the answer: no heading is added inside.
        #expect(!HTMLSheetRenderer(foldsAnswers: true).render(sheet).contains("<h3>ANSWER</h3>"))
        let anki = Self.anki(deck)
        #expect(!anki.contains("FIRST MINUTE") && !anki.contains("<b>ANSWER</b>"))
        #expect(CSVExporter(language: "en").export(deck).contains("What is one?,,One is a number."))
    }

    @Test func theQuestionsOnlySheetLeavesItOut() throws {
        let deck = try Self.load(Self.deckText())
        let sheet = StudySheet(
            deck: deck, questions: deck.questions, language: "en", labels: Self.labels(), showsAnswers: false)
        for output in [
            TextSheetRenderer(width: 80).render(sheet), MarkdownSheetRenderer().render(sheet),
            HTMLSheetRenderer().render(sheet),
        ] {
            #expect(!output.contains("Short: one is a number."))
        }
    }
}
