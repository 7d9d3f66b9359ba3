import QuizKit

// The words for JSON syntax errors, which the parser reports as data: in a deck, the tips, a scorecard.

extension JSONSyntaxError.Problem {
    /// The problem as a clause, in English and Japanese.
    var words: Bilingual {
        switch self {
        case .emptyFile: Bilingual("the file is empty; expected a JSON object", "ファイルが空です。JSON オブジェクトが必要です")
        case .textAfterValue(let found):
            Bilingual(
                "unexpected \(found.words.english) after the end of the JSON value",
                "JSON の値が終わった後に予期しない\(found.words.japanese)があります")
        case .endOfFileBeforeValue:
            Bilingual("unexpected end of file; expected a value", "ファイルが途中で終わっています。値が必要です")
        case .singleQuotes:
            Bilingual(
                "strings must use double quotes (\"), not single quotes",
                "文字列は一重引用符ではなく二重引用符（\"）で囲んでください")
        case .expectedValueAfterComma(let found):
            Bilingual(
                "unexpected \(found.words.english); expected a value (is there a trailing comma before it?)",
                "予期しない\(found.words.japanese)があります。値が必要です（直前に余分なコンマはありませんか？）")
        case .expectedValue(let found):
            Bilingual(
                "unexpected \(found.words.english); expected a value", "予期しない\(found.words.japanese)があります。値が必要です")
        case .nestedTooDeeply: Bilingual("the JSON is nested too deeply", "JSON の入れ子が深すぎます")
        case .endOfFileBeforeKey:
            Bilingual(
                "unexpected end of file inside an object; expected a key",
                "オブジェクトの途中でファイルが終わっています。キーが必要です")
        case .trailingCommaInObject:
            Bilingual(
                "unexpected '}' after a comma: remove the trailing comma",
                "コンマの後に予期しない '}' があります。余分なコンマを取り除いてください")
        case .expectedKey(let found):
            Bilingual(
                "unexpected \(found.words.english); expected a key in double quotes",
                "予期しない\(found.words.japanese)があります。二重引用符で囲んだキーが必要です")
        case .expectedColon(let found, let key):
            Bilingual(
                "unexpected \(found.words.english); expected ':' after the key \"\(UntrustedText.echoed(key))\"",
                "予期しない\(found.words.japanese)があります。キー \"\(UntrustedText.echoed(key))\" の後に ':' が必要です")
        case .endOfFileInObject:
            Bilingual(
                "unexpected end of file inside an object; expected ',' or '}'",
                "オブジェクトの途中でファイルが終わっています。',' か '}' が必要です")
        case .expectedCommaOrBrace(let found, let key):
            Bilingual(
                "unexpected \(found.words.english); expected ',' or '}' after the value of \"\(UntrustedText.echoed(key))\"",
                "予期しない\(found.words.japanese)があります。\"\(UntrustedText.echoed(key))\" の値の後に ',' か '}' が必要です")
        case .trailingCommaInArray:
            Bilingual(
                "unexpected ']' after a comma: remove the trailing comma",
                "コンマの後に予期しない ']' があります。余分なコンマを取り除いてください")
        case .endOfFileInArray:
            Bilingual(
                "unexpected end of file inside an array; expected ',' or ']'",
                "配列の途中でファイルが終わっています。',' か ']' が必要です")
        case .expectedCommaOrBracket(let found):
            Bilingual(
                "unexpected \(found.words.english); expected ',' or ']' after an array element",
                "予期しない\(found.words.japanese)があります。配列の要素の後に ',' か ']' が必要です")
        case .digitAfterMinus: Bilingual("a number needs a digit after '-'", "数値の '-' の後に数字が必要です")
        case .leadingZero: Bilingual("numbers must not have leading zeros", "数値の先頭に 0 を付けることはできません")
        case .digitAfterPoint: Bilingual("a number needs a digit after '.'", "数値の '.' の後に数字が必要です")
        case .digitInExponent: Bilingual("a number needs a digit in its exponent", "数値の指数部に数字が必要です")
        case .numberOutOfRange(let text):
            Bilingual("the number \(text) is out of range", "数値 \(text) は範囲外です")
        case .unclosedString:
            Bilingual("this string is never closed: a '\"' is missing", "この文字列が閉じていません。'\"' がありません")
        case .rawLineBreak:
            Bilingual(
                "a string cannot contain a raw line break; write \\n instead",
                "文字列に改行をそのまま入れることはできません。代わりに \\n と書いてください")
        case .rawTab:
            Bilingual(
                "a string cannot contain a raw tab; write \\t instead",
                "文字列にタブをそのまま入れることはできません。代わりに \\t と書いてください")
        case .rawControlCharacter:
            Bilingual(
                "a string cannot contain a raw control character; escape it as \\u00XX",
                "文字列に制御文字をそのまま入れることはできません。\\u00XX の形でエスケープしてください")
        case .invalidUTF8:
            Bilingual(
                "this text is not valid UTF-8; save the file as UTF-8",
                "このテキストは有効な UTF-8 ではありません。ファイルを UTF-8 で保存してください")
        case .endOfFileInEscape:
            Bilingual("unexpected end of file in an escape sequence", "エスケープシーケンスの途中でファイルが終わっています")
        case .endOfFileInUnicodeEscape:
            Bilingual("unexpected end of file in a \\u escape", "\\u エスケープの途中でファイルが終わっています")
        case .unpairedHighSurrogate:
            Bilingual(
                "a \\u escape for a high surrogate must be followed by a low surrogate",
                "上位サロゲートの \\u エスケープの後には下位サロゲートが必要です")
        case .invalidLowSurrogate:
            Bilingual("invalid low surrogate in a \\u escape", "\\u エスケープの下位サロゲートが無効です")
        case .loneLowSurrogate:
            Bilingual(
                "a \\u escape has a low surrogate without a high one", "\\u エスケープに上位サロゲートのない下位サロゲートがあります")
        case .invalidUnicodeEscape: Bilingual("invalid \\u escape", "\\u エスケープが無効です")
        case .unicodeEscapeDigits:
            Bilingual("a \\u escape needs four hexadecimal digits", "\\u エスケープには 16 進数の数字が 4 つ必要です")
        case .invalidEscape:
            Bilingual(
                "invalid escape sequence; a backslash must be followed by one of \" \\ / b f n r t u",
                "エスケープシーケンスが無効です。バックスラッシュの後には \" \\ / b f n r t u のどれかが必要です")
        }
    }
}

extension JSONSyntaxError.Found {
    /// What was found: in Japanese, to sit before `があります`.
    var words: Bilingual {
        switch self {
        case .endOfFile: Bilingual("end of file", "ファイルの終わり")
        case .character(let character): Bilingual("'\(character)'", " '\(character)' ")
        case .controlCharacter(let byte):
            Bilingual("control character U+\(Self.hex(byte))", "制御文字 U+\(Self.hex(byte)) ")
        case .other: Bilingual("character", "文字")
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
