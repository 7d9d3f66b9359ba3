import FoundationEssentials
import QuizKit

/// The quiz's prompts and messages.
extension UIStrings {
    func questionHeader(_ number: Int, of count: Int) -> String {
        text("Question \(number) of \(count)", "問題 \(number) / \(count)")
    }

    func difficulty(_ level: Int) -> String {
        text("difficulty \(level)/3", "難易度 \(level)/3")
    }

    func suggestedTime(_ minutes: Double) -> String {
        text("about \(self.minutes(minutes)) min", "目安 \(self.minutes(minutes)) 分")
    }

    func timeLimit(_ seconds: Int) -> String {
        text("time limit \(clock(seconds))", "制限時間 \(clock(seconds))")
    }

    var answerInstructions: String {
        text(
            "Type your answer and finish with an empty line, or press Enter now to reveal the model answer and answer aloud.",
            "回答を入力し、空行で入力を終えてください。口頭で答える場合は、何も入力せずに Enter を押すと模範解答が表示されます。")
    }

    var answerCommands: String {
        text("e editor · u undo · s skip · q quit · ? help", "e エディタ · u 取り消し · s スキップ · q 終了 · ? ヘルプ")
    }

    var modelAnswer: String { text("Model answer", "模範解答") }
    /// The heading of a question's one-minute answer, shown before the model answer.
    var oneMinuteAnswer: String { text("One-minute answer", "1分で答えるなら") }
    var details: String { text("Details", "詳しい解説") }
    var detailsHint: String {
        text("d shows the details: worked examples, derivations and numbers.", "d で詳しい解説（計算例・導出・数値）を表示します。")
    }
    var noDetails: String { text("This question has no details.", "この問題には詳しい解説がありません。") }
    var keyPoints: String { text("Key points", "押さえるべきポイント") }
    var followUps: String { text("Follow-up questions", "追加の質問") }
    var references: String { text("References", "参考文献") }

    func timeTaken(_ seconds: Int, limit: Int?) -> String {
        var line = text("Time taken: \(clock(seconds))", "回答時間: \(clock(seconds))")
        if let limit {
            if seconds > limit {
                line += text(
                    " (\(clock(seconds - limit)) over the \(clock(limit)) limit)",
                    "（制限時間 \(clock(limit)) を \(clock(seconds - limit)) 超過）")
            } else {
                line += text(" (within the \(clock(limit)) limit)", "（制限時間 \(clock(limit)) 以内）")
            }
        }
        return line
    }

    var keyPointsPrompt: String {
        text(
            "Which key points did you cover? Type their numbers (such as 1 3 4), all, or none.",
            "押さえられたポイントの番号を入力してください（例: 1 3 4）。すべてなら all、一つもなければ none。")
    }

    func notAPointNumber(_ token: String) -> String {
        text("'\(token)' is not a key-point number.", "「\(token)」はポイントの番号ではありません。")
    }

    func invalidKeyPoints(total: Int) -> String {
        text(
            "Type point numbers from 1 to \(total) (such as 1 3 4 or 2-4), all, or none.",
            "1〜\(total) の番号（例: 1 3 4、2-4）、all、none のいずれかを入力してください。")
    }

    func coverage(_ covered: Int, of total: Int) -> String {
        let share = percent(total > 0 ? Double(covered) / Double(total) : 0)
        return text(
            "You covered \(covered) of \(total) key points (\(share)).",
            "ポイント \(total) 個中 \(covered) 個を押さえました（\(share)）")
    }

    func proposedGrade(_ grade: Grade, isOverTime: Bool) -> String {
        var line = text("Proposed grade: \(name(of: grade))", "推奨する評価: \(name(of: grade))")
        if isOverTime { line += text(" (one lower for going over time)", "（時間超過のため 1 段階下げています）") }
        return line
    }

    var gradePrompt: String {
        text(
            "Enter accepts · 1 Again · 2 Hard · 3 Good · 4 Easy · u undo · s skip · q quit",
            "Enter で決定 · 1 もう一度 · 2 難しい · 3 正解 · 4 簡単 · u 取り消し · s スキップ · q 終了")
    }

