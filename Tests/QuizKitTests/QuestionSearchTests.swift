import Testing

@testable import QuizKit

/// Finding questions by what they say, and topics by their names.
@Suite struct QuestionSearchTests {
    static func question(
        _ id: String, topic: String = "basics", _ text: String, answer: String = "An answer.",
        keyPoints: [String] = ["A point"]
    ) -> Question {
        Question(
            id: id, topic: topic, difficulty: 1, minutes: 1, question: LocalizedText(["en": text, "ja": "日本語の質問"]),
            answer: LocalizedText(answer), keyPoints: keyPoints.map { LocalizedText($0) })
    }

    static let deck = Deck(
        id: "search", title: LocalizedText("Search"), languages: ["en", "ja"],
        topicNames: [
            TopicName(topic: "basics", name: LocalizedText(["en": "Basics", "ja": "基礎"])),
            TopicName(topic: "nets", name: LocalizedText(["en": "Neural nets", "ja": "ニューラルネット"])),
        ],
        questions: [
            question(
                "batch-normalization", "What is batch normalization (BN)?", answer: "It normalizes at inference too."),
            question("subnets", topic: "nets", "What is a subnetwork?", keyPoints: ["A café of layers"]),
            question("dropout-rate", topic: "nets", "How high a dropout rate?"),
        ])

    @Test(arguments: [
        ("inference", ["batch-normalization"]),
        ("INFERENCE", ["batch-normalization"]),
        ("ｉｎｆｅｒｅｎｃｅ", ["batch-normalization"]),
        ("cafe", ["subnets"]),
        ("BN", ["batch-normalization"]),
        ("net", []),
        ("nets", ["subnets"]),
        ("batchnorm", ["batch-normalization"]),
        ("日本語", ["batch-normalization", "subnets", "dropout-rate"]),
        ("missing", []),
    ])
    func aSearchLooksEverywhereInEveryLanguage(query: String, expected: [String]) throws {
        let search = try #require(QuestionSearch(query))
        #expect(Self.deck.questions.filter(search.matches).map(\.id) == expected)
    }

    @Test func aBlankSearchIsNoSearch() {
        #expect(QuestionSearch("  ") == nil)
    }

    @Test func questionTextMatchesRankFirst() throws {
        let search = try #require(QuestionSearch("rate"))
        let ranked = search.ranked([
            Self.question("a", "Plain", answer: "The rate matters."), Self.question("b", "What rate?"),
        ])
        #expect(ranked.map(\.id) == ["b", "a"])
    }

    @Test(
        arguments: [
            ("basics", "basics"), ("Basics", "basics"), ("BASICS", "basics"), ("基礎", "basics"), ("ｂａｓｉｃｓ", "basics"),
            ("Neural Nets", "nets"), ("ニューラルネット", "nets"), ("nothing", nil),
        ] as [(String, String?)])
    func aTopicIsFoundByItsIdOrItsNameInAnyCase(name: String, expected: String?) {
        #expect(Self.deck.topic(named: name) == expected)
    }

    @Test func unknownIdsSuggestCloseIdsThenQuestionsThatMentionThem() {
        #expect(Self.deck.questionSuggestions(for: "dropout") == ["dropout-rate"])
        #expect(Self.deck.questionSuggestions(for: "batch-normalisation") == ["batch-normalization"])
        #expect(Self.deck.questionSuggestions(for: "subnetwork") == ["subnets"])
    }

    @Test func aFilterTakesTopicNames() throws {
        #expect(
            try QuestionFilter(topics: ["Neural nets"]).apply(to: Self.deck).map(\.id) == ["subnets", "dropout-rate"])
        #expect(throws: QuizError.self) { try QuestionFilter(topics: ["Nerual"]).apply(to: Self.deck) }
    }
}
