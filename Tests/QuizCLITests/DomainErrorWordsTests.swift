import QuizKit
import Testing

@testable import QuizCLI

/// The domain's errors in Japanese (their English is pinned in `ErrorMessagesTests`).
@Suite struct DomainErrorWordsTests {
    @Test(arguments: [
        (
            QuizError.unknownQuestion(id: "x", suggestions: ["a", "b"]),
            "id が 'x' の問題はありません。'a' か 'b' のことですか？'dlquiz list' ですべての id を確認できます。"
        ),
        (QuizError.unknownQuestion(id: "x", suggestions: []), "id が 'x' の問題はありません。'dlquiz list' ですべての id を確認できます。"),
        (
            QuizError.unknownTopic("t", suggestions: ["u"], available: ["u", "v"]),
            "トピックが 't' の問題はありません。'u' のことですか？トピック: u, v。"
        ),
        (
            QuizError.noMatchingQuestions(QuestionFilter(topics: ["beta"], difficulties: [3, 1])),
            "トピック 'beta'・難易度 1、3 に合う問題はありません。条件をゆるめてください。'dlquiz list' でデッキの中身を確認できます。"
        ),
        (
            QuizError.noMatchingQuestions(QuestionFilter(ids: ["a", "b"]), focus: .unseen),
            "id a,b・--only unseen（未回答）に合う問題はありません。条件をゆるめてください。'dlquiz list' でデッキの中身を確認できます。"
        ),
        (QuizError.noMatchingQuestions(QuestionFilter()), "デッキに合う問題はありません。条件をゆるめてください。'dlquiz list' でデッキの中身を確認できます。"),
        (
            QuizError.invalidDeck(
                source: "d.json",
                diagnostics: [
                    DeckDiagnostic(location: SourceLocation(line: 2, column: 3), path: "id", problem: .emptyText)
                ], total: 2),
            """
            デッキ 'd.json' は使えません: 問題が 2 件あります。
              d.json:2:3: id: テキストが空です
              …ほかに 1 件あります。
            ファイルを直してもう一度実行してください。'dlquiz validate d.json' で、クイズを始めずに確認できます。
            """
        ),
    ])
    func domainErrorsAreWordedInJapanese(error: QuizError, expected: String) {
        #expect(error.message(in: "ja") == expected)
    }

    @Test func theEnglishOfTheSheetFocusIsUnchanged() {
        #expect(
            QuizError.noMatchingQuestions(QuestionFilter(), focus: .weak).message(in: "en")
                == "No question matches --only weak (a last score below 70%). Loosen the filters; 'dlquiz list' shows what the deck has."
        )
        #expect(
            QuizError.noMatchingQuestions(QuestionFilter(topics: ["a", "b"]), focus: .unseen).message(in: "en")
                == "No question matches topics 'a', 'b' and --only unseen (never answered). Loosen the filters; 'dlquiz list' shows what the deck has."
        )
    }
}
