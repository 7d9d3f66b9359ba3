import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// CSV quoting, the JSON export's round trip through the loader, Anki guids, and `--only` selection.
@Suite struct ExporterTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("\"", "\"\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("carriage\rreturn", "\"carriage\rreturn\""),
        ("crlf\r\nline", "\"crlf\r\nline\""),
        (" spaces kept ", " spaces kept "),
        ("日本語、読点", "日本語、読点"),
        // Formula starts (OWASP): neutralised with a leading ' and quoted.
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("+1+1", "\"'+1+1\""), ("-2+3", "\"'-2+3\""), ("@SUM(A1)", "\"'@SUM(A1)\""),
        ("\tcmd", "\"'\tcmd\""), ("\rcmd", "\"'\rcmd\""),
        ("a = b + c", "a = b + c"), ("x\n=y", "\"x\n=y\""),
        // Controls a CSV cannot hold are shown, not kept: ESC, BEL, backspace, DEL, C1, bidirectional overrides.
        ("\u{1B}[31mred\u{7}\u{8}!\u{7F}\u{85}", #"\u{1B}[31mred\u{7}\u{8}!\u{7F}\u{85}"#),
        ("\u{202E}evil\u{2066}", #"\u{202E}evil\u{2066}"#),
        ("tab\tkept", "tab\tkept"),
    ])
    func csvFieldQuoting(text: String, field: String) {
        #expect(CSVExporter.field(text) == field)
    }

    @Test func csvRowsEndWithCRLFAndStartWithTheHeader() throws {
        let csv = CSVExporter(language: "ja").export(try TestDecks.smallDeck())
        #expect(csv.hasPrefix("\u{FEFF}id,"), "a UTF-8 byte-order mark, so Excel reads Japanese text as UTF-8")
        let rows = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(
            rows[0]
                == "id,topic,difficulty,minutes,question,oneMinuteAnswer,answer,details,keyPoints,followUps,references,keyPointCues"
        )
        #expect(
            rows[1] == "first-question,alpha,1,2,一とは？,,一は数です。,,\"あ\nい\nう\nえ\",\"Q: Why?\nA: Because.\",A book (2020).,")
        #expect(rows[3].hasPrefix("third-question,alpha,3,4.5,"))
        #expect(rows.last == "")
        #expect(rows.count == 5)
    }

    @Test func theJSONExportLoadsBackAsTheSameDeck() throws {
        let bundled = try DeckLoader.load(
            bytes: Array(try Data(contentsOf: TestDecks.bundledDeckURL)), source: "bundled")
        for deck in [bundled, try TestDecks.smallDeck(), Self.mixedDeck] {
            let json = DeckJSONExporter().export(deck)
            let loaded = try DeckLoader.load(bytes: Array(json.utf8), source: "export.json")
            #expect(loaded == deck)
            #expect(DeckJSONExporter().export(loaded) == json)
        }
    }

    @Test func theJSONExportFollowsTheSchemasKeyOrder() throws {
        let json = DeckJSONExporter().export(Self.mixedDeck)
        let keys = ["\"schemaVersion\"", "\"id\"", "\"title\"", "\"languages\"", "\"topics\"", "\"questions\""]
        let offsets = keys.map { json.range(of: $0)!.lowerBound }
        #expect(offsets == offsets.sorted())
        #expect(json.contains("\"title\": \"Mixed\""))
        #expect(json.contains("\"question\": {\n        \"ja\": \"二？\",\n        \"en\": \"Two?\"\n      }"))
        #expect(json.contains("\"minutes\": 4,"))
        #expect(json.contains("\"minutes\": 0.25,"))
        #expect(!json.contains("4.0"))
    }

    /// Plain and per-language texts mixed, translations out of alphabetical order, whole and fractional minutes.
    static let mixedDeck = Deck(
        id: "mixed", title: LocalizedText("Mixed"), languages: ["ja", "en"],
        topicNames: [
            TopicName(
                topic: "zeta",
                name: LocalizedText(translations: [
                    .init(language: "ja", text: "ゼータ"), .init(language: "en", text: "Zeta"),
                ]))
        ],
        questions: [
            Question(
                id: "one", topic: "zeta", difficulty: 3, minutes: 4, question: LocalizedText("One?"),
                answer: LocalizedText("Line `code`\n\n- item"),
                keyPoints: [LocalizedText("a"), LocalizedText("b"), LocalizedText("c")],
                followUps: [FollowUp(question: LocalizedText("Why?"), answer: LocalizedText("Because."))],
                references: [LocalizedText("Book")]),
            Question(
                id: "two", topic: "alpha", difficulty: 1, minutes: 0.25,
                question: LocalizedText(translations: [
                    .init(language: "ja", text: "二？"), .init(language: "en", text: "Two?"),
                ]),
                answer: LocalizedText("Two."), keyPoints: [LocalizedText("a"), LocalizedText("b"), LocalizedText("c")]),
        ])

    @Test func ankiGuidsAreStableAndDistinct() {
        let guid = AnkiExporter.guid(deck: "deep-learning", question: "batch-normalization")
        #expect(guid == AnkiExporter.guid(deck: "deep-learning", question: "batch-normalization"))
        #expect(guid.count == 16 && guid.allSatisfy(\.isHexDigit))
        #expect(guid != AnkiExporter.guid(deck: "deep-learning", question: "batch-normalisation"))
        #expect(guid != AnkiExporter.guid(deck: "other-deck", question: "batch-normalization"))
        #expect(AnkiExporter.guid(deck: "a-b", question: "c") != AnkiExporter.guid(deck: "a", question: "b-c"))
    }

    @Test func ankiHeaderNamesTheDeckAndTheColumns() throws {
        let export = AnkiExporter(language: "ja", keyPointsHeading: "ポイント").export(try TestDecks.smallDeck())
        let lines = export.split(separator: "\n")
        #expect(
            Array(lines.prefix(6)) == [
                "#separator:tab", "#html:true", "#notetype:Basic", "#deck:テスト", "#guid column:1", "#tags column:4",
            ])
        #expect(
            lines[6].hasSuffix(
                "\t一とは？\t<p>一は数です。</p><p><b>ポイント</b></p><ul><li>あ</li><li>い</li><li>う</li><li>え</li></ul>\ttopic::alpha difficulty::1"
            ))
        #expect(lines.count == 9)
    }

    @Test func studyFocusJudgesTheLastAttempt() {
        func history(_ coverages: [Double]) -> QuestionHistory {
            QuestionHistory(
                reviews: coverages.enumerated().map { offset, coverage in
                    .init(grade: .good, time: testStart.addingTimeInterval(Double(offset)), coverage: coverage)
                })
        }
        #expect(StudyFocus.weak.includes(history([1.0, 0.5])))
        #expect(!StudyFocus.weak.includes(history([0.5, 0.7])))
        #expect(!StudyFocus.weak.includes(nil))
        #expect(StudyFocus.unseen.includes(nil))
        #expect(!StudyFocus.unseen.includes(history([0.0])))
    }

    @Test func aJSONStringEscapesQuotesBackslashesControlsC1AndBidiOverrides() {
        let text = "a\"b\\c\nd\re\tf\u{1B}g\u{7F}h\u{2028}i\u{2029}j—k é😀\u{0}"
        #expect(JSONValue.quoted(text) == #""a\"b\\c\nd\re\tf\u001bg\u007fh\u2028i\u2029j—k é😀\u0000""#)
        #expect(JSONValue.quoted("") == #""""#)
        #expect(JSONValue.quoted("\u{2027}\u{202A}") == #""\#u{2027}\u202a""#)
        #expect(
            JSONValue.quoted("\u{80}\u{9F}\u{A0}\u{202E}\u{202F}\u{2065}\u{2066}\u{2069}\u{206A}")
                == #""\u0080\u009f\#u{A0}\u202e\#u{202F}\#u{2065}\u2066\u2069\#u{206A}""#)
    }
}
