import Foundation
import Testing

@testable import QuizKit

/// CSV as spreadsheets and dlquiz write it: Excel's `sep=` line, quoted line breaks, the export's formula guard, every
/// column the export writes, and topics that keep their names. Inputs and expected decks inline.
@Suite struct CSVImportTests {
    static func csv(_ text: String) throws -> Deck {
        try CSVDeckImporter(deckID: "my-csv").deck(from: Array(text.utf8), source: "deck.csv")
    }

    static func fixture(_ path: String) throws -> Deck {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(path)
        return try DeckLoader.load(bytes: [UInt8](try Data(contentsOf: url)), source: path)
    }

    /// The questions with every text in one language, as a CSV export in that language holds them.
    static func questions(_ deck: Deck, in language: String) -> [Question] {
        func one(_ text: LocalizedText) -> LocalizedText { LocalizedText(text.text(in: language)) }
        return deck.questions.map { question in
            var question = question
            question.question = one(question.question)
            question.oneMinuteAnswer = question.oneMinuteAnswer.map(one)
            question.answer = one(question.answer)
            question.details = question.details.map(one)
            question.keyPoints = question.keyPoints.map(one)
            question.followUps = question.followUps.map {
                FollowUp(question: one($0.question), answer: one($0.answer), probes: $0.probes)
            }
            question.references = question.references.map(one)
            let cues = question.keyPoints.indices.map { question.cues(forPoint: $0).lines(in: language) }
            question.keyPointCues = cues.allSatisfy(\.isEmpty) ? [] : cues.map { $0.isEmpty ? .none : KeyPointCues($0) }
            return question
        }
    }

    static func roundTrip(_ deck: Deck, language: String) throws -> Deck {
        let csv = CSVExporter(language: language).export(deck)
        return try CSVDeckImporter(deckID: deck.id, language: language).deck(
            from: Array(csv.utf8), source: "export.csv")
    }

    // MARK: Round trips

    @Test(arguments: ["en", "ja"])
    func theBundledDecksCSVExportReadsBackAsTheSameQuestions(language: String) throws {
        let deck = try Self.fixture("../../Resources/deep-learning.json")
        let imported = try Self.roundTrip(deck, language: language)
        #expect(imported.questions.count == deck.questions.count)
        for (original, back) in zip(Self.questions(deck, in: language), imported.questions) {
            #expect(back == original, "\(original.id)")
        }
    }

    @Test(arguments: ["../QuizKitTests/Fixtures/decks/csv-hostile.json", "Fixtures/markdown/hostile-deck.json"])
    func aHostileDecksCSVExportReadsBackExactly(path: String) throws {
        let deck = try Self.fixture(path)
        let imported = try Self.roundTrip(deck, language: "en")
        #expect(imported.questions == Self.questions(deck, in: "en"))
    }

    @Test func theFormulaGuardIsRemovedAndOnlyIt() throws {
        let text = "question,answer,key points\n'- SGD,'=1+1,\"'@x\n'plain\n''+y\"\n"
        let deck = try Self.csv(text)
        #expect(deck.questions[0].question == LocalizedText("- SGD"))
        #expect(deck.questions[0].answer == LocalizedText("=1+1"))
        // The guard belongs to the cell, so only its first line loses a `'`.
        #expect(deck.questions[0].keyPoints == ["@x", "'plain", "''+y"].map(LocalizedText.init))
    }

