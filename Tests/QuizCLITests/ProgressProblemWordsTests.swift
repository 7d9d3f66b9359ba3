import Foundation
import QuizKit
import Testing

@testable import QuizCLI

/// Why a progress line was skipped, in English (as users have always read it) and in Japanese.
@Suite struct ProgressProblemWordsTests {
    typealias Flaw = ProgressProblem.Flaw

    static let examples: [(Flaw, String, String)] = [
        (.notAnObject, "not a JSON object", "JSON のオブジェクトではありません"),
        (.expectedKey, "expected a key in double quotes", "二重引用符で囲んだキーが必要です"),
        (.expectedColon, "expected ':' after a key", "キーの後に ':' が必要です"),
        (.expectedCommaOrBrace, "expected ',' or '}'", "',' か '}' が必要です"),
        (.textAfterRecord, "unexpected text after the record", "記録の後に余分なテキストがあります"),
        (.nestedTooDeeply, "nested too deeply", "入れ子が深すぎます"),
        (.endsInRecord, "the line ends in the middle of a record", "記録の途中で行が終わっています"),
        (.endsInString, "the line ends inside a string", "文字列の途中で行が終わっています"),
        (.endsWhereValue, "the line ends where a value should be", "値があるべきところで行が終わっています"),
        (.malformedValue, "malformed value", "値の形が正しくありません"),
        (.unknownRecordType, "unknown record type", "不明な記録の種類です"),
        (
            .impossibleTime,
            #""time" is not a possible ISO 8601 time such as 2026-11-23T09:05:00Z (a real date, a UTC offset from -12:00 to +14:00, a year from 1970 to 2199)"#,
            #""time" が 2026-11-23T09:05:00Z のような有効な ISO 8601 の時刻ではありません（実在する日付、-12:00〜+14:00 の UTC との時差、1970〜2199 年）"#
        ),
        (.missingVersion, #"the format version "v" is missing"#, #"形式バージョン "v" がありません"#),
        (.tooManyModes, #""mode" has more than 254 different values"#, #""mode" の値が 254 種類を超えています"#),
        (.unexpectedEscape(in: nil), "a key has an unexpected escape or control character", "キーに予期しないエスケープか制御文字があります"),
        (
            .unexpectedEscape(in: "time"), #""time" has an unexpected escape or control character"#,
            #""time" に予期しないエスケープか制御文字があります"#
        ),
        (.endsInside(nil), "the line ends inside a key", "キーの途中で行が終わっています"),
        (.endsInside("type"), #"the line ends inside "type""#, #""type" の途中で行が終わっています"#),
        (.notAString("answer"), #""answer" must be a string"#, #""answer" は文字列でなければなりません"#),
        (.notABoolean("well"), #""well" must be true or false"#, #""well" は true か false でなければなりません"#),
        (.notAWholeNumber("seq"), #""seq" must be a whole number"#, #""seq" は整数でなければなりません"#),
        (.tooLarge("seconds"), #""seconds" is too large"#, #""seconds" が大きすぎます"#),
        (.empty("deck"), #""deck" is empty"#, #""deck" が空です"#),
        (.controlCharacter("deck"), #""deck" contains a control character"#, #""deck" に制御文字が含まれています"#),
        (.invalidString("deck"), #""deck" is not a valid string"#, #""deck" は有効な文字列ではありません"#),
        (.missing("time"), #""time" is missing"#, #""time" がありません"#),
        (.missingOrOutside("grade", 1...4), #""grade" is missing or not 1 to 4"#, #""grade" がないか、1〜4 ではありません"#),
        (.missingOrNotPositive("seq"), #""seq" is missing or not a positive whole number"#, #""seq" がないか、正の整数ではありません"#),
        (.coveredNotAnArray, #""covered" must be an array of numbers"#, #""covered" は数値の配列でなければなりません"#),
        (
            .coveredOutside(1...64), #""covered" has a point number outside 1 to 64"#,
            #""covered" に 1〜64 の範囲外のポイント番号があります"#
        ),
        (
            .coveredAboveTotal, #""covered" is missing or names a point above "total""#,
            #""covered" がないか、"total" を超えるポイントを挙げています"#
        ),
        (.coveredMoreThanTotal, #""covered" lists more points than "total""#, #""covered" が "total" より多くのポイントを挙げています"#),
        (.invalidUTF8(byte: 42), "byte 42 is not UTF-8 text", "42 バイト目が UTF-8 のテキストではありません"),
    ]

    @Test(arguments: examples)
    func eachFlawIsWordedInEnglishAndJapanese(flaw: Flaw, english: String, japanese: String) {
        #expect(flaw.words.text(in: "en") == english)
        #expect(flaw.words.text(in: "ja") == japanese)
    }

    /// A number per case, by an exhaustive switch: a new case does not compile here until it is listed.
    static func caseNumber(_ flaw: Flaw) -> Int {
        switch flaw {
        case .notAnObject: 0
        case .expectedKey: 1
        case .expectedColon: 2
        case .expectedCommaOrBrace: 3
        case .textAfterRecord: 4
        case .nestedTooDeeply: 5
        case .endsInRecord: 6
        case .endsInString: 7
        case .endsWhereValue: 8
        case .malformedValue: 9
        case .unknownRecordType: 10
        case .impossibleTime: 11
        case .missingVersion: 12
        case .tooManyModes: 13
        case .unexpectedEscape: 14
        case .endsInside: 15
        case .notAString: 16
        case .notABoolean: 17
        case .notAWholeNumber: 18
        case .tooLarge: 19
        case .empty: 20
        case .controlCharacter: 21
        case .invalidString: 22
        case .missing: 23
        case .missingOrOutside: 24
        case .missingOrNotPositive: 25
        case .coveredNotAnArray: 26
        case .coveredOutside: 27
        case .coveredAboveTotal: 28
        case .coveredMoreThanTotal: 29
        case .invalidUTF8: 30
        }
    }

    @Test func everyFlawHasAnExampleWithTwoDifferentWordings() {
        #expect(Set(Self.examples.map { Self.caseNumber($0.0) }) == Set(0...30))
        for (flaw, _, _) in Self.examples {
            #expect(flaw.words.english != flaw.words.japanese, "\(flaw)")
        }
    }

    @Test func theOtherCausesAndAnIncompleteLastLineAreWordedInJapanese() {
        let strings = UIStrings(language: "ja")
        #expect(
            ProgressProblem(line: 3, cause: .unknownFormatVersion(2)).text(strings)
                == "3 行目: 形式バージョン 2 はこの dlquiz では読めません（新しいバージョンが書いたものかもしれません）")
        #expect(
            ProgressProblem(line: 4, cause: .tooLong(limit: 1 << 20)).text(strings)
                == "4 行目: 行が 1 MiB を超えていて、記録としては長すぎるため、読まずに飛ばしました")
        #expect(
            ProgressProblem(line: 9, cause: .malformed(.endsInside(nil)), isIncompleteLastLine: true).text(strings)
                == "9 行目: 最後の行が途中で切れています（書き込みが中断されたのかもしれません）: キーの途中で行が終わっています")
        #expect(
            ProgressProblem(line: 9, cause: .malformed(.endsInside(nil)), isIncompleteLastLine: true).text(
                UIStrings(language: "en"))
                == "line 9: the last line is incomplete (an interrupted write?): the line ends inside a key")
    }

    @Test(arguments: [["progress"], ["list"], ["stats"]])
    func theSkippedLinesAreExplainedInJapanese(command: [String]) throws {
        let harness = try CLIHarness()
        let progress = try harness.write(
            "p.jsonl",
            "not json\n"
                + #"{"v":1,"type":"answer","time":"2026-11-23T09:00:00Z","session":"s","seq":1,"deck":"d","question":"q","grade":9,"covered":[],"total":3}"#
                + "\n")
        let result = harness.run(command + ["--progress", progress, "--lang", "ja"])
        let shown = result.output + result.error
        #expect(shown.contains("  1 行目: JSON のオブジェクトではありません\n"), "\(shown)")
        #expect(shown.contains("  2 行目: \"grade\" がないか、1〜4 ではありません\n"), "\(shown)")
    }
}
