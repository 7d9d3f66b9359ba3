import Foundation
import QuizKit
import Testing

@testable import QuizCLI

/// Every JSON syntax error, worded in English (as users have always read it) and in Japanese.
@Suite struct JSONSyntaxWordsTests {
    typealias Problem = JSONSyntaxError.Problem

    static let examples: [(Problem, String, String)] = [
        (.emptyFile, "the file is empty; expected a JSON object", "ファイルが空です。JSON オブジェクトが必要です"),
        (
            .textAfterValue(.character("x")), "unexpected 'x' after the end of the JSON value",
            "JSON の値が終わった後に予期しない 'x' があります"
        ),
        (.endOfFileBeforeValue, "unexpected end of file; expected a value", "ファイルが途中で終わっています。値が必要です"),
        (.singleQuotes, #"strings must use double quotes ("), not single quotes"#, #"文字列は一重引用符ではなく二重引用符（"）で囲んでください"#),
        (
            .expectedValueAfterComma(.character("]")),
            "unexpected ']'; expected a value (is there a trailing comma before it?)",
            "予期しない ']' があります。値が必要です（直前に余分なコンマはありませんか？）"
        ),
        (
            .expectedValue(.controlCharacter(1)), "unexpected control character U+0001; expected a value",
            "予期しない制御文字 U+0001 があります。値が必要です"
        ),
        (.nestedTooDeeply, "the JSON is nested too deeply", "JSON の入れ子が深すぎます"),
        (
            .endOfFileBeforeKey, "unexpected end of file inside an object; expected a key",
            "オブジェクトの途中でファイルが終わっています。キーが必要です"
        ),
        (
            .trailingCommaInObject, "unexpected '}' after a comma: remove the trailing comma",
            "コンマの後に予期しない '}' があります。余分なコンマを取り除いてください"
        ),
        (
            .expectedKey(.other), "unexpected character; expected a key in double quotes",
            "予期しない文字があります。二重引用符で囲んだキーが必要です"
        ),
        (
            .expectedColon(.endOfFile, key: "id"), #"unexpected end of file; expected ':' after the key "id""#,
            #"予期しないファイルの終わりがあります。キー "id" の後に ':' が必要です"#
        ),
        (
            .expectedColon(.character("x"), key: "a\u{1B}[2J"),
            #"unexpected 'x'; expected ':' after the key "a\u{1B}[2J""#,
            #"予期しない 'x' があります。キー "a\u{1B}[2J" の後に ':' が必要です"#
        ),
        (
            .endOfFileInObject, "unexpected end of file inside an object; expected ',' or '}'",
            "オブジェクトの途中でファイルが終わっています。',' か '}' が必要です"
        ),
        (
            .expectedCommaOrBrace(.character("x"), key: "a"),
            #"unexpected 'x'; expected ',' or '}' after the value of "a""#,
            #"予期しない 'x' があります。"a" の値の後に ',' か '}' が必要です"#
        ),
        (
            .trailingCommaInArray, "unexpected ']' after a comma: remove the trailing comma",
            "コンマの後に予期しない ']' があります。余分なコンマを取り除いてください"
        ),
        (
            .endOfFileInArray, "unexpected end of file inside an array; expected ',' or ']'",
            "配列の途中でファイルが終わっています。',' か ']' が必要です"
        ),
        (
            .expectedCommaOrBracket(.character(":")), "unexpected ':'; expected ',' or ']' after an array element",
            "予期しない ':' があります。配列の要素の後に ',' か ']' が必要です"
        ),
        (.digitAfterMinus, "a number needs a digit after '-'", "数値の '-' の後に数字が必要です"),
        (.leadingZero, "numbers must not have leading zeros", "数値の先頭に 0 を付けることはできません"),
        (.digitAfterPoint, "a number needs a digit after '.'", "数値の '.' の後に数字が必要です"),
        (.digitInExponent, "a number needs a digit in its exponent", "数値の指数部に数字が必要です"),
        (.numberOutOfRange("1e999"), "the number 1e999 is out of range", "数値 1e999 は範囲外です"),
        (.unclosedString, #"this string is never closed: a '"' is missing"#, #"この文字列が閉じていません。'"' がありません"#),
        (
            .rawLineBreak, #"a string cannot contain a raw line break; write \n instead"#,
            #"文字列に改行をそのまま入れることはできません。代わりに \n と書いてください"#
        ),
        (.rawTab, #"a string cannot contain a raw tab; write \t instead"#, #"文字列にタブをそのまま入れることはできません。代わりに \t と書いてください"#),
        (
            .rawControlCharacter, #"a string cannot contain a raw control character; escape it as \u00XX"#,
            #"文字列に制御文字をそのまま入れることはできません。\u00XX の形でエスケープしてください"#
        ),
        (
            .invalidUTF8, "this text is not valid UTF-8; save the file as UTF-8",
            "このテキストは有効な UTF-8 ではありません。ファイルを UTF-8 で保存してください"
        ),
        (.endOfFileInEscape, "unexpected end of file in an escape sequence", "エスケープシーケンスの途中でファイルが終わっています"),
        (.endOfFileInUnicodeEscape, #"unexpected end of file in a \u escape"#, #"\u エスケープの途中でファイルが終わっています"#),
        (
            .unpairedHighSurrogate, #"a \u escape for a high surrogate must be followed by a low surrogate"#,
            #"上位サロゲートの \u エスケープの後には下位サロゲートが必要です"#
        ),
        (.invalidLowSurrogate, #"invalid low surrogate in a \u escape"#, #"\u エスケープの下位サロゲートが無効です"#),
        (
            .loneLowSurrogate, #"a \u escape has a low surrogate without a high one"#,
            #"\u エスケープに上位サロゲートのない下位サロゲートがあります"#
        ),
        (.invalidUnicodeEscape, #"invalid \u escape"#, #"\u エスケープが無効です"#),
        (.unicodeEscapeDigits, #"a \u escape needs four hexadecimal digits"#, #"\u エスケープには 16 進数の数字が 4 つ必要です"#),
        (
            .invalidEscape, #"invalid escape sequence; a backslash must be followed by one of " \ / b f n r t u"#,
            #"エスケープシーケンスが無効です。バックスラッシュの後には " \ / b f n r t u のどれかが必要です"#
        ),
    ]

    @Test(arguments: examples)
    func eachSyntaxErrorIsWordedInEnglishAndJapanese(problem: Problem, english: String, japanese: String) {
        #expect(problem.words.text(in: "en") == english)
        #expect(problem.words.text(in: "ja") == japanese)
    }

    /// A number per case, by an exhaustive switch: a new case does not compile here until it is listed.
    static func caseNumber(_ problem: Problem) -> Int {
        switch problem {
        case .emptyFile: 0
        case .textAfterValue: 1
        case .endOfFileBeforeValue: 2
        case .singleQuotes: 3
        case .expectedValueAfterComma: 4
        case .expectedValue: 5
        case .nestedTooDeeply: 6
        case .endOfFileBeforeKey: 7
        case .trailingCommaInObject: 8
        case .expectedKey: 9
        case .expectedColon: 10
        case .endOfFileInObject: 11
        case .expectedCommaOrBrace: 12
        case .trailingCommaInArray: 13
        case .endOfFileInArray: 14
        case .expectedCommaOrBracket: 15
        case .digitAfterMinus: 16
        case .leadingZero: 17
        case .digitAfterPoint: 18
        case .digitInExponent: 19
        case .numberOutOfRange: 20
        case .unclosedString: 21
        case .rawLineBreak: 22
        case .rawTab: 23
        case .rawControlCharacter: 24
        case .invalidUTF8: 25
        case .endOfFileInEscape: 26
        case .endOfFileInUnicodeEscape: 27
        case .unpairedHighSurrogate: 28
        case .invalidLowSurrogate: 29
        case .loneLowSurrogate: 30
        case .invalidUnicodeEscape: 31
        case .unicodeEscapeDigits: 32
        case .invalidEscape: 33
        }
    }

    @Test func everyCaseHasAnExampleWithTwoDifferentWordings() {
        #expect(Set(Self.examples.map { Self.caseNumber($0.0) }) == Set(0...33))
        for (problem, _, _) in Self.examples {
            #expect(problem.words.english != problem.words.japanese, "\(problem)")
        }
    }

    @Test func aDeckWithASyntaxErrorIsReportedInJapanese() throws {
        let harness = try CLIHarness()
        let path = try harness.write("bad.json", "{\"id\": \"x\",\n  \"title\" \"t\"}")
        let result = harness.run(["validate", path, "--lang", "ja"])
        #expect(result.status == 65)
        #expect(
            result.error.unwrappedContains(
                "  \(path):2:11: JSON の構文エラーです: 予期しない '\"' があります。キー \"title\" の後に ':' が必要です\n"), "\(result.error)")
    }
}