    /// The grade prompt of a question without key points, graded directly like a flashcard.
    var directGradeCommands: String { text("u undo · s skip · q quit", "u 取り消し · s スキップ · q 終了") }

    var howWellDidYouKnowIt: String { text("How well did you know it?", "どのくらい答えられましたか？") }

    /// The question and every choice on one line, for when no intervals are known.
    var directGradePrompt: String {
        let grades = Grade.allCases.map { "\($0.rawValue) \(name(of: $0))" }.joined(separator: " · ")
        return howWellDidYouKnowIt + " " + grades + " · " + directGradeCommands
    }

    var invalidDirectGrade: String {
        text(
            "Type a grade: 1-4 (or a, h, g, e), or u, s or q.",
            "評価を入力してください: 1〜4（または a, h, g, e）、u、s、q のいずれか。")
    }

    var invalidGrade: String {
        text(
            "Press Enter to accept, or type 1-4 (or a, h, g, e), u, s or q.",
            "Enter で決定するか、1〜4（または a, h, g, e）、u、s、q のいずれかを入力してください。")
    }

    func graded(_ grade: Grade, isSaved: Bool) -> String {
        isSaved
            ? text("Saved: \(name(of: grade)).", "保存しました: \(name(of: grade))")
            : text("Graded: \(name(of: grade)) (not saved).", "評価: \(name(of: grade))（保存なし）")
    }

    var skipped: String { text("Skipped.", "スキップしました。") }

    func undone(_ number: Int) -> String {
        text(
            "Withdrew the grade of question \(number). Grade it again:",
            "問題 \(number) の評価を取り消しました。もう一度評価してください。")
    }

    /// Back at the question an undo interrupted.
    func resumed(_ number: Int) -> String {
        text("Back to question \(number), where you were:", "問題 \(number) に戻ります（取り消しの前の続きです）。")
    }

    var nothingToUndo: String { text("Nothing to undo yet.", "取り消せる評価はまだありません。") }

    var answerHelp: String {
        text(
            """
            Type your answer over as many lines as you like; an empty line ends it and shows the model answer.
            Press Enter straight away to reveal the answer without typing (to answer aloud).
            On the first line: e opens $VISUAL or $EDITOR for a long answer, u undoes the last grade, s skips this \
            question, q ends the quiz. A pasted answer stays one answer, blank lines and all.
            Ctrl-D after typing submits what you typed; Ctrl-D on an empty line ends the quiz.
            """,
            """
            回答は何行でも入力できます。空行で入力を終えると模範解答を表示します。
            声に出して答える場合は、何も入力せずに Enter を押してください。
            1 行目に e と入力すると $VISUAL か $EDITOR で長い回答を書けます。u で直前の評価を取り消し、s でこの問題を\
            スキップ、q でクイズを終了します。貼り付けた回答は空行を含んでいても一つの回答になります。
            入力後の Ctrl-D はそこまでを回答として送信し、空の行での Ctrl-D はクイズを終了します。
            """)
    }

    var pointsHelp: String {
        text(
            """
            Type the numbers of the key points your answer covered: 1 3 4, 1,3,4 or 2-4. all means every point, none \
            means no point. d shows the details (worked examples and numbers). u undoes the last grade, s skips, q \
            ends the quiz.
            """,
            """
            回答で押さえられたポイントの番号を入力します（1 3 4、1,3,4、2-4 など）。all はすべて、none は一つもない場合です。\
            d で詳しい解説（計算例や数値）を表示し、u で直前の評価を取り消し、s でスキップ、q で終了します。
            """)
    }

