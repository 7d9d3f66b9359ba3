import Foundation
import QuizTestSupport
import Testing

@testable import QuizCLI
@testable import QuizKit

/// Odd, large or hostile input: a message quotes it safely, and an encoding mistake is named.
@Suite struct UntrustedInputTests {
    private func message(loading text: String) -> String {
        message(loading: Array(text.utf8))
    }

    private func message(loading bytes: [UInt8]) -> String {
        do {
            _ = try DeckLoader.load(bytes: bytes, source: "bad.json")
            return "loaded without error"
        } catch {
            guard case .invalidDeck(let source, let diagnostics, let total) = error else { return "\(error)" }
            let lines = diagnostics.map { diagnostic in
                let problem = diagnostic.problem.words.english
                return "\(source):"
                    + ([diagnostic.location?.description, diagnostic.path.isEmpty ? nil : diagnostic.path, problem])
                    .compactMap { $0 }.joined(separator: ": ")
            }
            return (["\(total) problems, \(diagnostics.count) listed"] + lines).joined(separator: "\n")
        }
    }

    private func deck(insertingTopLevel member: String) -> String {
        TestDecks.small.replacingOccurrences(of: #""schemaVersion": 1,"#, with: #""schemaVersion": 1, "# + member + ",")
    }

    @Test func escapeSequencesInADeckKeyAreShownNotSent() {
        // OSC 0 sets the terminal's title and OSC 52 writes the clipboard, when a terminal receives them raw.
        let text = deck(insertingTopLevel: #""\u001B]0;pwned\u0007\u001B]52;c;ZXZpbA==\u0007": 1"#)
        let shown = message(loading: text)
        #expect(!shown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(shown.contains(#"unknown field "\u{1B}]0;pwned\u{7}\u{1B}]52;c;ZXZpbA==\u{7}""#), "\(shown)")
    }

    @Test func aHugeIDIsCutInTheMessage() {
        let id = String(repeating: "X", count: 1_000_000)
        let text = TestDecks.small.replacingOccurrences(of: #""id": "second-question""#, with: #""id": "\#(id)""#)
        let shown = message(loading: text)
        #expect(shown.count < 1_000, "the message is \(shown.count) characters long")
        #expect(
            shown.contains("'" + String(repeating: "X", count: 80) + "… (999920 more characters)' is not kebab-case"))
    }

    @Test(arguments: [
        ("\u{1B}[31mred", #"\u{1B}[31mred"#), ("tab\there\nnewline", #"tab\there\nnewline"#),
        ("bell\u{7}", #"bell\u{7}"#), ("\u{202E}evil", #"\u{202E}evil"#), ("日本語 ok", "日本語 ok"),
        (String(repeating: "a", count: 81), String(repeating: "a", count: 80) + "… (1 more character)"),
    ])
    func echoedTextEscapesControlsAndCapsLength(text: String, echoed: String) {
        #expect(UntrustedText.echoed(text) == echoed)
    }

    @Test func aRepeatedLanguageInATextIsADeckProblemWithItsPath() {
        let text = TestDecks.small.replacingOccurrences(
            of: #""question": {"en": "What is one?", "ja": "一とは？"}"#,
            with: #""question": {"en": "What is one?", "ja": "x", "ja": "y"}"#)
        let shown = message(loading: text)
        #expect(shown.hasPrefix("1 problems, 1 listed"), "\(shown)")
        #expect(shown.contains("questions[0].question.ja: "), "\(shown)")
    }

    @Test func aKeyFarLongerThanEveryCandidateIsNotComparedAtAll() {
        let huge = String(repeating: "k", count: 30_000_000)
        let start = Date()
        #expect(Suggestions.closest(to: huge, among: ["schemaVersion", "questions", "languages"]).isEmpty)
        #expect(Date().timeIntervalSince(start) < 1)
        // A word a third longer than a candidate can still be near it.
        #expect(Suggestions.closest(to: "questionss", among: ["questions"]) == ["questions"])
    }

    @Test func unknownKeysPastTheProblemLimitAreCountedNotSuggested() {
        let members = (0..<300).map { #""unknown\#($0)": 1"# }.joined(separator: ", ")
        let shown = message(loading: deck(insertingTopLevel: members))
        #expect(shown.hasPrefix("300 problems, 50 listed"), "\(shown.prefix(200))")
    }

    @Test(
        arguments: [
            ([0xFF, 0xFE] + Array("{}".utf8).flatMap { [$0, 0] }, "UTF-16 (little-endian)"),
            ([0xFE, 0xFF] + Array("{}".utf8).flatMap { [0, $0] }, "UTF-16 (big-endian)"),
            (Array("{}".utf8).flatMap { [$0, 0] }, "UTF-16 (little-endian)"),
            (Array("{}".utf8).flatMap { [0, $0] }, "UTF-16 (big-endian)"),
            ([0xFF, 0xFE, 0, 0] + Array("{}".utf8).flatMap { [$0, 0, 0, 0] }, "UTF-32 (little-endian)"),
            ([0, 0, 0xFE, 0xFF] + Array("{}".utf8).flatMap { [0, 0, 0, $0] }, "UTF-32 (big-endian)"),
        ] as [([UInt8], String)])
    func aDeckInUTF16OrUTF32IsToldToBeSavedAsUTF8(bytes: [UInt8], encoding: String) {
        let shown = message(loading: bytes)
        #expect(shown.contains("bad.json:1:1: this file is saved as \(encoding); save it as UTF-8"), "\(shown)")
    }

    @Test func aUTF8ByteOrderMarkIsSkippedInDecksAndProgressFiles() throws {
        let deck = try DeckLoader.load(bytes: [0xEF, 0xBB, 0xBF] + Array(TestDecks.small.utf8), source: "bom.json")
        #expect(deck.questions.count == 3)
        let line =
            #"{"v":1,"type":"answer","time":"2026-11-23T09:00:00Z","session":"s","seq":1,"deck":"d","question":"q","grade":3,"covered":[1],"total":2,"seconds":5,"mode":"quiz"}"#
        let history = ProgressHistory(parsing: [0xEF, 0xBB, 0xBF] + Array((line + "\n" + line + "\n").utf8))
        #expect(history.problemCount == 0)
        #expect(history.answerCount == 2)
    }
}
