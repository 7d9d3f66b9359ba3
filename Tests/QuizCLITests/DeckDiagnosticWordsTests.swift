import Foundation
import QuizKit
import Testing

@testable import QuizCLI

/// Every problem a deck can have, worded in English (as users have always read it) and in Japanese.
@Suite struct DeckDiagnosticWordsTests {
    typealias Problem = DeckDiagnostic.Problem

    /// One example of every case, with both wordings inline.
    static let examples: [(Problem, String, String)] = [
        (
            .unknownSchemaVersion(found: 2, supported: 1),
            "unknown schemaVersion 2; this version of dlquiz reads schemaVersion 1",
            "schemaVersion 2 は不明です。このバージョンの dlquiz が読めるのは schemaVersion 1 です"
        ),
        (
            .notUTF8(encoding: .utf16BigEndian),
            "this file is saved as UTF-16 (big-endian); save it as UTF-8 (without a byte-order mark, or with one)",
            "このファイルは UTF-16（ビッグエンディアン） で保存されています。UTF-8 で保存してください（BOM はあってもなくても構いません）"
        ),
        (
            .notUTF8(encoding: .utf32LittleEndian),
            "this file is saved as UTF-32 (little-endian); save it as UTF-8 (without a byte-order mark, or with one)",
            "このファイルは UTF-32（リトルエンディアン） で保存されています。UTF-8 で保存してください（BOM はあってもなくても構いません）"
        ),
        (
            .invalidUTF8, "this text is not valid UTF-8; save the file as UTF-8",
            "このテキストは有効な UTF-8 ではありません。ファイルを UTF-8 で保存してください"
        ),
        (
            .zipArchive(.ankiPackage),
            "this is an Anki package (.apkg or .colpkg), which dlquiz cannot read; in Anki choose File → Export…, \"Notes in Plain Text\", and import that file with --from anki",
            "これは Anki のパッケージ（.apkg または .colpkg）で、dlquiz では読めません。Anki で「ファイル → 書き出し…」から「Notes in Plain Text」を選び、書き出したファイルを --from anki で取り込んでください"
        ),
        (
            .zipArchive(.spreadsheet),
            "this is a spreadsheet workbook (.xlsx or .ods), not a text file; save it as \"CSV UTF-8\" and import that file",
            "これは表計算ソフトのブック（.xlsx または .ods）で、テキストファイルではありません。「CSV UTF-8」で保存し、そのファイルを取り込んでください"
        ),
        (.zipArchive(.other), "this is a zip archive, not a text file", "これは zip アーカイブで、テキストファイルではありません"),
        (.noteSkipped(.emptyFront), "note left out: the front is empty", "このノートは読み込みませんでした。表面が空です"),
        (.noteSkipped(.emptyBack), "note left out: the back is empty", "このノートは読み込みませんでした。裏面が空です"),
        (
            .noteSkipped(.onlyImages(front: true, names: ["heart.png"])),
            "note left out: the front shows only an image (heart.png), which dlquiz cannot show",
            "このノートは読み込みませんでした。表面は画像（heart.png）だけで、dlquiz では表示できません"
        ),
        (
            .noteSkipped(.onlyImages(front: false, names: ["a.png", "b.png"])),
            "note left out: the back shows only images (a.png, b.png), which dlquiz cannot show",
            "このノートは読み込みませんでした。裏面は画像（a.png, b.png）だけで、dlquiz では表示できません"
        ),
        (
            .noteSkipped(.noClozeDeletion), "note left out: a Cloze note without a deletion such as {{c1::…}}",
            "このノートは読み込みませんでした。{{c1::…}} のような穴埋めがない Cloze ノートです"
        ),
        (
            .noteSkipped(.imageOcclusion),
            "note left out: an Image Occlusion note, whose deletions are shapes on an image",
            "このノートは読み込みませんでした。画像の上の図形を隠す Image Occlusion のノートです"
        ),
        (
            .clozeSkipped(number: 2, .emptyClozeDeletion),
            "card c2 of this Cloze note left out: its deletion hides nothing", "この Cloze ノートのカード c2 は読み込みませんでした。穴埋めが空です"
        ),
        (
            .soundsRemoved(["a.mp3", "b.ogg"]), "sounds removed (a.mp3, b.ogg); dlquiz shows text only",
            "音声（a.mp3, b.ogg）を取り除きました。dlquiz はテキストだけを表示します"
        ),
        (
            .textAfterHeading("#card"),
            "unexpected '#card' after the heading's parentheses; dlquiz reads no tags there, so remove it",
            "見出しの括弧の後に予期しない '#card' があります。dlquiz はそこにタグを読まないので、取り除いてください"
        ),
        (
            .headingWithoutSpace,
            "a heading needs a space after its '#'s, as in '## id (topic, difficulty 1, 2 min)'; without one, GitHub and dlquiz read the line as text",
            "見出しには '#' の後に空白が必要です（例: '## id (topic, difficulty 1, 2 min)'）。空白がないと GitHub も dlquiz もその行を本文として読みます"
        ),
        (
            .indentedHeading,
            "a heading starts at the beginning of its line; remove the blanks before the '#'s (GitHub shows this line as a heading, dlquiz does not read it as one)",
            "見出しは行頭から書いてください。'#' の前の空白を取り除いてください（GitHub はこの行を見出しとして表示しますが、dlquiz は見出しとして読みません）"
        ),
        (
            .textOnLanguageLine("en"),
            "text follows [en] on its line; put [en] on a line of its own, with the text on the lines below",
            "[en] と同じ行にテキストがあります。[en] だけの行を置き、テキストはその下の行に書いてください"
        ),
        (
            .languageLineNotLowercase("EN", suggestion: "en"),
            "'[EN]' is not a language line; write the code in lowercase: [en]",
            "'[EN]' は言語の行ではありません。コードは小文字で書いてください: [en]"
        ),
        (
            .frontMatterKeyIgnored("aliases"),
            "the front-matter key 'aliases' is kept for other tools; dlquiz does not read it",
            "フロントマターのキー 'aliases' は他のツール用にそのまま残します。dlquiz は読みません"
        ),
        (
            .jsonSyntax(.endOfFileBeforeValue), "JSON syntax error: unexpected end of file; expected a value",
            "JSON の構文エラーです: ファイルが途中で終わっています。値が必要です"
        ),
        (.emptyText, "the text is empty", "テキストが空です"),
        (.lineBreak, "must be a single line; remove the line break", "1 行で書く必要があります。改行を取り除いてください"),
        (
            .notKebabCase("Bad Id"),
            "'Bad Id' is not kebab-case; use lowercase letters, digits and single '-', such as \"batch-normalization\"",
            "'Bad Id' は kebab-case ではありません。英小文字・数字と単独の '-' を使ってください（例: \"batch-normalization\"）"
        ),
        (
            .topicNotKebabCase, "a topic must be kebab-case (lowercase letters, digits and '-')",
            "トピックは kebab-case（英小文字・数字と '-'）で書いてください"
        ),
        (.itemCount(1, allowed: 3...8), "has 1 items; it needs 3 to 8", "項目が 1 個あります。必要なのは 3〜8 個です"),
        (.itemCount(21, allowed: 0...20), "has 21 items; it needs at most 20", "項目が 21 個あります。必要なのは 20 個以下です"),
        (.numberOutOfRange(5, allowed: 1...3), "expected a whole number from 1 to 3, found 5", "1〜3 の整数が必要ですが、5 です"),
        (
            .numberOutOfRange(0, allowed: 1...Int.max), "expected a whole number at least 1, found 0",
            "1 以上の整数が必要ですが、0 です"
        ),
        (
            .minutesOutOfRange(1e300, maximum: 120),
            "expected a number of minutes above 0 and at most 120, found 1e+300", "0 より大きく 120 以下の時間（分）が必要ですが、1e+300 です"
        ),
        (
            .notALanguageCode("EN"), "'EN' is not a language code such as \"en\" or \"ja\"",
            "'EN' は \"en\" や \"ja\" のような言語コードではありません"
        ),
        (.languageListedTwice("en"), "the language 'en' is listed twice", "言語 'en' が 2 回書かれています"),
        (.noLanguages, "list at least one language, such as [\"en\"]", "言語を 1 つ以上挙げてください（例: [\"en\"]）"),
        (.noQuestions(markdown: false), "the deck has no questions; add at least one", "デッキに問題がありません。1 問以上追加してください"),
        (
            .noQuestions(markdown: true),
            "the deck has no questions; add at least one ('## id (topic, difficulty 1, 2 min)')",
            "デッキに問題がありません。1 問以上追加してください（'## id (topic, difficulty 1, 2 min)'）"
        ),
        (
            .unknownLanguage("fr", deckLanguages: ["en", "ja"]), "'fr' is not one of the deck's languages (en, ja)",
            "'fr' はデッキの言語（en, ja）にありません"
        ),
        (
            .missingLanguage("ja"), "the 'ja' text is missing; every text needs each of the deck's languages",
            "'ja' のテキストがありません。どのテキストにもデッキのすべての言語が必要です"
        ),
        (
            .duplicateID("a", firstUse: .path("questions[0]")),
            "duplicate id 'a' (first used by questions[0]); every question needs its own id",
            "id 'a' が重複しています（最初は questions[0] で使用）。問題ごとに別の id が必要です"
        ),
        (
            .duplicateID("a", firstUse: .line(7)),
            "duplicate id 'a' (first used by the question on line 7); every question needs its own id",
            "id 'a' が重複しています（最初は 7 行目の問題で使用）。問題ごとに別の id が必要です"
        ),
        (
            .unknownField("keypoints", suggestion: "keyPoints", allowed: ["id", "keyPoints"]),
            "unknown field \"keypoints\"; did you mean \"keyPoints\"?",
            "不明なフィールド \"keypoints\" です。\"keyPoints\" のことですか？"
        ),
        (
            .unknownField("zzz", suggestion: nil, allowed: ["question", "answer"]),
            "unknown field \"zzz\"; the fields here are question, answer",
            "不明なフィールド \"zzz\" です。ここで使えるフィールド: question, answer"
        ),
        (.unknownFieldPastLimit, "unknown field", "不明なフィールドです"),
        (
            .expectedText(found: .array),
            "expected a string or an object of translations such as {\"en\": \"…\"}, found an array",
            "文字列か、{\"en\": \"…\"} のような翻訳のオブジェクトが必要ですが、配列です"
        ),
        (.expectedString(found: .null), "expected a string, found null", "文字列が必要ですが、null です"),
        (.expectedArray(found: .object), "expected an array, found an object", "配列が必要ですが、オブジェクトです"),
        (
            .expectedObject(.question, found: .boolean), "expected a question (a JSON object), found a boolean",
            "問題（JSON オブジェクト）が必要ですが、真偽値です"
        ),
        (
            .expectedObject(.deck, found: .string), "expected the deck (a JSON object), found a string",
            "デッキ（JSON オブジェクト）が必要ですが、文字列です"
        ),
        (
            .expectedObject(.followUp, found: .number), "expected a follow-up (a JSON object), found a number",
            "追加質問（JSON オブジェクト）が必要ですが、数値です"
        ),
        (
            .expectedObject(.topicNames, found: .array),
            "expected an object of topic names (a JSON object), found an array", "トピック名のオブジェクト（JSON オブジェクト）が必要ですが、配列です"
        ),
        (.expectedWholeNumber(found: .number(2.5)), "expected a whole number, found 2.5", "整数が必要ですが、2.5 です"),
        (
            .expectedWholeNumber(found: .string("two")), "expected a whole number, found the string \"two\"",
            "整数が必要ですが、文字列 \"two\" です"
        ),
        (.expectedWholeNumber(found: .text("two")), "expected a whole number, found 'two'", "整数が必要ですが、'two' です"),
        (.expectedMinutes(found: .kind(.null)), "expected a number of minutes, found null", "時間（分）の数値が必要ですが、null です"),
        (.duplicateKey("id"), "the key \"id\" appears twice in the same object", "キー \"id\" が同じオブジェクトに 2 回現れます"),
        (.missingField("answer"), "the required field \"answer\" is missing", "必須のフィールド \"answer\" がありません"),
        (
            .noFrontMatter,
            "a Markdown deck starts with front matter: a line '---', then 'id: …', 'title: …' and 'languages: [en]', then '---'",
            "Markdown のデッキはフロントマターで始まります: '---' の行、'id: …'・'title: …'・'languages: [en]'、そして '---' の行です"
        ),
        (.expectedKeyValue, "expected 'key: value' in the front matter", "フロントマターには 'key: value' の形で書いてください"),
        (
            .frontMatterNotClosed, "the front matter is not closed; end it with a line '---'",
            "フロントマターが閉じていません。'---' の行で終えてください"
        ),
        (
            .unexpectedIndentedLine, "unexpected indented line; only the entries of 'title' and 'topics' are indented",
            "予期しない字下げの行です。字下げするのは 'title' と 'topics' の項目だけです"
        ),
        (
            .duplicateFrontMatterKey("id"), "the key \"id\" appears twice in the front matter",
            "キー \"id\" がフロントマターに 2 回現れます"
        ),
        (
            .missingFrontMatterField("title"), "the required field \"title\" is missing from the front matter",
            "フロントマターに必須のフィールド \"title\" がありません"
        ),
        (.topicsNotIndented, "list the topics on indented lines below 'topics:'", "トピックは 'topics:' の下に字下げした行で並べてください"),
        (
            .textAndTranslations, "a text given on the line above cannot also have indented translations",
            "上の行でテキストを書いた項目には、字下げした翻訳を付けられません"
        ),
        (
            .headingWithoutDetails,
            "the topic, difficulty and minutes are missing; write the heading as '## id (topic, difficulty 1, 2 min)'",
            "トピック・難易度・時間がありません。見出しは '## id (topic, difficulty 1, 2 min)' の形で書いてください"
        ),
        (
            .unexpectedInHeading("hard"),
            "unexpected 'hard' in the heading; write the heading as '## id (topic, difficulty 1, 2 min)'",
            "見出しに予期しない 'hard' があります。見出しは '## id (topic, difficulty 1, 2 min)' の形で書いてください"
        ),
        (
            .headingLacks(["difficulty", "minutes"]),
            "the heading has no difficulty or minutes; write the heading as '## id (topic, difficulty 1, 2 min)'",
            "見出しに難易度と時間がありません。見出しは '## id (topic, difficulty 1, 2 min)' の形で書いてください"
        ),
        (
            .strayHash,
            "only '## ' question and '### ' section headings may start a line with '#'; put such text in a ``` block",
            "行頭に '#' を置けるのは '## ' の問題見出しと '### ' の節見出しだけです。そうしたテキストは ``` ブロックに入れてください"
        ),
        (
            .unknownSection("Answr", suggestion: "Answer", sections: ["Answer"]),
            "unknown section 'Answr'; did you mean 'Answer'?", "不明な節 'Answr' です。'Answer' のことですか？"
        ),
        (
            .unknownSection("Zzz", suggestion: nil, sections: ["Answer", "Details"]),
            "unknown section 'Zzz'; the sections are Answer, Details", "不明な節 'Zzz' です。使える節: Answer, Details"
        ),
        (.sectionTwice("Answer"), "the section 'Answer' appears twice", "節 'Answer' が 2 回現れます"),
        (.questionTextMissing, "the question text is missing; write it under the heading", "問題文がありません。見出しの下に書いてください"),
        (
            .missingSection("Key points"), "the required section '### Key points' is missing",
            "必須の節 '### Key points' がありません"
        ),
        (.expectedListItem, "expected a list item starting with '- '", "'- ' で始まるリストの項目が必要です"),
        (
            .expectedFollowUp, "expected a follow-up starting with '- Q: ', then an indented 'A: ' line",
            "追加質問は '- Q: ' で始め、続けて字下げした 'A: ' の行を書いてください"
        ),
        (
            .followUpWithoutAnswer, "the follow-up has no answer; add an indented line 'A: …'",
            "追加質問に答えがありません。字下げした 'A: …' の行を加えてください"
        ),
        (
            .languageBlockAfterPlainText,
            "a language block follows a text that has none; open every language's text with its own line such as [en]",
            "言語の指定がないテキストの後に言語のブロックがあります。どの言語のテキストも [en] のような行で始めてください"
        ),
        (
            .textAfterBlock, "unexpected text after the end of the block above; put the whole text inside it",
            "上のブロックが終わった後に予期しないテキストがあります。テキスト全体をブロックの中に入れてください"
        ),
        (
            .expectedLanguageLine, "expected a language line such as [en] before this text",
            "このテキストの前に [en] のような言語の行が必要です"
        ),
        (
            .unclosedFence(backticks: 4), "this ``` block is never closed; end it with a line of 4 backticks",
            "この ``` ブロックが閉じていません。4 個のバッククォートだけの行で終えてください"
        ),
        (
            .secondTextNeedsMarker, "a second text here needs a language marker such as [ja]",
            "ここに 2 つ目のテキストを書くには [ja] のような言語の印が必要です"
        ),
        (.textGivenTwice("en"), "the 'en' text is given twice", "'en' のテキストが 2 回書かれています"),
        (.missingColumn("answer"), "the header row has no 'answer' column", "見出しの行に 'answer' の列がありません"),
        (.unclosedQuote, "this quoted field is never closed; end it with a \"", "引用符で始まるこのフィールドが閉じていません。\" で終えてください"),
        (
            .expectedFrontAndBack(found: 1), "expected a front and a back field, found 1 field",
            "表と裏の 2 つのフィールドが必要ですが、1 つです"
        ),
        (.nothingToImport, "the file has no notes or rows to import", "ファイルに読み込めるノートや行がありません"),
        (.tipsNotAList, "expected an object with a \"tips\" array", "\"tips\" の配列を持つオブジェクトが必要です"),
        (.tipWithoutTitleOrBody, "every tip needs a title and a body", "どのヒントにも title と body が必要です"),
        (
            .probeBeyondKeyPoints(9, keyPointCount: 7),
            "the follow-up probes key point 9, but the question's key points are numbered 1 to 7",
            "追加質問がポイント 9 を確かめることになっていますが、この問題のポイントは 1〜7 です"
        ),
        (
            .probeBeyondKeyPoints(1, keyPointCount: 0),
            "the follow-up probes key point 1, but the question has no key points",
            "追加質問がポイント 1 を確かめることになっていますが、この問題にはポイントがありません"
        ),
        (
            .probeListedTwice(3), "key point 3 is listed twice; list each key point once",
            "ポイント 3 が 2 回書かれています。各ポイントは 1 回だけ書いてください"
        ),
        (
            .expectedObject(.keyPointCues, found: .array),
            "expected an object of cues by key point number (a JSON object), found an array",
            "ポイント番号ごとの手がかりのオブジェクト（JSON オブジェクト）が必要ですが、配列です"
        ),
        (
            .cueForMissingPoint("9", keyPointCount: 7),
            "cues for key point '9', but the question's key points are numbered 1 to 7",
            "ポイント '9' の手がかりがありますが、この問題のポイントは 1〜7 です"
        ),
        (
            .cueForMissingPoint("1", keyPointCount: 0), "cues for key point '1', but the question has no key points",
            "ポイント '1' の手がかりがありますが、この問題にはポイントがありません"
        ),
        (
            .badCue(CueSyntaxError(column: 1, problem: .missingKind)),
            "a cue starts with its kind and a colon: also:, all:, near N:, any K:, need:, not: or not near N:",
            "手がかりは種類とコロンで始めます（also:、all:、near N:、any K:、need:、not:、not near N:）"
        ),
        (
            .badCue(CueSyntaxError(column: 1, problem: .unknownKind("any"))),
            "unknown cue kind 'any'; use also, all, near N, any K, any K near N, need, not or not near N",
            "手がかりの種類 'any' は使えません。also、all、near N、any K、any K near N、need、not、not near N のどれかにしてください"
        ),
        (
            .badCue(CueSyntaxError(column: 1, problem: .badWindow("x"))),
            "'near' needs a number of words from 1 to 60, found 'x'", "near には 1〜60 の語数が必要ですが、'x' です"
        ),
        (
            .badCue(CueSyntaxError(column: 1, problem: .badCount("two"))),
            "'any' needs a number of terms from 1 to 9, found 'two'", "any には 1〜9 の語句の数が必要ですが、'two' です"
        ),
        (
            .badCue(CueSyntaxError(column: 9, problem: .emptyTerm)),
            "column 9: an empty term; write a term between the commas and around each |",
            "9 文字目：語句が空です。カンマの間と | の前後に語句を書いてください"
        ),
        (
            .badCue(CueSyntaxError(column: 6, problem: .noContentWords("the"))),
            "column 6: the term 'the' has only words the matcher ignores (the, of, it…); name the idea",
            "6 文字目：語句 'the' は照合で無視される語（the、of、it など）だけです。内容を表す語を書いてください"
        ),
        (
            .badCue(CueSyntaxError(column: 0, problem: .emptyTerm)),
            "an empty term; write a term between the commas and around each |",
            "語句が空です。カンマの間と | の前後に語句を書いてください"
        ),
        (
            .badCue(CueSyntaxError(column: 1, problem: .fewerTermsThanCount(count: 3, terms: 2))),
            "'any 3' needs at least 3 terms separated by commas, found 2; it could never hold",
            "'any 3' にはカンマで区切った語句が 3 個以上必要ですが、2 個です。このままでは成り立ちません"
        ),
        (
            .expectedCueItem,
            "expected a cue item such as '- 3 all: running mean, inference' or '- 3 [ja] all: 移動平均, 推論'",
            "'- 3 all: running mean, inference' や '- 3 [ja] all: 移動平均, 推論' の形の手がかりの項目が必要です"
        ),
    ]

