import QuizKit

// The words for a deck's problems, which QuizKit reports as data. English is what users have always read; Japanese
// is in the polite style of the rest of the interface. Each case is worded in one place, both languages side by side.

extension DeckDiagnostic {
    /// `line:column: path: problem`, the part after the file name.
    func text(in language: String) -> String {
        var parts: [String] = []
        if let location { parts.append(location.description) }
        if !path.isEmpty { parts.append(path) }
        parts.append(problem.words.text(in: language))
        return parts.joined(separator: ": ")
    }
}

extension DeckDiagnostic.Problem {
    /// The problem as a clause, in English and Japanese; it says, where possible, how to fix it.
    var words: Bilingual {
        switch self {
        // MARK: Any format
        case .unknownSchemaVersion(let found, let supported):
            Bilingual(
                "unknown schemaVersion \(found); this version of dlquiz reads schemaVersion \(supported)",
                "schemaVersion \(found) は不明です。このバージョンの dlquiz が読めるのは schemaVersion \(supported) です")
        case .notUTF8(let encoding):
            Bilingual(
                "this file is saved as \(encoding.words.english); save it as UTF-8 (without a byte-order mark, or with one)",
                "このファイルは \(encoding.words.japanese) で保存されています。UTF-8 で保存してください（BOM はあってもなくても構いません）")
        case .invalidUTF8:
            JSONSyntaxError.Problem.invalidUTF8.words
        case .zipArchive(.ankiPackage):
            Bilingual(
                "this is an Anki package (.apkg or .colpkg), which dlquiz cannot read; in Anki choose File → Export…, "
                    + "\"Notes in Plain Text\", and import that file with --from anki",
                "これは Anki のパッケージ（.apkg または .colpkg）で、dlquiz では読めません。Anki で「ファイル → 書き出し…」から"
                    + "「Notes in Plain Text」を選び、書き出したファイルを --from anki で取り込んでください")
        case .zipArchive(.spreadsheet):
            Bilingual(
                "this is a spreadsheet workbook (.xlsx or .ods), not a text file; save it as \"CSV UTF-8\" and import that file",
                "これは表計算ソフトのブック（.xlsx または .ods）で、テキストファイルではありません。「CSV UTF-8」で保存し、そのファイルを取り込んでください")
        case .zipArchive(.other):
            Bilingual("this is a zip archive, not a text file", "これは zip アーカイブで、テキストファイルではありません")
        case .jsonSyntax(let problem):
            Bilingual("JSON syntax error: " + problem.words.english, "JSON の構文エラーです: " + problem.words.japanese)
        case .emptyText:
            Bilingual("the text is empty", "テキストが空です")
        case .lineBreak:
            Bilingual("must be a single line; remove the line break", "1 行で書く必要があります。改行を取り除いてください")
        case .notKebabCase(let text):
            Bilingual(
                "'\(text)' is not kebab-case; use lowercase letters, digits and single '-', such as \"batch-normalization\"",
                "'\(text)' は kebab-case ではありません。英小文字・数字と単独の '-' を使ってください（例: \"batch-normalization\"）")
        case .topicNotKebabCase:
            Bilingual(
                "a topic must be kebab-case (lowercase letters, digits and '-')",
                "トピックは kebab-case（英小文字・数字と '-'）で書いてください")
        case .itemCount(let count, let allowed):
            Bilingual(
                "has \(count) items; it needs "
                    + (allowed.lowerBound == 0
                        ? "at most \(allowed.upperBound)" : "\(allowed.lowerBound) to \(allowed.upperBound)"),
                "項目が \(count) 個あります。必要なのは "
                    + (allowed.lowerBound == 0
                        ? "\(allowed.upperBound) 個以下" : "\(allowed.lowerBound)〜\(allowed.upperBound) 個") + "です")
        case .numberOutOfRange(let value, let allowed):
            Bilingual(
                "expected a whole number "
                    + (allowed.upperBound == Int.max
                        ? "at least \(allowed.lowerBound)" : "from \(allowed.lowerBound) to \(allowed.upperBound)")
                    + ", found \(value)",
                (allowed.upperBound == Int.max
                    ? "\(allowed.lowerBound) 以上" : "\(allowed.lowerBound)〜\(allowed.upperBound) ")
                    + "の整数が必要ですが、\(value) です")
        case .minutesOutOfRange(let value, let maximum):
            Bilingual(
                "expected a number of minutes above 0 and at most \(maximum), found \(Self.number(value))",
                "0 より大きく \(maximum) 以下の時間（分）が必要ですが、\(Self.number(value)) です")
        case .notALanguageCode(let code):
            Bilingual(
                "'\(code)' is not a language code such as \"en\" or \"ja\"",
                "'\(code)' は \"en\" や \"ja\" のような言語コードではありません")
        case .languageListedTwice(let code):
            Bilingual("the language '\(code)' is listed twice", "言語 '\(code)' が 2 回書かれています")
        case .noLanguages:
            Bilingual("list at least one language, such as [\"en\"]", "言語を 1 つ以上挙げてください（例: [\"en\"]）")
        case .noQuestions(let markdown):
            Bilingual(
                "the deck has no questions; add at least one"
                    + (markdown ? " ('## id (topic, difficulty 1, 2 min)')" : ""),
                "デッキに問題がありません。1 問以上追加してください" + (markdown ? "（'## id (topic, difficulty 1, 2 min)'）" : ""))
        case .unknownLanguage(let code, let deckLanguages):
            Bilingual(
                "'\(code)' is not one of the deck's languages (\(deckLanguages.joined(separator: ", ")))",
                "'\(code)' はデッキの言語（\(deckLanguages.joined(separator: ", "))）にありません")
        case .missingLanguage(let language):
            Bilingual(
                "the '\(language)' text is missing; every text needs each of the deck's languages",
                "'\(language)' のテキストがありません。どのテキストにもデッキのすべての言語が必要です")
        case .duplicateID(let id, .path(let path)):
            Bilingual(
                "duplicate id '\(id)' (first used by \(path)); every question needs its own id",
                "id '\(id)' が重複しています（最初は \(path) で使用）。問題ごとに別の id が必要です")
        case .duplicateID(let id, .line(let line)):
            Bilingual(
                "duplicate id '\(id)' (first used by the question on line \(line)); every question needs its own id",
                "id '\(id)' が重複しています（最初は \(line) 行目の問題で使用）。問題ごとに別の id が必要です")
        case .unknownField(let key, let suggestion?, _):
            Bilingual(
                "unknown field \"\(key)\"; did you mean \"\(suggestion)\"?",
                "不明なフィールド \"\(key)\" です。\"\(suggestion)\" のことですか？")
        case .unknownField(let key, nil, let allowed):
            Bilingual(
                "unknown field \"\(key)\"; the fields here are " + allowed.joined(separator: ", "),
                "不明なフィールド \"\(key)\" です。ここで使えるフィールド: " + allowed.joined(separator: ", "))
        case .unknownFieldPastLimit:
            Bilingual("unknown field", "不明なフィールドです")

        // MARK: JSON decks
        case .expectedText(let found):
            Bilingual(
                "expected a string or an object of translations such as {\"en\": \"…\"}, found \(found.words.english)",
                "文字列か、{\"en\": \"…\"} のような翻訳のオブジェクトが必要ですが、\(found.words.japanese)です")
        case .expectedString(let found):
            Bilingual("expected a string, found \(found.words.english)", "文字列が必要ですが、\(found.words.japanese)です")
        case .expectedArray(let found):
            Bilingual("expected an array, found \(found.words.english)", "配列が必要ですが、\(found.words.japanese)です")
        case .expectedObject(let role, let found):
            Bilingual(
                "expected \(role.words.english) (a JSON object), found \(found.words.english)",
                "\(role.words.japanese)（JSON オブジェクト）が必要ですが、\(found.words.japanese)です")
        case .expectedWholeNumber(let found):
            Bilingual("expected a whole number, found \(found.words.english)", "整数が必要ですが、\(found.words.japanese)です")
        case .expectedMinutes(let found):
            Bilingual(
                "expected a number of minutes, found \(found.words.english)",
                "時間（分）の数値が必要ですが、\(found.words.japanese)です")
        case .duplicateKey(let key):
            Bilingual(
                "the key \"\(key)\" appears twice in the same object", "キー \"\(key)\" が同じオブジェクトに 2 回現れます")
        case .missingField(let key):
            Bilingual("the required field \"\(key)\" is missing", "必須のフィールド \"\(key)\" がありません")

        // MARK: Markdown decks
        case .noFrontMatter:
            Bilingual(
                "a Markdown deck starts with front matter: a line '---', then 'id: …', 'title: …' and 'languages: [en]', then '---'",
                "Markdown のデッキはフロントマターで始まります: '---' の行、'id: …'・'title: …'・'languages: [en]'、そして '---' の行です")
        case .expectedKeyValue:
            Bilingual("expected 'key: value' in the front matter", "フロントマターには 'key: value' の形で書いてください")
        case .frontMatterNotClosed:
            Bilingual(
                "the front matter is not closed; end it with a line '---'", "フロントマターが閉じていません。'---' の行で終えてください")
        case .unexpectedIndentedLine:
            Bilingual(
                "unexpected indented line; only the entries of 'title' and 'topics' are indented",
                "予期しない字下げの行です。字下げするのは 'title' と 'topics' の項目だけです")
        case .duplicateFrontMatterKey(let key):
            Bilingual(
                "the key \"\(key)\" appears twice in the front matter", "キー \"\(key)\" がフロントマターに 2 回現れます")
        case .missingFrontMatterField(let key):
            Bilingual(
                "the required field \"\(key)\" is missing from the front matter",
                "フロントマターに必須のフィールド \"\(key)\" がありません")
        case .topicsNotIndented:
            Bilingual(
                "list the topics on indented lines below 'topics:'", "トピックは 'topics:' の下に字下げした行で並べてください")
        case .textAndTranslations:
            Bilingual(
                "a text given on the line above cannot also have indented translations",
                "上の行でテキストを書いた項目には、字下げした翻訳を付けられません")
        case .headingWithoutDetails:
            Bilingual(
                "the topic, difficulty and minutes are missing; " + Self.headingFormat.english,
                "トピック・難易度・時間がありません。" + Self.headingFormat.japanese)
        case .unexpectedInHeading(let text):
            Bilingual(
                "unexpected '\(text)' in the heading; " + Self.headingFormat.english,
                "見出しに予期しない '\(text)' があります。" + Self.headingFormat.japanese)
        case .headingLacks(let parts):
            Bilingual(
                "the heading has no " + parts.joined(separator: " or ") + "; " + Self.headingFormat.english,
                "見出しに" + parts.map(Self.japaneseHeadingPart).joined(separator: "と") + "がありません。"
                    + Self.headingFormat.japanese)
        case .strayHash:
            Bilingual(
                "only '## ' question and '### ' section headings may start a line with '#'; put such text in a ``` block",
                "行頭に '#' を置けるのは '## ' の問題見出しと '### ' の節見出しだけです。そうしたテキストは ``` ブロックに入れてください")
        case .unknownSection(let title, let suggestion?, _):
            Bilingual(
                "unknown section '\(title)'; did you mean '\(suggestion)'?",
                "不明な節 '\(title)' です。'\(suggestion)' のことですか？")
        case .unknownSection(let title, nil, let sections):
            Bilingual(
                "unknown section '\(title)'; the sections are " + sections.joined(separator: ", "),
                "不明な節 '\(title)' です。使える節: " + sections.joined(separator: ", "))
        case .sectionTwice(let title):
            Bilingual("the section '\(title)' appears twice", "節 '\(title)' が 2 回現れます")
        case .questionTextMissing:
            Bilingual(
                "the question text is missing; write it under the heading", "問題文がありません。見出しの下に書いてください")
        case .missingSection(let title):
            Bilingual("the required section '### \(title)' is missing", "必須の節 '### \(title)' がありません")
        case .expectedListItem:
            Bilingual("expected a list item starting with '- '", "'- ' で始まるリストの項目が必要です")
        case .expectedFollowUp:
            Bilingual(
                "expected a follow-up starting with '- Q: ', then an indented 'A: ' line",
                "追加質問は '- Q: ' で始め、続けて字下げした 'A: ' の行を書いてください")
        case .followUpWithoutAnswer:
            Bilingual(
                "the follow-up has no answer; add an indented line 'A: …'",
                "追加質問に答えがありません。字下げした 'A: …' の行を加えてください")
        case .languageBlockAfterPlainText:
            Bilingual(
                "a language block follows a text that has none; open every language's text with its own line such as [en]",
                "言語の指定がないテキストの後に言語のブロックがあります。どの言語のテキストも [en] のような行で始めてください")
        case .textAfterBlock:
            Bilingual(
                "unexpected text after the end of the block above; put the whole text inside it",
                "上のブロックが終わった後に予期しないテキストがあります。テキスト全体をブロックの中に入れてください")
        case .expectedLanguageLine:
            Bilingual(
                "expected a language line such as [en] before this text", "このテキストの前に [en] のような言語の行が必要です")
        case .unclosedFence(let backticks):
            Bilingual(
                "this ``` block is never closed; end it with a line of \(backticks) backticks",
                "この ``` ブロックが閉じていません。\(backticks) 個のバッククォートだけの行で終えてください")
        case .secondTextNeedsMarker:
            Bilingual(
                "a second text here needs a language marker such as [ja]",
                "ここに 2 つ目のテキストを書くには [ja] のような言語の印が必要です")
        case .textGivenTwice(let code):
            Bilingual("the '\(code)' text is given twice", "'\(code)' のテキストが 2 回書かれています")

        // MARK: Imports and tips
        case .missingColumn(let name):
            Bilingual("the header row has no '\(name)' column", "見出しの行に '\(name)' の列がありません")
        case .unclosedQuote:
            Bilingual(
                "this quoted field is never closed; end it with a \"",
                "引用符で始まるこのフィールドが閉じていません。\" で終えてください")
        case .expectedFrontAndBack(let found):
            Bilingual(
                "expected a front and a back field, found \(found) field",
                "表と裏の 2 つのフィールドが必要ですが、\(found) つです")
        case .nothingToImport:
            Bilingual("the file has no notes or rows to import", "ファイルに読み込めるノートや行がありません")
        case .tipsNotAList:
            Bilingual("expected an object with a \"tips\" array", "\"tips\" の配列を持つオブジェクトが必要です")
        case .tipWithoutTitleOrBody:
            Bilingual("every tip needs a title and a body", "どのヒントにも title と body が必要です")
        case .probeBeyondKeyPoints(let number, let count) where count == 0:
            Bilingual(
                "the follow-up probes key point \(number), but the question has no key points",
                "追加質問がポイント \(number) を確かめることになっていますが、この問題にはポイントがありません")
        case .probeBeyondKeyPoints(let number, let count):
            Bilingual(
                "the follow-up probes key point \(number), but the question's key points are numbered 1 to \(count)",
                "追加質問がポイント \(number) を確かめることになっていますが、この問題のポイントは 1〜\(count) です")
        case .probeListedTwice(let number):
            Bilingual(
                "key point \(number) is listed twice; list each key point once",
                "ポイント \(number) が 2 回書かれています。各ポイントは 1 回だけ書いてください")
        case .noteSkipped, .clozeSkipped, .soundsRemoved:
            importWarningWords ?? Bilingual("", "")
        case .textAfterHeading, .headingWithoutSpace, .indentedHeading, .textOnLanguageLine, .languageLineNotLowercase,
            .frontMatterKeyIgnored:
            markdownSyntaxWords ?? Bilingual("", "")
        case .cueForMissingPoint(let name, let count) where count == 0:
            Bilingual(
                "cues for key point '\(name)', but the question has no key points",
                "ポイント '\(name)' の手がかりがありますが、この問題にはポイントがありません")
        case .cueForMissingPoint(let name, let count):
            Bilingual(
                "cues for key point '\(name)', but the question's key points are numbered 1 to \(count)",
                "ポイント '\(name)' の手がかりがありますが、この問題のポイントは 1〜\(count) です")
        case .badCue(let error):
            Self.cueWords(error)
        case .expectedCueItem:
            Bilingual(
                "expected a cue item such as '- 3 all: running mean, inference' or '- 3 [ja] all: 移動平均, 推論'",
                "'- 3 all: running mean, inference' や '- 3 [ja] all: 移動平均, 推論' の形の手がかりの項目が必要です")
        }
    }

    /// How a Markdown question's heading is written.
    static let headingFormat = Bilingual(
        "write the heading as '## id (topic, difficulty 1, 2 min)'",
        "見出しは '## id (topic, difficulty 1, 2 min)' の形で書いてください")

    static func japaneseHeadingPart(_ part: String) -> String {
        switch part {
        case "difficulty": "難易度"
        case "minutes": "時間"
        default: part
        }
    }

    /// A number as the deck wrote it, without a trailing `.0` when it is whole.
    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
