import QuizKit

/// The interview console's words, its summary, and the scorecard document.
extension UIStrings {
    // MARK: Console

    func interviewBanner(candidate: String, questions: Int, minutes: Double) -> String {
        let who =
            candidate.isEmpty ? text("Interview", "面接") : text("Interview with \(candidate)", "面接: \(candidate) さん")
        return who
            + text(
                " · \(questions) question\(questions == 1 ? "" : "s") · \(suggestedTime(minutes)) suggested",
                " · \(questions) 問 · \(suggestedTime(minutes))")
    }

    func scorecardGoesTo(_ place: String) -> String {
        text(
            "The scorecard is saved to \(place) as you go; Ctrl-D or Ctrl-C end the interview and keep it.",
            "スコアカードは記録のたびに \(place) に保存します。Ctrl-D や Ctrl-C で終了しても残ります。")
    }

    /// The command reference shown at the start and by `?`, in aligned pairs.
    var interviewCommands: [(keys: String, meaning: String)] {
        [
            ("1 3  2-4", text("tick or untick key points (-2 unticks, all / none)", "ポイントをチェック／解除（-2 で解除、all / none）")),
            ("n text", text("add a note", "メモを追加")),
            (
                "a text",
                text(
                    "what the candidate said (or paste it): kept as a note; the key points it covers are suggested",
                    "候補者の発言（貼り付けも可）: メモとして残し、押さえたポイントを提案")
            ),
            ("f  f+  f-", text("show the next follow-up; mark it answered well, or not", "次の追加質問を表示、よく答えられた／答えられなかった")),
            ("Enter", text("next question (after the last, end)", "次の質問へ（最後の質問なら終了）")),
            ("b  s  t", text("back · skip (not asked) · time and state", "戻る · スキップ（出題しない） · 時間と記録")),
            ("q  ?", text("end the interview · help", "面接を終了 · ヘルプ")),
        ]
    }

    var interviewCommandsShort: String {
        text(
            "numbers tick · n note · a answer · f follow-up · Enter next · q end · ? help",
            "番号でチェック · n メモ · a 発言 · f 追加質問 · Enter 次へ · q 終了 · ? ヘルプ")
    }

    var interviewHelpDetails: String {
        text(
            """
            Numbers toggle: 3 ticks point 3, or unticks it when ticked; 1 4 and 2-4 do several. +3 always ticks and -3 \
            always unticks. Notes are kept as typed (n or /note, then the text). f2 shows follow-up 2 and f2+ marks it. \
            A question counts as asked once you move on from it or record something for it. What the candidate said, \
            typed after a or pasted (several lines at once), is kept as a note and read for the key points it covers: \
            they are marked + with the phrase that supports them, and the next Enter ticks them (the one after moves \
            on); numbers tick and untick as usual instead.
            """,
            """
            番号はチェックを切り替えます（3 でチェック、もう一度 3 で解除）。1 4 や 2-4 で複数まとめて指定できます。\
            +3 は必ずチェック、-3 は必ず解除します。メモは n または /note の後に入力した通りに残ります。f2 は追加質問 2 を表示し、\
            f2+ で評価します。次へ進むか何かを記録した質問が「出題済み」になります。候補者の発言を a の後に入力するか\
            （複数行をまとめて）貼り付けると、メモとして残し、押さえたポイントを読み取ります。該当するポイントには + と\
            根拠の語句を示し、次の Enter でチェックします（その次の Enter で次の質問へ進みます）。番号で自分で\
            チェック・解除することもできます。
            """)
    }

    var readAloud: String { text("Read aloud:", "読み上げる質問:") }
    var keyPointsToTick: String { text("Key points (type a number to tick it):", "ポイント（番号を入力してチェック）:") }

    func followUpsAvailable(_ count: Int) -> String {
        count == 0
            ? text("No follow-up questions.", "追加質問はありません。")
            : text(
                "\(count) follow-up question\(count == 1 ? "" : "s"): f shows the next.",
                "追加質問 \(count) 問: f で次を表示します。")
    }

    func followUpHeader(_ number: Int, of count: Int) -> String {
        text("Follow-up \(number) of \(count):", "追加質問 \(number) / \(count):")
    }