    @Test(arguments: examples)
    func eachProblemIsWordedInEnglishAndJapanese(problem: Problem, english: String, japanese: String) {
        #expect(problem.words.text(in: "en") == english)
        #expect(problem.words.text(in: "ja") == japanese)
    }

    /// A number per case, by an exhaustive switch: a new case does not compile here until it is listed, and the
    /// count below fails until `examples` shows it in both languages.
    static func caseNumber(_ problem: Problem) -> Int {
        switch problem {
        case .unknownSchemaVersion: 0
        case .notUTF8: 1
        case .jsonSyntax: 2
        case .emptyText: 3
        case .lineBreak: 4
        case .notKebabCase: 5
        case .topicNotKebabCase: 6
        case .itemCount: 7
        case .numberOutOfRange: 8
        case .minutesOutOfRange: 9
        case .notALanguageCode: 10
        case .languageListedTwice: 11
        case .noLanguages: 12
        case .noQuestions: 13
        case .unknownLanguage: 14
        case .missingLanguage: 15
        case .duplicateID: 16
        case .unknownField: 17
        case .unknownFieldPastLimit: 18
        case .expectedText: 19
        case .expectedString: 20
        case .expectedArray: 21
        case .expectedObject: 22
        case .expectedWholeNumber: 23
        case .expectedMinutes: 24
        case .duplicateKey: 25
        case .missingField: 26
        case .noFrontMatter: 27
        case .expectedKeyValue: 28
        case .frontMatterNotClosed: 29
        case .unexpectedIndentedLine: 30
        case .duplicateFrontMatterKey: 31
        case .missingFrontMatterField: 32
        case .topicsNotIndented: 33
        case .textAndTranslations: 34
        case .headingWithoutDetails: 35
        case .unexpectedInHeading: 36
        case .headingLacks: 37
        case .strayHash: 38
        case .unknownSection: 39
        case .sectionTwice: 40
        case .questionTextMissing: 41
        case .missingSection: 42
        case .expectedListItem: 43
        case .expectedFollowUp: 44
        case .followUpWithoutAnswer: 45
        case .languageBlockAfterPlainText: 46
        case .textAfterBlock: 47
        case .expectedLanguageLine: 48
        case .unclosedFence: 49
        case .secondTextNeedsMarker: 50
        case .textGivenTwice: 51
        case .missingColumn: 52
        case .unclosedQuote: 53
        case .expectedFrontAndBack: 54
        case .nothingToImport: 55
        case .tipsNotAList: 56
        case .tipWithoutTitleOrBody: 57
        case .probeBeyondKeyPoints: 58
        case .probeListedTwice: 59
        case .invalidUTF8: 60
        case .zipArchive: 61
        case .noteSkipped: 62
        case .clozeSkipped: 63
        case .soundsRemoved: 64
        case .textAfterHeading: 65
        case .headingWithoutSpace: 66
        case .indentedHeading: 67
        case .textOnLanguageLine: 68
        case .languageLineNotLowercase: 69
        case .frontMatterKeyIgnored: 70
        case .cueForMissingPoint: 71
        case .badCue: 72
        case .expectedCueItem: 73
        }
    }

