import QuizKit

/// The words of `progress`, `progress reset`, the scorecard's header and footer, and the empty `interviews` list,
/// in English and Japanese, with counts that agree with their number.
extension UIStrings {
    // MARK: Counting

    /// `1 answer`, `2 answers`; in Japanese `回答 2 件` style counters (`件`, `問`, `回`).
    func count(_ number: Int, _ noun: CountedNoun) -> String {
        switch noun {
        case .answer: text(number == 1 ? "1 answer" : "\(number) answers", "回答 \(number) 件")
        case .gradedAnswer: text(number == 1 ? "1 graded answer" : "\(number) graded answers", "採点済みの回答 \(number) 件")
        case .question: text(number == 1 ? "1 question" : "\(number) questions", "\(number) 問")
        case .session: text(number == 1 ? "1 session" : "\(number) sessions", "\(number) 回のセッション")
        case .unreadableLine:
            text(number == 1 ? "1 unreadable line" : "\(number) unreadable lines", "読めない行 \(number) 行")
        }
    }

    /// What `count(_:_:)` counts.
    enum CountedNoun {
        case answer, gradedAnswer, question, session, unreadableLine
    }

    // MARK: progress

    func noProgressYet(_ path: String) -> String {
        text("No progress yet: \(path) does not exist.", "まだ記録がありません: \(path) はありません。")
    }

    var progressCreatedHint: String {
        text(
            "It is created when you grade your first answer in 'dlquiz quiz'.",
            "'dlquiz quiz' で最初の回答を採点すると作られます。")
    }

    func backupKept(_ path: String) -> String {
        text("The last reset kept the old progress as \(path).", "前回のリセットで、以前の記録を \(path) に残しました。")
    }

    /// What `--progress -` reads, as messages name it.
    var standardInputName: String { text("standard input", "標準入力") }

    var progressFileLabel: String { text("Progress file: ", "記録ファイル: ") }

    /// `3 graded answers in 2 sessions, from 2026-11-01 to 2026-11-23.`
    func progressSummary(answers: Int, sessions: Int, from first: String?, to last: String?) -> String {
        let span = first.flatMap { first in last.map { (first, $0) } }
        guard isJapanese else {
            let base = count(answers, .gradedAnswer) + " in " + count(sessions, .session)
            return base + (span.map { ", from \($0.0) to \($0.1)." } ?? ".")
        }
        let base = "\(count(sessions, .session))で\(count(answers, .gradedAnswer))"
        return base + (span.map { "（\($0.0) から \($0.1) まで）。" } ?? "。")
    }

    var decksHeading: String { text("Decks:", "デッキ:") }

    /// `12 answers · 5 questions · 3 sessions · last 2026-11-23`.
    func deckLine(answers: Int, questions: Int, sessions: Int, last: String) -> String {
        [
            count(answers, .answer), count(questions, .question), count(sessions, .session),
            text("last \(last)", "最終 \(last)"),
        ].joined(separator: " · ")
    }

    func unreadableLinesHeading(_ number: Int) -> String {
        text(
            "Unreadable lines: \(number) (skipped everywhere, kept in the file untouched)",
            "読めない行: \(number) 行（どの集計でも読み飛ばし、ファイルにはそのまま残しています）")
    }

    func andMore(_ number: Int) -> String { text("… and \(number) more.", "… ほか \(number) 件。") }

    var startAfreshHint: String {
        text(
            "Start afresh with 'dlquiz progress reset'; it keeps a backup of the file.",
            "'dlquiz progress reset' でやり直せます。ファイルのバックアップは残ります。")
    }

    // MARK: progress reset

    func nothingToReset(_ path: String) -> String {
        text("Nothing to reset: \(path) does not exist.", "リセットするものはありません: \(path) はありません。")
    }

    /// The confirmation; the reply it asks for is exactly `resetConfirmationWord`.
    func resetQuestion(answers: Int, path: String) -> String {
        text(
            "This clears \(count(answers, .gradedAnswer)) from \(path); a backup is kept. Type yes to continue: ",
            "\(path) から\(count(answers, .gradedAnswer))を消去します（バックアップは残ります）。続けるには yes と入力してください: ")
    }

    /// The only reply that confirms a reset, as the question spells it.
    var resetConfirmationWord: String { "yes" }

    var resetCancelled: String {
        text("Reset cancelled; nothing was changed.", "リセットを取り消しました。何も変更していません。")
    }