    var expectedAnswer: String { text("Expect:", "期待する答え:") }
    var markFollowUpHint: String { text("f+ answered well · f- not", "f+ よく答えられた · f- 答えられなかった") }

    func followUpMarked(_ number: Int, answeredWell: Bool) -> String {
        answeredWell
            ? text("Follow-up \(number): answered well.", "追加質問 \(number): よく答えられた。")
            : text("Follow-up \(number): not answered well.", "追加質問 \(number): 答えられなかった。")
    }

    var noFollowUpLeft: String {
        text("No follow-up left to show for this question.", "この質問で表示できる追加質問は残っていません。")
    }

    var noFollowUpShown: String {
        text("Show a follow-up with f first, then mark it with f+ or f-.", "先に f で追加質問を表示してから、f+ か f- で評価してください。")
    }

    func noteAdded(_ number: Int) -> String { text("Note \(number) added.", "メモ \(number) を追加しました。") }

    func leftQuestion(_ number: Int, covered: Int, of total: Int, seconds: Int) -> String {
        let share = percent(total > 0 ? Double(covered) / Double(total) : 0)
        return text(
            "Question \(number): \(covered) of \(total) key points (\(share)) in \(clock(seconds)).",
            "質問 \(number): \(total) 個中 \(covered) 個のポイント（\(share)）、\(clock(seconds))。")
    }

    func skippedQuestion(_ number: Int) -> String {
        text("Question \(number) skipped: it counts as not asked.", "質問 \(number) をスキップしました（出題しなかった扱い）。")
    }

    var atFirstQuestion: String { text("This is the first question.", "これが最初の質問です。") }

    func elapsedOfSuggested(_ elapsed: Int, suggested: Int) -> String {
        var line = "\(clock(elapsed)) / \(clock(suggested))"
        if elapsed > suggested { line += " (+\(clock(elapsed - suggested)))" }
        return line
    }

    func interviewState(notes: Int, followUpsShown: Int, of followUps: Int) -> String {
        text(
            "\(notes) note\(notes == 1 ? "" : "s") · follow-ups shown: \(followUpsShown) of \(followUps)",
            "メモ \(notes) 件 · 表示した追加質問: \(followUps) 問中 \(followUpsShown) 問")
    }

    func pointOutOfRange(_ token: String, pointCount: Int) -> String {
        text(
            "'\(token)': this question's key points are numbered 1 to \(pointCount).",
            "「\(token)」: この質問のポイントは 1〜\(pointCount) です。")
    }

    func followUpOutOfRange(_ number: Int, followUpCount: Int) -> String {
        followUpCount == 0
            ? text("This question has no follow-ups.", "この質問には追加質問がありません。")
            : text(
                "Follow-up \(number) does not exist: this question has \(followUpCount).",
                "追加質問 \(number) はありません（この質問には \(followUpCount) 問あります）。")
    }

    var emptyAnswer: String {
        text(
            "Type what the candidate said after a, as in: a it normalizes each feature",
            "a の後に候補者の発言を入力してください（例: a 特徴量ごとに正規化します）")
    }

    var emptyNote: String {
        text("Type the note after n, as in: n mentions momentum", "n の後にメモを入力してください（例: n モメンタムに言及）")
    }

    /// A line that is no command: what the candidate said needs its `a` (a paste of one line has no other sign).
    /// A line that ends its own sentence ("… instead.") is not given a second full stop.
    func notUnderstood(_ line: String) -> String {
        let stop = line.last.map { ".!?…".contains($0) } == true ? "" : "."
        return text(
            "Not understood: '\(line)'\(stop) Type a and what the candidate said, point numbers (1 3), n and a note, f, Enter for the next question, or ? for help.",
            "「\(line)」は解釈できません。a と候補者の発言、ポイント番号（1 3）、n とメモ、f、Enter（次へ）、? （ヘルプ）のいずれかを入力してください。")
    }

    func liveElapsed(_ elapsed: Int, suggested: Int) -> String {
        "dlquiz: \(clock(elapsed)) / \(clock(suggested))"
    }