    @Test func everyCaseHasAnExampleWithTwoDifferentWordings() {
        #expect(Set(Self.examples.map { Self.caseNumber($0.0) }) == Set(0...73))
        for (problem, _, _) in Self.examples {
            let words = problem.words
            #expect(!words.english.isEmpty && !words.japanese.isEmpty && words.english != words.japanese, "\(problem)")
            #expect(words.japanese.unicodeScalars.contains { $0.value >= 0x3000 }, "\(problem)")
        }
    }

    /// The words of `text` made of ASCII letters, once places, quoted file text ('…', "…"), paths and the names a user types
    /// or reads in the file (JSON, kebab-case, schemaVersion, the field `id`, language codes, JSON paths) are taken out.
    static func englishWords(in text: String) -> [String] {
        // Each problem on one line again (a wrapped problem continues indented by two more columns), then the place
        // of each problem: `  <file>:<line>:<column>: <JSON path>: `.
        var text = text.replacingOccurrences(of: "\n    ", with: " ").replacingOccurrences(
            of: #"(?m)^  \S+?:(\d+:\d+: )?([A-Za-z0-9_.$\[\]-]+: )?"#, with: " ", options: .regularExpression)
        for pattern in [#"'[^']*'"#, #""[^"]*""#, #"/[^\s:]+"#, #"[A-Za-z]+\[\d+\]"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let allowed: Set = ["JSON", "kebab", "case", "schemaVersion", "id", "en", "ja"]
        return text.components(separatedBy: CharacterSet.letters.inverted.union(.nonBaseCharacters))
            .filter { $0.count > 1 && $0.allSatisfy(\.isASCII) && !allowed.contains($0) }
    }

    @Test func validateInJapaneseShowsNoEnglishOutsideQuotedText() throws {
        let harness = try CLIHarness()
        let path = try harness.write(
            "bad.json",
            #"""
            {"schemaVersion": 1, "id": "Bad Deck", "title": {"en": "t", "fr": "t"}, "languages": ["en", "ja", "en"],
             "topics": {"Bad": "x"}, "questions": [
              {"id": "a", "topic": "x", "difficulty": 5, "minutes": 0, "question": "", "answer": 3, "keypoints": [],
               "keyPoints": ["a"], "followUps": [1], "references": {}},
              {"id": "a", "topic": "x", "difficulty": 2.5, "minutes": "two", "question": "q", "answer": "a",
               "keyPoints": ["a", "b", "c"], "details": null, "id": "b"},
              [], {}
             ]}
            """#)
        let result = harness.run(["validate", path, "--lang", "ja"])
        #expect(result.status == 65)
        #expect(result.error.unwrappedHasPrefix("エラー: デッキ '\(path)' は使えません: 問題が "), "\(result.error)")
        #expect(result.error.split(separator: "\n").count > 15, "\(result.error)")
        #expect(Self.englishWords(in: result.error) == [], "\(result.error)")
        let english = harness.run(["validate", path])
        #expect(Self.englishWords(in: english.error).count > 100, "the check finds English when it is there")
    }
}
