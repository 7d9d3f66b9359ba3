import Foundation
import QuizTestSupport
import Testing

@testable import QuizCLI
@testable import QuizKit

@Suite struct DeckLoaderTests {
    @Test func loadsTheSmallDeck() throws {
        let deck = try TestDecks.smallDeck()
        #expect(deck.id == "test-deck")
        #expect(deck.languages == ["en", "ja"])
        #expect(deck.questions.map(\.id) == ["first-question", "second-question", "third-question"])
        #expect(deck.topics == ["alpha", "beta"])
        let first = deck.questions[0]
        #expect(first.question.text(in: "ja") == "一とは？")
        #expect(first.followUps.first?.answer.text(in: "ja") == "Because.")
        #expect(deck.questions[2].minutes == 4.5)
    }

    @Test func loadsTheBundledDeckWithTwelveQuestions() throws {
        let bytes = [UInt8](try Data(contentsOf: TestDecks.bundledDeckURL))
        let deck = try DeckLoader.load(bytes: bytes, source: "deep-learning.json")
        #expect(deck.questions.count == 12)
        #expect(deck.languages == ["en", "ja"])
    }

    /// Loads `text` and returns the deck's problems: `<source> has <total> problems`, then one
    /// `<source>:<line>:<column>: <path>: <problem>` per diagnostic, the problem in the command line's English words.
    private func problems(_ text: String) -> String {
        do {
            _ = try DeckLoader.load(bytes: Array(text.utf8), source: "bad.json")
            return "loaded without error"
        } catch {
            return Self.describe(error)
        }
    }

    private static func describe(_ error: QuizError) -> String {
        guard case .invalidDeck(let source, let diagnostics, let total) = error else { return "\(error)" }
        let lines = diagnostics.map { diagnostic in
            let problem = diagnostic.problem.words.english
            return ([diagnostic.location?.description, diagnostic.path.isEmpty ? nil : diagnostic.path, problem])
                .compactMap { $0 }.joined(separator: ": ")
        }
        return (["\(source) has \(total) problems"] + lines.map { "\(source):\($0)" }).joined(separator: "\n")
    }

    private func replacing(_ old: String, with new: String) -> String {
        precondition(TestDecks.small.contains(old), "fixture text not found: \(old)")
        return TestDecks.small.replacingOccurrences(of: old, with: new)
    }