    // MARK: Summary

    func interviewSummaryTitle(candidate: String) -> String {
        candidate.isEmpty
            ? text("Interview summary", "面接のまとめ") : text("Interview summary: \(candidate)", "面接のまとめ: \(candidate) さん")
    }

    var notAskedMark: String { text("not asked", "未出題") }

    func interviewTotal(score: Double, asked: Int, fraction: Double, seconds: Int) -> String {
        text(
            "Total: \(self.score(score)) / \(asked) (\(percent(fraction))) of the key points, in \(clock(seconds))",
            "合計: ポイント \(self.score(score)) / \(asked)（\(percent(fraction))）、時間 \(clock(seconds))")
    }

    func followUpsTotal(well: Int, asked: Int) -> String {
        text("Follow-ups answered well: \(well) of \(asked)", "よく答えられた追加質問: \(asked) 問中 \(well) 問")
    }

    var nothingAsked: String {
        text("No question was asked, so no scorecard was written.", "出題した質問がないため、スコアカードは保存していません。")
    }

    func scorecardSaved(_ path: String, alsoJSON: Bool) -> String {
        alsoJSON
            ? text("Scorecard: \(path) (and .json beside it)", "スコアカード: \(path)（.json も同じ場所）")
            : text("Scorecard: \(path)", "スコアカード: \(path)")
    }

    // MARK: Scorecard document

    func scorecardTitle(candidate: String) -> String {
        candidate.isEmpty
            ? text("Interview scorecard", "面接スコアカード")
            : text("Interview scorecard: \(candidate)", "面接スコアカード: \(candidate) さん")
    }

    var dateLabel: String { text("Date", "日時") }
    var keyPointsCoveredLabel: String { text("Key points covered", "カバーしたポイント") }
    var questionsLabel: String { text("Questions", "質問") }
    var followUpsWellLabel: String { text("Follow-ups answered well", "よく答えられた追加質問") }
    var timeOnQuestionsLabel: String { text("Time on questions", "質問にかけた時間") }
    var deckLabel: String { text("Deck", "デッキ") }

    /// `**68%** overall (2.7 of 4 questions)`, in Markdown.
    func overallCoverage(fraction: Double, score: Double, asked: Int) -> String {
        text(
            "**\(percent(fraction))** overall (\(self.score(score)) of \(asked) question\(asked == 1 ? "" : "s"))",
            "全体で **\(percent(fraction))**（\(asked) 問中 \(self.score(score)) 問分）")
    }

    func questionCounts(asked: Int, skipped: Int, notAsked: Int) -> String {
        var parts = [text("\(asked) asked", "出題 \(asked) 問")]
        if skipped > 0 { parts.append(text("\(skipped) skipped", "スキップ \(skipped) 問")) }
        if notAsked > 0 { parts.append(text("\(notAsked) not reached", "未到達 \(notAsked) 問")) }
        return parts.joined(separator: text(", ", "、"))
    }

    func countOf(_ count: Int, _ total: Int) -> String { text("\(count) of \(total)", "\(total) 問中 \(count) 問") }

    var summaryHeading: String { text("Summary", "概要") }
    var questionLabel: String { text("Question", "質問") }
    var topicLabel: String { text("Topic", "トピック") }
    var columnKeyPoints: String { text("Key points", "ポイント") }
    var columnTime: String { text("Time", "時間") }
    var columnFollowUpsWell: String { text("Follow-ups well", "追加質問（良）") }
    var columnLevel: String { text("Level", "難易度") }
    var totalLabel: String { text("Total", "合計") }
    var skippedStatus: String { text("skipped", "スキップ") }

    /// `theory · difficulty 1 of 3 · 2:31 taken, 3:00 suggested`; without `seconds`, only the suggestion.
    func questionMeta(topic: String, difficulty: Int, seconds: Int?, suggested: Int) -> String {
        guard let seconds else {
            return text(
                "\(topic) · difficulty \(difficulty) of 3 · \(clock(suggested)) suggested",
                "\(topic) · 難易度 \(difficulty)/3 · 目安 \(clock(suggested))")
        }
        return text(
            "\(topic) · difficulty \(difficulty) of 3 · \(clock(seconds)) taken, \(clock(suggested)) suggested",
            "\(topic) · 難易度 \(difficulty)/3 · 所要 \(clock(seconds))（目安 \(clock(suggested))）")
    }

