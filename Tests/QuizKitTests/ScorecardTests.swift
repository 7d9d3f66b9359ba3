import Foundation
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
            let name = String((0..<generator.integer(below: 30)).map { _ in alphabet[generator.integer(below: alphabet.count)] })
            let slug = SafeFileName.slug(name)
            #expect(!slug.isEmpty && !slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"), "\(name.debugDescription) → \(slug)")
            #expect(slug.allSatisfy { $0 == "-" || $0.isLetter || $0.isNumber }, "\(name.debugDescription) → \(slug)")
            #expect(!slug.contains(".") && !slug.contains("/"))
        }
    }
}

/// The interviews folder: names, de-duplication, atomic replacement, permissions and reading back.
@Suite struct ScorecardStoreTests {
    private func scorecard(candidate: String = "Jane Doe", started: Date = testStart) -> Scorecard {
        let questions = [TestDecks.question("q1", followUps: 1), TestDecks.question("q2", points: 3)]
        var records = questions.map { InterviewRecord(questionID: $0.id, pointCount: $0.keyPoints.count, followUpCount: $0.followUps.count) }
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
        #expect(throws: ScorecardReadError(reason: "it is not a dlquiz scorecard")) { try Scorecard(jsonBytes: Array(#"{"v":1}"#.utf8)) }
        #expect(throws: ScorecardReadError.self) { try Scorecard(jsonBytes: Array("{".utf8)) }
        #expect(throws: ScorecardReadError(reason: "it has an unknown format version; a newer dlquiz may have written it")) {
            try Scorecard(jsonBytes: Array(#"{"v":2,"type":"scorecard"}"#.utf8))
        }
    }

    @Test func namesAreDatedDeduplicatedAndPrivate() throws {
        let folder = try TemporaryFolder()
        let store = ScorecardStore(folder: folder.path("interviews"))
        let base = ScorecardStore.baseName(date: "2026-11-23", candidate: "Jane Doe")
        #expect(base == "2026-11-23-jane-doe")
        let first = try store.create(baseName: base, markdown: "# one\n", json: "{}")
        let second = try store.create(baseName: base, markdown: "# two\n", json: "{}")
        let third = try store.create(baseName: base, markdown: "# three\n", json: "{}")
        #expect(first.markdownPath == folder.path("interviews/2026-11-23-jane-doe.md"))
        #expect(second.markdownPath == folder.path("interviews/2026-11-23-jane-doe-2.md"))
        #expect(third.jsonPath == folder.path("interviews/2026-11-23-jane-doe-3.json"))
        #expect(try String(contentsOfFile: second.markdownPath, encoding: .utf8) == "# two\n")
        let fileMode = try FileManager.default.attributesOfItem(atPath: first.markdownPath)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.path("interviews"))[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
    }

    @Test func replacingLeavesNoTemporaryFileBehind() throws {
        let folder = try TemporaryFolder()
        let store = ScorecardStore(folder: folder.url.path)
        let location = try store.create(baseName: "2026-11-23-x", markdown: "a", json: "{}")
        for round in 0..<20 { try store.replace(at: location, markdown: "round \(round)", json: "{}") }
        #expect(try String(contentsOfFile: location.markdownPath, encoding: .utf8) == "round 19")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["2026-11-23-x.json", "2026-11-23-x.md"])
    }

    @Test(arguments: ["../../escape", "../..", "/etc/passwd", "..\\..\\x", ".", "a/../../b", "\u{0}", "\n../x", "~root"])
    func trickyNamesStayInsideTheFolder(candidate: String) throws {
        let folder = try TemporaryFolder()
        let interviews = folder.path("deep/interviews")
        let store = ScorecardStore(folder: interviews)
        let location = try store.create(
            baseName: ScorecardStore.baseName(date: "2026-11-23", candidate: candidate), markdown: "m", json: "{}")
        let parent = URL(fileURLWithPath: location.markdownPath).standardizedFileURL.deletingLastPathComponent().path
        #expect(parent == URL(fileURLWithPath: interviews).standardizedFileURL.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: interviews).count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["deep"])
    }

    @Test func loadReadsScorecardsOldestFirstAndReportsBrokenFiles() throws {
        let folder = try TemporaryFolder()
        let store = ScorecardStore(folder: folder.url.path)
        let later = scorecard(candidate: "Later", started: testStart + 86_400)
        let earlier = scorecard(candidate: "Earlier")
        _ = try store.create(baseName: "a-later", markdown: "", json: later.json.rendered())
        _ = try store.create(baseName: "b-earlier", markdown: "", json: earlier.json.rendered())
        try Data("{ broken".utf8).write(to: folder.url.appendingPathComponent("c-broken.json"))
        try Data().write(to: folder.url.appendingPathComponent("d-being-written.json"))
        try Data("{}".utf8).write(to: folder.url.appendingPathComponent(".e-hidden.json"))
        let loaded = store.load()
        #expect(loaded.scorecards.map(\.scorecard.candidate) == ["Earlier", "Later"])
        #expect(loaded.problems.map { ($0.path as NSString).lastPathComponent } == ["c-broken.json"])
        #expect(ScorecardStore(folder: folder.path("missing")).load().scorecards.isEmpty)
    }
}

/// Person-typed and deck text made safe for Markdown.
@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("plain text", "plain text"), ("fit_generator and z < 0, a * b", "fit_generator and z < 0, a * b"),
        ("_emph_ **bold**", "\\_emph\\_ \\*\\*bold\\*\\*"), ("<script>alert(1)</script>", "\\<script>alert(1)\\</script>"),
        ("[link](http://x)", "\\[link](http://x)"), ("- not a list", "\\- not a list"), ("1. not a list", "1\\. not a list"),
        ("# not a heading", "\\# not a heading"), ("> quote", "\\> quote"), ("a | b", "a \\| b"), ("`code`", "\\`code\\`"),
        ("line one\nline two", "line one line two"), ("bell\u{7}\u{1B}[31mred", "bellred"), ("&amp; R&D", "\\&amp; R\\&D"),
        ("C# and F#", "C# and F#"), ("use #tags", "use \\#tags"), ("~~gone~~", "\\~\\~gone\\~\\~"),
    ])
    func escaped(text: String, expected: String) {
        #expect(MarkdownText.escaped(text) == expected)
    }

    @Test func deckTextKeepsItsCodeSpans() {
        #expect(MarkdownText.escapedKeepingCode("Call `model.eval()` for *inference*") == "Call `model.eval()` for \\*inference\\*")
        #expect(MarkdownText.escapedKeepingCode("`a|b` | c") == "`a&#124;b` \\| c")
        #expect(MarkdownText.escapedKeepingCode("a lone ` tick") == "a lone \\` tick")
    }
}
