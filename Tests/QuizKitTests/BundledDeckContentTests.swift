import Foundation
import Testing

@testable import QuizKit

/// The bundled content (`Resources/deep-learning.json` and `Resources/tips.json`) checked against the content brief:
/// completeness in every language, the format's bounds, the brief's summary table and worked numbers, and the
/// terminology and markup rules.
@Suite struct BundledDeckContentTests {
    // MARK: - Expectations from the content brief

    /// The brief's summary table: id, topic and difficulty, in deck order.
    static let summaryTable: [(id: String, topic: String, difficulty: Int)] = [
        ("batch-normalization", "training", 2),
        ("bias-variance-tradeoff", "theory", 1),
        ("face-embedding-search", "deployment", 3),
        ("classification-metrics", "evaluation", 1),
        ("backpropagation", "theory", 2),
        ("activation-saturation", "architecture", 2),
        ("params-vs-hyperparams", "training", 1),
        ("learning-rate-effects", "training", 1),
        ("cnn-params-input-size", "architecture", 2),
        ("imbalanced-data", "data", 2),
        ("epoch-batch-iteration", "training", 1),
        ("data-generators", "data", 1),
    ]

    /// The worked numbers of the brief's checklist (§14), exactly as the deck writes them. Each must appear in the
    /// English and in the Japanese answer or details as a whole number: not as part of a longer one ("0.2" does not
    /// match "0.25"). The batch-normalization and params-vs-hyperparams entries are the brief's worked numbers for
    /// those questions, which §14 does not list; "20.48 GB" is the errata's 512-d figure.
    static let workedNumbers: [(id: String, numbers: [String])] = [
        ("classification-metrics", ["99.999%", "99.9898%", "7.4%", "80%", "0.136", "0.01%"]),
        ("face-embedding-search", ["5.12 GB", "1.28 G", "160 MB", "2.56 GB", "20.48 GB"]),
        ("cnn-params-input-size", ["896", "18,496", "2,007,050", "8,028,170", "650"]),
        ("epoch-batch-iteration", ["10,000/200 = 50", "10,050", "51"]),
        ("backpropagation", ["−0.1058"]),
        ("activation-saturation", ["0.25", "0.25¹⁰", "9.5 × 10⁻⁷"]),
        ("learning-rate-effects", ["2/a", "0.2"]),
        ("imbalanced-data", ["5.5", "0.55", "0.286"]),
        ("bias-variance-tradeoff", ["0.25", "0.04", "0.01", "0.30"]),
        ("data-generators", ["192.9 GB", "771.4 GB"]),
        ("batch-normalization", ["3.707", "4.667", "1.367"]),
        ("params-vs-hyperparams", ["36", "180"]),
    ]

    /// Strings that must never appear in any text, in any language, with the reason.
    ///
    /// 精度 is banned outright: the glossary keeps 正解率 (accuracy) and 適合率 (precision) apart, and the deck has no
    /// compound that needs it (mixed precision is written fp16/bf16 instead of 混合精度). If a future text needs such a
    /// compound, list it in `allowedCompounds` below.
    static let forbidden: [(text: String, reason: String)] = [
        ("精度", "ambiguous: use 正解率 (accuracy) or 適合率 (precision)"),
        ("差別的", "mistranslation of \"discriminating\""),
        ("99.9999%", "the source post's arithmetic slip; 1 − 1/100,000 = 99.999%"),
        ("共分散シフト", "mistranslation: covariate shift is 共変量シフト"),
        ("トリガー関数", "mistranslation: activation function is 活性化関数"),
        ("ヒット", "mistranslation of SMOTE"),
        ("包括的少数派", "mistranslation of SMOTE"),
        ("偏りと差異", "mistranslation: use バイアス–バリアンス"),
        ("フィッシュ", "mistranslation of Swish"),
        ("変化間隔", "mistranslation: saturation is 飽和"),
        ("レイヤー", "the source post's mistranslation of class (クラス); layers are 層"),
        ("wife", "the source post's inappropriate example"),
        ("current docs", "date version-dependent statements (\"as of 2026\") instead"),
        ("現行のドキュメント", "date version-dependent statements (2026年時点) instead"),
        ("妻", "the source post's inappropriate example"),
    ]

    /// Compounds containing a forbidden string that are nevertheless allowed. Empty: none is needed today.
    static let allowedCompounds: [String] = []

    /// LaTeX and Markdown that the terminal renderer would show literally.
    static let forbiddenMarkup = ["\\", "$", "**", "<b>", "<i>", "</", "# "]

