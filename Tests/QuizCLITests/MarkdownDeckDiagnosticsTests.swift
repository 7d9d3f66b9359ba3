import Foundation
import Testing

@testable import QuizCLI
@testable import QuizKit

/// Every problem in a Markdown deck is reported at once, with line:column, the question id and the field.
@Suite struct MarkdownDeckDiagnosticsTests {
    static let valid = """
        ---
        id: small
        title: Small deck
        languages: [en, ja]
        ---

        ## first (alpha, difficulty 1, 2 min)

        What is one?

        ### Answer

        [en]
        One is a number.

        [ja]
        一は数です。

        ### Key points

        - a
        - [en] b
          [ja] い
        - c

        ### Follow-ups

        - Q: Why?
          A: Because.

        ## second (beta, difficulty 2, 3 min)

        What is two?

        ### Answer

        Two follows one.

        ### Key points

        - a
        - b
        - c

        """

    /// The messages for `text`, one per line as the CLI prints them after the file name.
    static func problems(_ text: String) -> [String] {
        do {
            _ = try MarkdownDeckReader.read(bytes: Array(text.utf8), source: "bad.md")
            return ["loaded without error"]
        } catch {
            guard case .invalidDeck(_, let diagnostics, let total) = error else { return ["\(error)"] }
            #expect(total == diagnostics.count || diagnostics.count == DeckRules.problemLimit)
            return diagnostics.map(\.testLine)
        }
    }

    static func replacing(_ old: String, with new: String) -> String {
        precondition(valid.contains(old), "fixture text not found: \(old)")
        return valid.replacingOccurrences(of: old, with: new)
    }