    func progressCleared(backup: String) -> String {
        text(
            "Progress cleared. The old file is kept as \(backup).",
            "記録を消去しました。以前のファイルは \(backup) として残しています。")
    }

    /// After a reset: the command that undoes it.
    func undoReset(command: String) -> String {
        text("To undo the reset: \(command)", "リセットを取り消すには: \(command)")
    }

    // MARK: progress restore

    func noBackupToRestore(_ path: String) -> String {
        text(
            "No backup to restore: no file beside \(path) is named like a reset's backup (<name>.backup-<time>).",
            "元に戻すバックアップがありません: \(path) の隣に、リセットのバックアップ（<name>.backup-<時刻>）の名前のファイルはありません。")
    }

    func answersSavedSinceReset(_ answers: Int, file: String, backup: String) -> String {
        text(
            "Nothing was restored: \(file) holds \(count(answers, .answer)) saved since the reset. Add --force to put the answers of \(backup) back before them (both are kept).",
            "何も戻していません: \(file) にはリセット後に保存した\(count(answers, .answer))があります。--force を付けると、その前に \(backup) の回答を戻します（両方とも残ります）。"
        )
    }

    func restoredProgress(answers: Int, backup: String, file: String) -> String {
        text(
            "Restored \(backup) as \(file) (\(count(answers, .answer))).",
            "\(backup) を \(file) に戻しました（\(count(answers, .answer))）。")
    }

    func mergedProgress(answers: Int, since: Int, backup: String, file: String) -> String {
        text(
            "Restored \(backup) into \(file): its \(count(answers, .answer)) first, then the \(count(since, .answer)) saved since the reset.",
            "\(backup) を \(file) に戻しました: 先にその\(count(answers, .answer))、続けてリセット後に保存した\(count(since, .answer))です。")
    }

    // MARK: validate

    /// `'deck.json' is a valid deck: id 'mine', 1 question, 1 topic, languages en.`
    func validDeck(path: String, id: String, questions: Int, topics: Int, languages: [String]) -> String {
        text(
            "'\(path)' is a valid deck: id '\(id)', \(count(questions, .question)), "
                + (topics == 1 ? "1 topic" : "\(topics) topics") + ", languages " + languages.joined(separator: ", ")
                + ".",
            "'\(path)' は使えるデッキです: id '\(id)'、\(questions) 問、トピック \(topics) 個、言語 "
                + languages.joined(separator: "、") + "。")
    }

    /// After `convert --check`: what the input holds, read as the conversion would read it.
    func checkedDeck(path: String, id: String, questions: Int, topics: Int, languages: [String], isImport: Bool)
        -> String
    {
        guard isImport else {
            return validDeck(path: path, id: id, questions: questions, topics: topics, languages: languages)
        }
        return text(
            "'\(path)' imports as a deck: id '\(id)', \(count(questions, .question)), "
                + (topics == 1 ? "1 topic" : "\(topics) topics") + ", languages " + languages.joined(separator: ", ")
                + ". Nothing was written.",
            "'\(path)' はデッキとして取り込めます: id '\(id)'、\(questions) 問、トピック \(topics) 個、言語 "
                + languages.joined(separator: "、") + "。何も書き出していません。")
    }

    /// Before `validDeck`, in green.
    var okPrefix: String { text("OK: ", "問題なし: ") }

    /// Before a warning on standard error.
    var warningPrefix: String { text("Warning: ", "警告: ") }

    /// Before an error on standard error (the same words as usage errors').
    var errorPrefix: String { Bilingual.errorPrefix.text(in: isJapanese ? "ja" : "en") }

    // MARK: Notes and warnings

    /// `Note: only 1 question matches; picked it.`
    func onlyMatching(_ number: Int) -> String {
        text(
            number == 1
                ? "Note: only 1 question matches; picked it."
                : "Note: only \(number) questions match; picked all of them.",
            "注: 条件に合う質問は \(number) 問だけなので、すべて選びました。")
    }

    /// `Note: this deck has no English text; its questions are shown in Japanese.`, when the interface asks for a
    /// language the deck lacks.
    func deckLanguageNote(interface: String, shown: String) -> String {
        text(
            "Note: this deck has no \(languageName(interface)) text; its questions are shown in \(languageName(shown)).",
            "注: このデッキには\(languageName(interface))のテキストがないため、質問は\(languageName(shown))で表示します。")
    }