    /// Spelling choices kept consistent across the Japanese text (the brief's glossary and the deck's style).
    static let japaneseStyle: [(avoid: String, use: String)] = [
        ("閾値", "しきい値"),
        ("稀", "まれ"),
        ("データローダー", "データローダ"),
        ("バックプロパゲーション", "誤差逆伝播法"),
        ("逆伝搬", "逆伝播"),
        ("である。", "です・ます"),
        ("学習データ", "訓練データ (one term for training data throughout)"),
        ("例数", "サンプル数"),
        ("ミニバッチサイズ", "バッチサイズ (one term for the batch size throughout)"),
        ("未学習", "学習不足"),
        ("誤識別率", "誤一致率（FPIR）, the answer's term"),
        ("二倍", "2倍 (general factors are written with digits)"),
        ("四倍", "4倍 (general factors are written with digits)"),
    ]

    // MARK: - Loading

    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources")

    static func deck() throws -> Deck {
        let bytes = [UInt8](try Data(contentsOf: resources.appendingPathComponent("deep-learning.json")))
        return try DeckLoader.load(bytes: bytes, source: "deep-learning.json")
    }

    static func tips() throws -> [Tip] {
        let bytes = [UInt8](try Data(contentsOf: resources.appendingPathComponent("tips.json")))
        return try TipsLoader.load(bytes: bytes, source: "tips.json")
    }

    /// Every text of the deck and the tips, named by where it sits, in every language it has.
    static func allTexts(deck: Deck, tips: [Tip]) -> [(place: String, text: String)] {
        var result: [(String, String)] = []
        func add(_ place: String, _ text: LocalizedText) {
            if let universal = text.universal {
                result.append((place, universal))
            }
            for translation in text.translations {
                result.append(("\(place).\(translation.language)", translation.text))
            }
        }
        add("title", deck.title)
        for question in deck.questions {
            let id = question.id
            add("\(id).question", question.question)
            if let oneMinuteAnswer = question.oneMinuteAnswer { add("\(id).oneMinuteAnswer", oneMinuteAnswer) }
            add("\(id).answer", question.answer)
            if let details = question.details { add("\(id).details", details) }
            for (index, point) in question.keyPoints.enumerated() { add("\(id).keyPoints[\(index)]", point) }
            for (index, followUp) in question.followUps.enumerated() {
                add("\(id).followUps[\(index)].question", followUp.question)
                add("\(id).followUps[\(index)].answer", followUp.answer)
            }
            for (index, reference) in question.references.enumerated() { add("\(id).references[\(index)]", reference) }
        }
        for (index, tip) in tips.enumerated() {
            add("tips[\(index)].title", tip.title)
            add("tips[\(index)].body", tip.body)
        }
        return result
    }