    @Test func theValidDeckLoads() throws {
        let deck = try MarkdownDeckReader.read(bytes: Array(Self.valid.utf8), source: "ok.md")
        #expect(deck.questions.map(\.id) == ["first", "second"])
        #expect(
            deck.questions[0].keyPoints[1]
                == LocalizedText(translations: [.init(language: "en", text: "b"), .init(language: "ja", text: "い")]))
    }

    @Test func minutesMayBeSpelledOut() throws {
        let text = Self.replacing("(beta, difficulty 2, 3 min)", with: "(beta, difficulty 2, 1.5 minutes)")
        let deck = try MarkdownDeckReader.read(bytes: Array(text.utf8), source: "ok.md")
        #expect(deck.questions[1].minutes == 1.5)
    }

    @Test(arguments: [
        (
            "## first (alpha, difficulty 1, 2 min)", "## first (alpha, difficulty 5, 2 min)",
            "7:18: first.difficulty: expected a whole number from 1 to 3, found 5"
        ),
        (
            "## first (alpha, difficulty 1, 2 min)", "## first (alpha, difficulty 1, 500 min)",
            "7:32: first.minutes: expected a number of minutes above 0 and at most 120, found 500"
        ),
        (
            "## first (alpha, difficulty 1, 2 min)", "## First (alpha, difficulty 1, 2 min)",
            "7:4: First.id: 'First' is not kebab-case; use lowercase letters, digits and single '-', such as \"batch-normalization\""
        ),
        (
            "## first (alpha, difficulty 1, 2 min)", "## first (alpha, 2 min)",
            "7:4: first: the heading has no difficulty; write the heading as '## id (topic, difficulty 1, 2 min)'"
        ),
        (
            "## first (alpha, difficulty 1, 2 min)", "## first",
            "7:4: first: the topic, difficulty and minutes are missing; write the heading as '## id (topic, difficulty 1, 2 min)'"
        ),
        (
            "## second (beta", "## first (beta",
            "31:4: first.id: duplicate id 'first' (first used by the question on line 7); every question needs its own id"
        ),
        ("[ja]\n一は数です。", "[fr]\n一は数です。", "16:2: first.answer.fr: 'fr' is not one of the deck's languages (en, ja)"),
        ("[ja]\n一は数です。", "[ja]\n   ", "16:1: first.answer.ja: the text is empty"),
        (
            "\n[ja]\n一は数です。\n", "\n",
            "13:1: first.answer: the 'ja' text is missing; every text needs each of the deck's languages"
        ),
        ("  [ja] い", "  [ja] い\n  [ja] う", "24:4: first.keyPoints[1].ja: the 'ja' text is given twice"),
        (
            "- c\n\n### Follow-ups", "- c\n- d\n- e\n- f\n- g\n- h\n- i\n\n### Follow-ups",
            "7:1: first.keyPoints: has 9 items; it needs at most 8"
        ),
        ("### Answer\n\nTwo follows one.\n", "", "31:1: second.answer: the required section '### Answer' is missing"),
        ("### Follow-ups", "### Followups", "26:5: first: unknown section 'Followups'; did you mean 'Follow-ups'?"),
        (
            "  A: Because.", "",
            "28:1: first.followUps[0].answer: the follow-up has no answer; add an indented line 'A: …'"
        ),
        (
            "What is two?", "#### What is two?",
            "33:1: second: only '## ' question and '### ' section headings may start a line with '#'; put such text in a ``` block"
        ),
        (
            "Two follows one.", "```\nTwo follows one.",
            "37:1: second.answer: this ``` block is never closed; end it with a line of 3 backticks"
        ),
        ("languages: [en, ja]", "languages: [en, jp, en]", "4:21: languages[2]: the language 'en' is listed twice"),
        (
            "id: small", "id: Small",
            "2:5: id: 'Small' is not kebab-case; use lowercase letters, digits and single '-', such as \"batch-normalization\""
        ),
        ("title: Small deck", "titel: Small deck", "3:1: titel: unknown field \"titel\"; did you mean \"title\"?"),
        (
            "[en]\nOne is a number.", "[en]\n```\nOne is a number.\n```\nmore text",
            "17:1: first.answer: expected a language line such as [en] before this text"
        ),
    ])
    func eachProblemIsNamedWithItsPlace(old: String, new: String, expected: String) {
        let problems = Self.problems(Self.replacing(old, with: new))
        #expect(problems.contains(expected), "\(problems)")
    }

    @Test func untrustedTextInMessagesCannotReachTheTerminal() {
        let text = Self.replacing(
            "## second (beta", with: "## \u{1B}]52;c;evil\u{07}" + String(repeating: "x", count: 100) + " (beta")
        let problems = Self.problems(text)
        let echoed = #"\u{1B}]52;c;evil\u{7}"# + String(repeating: "x", count: 68) + "… (32 more characters)"
        #expect(
            problems == [
                "31:4: \(echoed).id: '\(echoed)' is not kebab-case; use lowercase letters, digits and single '-', such as \"batch-normalization\""
            ])
        #expect(!problems.joined().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func everyProblemIsReportedAtOnce() {
        var text = Self.replacing(
            "## first (alpha, difficulty 1, 2 min)", with: "## first (alpha, difficulty 9, 2 min)")
        text = text.replacingOccurrences(
            of: "## second (beta, difficulty 2, 3 min)", with: "## second (Beta, difficulty 2, 0 min)")
        #expect(
            Self.problems(text) == [
                "7:18: first.difficulty: expected a whole number from 1 to 3, found 9",
                "31:12: second.topic: 'Beta' is not kebab-case; use lowercase letters, digits and single '-', such as \"batch-normalization\"",
                "31:32: second.minutes: expected a number of minutes above 0 and at most 120, found 0",
            ])
    }

    @Test func randomJumblesOfDeckLinesAreRefusedOrReadNeverTrapped() {
        let pieces = [
            "---\n", "id: x\n", "title:\n", "  en: T\n", "languages: [en, ja]\n", "topics:\n", "  a:\n",
            "## q (a, difficulty 1, 1 min)\n",
            "## \n", "## q (\n", "### Answer\n", "### Key points\n", "### Follow-ups\n", "- Q: [en] x\n", "  A: \"y\n",
            "- \n",
            "[en]\n", "[ja] \n", "```\n", "````\n", "\"\\u\"\n", "text\n", "\n", "\r\n", "  \n", "\u{FEFF}",
            "- [ja] \n", "\"",
        ]
        var random = SeededRandom(seed: 7)
        var outcomes = [0, 0]
        for _ in 0..<500 {
            let text = (0..<random.integer(below: 40)).map { _ in pieces[random.integer(below: pieces.count)] }.joined()
            do {
                _ = try MarkdownDeckReader.read(bytes: Array(text.utf8), source: "jumble.md")
                outcomes[0] += 1
            } catch {
                guard case .invalidDeck(_, let diagnostics, let total) = error else { continue }
                #expect(!diagnostics.isEmpty && total >= diagnostics.count)
                outcomes[1] += 1
            }
        }
        #expect(outcomes[1] > 0)
    }

    @Test func aFileWithoutFrontMatterSaysHowToStart() {
        #expect(
            Self.problems("## q (t, difficulty 1, 1 min)\n\nQ?\n") == [
                "1:1: a Markdown deck starts with front matter: a line '---', then 'id: …', 'title: …' and 'languages: [en]', then '---'",
                "1:1: q.answer: the required section '### Answer' is missing",
            ])
    }

    @Test func problemsStopBeingListedAfterFiftyButAreCounted() {
        var text = Self.valid
        for index in 0..<60 {
            text +=
                "\n## extra-\(index) (alpha, difficulty 7, 2 min)\n\nQ?\n\n### Answer\n\nA.\n\n### Key points\n\n- a\n- b\n- c\n"
        }
        do {
            _ = try MarkdownDeckReader.read(bytes: Array(text.utf8), source: "big.md")
            Issue.record("loaded")
        } catch {
            guard case .invalidDeck(_, let diagnostics, let total) = error else { return }
            #expect(diagnostics.count == 50)
            #expect(total == 60)
        }
    }
}

extension DeckDiagnostic {
    /// `line:column: path: message`, as the CLI prints a problem after the file name. The one place these tests
    /// turn a diagnostic into text (main words diagnostics in the CLI now; adapt this line when merging).
    var testLine: String {
        let message = problem.words.english
        return [location?.description, path.isEmpty ? nil : path, message].compactMap { $0 }.joined(separator: ": ")
    }
}