    var gradeHelp: String {
        text(
            """
            Enter accepts the proposed grade. 1 (a) Again: you could not answer. 2 (h) Hard: you answered with gaps. \
            3 (g) Good: you answered well. 4 (e) Easy: you answered fully and at once. Questions you grade lower come \
            back sooner. d shows the details, u undoes the last grade, s skips, q ends the quiz.
            """,
            """
            Enter で提案どおりに決定します。1 (a) もう一度: 答えられなかった。2 (h) 難しい: 答えたが抜けがあった。\
            3 (g) 正解: よく答えられた。4 (e) 簡単: すぐに漏れなく答えられた。評価が低い問題ほど早く再出題されます。\
            d で詳しい解説を表示し、u で直前の評価を取り消し、s でスキップ、q で終了します。
            """)
    }

    var interrupted: String { text("Interrupted.", "中断しました。") }

}

// MARK: - Grade intervals, typed answers, follow-ups

extension UIStrings {
    /// Each grade with the interval it would give, as Anki's buttons show them: `1 Again · 1m`, `4 Easy · 8d`.
    func gradeChoices(intervals: [Grade: Double]) -> [String] {
        Grade.allCases.map { grade in
            "\(grade.rawValue) \(name(of: grade))"
                + (intervals[grade].map { " · " + interval(ReviewInterval(seconds: $0)) } ?? "")
        }
    }

    /// The rest of the grade prompt, under the choices with their intervals.
    var gradeCommands: String {
        text("Enter accepts · u undo · s skip · q quit", "Enter で決定 · u 取り消し · s スキップ · q 終了")
    }

    /// An interval as the grade prompt shows it: `10m`, `6h`, `8d`, `1.5mo`, `2y`; `10分`, `6時間`, `8日`, `1.5か月`, `2年`.
    func interval(_ interval: ReviewInterval) -> String {
        let number = interval.number
        switch interval.unit {
        case .minutes: return text("\(number)m", "\(number)分")
        case .hours: return text("\(number)h", "\(number)時間")
        case .days: return text("\(number)d", "\(number)日")
        case .months: return text("\(number)mo", "\(number)か月")
        case .years: return text("\(number)y", "\(number)年")
        }
    }

    var yourAnswer: String { text("Your answer, as you typed it", "あなたの回答（入力したまま）") }

    var noEditor: String {
        text(
            "No editor: set $VISUAL or $EDITOR to write long answers in one, as git commit does. Type your answer here instead.",
            "エディタが設定されていません。長い回答をエディタで書くには、git commit と同じく $VISUAL か $EDITOR を設定してください。ここに回答を入力してください。")
    }

    func editorFailed(status: Int32?) -> String {
        let reason =
            status.map { text("The editor exited with status \($0)", "エディタが終了ステータス \($0) で終了しました") }
            ?? text("The editor's temporary file could not be used", "エディタ用の一時ファイルを使えませんでした")
        return reason
            + text(
                "; nothing was taken from it. Type your answer here, or e to try again.",
                "。回答は取り込まれていません。ここに入力するか、e でもう一度開いてください。")
    }

    var editorEmpty: String {
        text(
            "The editor's file held no answer. Type your answer here, or e to open it again.",
            "エディタのファイルに回答がありませんでした。ここに入力するか、e でもう一度開いてください。")
    }

    func editorTemplate(question: String) -> String {
        let lines = question.split(separator: "\n").map { "# " + $0 }.joined(separator: "\n")
        return "\n\n"
            + text(
                "# Write your answer above. Lines starting with # are ignored; save and close the editor to submit it.\n"
                    + "# An empty answer cancels.\n#\n",
                "# 上に回答を書いてください。# で始まる行は無視されます。保存してエディタを閉じると回答になります。\n"
                    + "# 空のままなら取り消します。\n#\n") + lines + "\n"
    }

    func quizFollowUpHeader(_ number: Int, of count: Int) -> String {
        text("Follow-up question (\(number) of \(count))", "追加の質問（\(count) 個中 \(number) 番目）")
    }

    var followUpInstructions: String {
        text(
            "Answer as in an interview: type and finish with an empty line, or press Enter to answer aloud. e editor · s skip · q quit",
            "面接のように答えてください。入力して空行で終えるか、口頭なら何も入力せずに Enter。e エディタ · s スキップ · q 終了")
    }