    @Test func everyExportedColumnIsRead() throws {
        let text =
            "id,topic,difficulty,minutes,question,answer,details,keyPoints,followUps,references\r\n"
            + "relu,activations,3,1.5,What is ReLU?,\"max(0, x)\",Details here.,\"Zero below\r\nIdentity above\",\"Why?\nSparse.\n\nAnd GELU?\nSmooth.\",\"Nair & Hinton (2010)\"\r\n"
        let question = try #require(try Self.csv(text).questions.first)
        #expect(
            question
                == Question(
                    id: "relu", topic: "activations", difficulty: 3, minutes: 1.5,
                    question: LocalizedText("What is ReLU?"),
                    answer: LocalizedText("max(0, x)"), details: LocalizedText("Details here."),
                    keyPoints: ["Zero below", "Identity above"].map(LocalizedText.init),
                    followUps: [
                        FollowUp(question: LocalizedText("Why?"), answer: LocalizedText("Sparse.")),
                        FollowUp(question: LocalizedText("And GELU?"), answer: LocalizedText("Smooth.")),
                    ],
                    references: [LocalizedText("Nair & Hinton (2010)")]))
    }

    @Test func leadingBlanksAndQuotedLineBreaksAreKept() throws {
        let deck = try Self.csv("question,answer\n  Indented?,\"  line one\n    line two\"\n")
        #expect(deck.questions[0].question == LocalizedText("  Indented?"))
        #expect(deck.questions[0].answer == LocalizedText("  line one\n    line two"))
    }

    // MARK: Spreadsheets

    @Test(arguments: ["sep=;\r\n", "\"sep=;\"\r\n", "\u{FEFF}sep=;\n", "SEP=;\n"])
    func excelsSepLineNamesTheSeparator(line: String) throws {
        let deck = try Self.csv(line + "question;answer;topic\r\nWhat, really?;Yes;\"a;b\"\r\n")
        #expect(deck.questions.map(\.question) == [LocalizedText("What, really?")])
        #expect(deck.questions.map(\.answer) == [LocalizedText("Yes")])
    }

    @Test func theHeaderRowsMostUsedSeparatorWins() throws {
        let deck = try Self.csv("question;answer;\"notes, more\"\nA, B?;C;x\n")
        #expect(deck.questions.map(\.question) == [LocalizedText("A, B?")])
    }

    @Test func excelsUnicodeTextIsRefusedWithAdviceToSaveAsUTF8() {
        let text = "question\tanswer\r\nWhat?\tThis.\r\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(
            DeckImportTests.problems { try CSVDeckImporter(deckID: "c").deck(from: bytes, source: "u.txt") } == [
                "1:1: this file is saved as UTF-16 (little-endian); save it as UTF-8 (without a byte-order mark, or with one)"
            ])
    }

    /// What LibreOffice writes from a sheet saved as .ods and .xlsx (Fixtures made by
    /// Tests/QuizCLITests/Fixtures/csv/check_csv.py --make-spreadsheet-fixtures).
    @Test(arguments: ["spreadsheet-ods-comma.csv", "spreadsheet-xlsx-comma.csv", "spreadsheet-sep-semicolon.csv"])
    func csvFilesWrittenByASpreadsheetImport(file: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/csv/" + file)
        let deck = try CSVDeckImporter(deckID: "sheet").deck(from: [UInt8](try Data(contentsOf: url)), source: file)
        #expect(
            deck.questions.map(\.question)
                == [
                    "What does ReLU return?", "Quote \"this\", please?", "日本語の質問、カンマ, と \"引用\"",
                ].map(LocalizedText.init))
        #expect(
            deck.questions.map(\.answer)
                == ["max(0, x), elementwise", "  indented answer\n  second line", "答え\n二行目"].map(LocalizedText.init))
        #expect(deck.questions[0].keyPoints == ["Zero below", "Identity above"].map(LocalizedText.init))
        let names = Dictionary(uniqueKeysWithValues: deck.topicNames.map { ($0.topic, $0.name.text(in: "en")) })
        #expect(deck.questions.map { names[$0.topic] } == ["活性化関数", "Café Ops", "基礎"])
    }

    @Test func libreOfficesUnicodeTextIsRefusedAsUTF16() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/csv/spreadsheet-unicode-text.txt")
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(
            DeckImportTests.problems { try CSVDeckImporter(deckID: "c").deck(from: bytes, source: "u.txt") } == [
                "1:1: this file is saved as UTF-16 (little-endian); save it as UTF-8 (without a byte-order mark, or with one)"
            ])
    }

    // MARK: Topics and ids

    @Test func topicsKeepTheirNamesAndNeverMerge() throws {
        let text = "question,answer,topic\nQ1,A,基礎\nQ2,A,応用\nQ3,A,Café Ops\nQ4,A,café ops\nQ5,A,Cafe Ops\nQ6,A,\n"
        let deck = try Self.csv(text)
        let topics = deck.questions.map(\.topic)
        #expect(topics[0] != topics[1] && topics[0] != "general" && topics[1] != "general")
        #expect(topics[2] == "cafe-ops" && topics[3] == "cafe-ops" && topics[4] != "cafe-ops")
        #expect(topics[5] == "general")
        let names = Dictionary(uniqueKeysWithValues: deck.topicNames.map { ($0.topic, $0.name) })
        #expect(
            topics.prefix(5).map { names[$0] }
                == ["基礎", "応用", "Café Ops", "Café Ops", "Cafe Ops"].map(LocalizedText.init))
        #expect(deck.topicNames.count == 4)
        let json = DeckJSONExporter().export(deck)
        #expect(try DeckLoader.load(bytes: Array(json.utf8), source: "i.json") == deck)
    }

    @Test func cuesReadPerKeyPointAndABadCueLineIsAProblemWithItsRow() throws {
        let good = "question,answer,key points,key point cues\nQ,A,\"one\ntwo\",\"2 all: alpha, beta\n2 not: gamma\"\n"
        let question = try #require(try Self.csv(good).questions.first)
        #expect(question.cues(forPoint: 0).isEmpty)
        #expect(question.cues(forPoint: 1).lines(in: "en") == ["all: alpha, beta", "not: gamma"])
        let bad = "question,answer,key points,key point cues\nQ,A,one,\"3 all: x\nno number\"\n"
        #expect(DeckImportTests.problems { try Self.csv(bad) }.count == 2)
        #expect(DeckImportTests.problems { try Self.csv(bad) }.first?.hasPrefix("2:") == true)
    }

    @Test func anIDUsedTwiceIsAProblem() {
        #expect(
            DeckImportTests.problems { try Self.csv("id,question,answer\na,Q1,A\na,Q2,A\n") } == [
                "3:1: rows[2].id: duplicate id 'a' (first used by rows[1]); every question needs its own id"
            ])
    }
}