    /// The English words of a text: whitespace-separated tokens with a letter or a digit (list markers and lone
    /// symbols such as `=` or `→` do not count).
    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { token in token.contains { $0.isLetter || $0.isNumber } }
            .count
    }

    /// Whether `number` occurs in `text` as a whole number: not directly after a digit, a decimal point or a digit
    /// group separator, and not followed by more digits (so "0.2" does not match inside "0.25", "50" not inside "150").
    static func containsNumber(_ text: String, _ number: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: number, range: searchStart..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
            let afterNext =
                range.upperBound < text.endIndex && text.index(after: range.upperBound) < text.endIndex
                ? text[text.index(after: range.upperBound)] : nil
            let startsClean = !(before?.isNumber ?? false) && before != "." && before != ","
            let continuesNumber =
                (after?.isNumber ?? false) || ((after == "." || after == ",") && (afterNext?.isNumber ?? false))
            if startsClean && !continuesNumber { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    /// Whether an answer block is a list: its first line starts with `- ` or with a number and `. `.
    static func isListBlock(_ block: String) -> Bool {
        if block.hasPrefix("- ") { return true }
        let digits = block.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && block.dropFirst(digits.count).hasPrefix(". ")
    }

    /// `text` without anything inside full-width parentheses （…）, nested or not.
    static func withoutParentheticals(_ text: String) -> String {
        var depth = 0
        var result = ""
        for character in text {
            if character == "（" {
                depth += 1
            } else if character == "）" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                result.append(character)
            }
        }
        return result
    }

    // MARK: - Structure

    @Test func idsTopicsAndDifficultiesMatchTheBriefsSummaryTable() throws {
        let deck = try Self.deck()
        #expect(deck.languages == ["en", "ja"])
        #expect(deck.questions.map(\.id) == Self.summaryTable.map(\.id))
        for (question, expected) in zip(deck.questions, Self.summaryTable) {
            #expect(question.topic == expected.topic, "\(question.id): topic")
            #expect(question.difficulty == expected.difficulty, "\(question.id): difficulty")
        }
    }

    @Test func everyTextIsWrittenOutInEveryLanguage() throws {
        let deck = try Self.deck()
        for question in deck.questions {
            let oneMinuteAnswer = try #require(question.oneMinuteAnswer, "\(question.id) has no one-minute answer")
            var texts: [(String, LocalizedText)] = [
                ("question", question.question), ("oneMinuteAnswer", oneMinuteAnswer), ("answer", question.answer),
            ]
            texts += question.keyPoints.enumerated().map { ("keyPoints[\($0.offset)]", $0.element) }
            for (index, followUp) in question.followUps.enumerated() {
                texts += [
                    ("followUps[\(index)].question", followUp.question),
                    ("followUps[\(index)].answer", followUp.answer),
                ]
            }
            for (field, text) in texts {
                #expect(!text.isUniversal, "\(question.id).\(field) must be translated, not one plain string")
                for language in deck.languages {
                    let value = text.exactText(in: language) ?? ""
                    #expect(
                        !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                        "\(question.id).\(field).\(language) is missing or empty")
                }
            }
            for (index, reference) in question.references.enumerated() {
                for language in deck.languages {
                    let value = reference.exactText(in: language) ?? ""
                    #expect(
                        !value.trimmingCharacters(in: .whitespaces).isEmpty,
                        "\(question.id).references[\(index)].\(language) is missing or empty")
                }
            }
        }
    }

    @Test func countsAreWithinTheFormatsBounds() throws {
        for question in try Self.deck().questions {
            #expect(
                (5...8).contains(question.keyPoints.count), "\(question.id): \(question.keyPoints.count) key points")
            #expect(
                (4...8).contains(question.followUps.count), "\(question.id): \(question.followUps.count) follow-ups")
            #expect(
                (1...4).contains(question.references.count), "\(question.id): \(question.references.count) references")
        }
    }

    @Test func keyPointsAreShortSingleLines() throws {
        for question in try Self.deck().questions {
            for (index, point) in question.keyPoints.enumerated() {
                for text in point.allTexts {
                    #expect(!text.contains("\n"), "\(question.id).keyPoints[\(index)] spans lines")
                    // About 140 English characters or 70 Japanese ones: 140 terminal columns either way.
                    #expect(DisplayWidth.of(text) <= 140, "\(question.id).keyPoints[\(index)] is too long: \(text)")
                }
            }
        }
    }

    /// The characters of a Japanese text that take time to say: everything but whitespace.
    static func spokenCharacterCount(_ text: String) -> Int {
        text.filter { !$0.isWhitespace }.count
    }

    /// The spoken answer fits its suggested time: English at most `minutes` × 100 words (spoken technical answers run
    /// slower than prose), Japanese at most `minutes` × 300 characters without spaces; and it fills at least half of
    /// that, so that trimming never leaves a stub.
    @Test func answersCanBeSaidInTheSuggestedTime() throws {
        for question in try Self.deck().questions {
            #expect((2...5).contains(question.minutes), "\(question.id): \(question.minutes) min")
            let words = Self.wordCount(question.answer.text(in: "en"))
            let wordBudget = Int(question.minutes * 100)
            #expect(words <= wordBudget, "\(question.id): \(words) English words, over \(wordBudget)")
            #expect(words >= wordBudget / 2, "\(question.id): only \(words) English words")
            let characters = Self.spokenCharacterCount(question.answer.text(in: "ja"))
            let characterBudget = Int(question.minutes * 300)
            #expect(
                characters <= characterBudget,
                "\(question.id): \(characters) Japanese characters, over \(characterBudget)")
            #expect(characters >= characterBudget / 2, "\(question.id): only \(characters) Japanese characters")
        }
    }

    @Test func theBudgetsCountWordsAndCharactersAsSpoken() {
        #expect(Self.wordCount("x̂ = (x − μ) / √(σ² + ε), then y = γ·x̂ + β.\n\n- One more") == 11)
        #expect(Self.spokenCharacterCount("バッチ 正規化です。\n\n- 1 2") == 12)
    }

    /// Every answer was trimmed to its time, so every question keeps its depth in `details`, in both languages.
    @Test func everyQuestionKeepsItsDepthInDetails() throws {
        for question in try Self.deck().questions {
            let details = try #require(question.details, "\(question.id) has no details")
            #expect(!details.isUniversal, "\(question.id).details must be translated")
            for language in ["en", "ja"] {
                let text = details.exactText(in: language) ?? ""
                #expect(
                    !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                    "\(question.id).details.\(language) is empty")
            }
        }
    }

    @Test func workedNumbersAppearInBothLanguagesInTheAnswerOrTheDetails() throws {
        let deck = try Self.deck()
        #expect(Set(Self.workedNumbers.map(\.id)) == Set(deck.questions.map(\.id)), "every question has a row")
        for (id, numbers) in Self.workedNumbers {
            let question = try #require(deck.questions.first { $0.id == id }, "no question \(id)")
            for language in deck.languages {
                let answer = try #require(question.answer.exactText(in: language))
                let details = question.details?.exactText(in: language) ?? ""
                for number in numbers {
                    #expect(
                        Self.containsNumber(answer, number) || Self.containsNumber(details, number),
                        "\(id).\(language) lacks \(number) in the answer and the details")
                }
            }
        }
    }

    @Test func wholeNumberMatchingRejectsLongerNumbers() {
        #expect(Self.containsNumber("η < 2/a = 0.2.", "0.2"))
        #expect(!Self.containsNumber("peaks at 0.25", "0.2"))
        #expect(!Self.containsNumber("about 150 ms", "50"))
        #expect(!Self.containsNumber("1,050 runs", "50"))
        #expect(Self.containsNumber("36通り", "36"))
    }

    // MARK: - Words and markup

    @Test func forbiddenStringsNeverAppear() throws {
        let texts = Self.allTexts(deck: try Self.deck(), tips: try Self.tips())
        for (place, text) in texts {
            var checked = text
            for compound in Self.allowedCompounds { checked = checked.replacingOccurrences(of: compound, with: "") }
            for (forbidden, reason) in Self.forbidden {
                #expect(!checked.contains(forbidden), "\(place) contains \(forbidden) (\(reason))")
            }
        }
    }

    @Test func noLaTeXOrMarkdownEmphasis() throws {
        let texts = Self.allTexts(deck: try Self.deck(), tips: try Self.tips())
        for (place, text) in texts {
            for markup in Self.forbiddenMarkup {
                #expect(!text.contains(markup), "\(place) contains \(markup)")
            }
            #expect(!text.contains("\n\n\n"), "\(place) has more than one empty line in a row")
        }
    }

    @Test func japaneseFollowsTheGlossaryAndTheHouseSpelling() throws {
        let deck = try Self.deck()
        let japanese = Self.allTexts(deck: deck, tips: try Self.tips()).filter { $0.place.hasSuffix(".ja") }
        #expect(japanese.count > 100)
        for (place, text) in japanese {
            for (avoid, use) in Self.japaneseStyle {
                #expect(!text.contains(avoid), "\(place) uses \(avoid); write \(use)")
            }
        }
        let all = japanese.map(\.text).joined(separator: "\n")
        for term in [
            "正解率", "適合率", "再現率", "活性化関数", "共変量シフト", "誤差逆伝播法", "SMOTE", "クラス", "バイアス–バリアンス", "ミニバッチ", "イテレーション", "エポック",
            "データローダ",
        ] {
            #expect(all.contains(term), "the Japanese text never uses \(term)")
        }
    }

    /// The Japanese answers are written in です・ます: every prose sentence (lists and parentheticals aside) ends in a
    /// polite form.
    @Test func japaneseAnswersUseThePoliteStyleThroughout() throws {
        let politeEndings = ["です", "ます", "ません", "でした", "ました", "でしょう", "ください"]
        for question in try Self.deck().questions {
            var texts = [("answer", question.answer.text(in: "ja"))]
            if let oneMinuteAnswer = question.oneMinuteAnswer {
                texts.append(("oneMinuteAnswer", oneMinuteAnswer.text(in: "ja")))
            }
            if let details = question.details { texts.append(("details", details.text(in: "ja"))) }
            texts += question.followUps.enumerated().map {
                ("followUps[\($0.offset)].answer", $0.element.answer.text(in: "ja"))
            }
            for (field, text) in texts {
                for block in text.components(separatedBy: "\n\n") {
                    if Self.isListBlock(block) { continue }
                    for sentence in Self.withoutParentheticals(block).components(separatedBy: "。") {
                        let trimmed = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
                        if trimmed.isEmpty || trimmed.hasSuffix("：") || ["はい", "いいえ"].contains(trimmed) { continue }
                        #expect(
                            politeEndings.contains { trimmed.hasSuffix($0) },
                            "\(question.id).\(field).ja: not です・ます: …\(trimmed.suffix(30))")
                    }
                }
            }
        }
    }

    // MARK: - Tips

    @Test func sixTipsWithTitleAndBodyInBothLanguages() throws {
        let tips = try Self.tips()
        #expect(tips.count == 6)
        for (index, tip) in tips.enumerated() {
            for language in ["en", "ja"] {
                for (field, text) in [("title", tip.title), ("body", tip.body)] {
                    let value = text.exactText(in: language) ?? ""
                    #expect(!text.isUniversal, "tips[\(index)].\(field) must be translated")
                    #expect(
                        !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                        "tips[\(index)].\(field).\(language) is empty")
                }
            }
        }
    }

    @Test func tipsInventNoStatistics() throws {
        for (place, text) in Self.allTexts(deck: try Self.deck(), tips: try Self.tips()) where place.hasPrefix("tips") {
            #expect(!text.contains("%"), "\(place) quotes a percentage")
        }
    }
}
