import QuizKit

// The words for what a deck holds where a problem is found: values, kinds, encodings and the roles of objects.

extension DeckDiagnostic.Found {
    /// What was found, as the end of "expected …, found …".
    var words: Bilingual {
        switch self {
        case .number(let value):
            let text = DeckDiagnostic.Problem.number(value)
            return Bilingual(text, text + " ")
        case .string(let text): return Bilingual("the string \"\(text)\"", "文字列 \"\(text)\" ")
        case .kind(let kind): return kind.words
        case .text(let text): return Bilingual("'\(text)'", "'\(text)' ")
        }
    }
}

extension DeckDiagnostic.UnicodeEncoding {
    var words: Bilingual {
        switch self {
        case .utf16BigEndian: Bilingual("UTF-16 (big-endian)", "UTF-16（ビッグエンディアン）")
        case .utf16LittleEndian: Bilingual("UTF-16 (little-endian)", "UTF-16（リトルエンディアン）")
        case .utf32BigEndian: Bilingual("UTF-32 (big-endian)", "UTF-32（ビッグエンディアン）")
        case .utf32LittleEndian: Bilingual("UTF-32 (little-endian)", "UTF-32（リトルエンディアン）")
        }
    }
}

extension DeckDiagnostic.ValueKind {
    /// The kind with its article in English; in Japanese, spaced to sit before `です`.
    var words: Bilingual {
        switch self {
        case .null: Bilingual("null", "null ")
        case .boolean: Bilingual("a boolean", "真偽値")
        case .number: Bilingual("a number", "数値")
        case .string: Bilingual("a string", "文字列")
        case .array: Bilingual("an array", "配列")
        case .object: Bilingual("an object", "オブジェクト")
        }
    }
}

extension DeckDiagnostic.ObjectRole {
    var words: Bilingual {
        switch self {
        case .deck: Bilingual("the deck", "デッキ")
        case .question: Bilingual("a question", "問題")
        case .followUp: Bilingual("a follow-up", "追加質問")
        case .topicNames: Bilingual("an object of topic names", "トピック名のオブジェクト")
        case .keyPointCues: Bilingual("an object of cues by key point number", "ポイント番号ごとの手がかりのオブジェクト")
        }
    }
}
