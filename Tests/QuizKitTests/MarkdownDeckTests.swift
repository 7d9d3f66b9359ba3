import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// The Markdown deck format: the README's example, and lossless round trips of the bundled and a hostile deck.
@Suite struct MarkdownDeckTests {
    static var fixturesURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/decks")
    }

    static func read(_ text: String, source: String = "deck.md") throws -> Deck {
        try MarkdownDeckReader.read(bytes: Array(text.utf8), source: source)
    }

    @Test func theExampleDeckReadsAsWritten() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixturesURL.appendingPathComponent("example.md")))
        let deck = try MarkdownDeckReader.read(bytes: bytes, source: "example.md")
        #expect(deck.id == "my-deck")
        #expect(
            deck.title
                == LocalizedText(translations: [
                    .init(language: "en", text: "My deck"), .init(language: "ja", text: "私のデッキ"),
                ]))
        #expect(deck.languages == ["en", "ja"])
        #expect(deck.topicNames == [TopicName(topic: "training", name: LocalizedText(["en": "Training", "ja": "学習"]))])
        #expect(deck.questions.map(\.id) == ["dropout", "learning-rate-warmup"])
        let dropout = deck.questions[0]
        #expect(dropout.topic == "training")
        #expect(dropout.difficulty == 1)
        #expect(dropout.minutes == 2)
        #expect(dropout.question.text(in: "ja") == "ドロップアウトは何をしますか？")
        #expect(
            dropout.answer.text(in: "en") == """
                It zeroes each unit with probability p during training and scales the rest by 1/(1 − p).

                - At test time every unit is kept.
                - It acts like an ensemble of thinned networks.
                """)
        #expect(dropout.keyPoints.map { $0.text(in: "ja") } == ["学習中のランダムなゼロ化", "1/(1 − p) 倍のスケーリング", "アンサンブルとしての解釈"])
        #expect(
            dropout.followUps == [
                FollowUp(
                    question: LocalizedText(["en": "Dropout and BatchNorm together?", "ja": "ドロップアウトとバッチ正規化を併用するには？"]),
                    answer: LocalizedText([
                        "en": "Put dropout after the last BN layer.", "ja": "最後の BN 層の後にドロップアウトを置きます。",
                    ]),
                    probes: [1])
            ])
        #expect(dropout.references == [LocalizedText("Srivastava et al. (2014), JMLR 15")])
        #expect(dropout.details == nil)
        #expect(dropout.oneMinuteAnswer == nil)
        let warmup = deck.questions[1]
        #expect(
            warmup.oneMinuteAnswer
                == LocalizedText(
                    "Warmup raises the learning rate from near zero over the first steps, because Adam's early estimates are unreliable."
                ))
        #expect(warmup.minutes == 3.5)
        #expect(warmup.question == LocalizedText("What is learning-rate warmup, and why does Adam need it?"))
        #expect(
            warmup.answer.text(in: "en").hasSuffix(
                """
                ```
                lr(t) = base_lr * min(1, t / warmup_steps)
                # the comment line above is code, not a heading
                ```
                """))
        #expect(
            warmup.details
                == LocalizedText(
                    "Liu et al. (2020) show that RAdam removes the need for warmup by rectifying the variance."))
    }

    @Test func theREADMEShowsTheExampleDeck() throws {
        let readme = try String(
            contentsOf: Self.fixturesURL.appendingPathComponent("../../../../README.md").standardized, encoding: .utf8)
        let start = try #require(readme.range(of: "````markdown\n"))
        let end = try #require(readme.range(of: "\n````\n", range: start.upperBound..<readme.endIndex))
        let example = try String(contentsOf: Self.fixturesURL.appendingPathComponent("example.md"), encoding: .utf8)
        #expect(String(readme[start.upperBound..<end.lowerBound]) + "\n" == example)
    }

    @Test func theBundledDeckSurvivesJSONToMarkdownAndBack() throws {
        let bytes = [UInt8](try Data(contentsOf: TestDecks.bundledDeckURL))
        let original = try DeckLoader.load(bytes: bytes, source: "deep-learning.json")
        let markdown = MarkdownDeckWriter().write(original)
        let back = try Self.read(markdown)
        #expect(back == original)
        // And the JSON written from the Markdown deck is the JSON exporter's output for the original.
        #expect(DeckJSONExporter().export(back) == DeckJSONExporter().export(original))
        #expect(
            markdown.contains(
                "\n## batch-normalization (training, difficulty 2, 4 min)\n\n[en]\nWhat is batch normalization?"))
    }

    @Test func theOneMinuteAnswerIsWrittenBeforeTheAnswerAndReadBackPerLanguage() throws {
        let json = TestDecks.small.replacingOccurrences(
            of: #""answer": {"en": "One is a number.", "ja": "一は数です。"},"#,
            with:
                #""oneMinuteAnswer": {"en": "Briefly: a number.\n\n- the first", "ja": "短く：数です。"}, "answer": {"en": "One is a number.", "ja": "一は数です。"},"#
        )
        let deck = try DeckLoader.load(bytes: Array(json.utf8), source: "small.json")
        let markdown = MarkdownDeckWriter().write(deck)
        #expect(
            markdown.contains(
                """
                ### One-minute answer

                [en]
                Briefly: a number.

                - the first

                [ja]
                短く：数です。

                ### Answer
                """), "\(markdown)")
        #expect(try Self.read(markdown) == deck)
        #expect(!MarkdownDeckWriter().write(try TestDecks.smallDeck()).contains("One-minute answer"))
    }

    @Test func aMisspelledOneMinuteSectionIsSuggested() {
        let text =
            "---\nid: d\ntitle: D\nlanguages: [en]\n---\n\n## q (t, difficulty 1, 2 min)\n\nWhy?\n\n### One minute answer\n\nShort.\n\n### Answer\n\nLong.\n"
        do {
            _ = try Self.read(text)
            Issue.record("read without error")
        } catch let error as QuizError {
            guard case .invalidDeck(_, let diagnostics, _) = error,
                case .unknownSection(_, let suggestion, let sections) = diagnostics.first?.problem
            else {
                Issue.record("\(error)")
                return
            }
            #expect(suggestion == "One-minute answer")
            #expect(sections.first == "One-minute answer")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func aCRLFFileReadsLikeTheSameFileWithLineFeeds() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixturesURL.appendingPathComponent("example.md")))
        let text = String(decoding: bytes, as: UTF8.self)
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try Self.read(crlf) == Self.read(text))
    }

    // MARK: The hostile deck

    /// Texts that break naive formats: each lands in every field of the hostile deck.
    static let awkward: [String] = [
        "`code` and ``double `tick` code`` and ```",
        "# not a heading\n## dropout (training, difficulty 1, 2 min)\n### Answer",
        "### Key points",
        "a | pipe | table |\n|---|---|",
        "<script>alert(1)</script> &amp; <br> <!-- comment -->",
        "\ttab at the start\tand inside",
        "ＦＵＬＬＷＩＤＴＨ　ｔｅｘｔ：　１２３",
        "  leading and trailing spaces  ",
        "---",
        "line one\n---\nline three",
        "[ja]",
        "[en] looks like a marker",
        "\"quoted\" at the start",
        "\"a complete JSON string\"",
        "- Q: a follow-up lookalike\n  A: with an answer",
        "```\nfenced\n```",
        "````text\n```\nnested\n```\n````",
        "\n\nblank lines around\n\n",
        "carriage\r\nreturn and \u{1B}[31m escape",
        "trailing backslash \\",
        "emoji 👩‍👩‍👧 and combining e\u{301}",
        "ends with a colon:",
        "key: value # comment",
    ]

    static func hostileDeck() -> Deck {
        var questions: [Question] = []
        for (index, text) in awkward.enumerated() {
            let single = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
            let translated = LocalizedText(translations: [
                .init(language: "ja", text: text), .init(language: "en", text: "en " + text),
            ])
            let singleTranslated = LocalizedText(translations: [
                .init(language: "en", text: single), .init(language: "ja", text: single),
            ])
            questions.append(
                Question(
                    id: "awkward-\(index)", topic: "edge-cases", difficulty: 1 + index % 3,
                    minutes: [0.1, 2, 7.25, 120][index % 4],
                    question: index.isMultiple(of: 2) ? LocalizedText(text) : translated,
                    answer: index.isMultiple(of: 2) ? translated : LocalizedText(text),
                    details: index.isMultiple(of: 3) ? nil : LocalizedText(text),
                    keyPoints: [LocalizedText(single), singleTranslated, LocalizedText("plain")],
                    followUps: [
                        FollowUp(question: LocalizedText(text), answer: translated),
                        FollowUp(question: translated, answer: LocalizedText(single)),
                    ],
                    references: index.isMultiple(of: 4) ? [] : [LocalizedText(single), singleTranslated]))
        }
        return Deck(
            id: "hostile", title: LocalizedText(["en": "Hostile: # | ` ---", "ja": "  敵対的  "]),
            languages: ["en", "ja"],
            topicNames: [TopicName(topic: "edge-cases", name: LocalizedText("key: value # not a comment"))],
            questions: questions)
    }

    @Test func aHostileDeckSurvivesMarkdownAndBack() throws {
        let original = Self.hostileDeck()
        let markdown = MarkdownDeckWriter().write(original)
        let back = try Self.read(markdown)
        #expect(back.questions.count == original.questions.count)
        for (read, written) in zip(back.questions, original.questions) {
            #expect(read == written, "\(written.id)")
        }
        #expect(back == original)
    }

    @Test func aHostileDeckSurvivesJSONToMarkdownAndBack() throws {
        // Through the JSON loader first, as `dlquiz convert deck.json deck.md` will (the JSON format has no details).
        var deck = Self.hostileDeck()
        for index in deck.questions.indices { deck.questions[index].details = nil }
        let json = try DeckLoader.load(bytes: Array(DeckJSONExporter().export(deck).utf8), source: "hostile.json")
        #expect(json == deck)
        #expect(try Self.read(MarkdownDeckWriter().write(json)) == deck)
    }

    /// Pieces that mean something to the format, Markdown, YAML, JSON or a terminal, put together at random.
    static let fragments = [
        "#", "## ", "### Answer", "`", "```", "````", "[en]", "[ja] ", "\"", " ", "\t", "\n", "\r", "\r\n", "- ",
        "- Q: ",
        "  A: ", "---", "a", "word", "日本語", "ＦＵＬＬ", "|", "<b>", "&amp;", "\\", ":", ": ", " #", "\u{1B}", "\u{0}",
        "e\u{301}",
    ]

    static func randomText(_ random: inout SeededRandom, singleLine: Bool) -> String {
        var text = (0..<(1 + random.integer(below: 8))).map { _ in fragments[random.integer(below: fragments.count)] }
            .joined()
        if singleLine { text = String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) }) }
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { text += "x" }
        return text
    }

    static func randomLocalized(_ random: inout SeededRandom, singleLine: Bool = false) -> LocalizedText {
        switch random.integer(below: 3) {
        case 0: return LocalizedText(randomText(&random, singleLine: singleLine))
        case 1:
            return LocalizedText(translations: [
                .init(language: "en", text: randomText(&random, singleLine: singleLine)),
                .init(language: "ja", text: randomText(&random, singleLine: singleLine)),
            ])
        default:
            return LocalizedText(translations: [
                .init(language: "ja", text: randomText(&random, singleLine: singleLine)),
                .init(language: "en", text: randomText(&random, singleLine: singleLine)),
            ])
        }
    }

    @Test(arguments: 1...25)
    func aDeckOfRandomAwkwardTextsSurvivesMarkdownAndBack(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed))
        let questions = (0..<20).map { index in
            Question(
                id: "q-\(index)", topic: ["alpha", "beta-2"][index % 2], difficulty: 1 + random.integer(below: 3),
                minutes: [0.1, 0.5, 2, 2.25, 120][random.integer(below: 5)], question: Self.randomLocalized(&random),
                answer: Self.randomLocalized(&random),
                details: random.integer(below: 2) == 0 ? nil : Self.randomLocalized(&random),
                keyPoints: (0..<(3 + random.integer(below: 6))).map { _ in
                    Self.randomLocalized(&random, singleLine: true)
                },
                followUps: (0..<random.integer(below: 3)).map { _ in
                    FollowUp(question: Self.randomLocalized(&random), answer: Self.randomLocalized(&random))
                },
                references: (0..<random.integer(below: 3)).map { _ in Self.randomLocalized(&random, singleLine: true) })
        }
        let deck = Deck(
            id: "random", title: Self.randomLocalized(&random), languages: ["en", "ja"],
            topicNames: [TopicName(topic: "alpha", name: Self.randomLocalized(&random))], questions: questions)
        let markdown = MarkdownDeckWriter().write(deck)
        let back = try Self.read(markdown)
        for (read, written) in zip(back.questions, deck.questions) where read != written {
            Issue.record("\(written.id) differs:\n\(markdown)")
            break
        }
        #expect(back == deck)
    }

    @Test func awkwardTextsAreWrittenWithTheLeastEscaping() {
        let writer = MarkdownDeckWriter()
        var deck = Self.hostileDeck()
        deck.questions = [
            Question(
                id: "q", topic: "t", difficulty: 1, minutes: 1, question: LocalizedText("# heading-like"),
                answer: LocalizedText("```\ncode\n```"), details: LocalizedText("tab\tand\r\nCR"),
                keyPoints: [
                    LocalizedText(" spaced "), LocalizedText("[en] marker-like"), LocalizedText("plain | text"),
                ])
        ]
        let markdown = writer.write(deck)
        #expect(
            markdown.contains(
                "## q (t, difficulty 1, 1 min)\n\n```text\n# heading-like\n```\n\n### Answer\n\n````text\n```\ncode\n```\n````\n"
            ))
        #expect(markdown.contains("### Key points\n\n- \" spaced \"\n- \"[en] marker-like\"\n- plain | text\n"))
        #expect(markdown.contains("### Details\n\n\"tab\\tand\\r\\nCR\"\n"))
        #expect(
            markdown.hasPrefix(
                "---\nid: hostile\ntitle:\n  en: \"Hostile: # | ` ---\"\n  ja: \"  敵対的  \"\nlanguages: [en, ja]\ntopics:\n  edge-cases: \"key: value # not a comment\"\n---\n"
            ))
    }
}