    @Test func aSyntaxErrorNamesLineAndColumn() {
        // A trailing comma on line 5, before the ']' in column 28.
        let text = replacing(#""languages": ["en", "ja"],"#, with: #""languages": ["en", "ja",],"#)
        let message = problems(text)
        #expect(message.contains("bad.json:5:28: JSON syntax error: unexpected ']' after a comma"), "\(message)")
    }

    @Test func anEmptyFileIsReported() {
        #expect(problems("  \n").contains("bad.json:2:1: JSON syntax error: the file is empty"))
    }

    @Test func duplicateIDsAreNamedWithBothPlaces() {
        let message = problems(replacing(#""id": "third-question""#, with: #""id": "first-question""#))
        #expect(
            message.contains("questions[2].id: duplicate id 'first-question' (first used by questions[0])"),
            "\(message)")
        #expect(message.contains("bad.json:22:13: questions[2].id"), "\(message)")
    }

    @Test func aMissingLanguageIsNamed() {
        let message = problems(
            replacing(
                #""answer": {"en": "Two follows one.", "ja": "二は一の次です。"}"#,
                with: #""answer": {"en": "Two follows one."}"#))
        #expect(message.contains("questions[1].answer: the 'ja' text is missing"), "\(message)")
    }

    @Test func anEmptyFieldIsNamed() {
        let message = problems(
            replacing(
                #"{"en": "b", "ja": "い"}, {"en": "c", "ja": "う"}, {"en": "d", "ja": "え"}],"#,
                with: #"{"en": "b", "ja": "  "}, {"en": "c", "ja": "う"}, {"en": "d", "ja": "え"}],"#))
        #expect(message.contains("questions[0].keyPoints[1].ja: the text is empty"), "\(message)")
    }

    @Test func anUnknownSchemaVersionIsNamed() {
        let message = problems(replacing(#""schemaVersion": 1"#, with: #""schemaVersion": 2"#))
        #expect(
            message.contains(
                "bad.json:2:20: schemaVersion: unknown schemaVersion 2; this version of dlquiz reads schemaVersion 1"),
            "\(message)")
    }

    @Test func anUnknownFieldSuggestsTheRightOne() {
        let message = problems(
            replacing(
                #""keyPoints": [{"en": "a", "ja": "あ"}, {"en": "b", "ja": "い"}, {"en": "c", "ja": "う"}]"#,
                with: #""keypoints": [{"en": "a", "ja": "あ"}, {"en": "b", "ja": "い"}, {"en": "c", "ja": "う"}]"#))
        #expect(
            message.contains("questions[1].keypoints: unknown field \"keypoints\"; did you mean \"keyPoints\"?"),
            "\(message)")
        #expect(message.hasPrefix("bad.json has 1 problems"), "\(message)")
    }

    @Test(arguments: [
        (
            #""difficulty": 2"#, #""difficulty": 5"#,
            "questions[1].difficulty: expected a whole number from 1 to 3, found 5"
        ),
        (
            #""difficulty": 2"#, #""difficulty": "hard""#,
            "questions[1].difficulty: expected a whole number, found the string \"hard\""
        ),
        (
            #""id": "second-question""#, #""id": "Second Question""#,
            "questions[1].id: 'Second Question' is not kebab-case"
        ),
        (#""minutes": 3,"#, #""minutes": 0,"#, "questions[1].minutes: expected a number of minutes above 0"),
        (
            #""minutes": 3,"#, #""minutes": 1e300,"#,
            "questions[1].minutes: expected a number of minutes above 0 and at most 120, found 1e+300"
        ),
        (
            #""minutes": 3,"#, #""minutes": 121,"#,
            "questions[1].minutes: expected a number of minutes above 0 and at most 120, found 121"
        ),
        (
            #"{"en": "b", "ja": "い"}, {"en": "c", "ja": "う"}]"#,
            #"{"en": "b\nsecond line", "ja": "い"}, {"en": "c", "ja": "う"}]"#,
            "questions[1].keyPoints[1].en: must be a single line; remove the line break"
        ),
        (
            #""languages": ["en", "ja"]"#, #""languages": ["en", "ja", "en"]"#,
            "languages[2]: the language 'en' is listed twice"
        ),
        (
            #""question": {"en": "What is two?", "ja": "二とは？"}"#,
            #""question": {"en": "What is two?", "ja": "二とは？", "fr": "Deux ?"}"#,
            "questions[1].question.fr: 'fr' is not one of the deck's languages (en, ja)"
        ),
        (
            #""question": {"en": "What is two?", "ja": "二とは？"}"#, #""question": 2"#,
            "questions[1].question: expected a string or an object of translations"
        ),
    ])
    func eachProblemIsNamedWithItsPath(old: String, new: String, expected: String) {
        let message = problems(replacing(old, with: new))
        #expect(message.contains(expected), "\(message)")
        #expect(message.hasPrefix("bad.json has "), "\(message)")
    }

    @Test func tooManyKeyPointsAreReported() {
        let nine = Array(repeating: #""p""#, count: 9).joined(separator: ", ")
        let message = problems(
            replacing(
                #""keyPoints": [{"en": "a", "ja": "あ"}, {"en": "b", "ja": "い"}, {"en": "c", "ja": "う"}]"#,
                with: #""keyPoints": ["# + nine + "]"))
        #expect(message.contains("questions[1].keyPoints: has 9 items; it needs at most 8"), "\(message)")
    }

    static let threePoints = #""keyPoints": [{"en": "a", "ja": "あ"}, {"en": "b", "ja": "い"}, {"en": "c", "ja": "う"}]"#

    @Test(arguments: [
        (DeckLoaderTests.threePoints, #""keyPoints": []"#, 0),
        (DeckLoaderTests.threePoints, #""keyPoints": [{"en": "a", "ja": "あ"}]"#, 1),
        (DeckLoaderTests.threePoints, #""keyPoints": [{"en": "a", "ja": "あ"}, "b"]"#, 2),
        (#""二は一の次です。"},\#n      "# + DeckLoaderTests.threePoints, #""二は一の次です。"}"#, 0),
    ])
    func aQuestionMayHaveNoneOneOrTwoKeyPointsOrLeaveTheFieldOut(old: String, new: String, count: Int) throws {
        let deck = try DeckLoader.load(bytes: Array(replacing(old, with: new).utf8), source: "ok.json")
        #expect(deck.questions[1].keyPoints.count == count)
    }

    @Test func everyProblemIsCountedNotOnlyTheFirst() {
        var text = replacing(#""difficulty": 2"#, with: #""difficulty": 9"#)
        text = text.replacingOccurrences(of: #""minutes": 4.5"#, with: #""minutes": -1"#)
        let message = problems(text)
        #expect(message.hasPrefix("bad.json has 2 problems\n"), "\(message)")
    }

    @Test func invalidDeckErrorsAreDataErrors() {
        do {
            _ = try DeckLoader.load(bytes: Array("[]".utf8), source: "x.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.isDataError)
            #expect(
                Self.describe(error)
                    == "x.json has 1 problems\nx.json:1:1: expected the deck (a JSON object), found an array")
        }
    }
}
