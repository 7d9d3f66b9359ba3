import FoundationEssentials
import QuizKit

/// Words for `dlquiz stats` and for planning due practice.
extension UIStrings {
    func statsTitle(_ deckTitle: String) -> String {
        text("Practice statistics · \(deckTitle)", "学習の記録 · \(deckTitle)")
    }

    func totals(answers: Int, days: Int, streak: Int, due: Int, new: Int) -> String {
        text(
            "\(answers) answer\(answers == 1 ? "" : "s") · \(days) day\(days == 1 ? "" : "s") practised · streak \(streak) day\(streak == 1 ? "" : "s") · \(due) due now · \(new) new",
            "回答 \(answers) 件 · 学習日数 \(days) 日 · 連続 \(streak) 日 · 復習待ち \(due) 問 · 未回答 \(new) 問")
    }

    var lastThirtyDays: String { text("Last 30 days", "直近 30 日") }
    var sessionScores: String { text("Session scores", "セッションのスコア") }
    var coverageByTopic: String { text("Coverage by topic", "トピック別のカバー率") }
    var questionsHeading: String { text("Questions", "問題ごとの状況") }
    var weakestHeading: String { text("Weakest questions", "苦手な問題") }

    func sessionTrend(count: Int, first: Double, last: Double) -> String {
        text(
            "last \(count) session\(count == 1 ? "" : "s"): \(percent(first)) → \(percent(last))",
            "直近 \(count) 回: \(percent(first)) → \(percent(last))")
    }

    func answeredOf(_ answered: Int, _ total: Int) -> String {
        text("\(answered)/\(total) answered", "\(total) 問中 \(answered) 問回答")
    }

    /// A topic of flashcards: answered, but without coverage.
    func answeredFlashcards(_ answered: Int, _ total: Int) -> String {
        text("\(answered)/\(total) answered, flashcards", "\(total) 問中 \(answered) 問回答（フラッシュカード）")
    }

    /// The trend's note when every recent session was of flashcards alone.
    func flashcardSessionsOnly(_ count: Int) -> String {
        text(
            count == 1 ? "1 session of flashcards, no score" : "\(count) sessions of flashcards, no score",
            "フラッシュカードのみ \(count) 回（スコアなし）")
    }

    /// A weak flashcard: `last Again · recall 85%`.
    func lastGradeAndRecall(_ grade: String, recall: Double) -> String {
        text("last \(grade) · recall \(percent(recall))", "前回 \(grade) · 記憶率 \(percent(recall))")
    }

    var notAnsweredYet: String { text("not answered yet", "未回答") }

    var columnMean: String { text("MEAN", "平均") }
    var columnRecall: String { text("RECALL", "記憶率") }
    var columnNextDue: String { text("NEXT DUE", "次の復習") }

    var dueNowMark: String { text("due now", "今すぐ") }
    var newMark: String { text("new", "未回答") }

    func meanCoverage(_ fraction: Double) -> String { text("mean \(percent(fraction))", "平均 \(percent(fraction))") }

    var practiseThem: String { text("Practise them with:", "次のコマンドで練習できます:") }

    func onlySession(_ fraction: Double) -> String {
        text("one session so far: \(percent(fraction))", "これまで 1 回: \(percent(fraction))")
    }

    func moreQuestions(_ count: Int) -> String {
        text("… and \(count) more (--all shows every question).", "… ほか \(count) 問（--all ですべて表示）。")
    }

    func notReady(_ count: Int, of total: Int, date: String) -> String {
        text(
            "Not ready for \(date): \(count) of \(total) questions (predicted recall below 90% or never answered).",
            "\(date) の時点で準備が足りない問題: \(total) 問中 \(count) 問（予測記憶率 90% 未満または未回答）。")
    }

    func allReady(date: String) -> String {
        text("Ready for \(date): every question is predicted above 90% recall.", "\(date) には全問が予測記憶率 90% 以上です。")
    }

    var noPracticeYet: String {
        text(
            "No practice recorded for this deck yet. Start with 'dlquiz quiz'.",
            "このデッキの学習記録はまだありません。'dlquiz quiz' で始めましょう。")
    }

    /// "in 3 days", "in 5 hours", "2 days ago".
    /// "in 5 min", "3 hours ago", "in 8 days": under a day, exact minutes or hours; from a day on, calendar days
    /// between the two local dates in `zone` (so "in 8 days" on 11-30 means 12-08, whatever the hour).
    func relative(_ date: Date, from now: Date, in zone: LocalTimeZone) -> String {
        let seconds = Int(date.timeIntervalSince(now).rounded())
        let magnitude = abs(seconds)
        let amount: String
        if magnitude < 3600 {
            let minutes = max(1, magnitude / 60)
            amount = text("\(minutes) min", "\(minutes) 分")
        } else if magnitude < 86_400 {
            let hours = magnitude / 3600
            amount = text("\(hours) hour\(hours == 1 ? "" : "s")", "\(hours) 時間")
        } else {
            let days = abs(zone.calendarDays(from: now, to: date))
            amount = text("\(days) day\(days == 1 ? "" : "s")", "\(days) 日")
        }
        return seconds >= 0 ? text("in \(amount)", "\(amount)後") : text("\(amount) ago", "\(amount)前")
    }

    /// `in 8 days (2026-12-08 10:30)`; Japanese uses fullwidth brackets.
    func withMoment(_ relative: String, _ moment: String) -> String {
        text("\(relative) (\(moment))", "\(relative)（\(moment)）")
    }

    func nothingDue(until date: String?, next: String?) -> String {
        var line =
            date.map { text("Nothing needs practice before \($0).", "\($0) までに復習が必要な問題はありません。") }
            ?? text("Nothing is due now.", "いま復習が必要な問題はありません。")
        if let next { line += text(" The next question is due \(next).", "次の復習は \(next) です。") }
        return line
    }

    var practiseAnyway: String {
        text(
            "Practise the questions most at risk of being forgotten anyway? [y/N] ",
            "忘れかけている順に、それでも練習しますか？ [y/N] ")
    }

}