/// The follow-ups cell: what the export writes reads back exactly, paragraphs and probes included, and a cell a person
/// types as plain pairs still reads.
@Suite struct FollowUpCellTests {
    @Test func aFollowUpWithParagraphsAndProbesReadsBack() {
        let followUps = [
            FollowUp(
                question: LocalizedText("Why?"), answer: LocalizedText("First.\n\nSecond\n  indented."), probes: [2, 5]),
            FollowUp(question: LocalizedText("Q: looks like a label"), answer: LocalizedText("Probes: not a list")),
        ]
        let text = FollowUpCell.text(followUps, language: "en")
        #expect(
            text
                == "Q: Why?\nA: First.\n\n   Second\n     indented.\nProbes: 2, 5\n\nQ: Q: looks like a label\nA: Probes: not a list"
        )
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" }
        #expect(
            FollowUpCell.read(lines) == [
                .init(question: "Why?", answer: "First.\n\nSecond\n  indented.", probes: [2, 5]),
                .init(question: "Q: looks like a label", answer: "Probes: not a list"),
            ])
    }

    @Test func pairsTypedByHandStillRead() {
        let lines = "What is it?\nA thing.\n\nAnd this?\nOn two\nlines.\n\nNo answer".split(
            omittingEmptySubsequences: false
        ) { $0 == "\n" }
        #expect(!FollowUpCell.isLabelled(lines))
        #expect(
            FollowUpCell.readPairs(lines) == [
                .init(question: "What is it?", answer: "A thing."),
                .init(question: "And this?", answer: "On two\nlines."),
                .init(question: "No answer", answer: nil),
            ])
    }
}
