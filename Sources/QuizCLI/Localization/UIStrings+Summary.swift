import QuizKit

/// The end-of-quiz summary.
extension UIStrings {
    var summaryTitle: String { text("Session summary", "セッションの結果") }

    /// With `quiz --all-decks`, the question card's meta line ends with the deck it is from.
    func fromDeck(_ deckID: String) -> String { text("deck \(deckID)", "デッキ \(deckID)") }
    var skippedMark: String { text("skipped", "スキップ") }

    func sessionScore(_ score: Double, of count: Int, fraction: Double) -> String {
        text(
            "Session score: \(self.score(score)) / \(count) (\(percent(fraction)))",
            "今回のスコア: \(self.score(score)) / \(count)（\(percent(fraction))）")
    }

    func previousSession(_ score: Double, of count: Int, fraction: Double, change: Int) -> String {
        let base = text(
            "Previous session: \(self.score(score)) / \(count) (\(percent(fraction)))",
            "前回: \(self.score(score)) / \(count)（\(percent(fraction))）")
        // The change of a percentage, so in percentage points (`up 4 percentage points`, not `up 4%`).
        if change > 0 {
            return base
                + text(
                    ", so you are up \(change) percentage point\(change == 1 ? "" : "s").",
                    "。\(change) パーセントポイント上がりました。")
        }
        if change < 0 {
            return base
                + text(
                    ", so you are down \(-change) percentage point\(change == -1 ? "" : "s").",
                    "。\(-change) パーセントポイント下がりました。")
        }
        return base + text(", the same as now.", "。前回と同じです。")
    }

    /// `Flashcards only: 3 graded (Again 1 · Good 1 · Easy 1), no key points to score.`
    func flashcardSession(_ grades: [Grade]) -> String {
        let counts = Grade.allCases.compactMap { grade -> String? in
            let count = grades.filter { $0 == grade }.count
            return count == 0 ? nil : "\(name(of: grade)) \(count)"
        }.joined(separator: " · ")
        return text(
            "Flashcards only: \(grades.count) graded (\(counts)), no key points to score.",
            "フラッシュカードのみ: \(grades.count) 問を評価しました（\(counts)）。採点するキーポイントはありません。")
    }

    /// Under the session score, when flashcards were graded too.
    func flashcardsBesideScore(_ count: Int) -> String {
        text(
            count == 1
                ? "Also 1 flashcard, graded directly and not in the score."
                : "Also \(count) flashcards, graded directly and not in the score.",
            "ほかにフラッシュカード \(count) 問を直接評価しました（スコアには含みません）。")
    }

    /// No earlier session of this deck has a score (sessions of flashcards alone may have been recorded).
    var firstSession: String {
        text("This is your first scored session with this deck.", "このデッキでスコアを記録した初めてのセッションです。")
    }

    var noGrades: String { text("No question was graded.", "評価した問題はありません。") }

    func savedAnswers(_ count: Int, path: String) -> String {
        text(
            count == 1 ? "Saved 1 answer to \(path)." : "Saved \(count) answers to \(path).",
            "\(count) 件の回答を \(path) に保存しました。")
    }

    var notSaved: String { text("Nothing was saved (--no-save).", "何も保存していません（--no-save）。") }

    func endedEarly(_ reached: Int, of count: Int) -> String {
        guard reached > 0 else { return text("Stopped before the first question was done.", "最初の問題を終える前に終了しました。") }
        return text("Stopped after \(reached) of \(count) questions.", "全 \(count) 問中 \(reached) 問で終了しました。")
    }
}