    /// `English`, `Japanese` (`英語`, `日本語`), or the code itself for another language.
    func languageName(_ code: String) -> String {
        switch code {
        case "en": text("English", "英語")
        case "ja": text("Japanese", "日本語")
        default: text("'\(UntrustedText.echoed(code, limit: 20))'", "「\(UntrustedText.echoed(code, limit: 20))」")
        }
    }

    /// `Warning: skipped 2 unreadable lines in ~/…/progress.jsonl; they stay in the file untouched.`
    func skippedProgressLines(_ number: Int, path: String) -> String {
        text(
            number == 1
                ? "Warning: skipped an unreadable line in \(path); it stays in the file untouched."
                : "Warning: skipped \(number) unreadable lines in \(path); they stay in the file untouched.",
            "警告: \(path) の読めない行 \(number) 行を読み飛ばしました。ファイルにはそのまま残しています。")
    }

    /// `… and 4 more ('dlquiz progress' lists them).`
    /// Answers dated after now (plus a grace): a clock that was wrong when they were saved.
    func answersDatedInTheFuture(_ number: Int, lines: String, path: String) -> String {
        text(
            number == 1
                ? "Warning: an answer in \(path) is dated in the future (line \(lines)); the clock was probably wrong when it was saved. Answers count in the order they were recorded, so later answers still count as later."
                : "Warning: \(number) answers in \(path) are dated in the future (lines \(lines)); the clock was probably wrong when they were saved. Answers count in the order they were recorded, so later answers still count as later.",
            "警告: \(path) の回答 \(number) 件の日時が未来になっています（\(lines) 行目）。保存したときの時計がずれていたようです。回答は記録された順に数えるので、後の回答はそのまま後の回答として扱います。"
        )
    }

    func moreProgressProblems(_ number: Int) -> String {
        text("… and \(number) more ('dlquiz progress' lists them).", "… ほか \(number) 行（'dlquiz progress' で一覧できます）。")
    }

    /// `your last interview`, `your last 3 interviews`.
    private func lastInterviews(_ number: Int) -> String {
        text(number == 1 ? "your last interview" : "your last \(number) interviews", "直近 \(number) 回の面接")
    }

    /// When `--fresh` leaves too few questions.
    func tooFewFresh(left: Int, interviews: Int, wanted: Int, avoided: Int) -> String {
        guard isJapanese else {
            return
                "Note: only \(left) question\(left == 1 ? " was" : "s were") not asked in \(lastInterviews(interviews)), "
                + "and \(wanted) \(wanted == 1 ? "is" : "are") wanted; "
                + (avoided == 0
                    ? "picking from all the questions instead."
                    : "leaving out only those of \(lastInterviews(avoided)).")
        }
        return "注: \(lastInterviews(interviews))で出していない質問は \(left) 問だけで、\(wanted) 問必要です。"
            + (avoided == 0 ? "代わりにすべての質問から選びます。" : "\(lastInterviews(avoided))の質問だけを除きます。")
    }

    /// `Note: left out the 3 questions asked in your last 2 interviews.`
    func leftOutFresh(_ number: Int, interviews: Int) -> String {
        text(
            "Note: left out the \(number) question\(number == 1 ? "" : "s") asked in \(lastInterviews(interviews)).",
            "注: \(lastInterviews(interviews))で出した \(number) 問を除きました。")
    }

    /// `Warning: skipped ~/…/card.json: not JSON. It stays untouched.`
    func skippedScorecard(_ path: String, reason: String) -> String {
        text(
            "Warning: skipped \(path): \(reason). It stays untouched.",
            "警告: \(path) を読み飛ばしました（\(reason)）。ファイルはそのまま残しています。")
    }

    // MARK: Scorecards and the interviews list

    /// `**68%** on average over 4 questions`, in Markdown.
    func scorecardCoverage(fraction: Double, asked: Int) -> String {
        text(
            "**\(percent(fraction))** on average over \(count(asked, .question))",
            "**\(percent(fraction))**（\(asked) 問の平均）")
    }

    /// Under the empty list of past interviews: what to run.
    var startInterviewHint: String {
        text(
            "Run an interview to start the list: dlquiz interview --candidate NAME",
            "面接を始めると一覧に加わります: dlquiz interview --candidate 名前")
    }
}