    var followUpExpected: String { text("Expected answer", "想定される回答") }

    /// The heading over the key points a follow-up probes.
    func followUpProbes(_ count: Int) -> String {
        text(count == 1 ? "This follow-up probes key point:" : "This follow-up probes key points:", "この追加質問が確かめるポイント：")
    }

    /// Under a follow-up in `show` and `pick --rubric`: the key points it probes.
    func probesKeyPoints(_ numbers: [Int]) -> String {
        let list = numbers.map(String.init).joined(separator: ", ")
        return text(numbers.count == 1 ? "probes key point \(list)" : "probes key points \(list)", "確かめるポイント: \(list)")
    }

    /// After a probed key point that the answer to the question had just missed (with its leading space in English).
    var missedJustNow: String { text(" (missed just now)", "（今回押さえられなかった点）") }

    /// Said of a follow-up that probes no key point.
    var followUpBeyondKeyPoints: String {
        text(
            "This follow-up goes beyond the key points: depth the rubric does not grade.",
            "この追加質問は、ポイントの範囲を超えた深さを確かめるものです。")
    }

    var judgementPrompt: String {
        text(
            "Did you answer it well? y yes · n no · s skip · q quit",
            "うまく答えられましたか？ y はい · n いいえ · s スキップ · q 終了")
    }

    var invalidJudgement: String {
        text("Type y or n (or s to skip, q to quit).", "y か n を入力してください（s でスキップ、q で終了）。")
    }

    func followUpJudged(answeredWell: Bool, isSaved: Bool) -> String {
        let verdict =
            answeredWell
            ? text("answered well", "よく答えられた")
            : text("to practise again; it comes back in a later session", "要復習（後のセッションでもう一度出題します）")
        return isSaved
            ? text("Saved: \(verdict).", "保存しました: \(verdict)")
            : text("Noted: \(verdict) (not saved).", "記録: \(verdict)（保存なし）")
    }

    var followUpSkipped: String { text("Follow-up skipped.", "追加の質問をスキップしました。") }

    var followUpHelp: String {
        text(
            """
            Answer the follow-up as you would in an interview, over as many lines as you like; an empty line ends it \
            and shows the expected answer. Press Enter at once to answer aloud. On the first line: e opens your \
            editor, s skips the follow-up, q ends the quiz.
            """,
            """
            面接と同じように追加の質問に答えてください。何行でも入力でき、空行で終えると想定される回答を表示します。\
            口頭で答える場合はすぐに Enter。1 行目に e でエディタ、s でスキップ、q で終了します。
            """)
    }

    var judgementHelp: String {
        text(
            "y: you answered it well. n: you did not; it is asked again in a later session. s skips, q ends the quiz.",
            "y: よく答えられた。n: 答えられなかった（後のセッションでもう一度出題）。s でスキップ、q で終了します。")
    }
}

// MARK: - Past attempts

extension UIStrings {
    func pastAttempts(_ count: Int) -> String {
        text(count == 1 ? "Your attempts (1)" : "Your attempts (\(count))", "これまでの回答（\(count) 回）")
    }

    var noAttemptsYet: String { text("You have not answered this question yet.", "この問題にはまだ回答していません。") }
    var nothingTyped: String { text("(answered aloud, or the text was not kept)", "（口頭で回答、または本文は保存されていません）") }

    var followUpsAsked: String { text("Follow-ups asked", "出題された追加の質問") }
    var answeredWellMark: String { text("answered well", "よく答えられた") }
    var answeredBadlyMark: String { text("not answered well", "答えられなかった") }

    func followUpsAnsweredWell(_ well: Int, of asked: Int) -> String {
        text(
            "Follow-ups answered well: \(well) of \(asked) (\(percent(asked > 0 ? Double(well) / Double(asked) : 0)))",
            "よく答えられた追加の質問: \(asked) 問中 \(well) 問（\(percent(asked > 0 ? Double(well) / Double(asked) : 0))）")
    }
}
