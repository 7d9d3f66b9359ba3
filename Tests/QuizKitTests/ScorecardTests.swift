import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// Candidate names reduced to file names that stay inside their folder.
@Suite struct SafeFileNameTests {
    @Test(arguments: [
        ("Jane Doe", "jane-doe"), ("  José  Núñez ", "jose-nunez"), ("Ｊａｎｅ　Ｄｏｅ", "jane-doe"), ("山田 花子", "山田-花子"),
        ("がくせい", "がくせい"), ("O'Brien, Pat (2nd)", "o-brien-pat-2nd"), ("../../etc/passwd", "etc-passwd"),
        ("..", "candidate"), (".hidden", "hidden"), ("/abs/path", "abs-path"), ("a\u{0}b\nc\u{1B}[31md", "a-b-c-31md"),
        ("C:\\Windows\\x", "c-windows-x"), ("\u{202E}evil\u{202C}", "evil"), ("", "candidate"), ("🙂", "candidate"),
        ("İlker", "ilker"), ("Zoë-Ann", "zoe-ann"),
    ])
    func slugs(name: String, expected: String) {
        #expect(SafeFileName.slug(name) == expected)
    }

    @Test func longNamesAreCutBetweenCharacters() {
        let slug = SafeFileName.slug(String(repeating: "abc ", count: 100))
        #expect(slug.count <= SafeFileName.maximumCharacters)
        #expect(!slug.hasSuffix("-"))
        let japanese = SafeFileName.slug(String(repeating: "長い名前", count: 40))
        #expect(japanese.utf8.count <= SafeFileName.maximumBytes)
        #expect(japanese == String(repeating: "長い名前", count: 8))
    }

    @Test func onlyLettersDigitsAndSingleHyphensEverRemain() {
        var generator = SeededRandom(seed: 5)
        let alphabet = Array("aZ09 ./\\-_:~\u{0}\u{7F}\u{200B}\u{FE0F}\u{301}éあア漢한💥\t\n..")
        for _ in 0..<2000 {
            let name = String(
                (0..<generator.integer(below: 30)).map { _ in alphabet[generator.integer(below: alphabet.count)] })
            let slug = SafeFileName.slug(name)
            #expect(
                !slug.isEmpty && !slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"),
                "\(name.debugDescription) → \(slug)")
            #expect(slug.allSatisfy { $0 == "-" || $0.isLetter || $0.isNumber }, "\(name.debugDescription) → \(slug)")
            #expect(!slug.contains(".") && !slug.contains("/"))
        }
    }
}

/// A scorecard written as JSON and read back.
@Suite struct ScorecardJSONTests {
    private func scorecard(candidate: String = "Jane Doe", started: Date = testStart) -> Scorecard {
        let questions = [TestDecks.question("q1", followUps: 1), TestDecks.question("q2", points: 3)]
        var records = questions.map {
            InterviewRecord(questionID: $0.id, pointCount: $0.keyPoints.count, followUpCount: $0.followUps.count)
        }
        records[0].status = .asked
        records[0].covered = KeyPointSet([1, 3])
        records[0].seconds = 95
        records[0].notes = ["Clear | concise <b>answer</b>"]
        records[0].followUps = [.answeredWell]
        records[1].status = .skipped
        let deck = Deck(id: "test-deck", title: LocalizedText("Test deck"), languages: ["en"], questions: questions)
        return Scorecard(
            summary: InterviewSummary(records: records), questions: questions, deck: deck, language: "en",
            candidate: candidate, started: started, ended: started + 600, utcOffset: 9 * 3600, seed: 2417)
    }

    @Test func theJSONReadsBackTheSameScorecard() throws {
        let original = scorecard()
        let text = original.json.rendered(pretty: true)
        let read = try Scorecard(jsonBytes: Array(text.utf8))
        #expect(read == original)
        #expect(read.localDate == "2026-11-23")
        #expect(read.askedIDs == ["q1"])
        #expect(abs(read.fraction - 0.5) < 1e-9)
        #expect(read.followUpsAnsweredWell == 1)
        #expect(text.contains(#""seed": "2417""#))
        #expect(text.contains(#""status": "skipped""#))
    }

    @Test func badJSONIsExplained() {
        #expect(throws: ScorecardReadError.notAScorecard) { try Scorecard(jsonBytes: Array(#"{"v":1}"#.utf8)) }
        #expect(throws: ScorecardReadError.self) { try Scorecard(jsonBytes: Array("{".utf8)) }
        #expect(throws: ScorecardReadError.unknownFormatVersion(2)) {
            try Scorecard(jsonBytes: Array(#"{"v":2,"type":"scorecard"}"#.utf8))
        }
    }
}

/// Person-typed and deck text made safe for Markdown.
@Suite struct MarkdownMarkupTests {
    @Test(arguments: [
        ("plain text", "plain text"), ("fit_generator and z < 0, a * b", "fit_generator and z < 0, a * b"),
        ("_emph_ **bold**", "\\_emph\\_ \\*\\*bold\\*\\*"),
        ("<script>alert(1)</script>", "\\<script>alert(1)\\</script>"),
        ("[link](http://x)", "\\[link\\](<http://x>)"), ("- not a list", "\\- not a list"),
        ("1. not a list", "1\\. not a list"),
        ("# not a heading", "\\# not a heading"), ("> quote", "\\> quote"), ("a | b", "a \\| b"),
        ("`code`", "\\`code\\`"),
        ("line one\nline two", "line one line two"), ("bell\u{7}\u{1B}[31mred", #"bell\\u{7}\\u{1B}\[31mred"#),
        ("&amp; R&D", "\\&amp; R\\&D"),
        ("C# and F#", "C# and F#"), ("use #tags", "use \\#tags"), ("~~gone~~", "\\~\\~gone\\~\\~"),
    ])
    func escaped(text: String, expected: String) {
        #expect(MarkdownMarkup.escaped(text) == expected)
    }

    @Test func deckTextKeepsItsCodeSpans() {
        #expect(
            MarkdownMarkup.inline("Call `model.eval()` for *inference*") == "Call `model.eval()` for \\*inference\\*")
        #expect(MarkdownMarkup.inline("`a|b` | c") == "`a|b` \\| c")
        #expect(MarkdownMarkup.inline("a lone ` tick") == "a lone \\` tick")
    }

    /// In a GitHub table cell a `|` ends the cell even inside code; `\|` is the cell's own `|`, code included.
    @Test func tableCellsEscapeEveryPipeAsGitHubReadsIt() {
        #expect(MarkdownMarkup.inline("`a|b` | c", inTableCell: true) == "`a\\|b` \\| c")
        #expect(MarkdownMarkup.escaped("x|y", inTableCell: true) == "x\\|y")
    }
}
