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
        text("u undo · s skip · q quit · ? help", "u 取り消し · s スキップ · q 終了 · ? ヘルプ")
    }

    var modelAnswer: String { text("Model answer", "模範解答") }
    var details: String { text("Details", "詳しい解説") }
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
    var directGradePrompt: String {
        text(
            "How well did you know it? 1 Again · 2 Hard · 3 Good · 4 Easy · u undo · s skip · q quit",
            "どのくらい答えられましたか？ 1 もう一度 · 2 難しい · 3 正解 · 4 簡単 · u 取り消し · s スキップ · q 終了")
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

    var nothingToUndo: String { text("Nothing to undo yet.", "取り消せる評価はまだありません。") }

    var answerHelp: String {
        text(
            """
            Type your answer over as many lines as you like; an empty line ends it and shows the model answer.
            Press Enter straight away to reveal the answer without typing (to answer aloud).
            On the first line: u undoes the last grade, s skips this question, q ends the quiz. Ctrl-D also ends it.
            """,
            """
            回答は何行でも入力できます。空行で入力を終えると模範解答を表示します。
            声に出して答える場合は、何も入力せずに Enter を押してください。
            1 行目に u と入力すると直前の評価を取り消し、s でこの問題をスキップ、q でクイズを終了します。Ctrl-D でも終了します。
            """)
    }

    var pointsHelp: String {
        text(
            """
            Type the numbers of the key points your answer covered: 1 3 4, 1,3,4 or 2-4. all means every point, none \
            means no point. u undoes the last grade, s skips, q ends the quiz.
            """,
            """
            回答で押さえられたポイントの番号を入力します（1 3 4、1,3,4、2-4 など）。all はすべて、none は一つもない場合です。\
            u で直前の評価を取り消し、s でスキップ、q で終了します。
            """)
    }

    var gradeHelp: String {
        text(
            """
            Enter accepts the proposed grade. 1 (a) Again: you could not answer. 2 (h) Hard: you answered with gaps. \
            3 (g) Good: you answered well. 4 (e) Easy: you answered fully and at once. Questions you grade lower come \
            back sooner. u undoes the last grade, s skips, q ends the quiz.
            """,
            """
            Enter で提案どおりに決定します。1 (a) もう一度: 答えられなかった。2 (h) 難しい: 答えたが抜けがあった。\
            3 (g) 正解: よく答えられた。4 (e) 簡単: すぐに漏れなく答えられた。評価が低い問題ほど早く再出題されます。\
            u で直前の評価を取り消し、s でスキップ、q で終了します。
            """)
    }

    var interrupted: String { text("Interrupted.", "中断しました。") }
}