    func keyPointsCovered(_ covered: Int, of total: Int, fraction: Double) -> String {
        text(
            "Key points covered: \(covered) of \(total) (\(percent(fraction)))",
            "カバーしたポイント: \(total) 個中 \(covered) 個（\(percent(fraction))）")
    }

    var followUpsLabel: String { text("Follow-ups", "追加質問") }
    var notesLabel: String { text("Notes", "メモ") }
    var skippedNotAsked: String { text("Skipped: not asked.", "スキップ（出題せず）。") }

    func followUpResult(_ result: InterviewRecord.FollowUpResult) -> String {
        switch result {
        case .answeredWell: text("✓ Answered well", "✓ よく答えられた")
        case .answeredPoorly: text("✗ Not answered well", "✗ 答えられなかった")
        case .asked: text("Asked, not marked", "出題（評価なし）")
        case .notAsked: text("Not asked", "未出題")
        }
    }

    func scorecardFooter(version: String, command: String, seed: UInt64?) -> String {
        let seedText = seed.map { text(" (picked with seed \($0))", "（シード \($0) で選択）") } ?? ""
        return text(
            "Written by dlquiz \(version). The same questions again\(seedText): \(command)",
            "dlquiz \(version) で作成。同じ質問でもう一度\(seedText): \(command)")
    }

    // MARK: Listing

    var columnDate: String { text("DATE", "日付") }
    var columnCandidate: String { text("CANDIDATE", "候補者") }
    var columnQuestions: String { text("QUESTIONS", "質問数") }
    var columnTotal: String { text("TOTAL", "合計") }
    var columnFile: String { text("FILE", "ファイル") }
    var unnamedCandidate: String { text("(unnamed)", "（名前なし）") }

    func noInterviews(_ folder: String) -> String {
        text("No interviews yet in \(folder).", "\(folder) に面接の記録はまだありません。")
    }

    func interviewsFooter(_ count: Int, folder: String) -> String {
        text(
            "\(count) interview\(count == 1 ? "" : "s") in \(folder).",
            "\(folder) に \(count) 件の面接記録があります。")
    }
}

/// Timed practice.
extension UIStrings {
    /// The terminal title while answering: `dlquiz: 2:35 left`, or `dlquiz: 0:12 over`.
    func countdown(_ remaining: Int) -> String {
        remaining >= 0
            ? text("dlquiz: \(clock(remaining)) left", "dlquiz: 残り \(clock(remaining))")
            : text("dlquiz: \(clock(-remaining)) over", "dlquiz: \(clock(-remaining)) 超過")
    }

    var countdownInTitle: String {
        text(
            "The time left counts down in the terminal's title; the time taken shows when you reveal the answer.",
            "残り時間はターミナルのタイトルに表示されます。回答を表示すると所要時間が出ます。")
    }
}

// MARK: - Errors

/// Why `interview --output FILE` cannot take the scorecard, refused before the interview starts.
enum ScorecardErrors {
    static func notARegularFile(_ path: String) -> CommandFailure {
        let path = UntrustedText.echoed(path)
        return CommandFailure(
            "Cannot write the scorecard to '\(path)': it is not a regular file, and the scorecard is rewritten after every line. Choose a file, or leave out --output to save it in the interviews folder.",
            "'\(path)' にはスコアカードを書き出せません: 通常のファイルではなく、スコアカードは1行ごとに書き直されるためです。ファイルを指定するか、--output を省いて面接フォルダに保存してください。")
    }

    static func folderNotWritable(_ path: String) -> CommandFailure {
        let path = UntrustedText.echoed(path)
        return CommandFailure(
            "Cannot write the scorecard to '\(path)': its folder does not exist or is not writable. Create it, or choose another --output.",
            "'\(path)' にスコアカードを書き出せません: フォルダがないか、書き込めません。フォルダを作るか、別の --output を指定してください。")
    }
}
