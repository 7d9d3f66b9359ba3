import FoundationEssentials
import QuizKit
import QuizStore

/// `dlquiz quiz`: the interactive quiz.
struct QuizCommand: ParsableCommand {
    @Option(
        help:
            "random, sequential, due (due questions first, most at risk first, then new ones) or weakest (lowest mean coverage first).",
        ja: "random、sequential、due（復習時期の質問を忘れそうな順に、次に新しい質問）、weakest（平均カバー率の低い順）のいずれかです。",
        defaultValue: "random")
    var order: QuizOrder?

    @Option(
        valueName: "date",
        help:
            "Practise what would not be ready on this day (2026-12-04, fri, tomorrow, +3): the questions due by then or below 90% predicted recall then, lowest first, then new ones.",
        ja:
            "この日（2026-12-04、fri、tomorrow、+3 など）に準備が整っていない質問を練習します: その日までに復習時期が来るか、その日の予測定着度が 90% 未満の質問を低い順に、続けて未回答の質問です。",
        completion: .freeText)
    var until: String?

    @Option(
        name: [.customShort("n"), .long], valueName: "n", help: "Ask at most this many questions.",
        ja: "出題する質問の数の上限です。", completion: .freeText, parse: .integer(1...))
    var count: Int?

    @OptionGroup var selection: SelectionOptions
    @OptionGroup var seed: SeedOptions
    @OptionGroup var deck: DeckOptions
    @OptionGroup var language: LanguageOptions

    @Flag(
        help:
            "Practise the bundled deck and every deck in your library ('dlquiz decks' lists them) in one session; each answer is saved under its own deck.",
        ja: "同梱のデッキと、ライブラリのすべてのデッキ（'dlquiz decks' で一覧できます）を 1 回のセッションで練習します。回答はそれぞれのデッキの記録として保存します。")
    var allDecks = false

    @Flag(
        help: "Time each answer against the question's suggested minutes; the time is shown and saved.",
        ja: "質問ごとの目安の時間に対して、回答の時間を計ります。時間は表示され、保存されます。")
    var timed = false

    @Option(
        valueName: "m", help: "Timed, with the same limit of m minutes (such as 2 or 1.5) for every question.",
        ja: "すべての質問に同じ m 分（2 や 1.5 など）の制限を設けて時間を計ります。", completion: .freeText, parse: .minutes)
    var minutes: Double?

    @Flag(help: "Practise without recording anything in the progress file.", ja: "記録ファイルに何も残さずに練習します。")
    var noSave = false

    @Flag(help: "Save grades without the text of the typed answers.", ja: "評価だけを保存し、入力した回答の文章は残しません。")
    var noKeepText = false

    @Flag(
        help: "After each grade, ask one of the question's follow-ups and record whether it was answered well.",
        ja: "評価のあとに追加質問を1つ出し、うまく答えられたかを記録します。")
    var followUps = false

    @OptionGroup var progress: WrittenProgressOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "quiz",
            abstract: "Practise: answer a question, compare with the model answer, grade yourself.",
            discussion: """
                For each question, dlquiz waits at one prompt after another; at each, these keys work:

                - Answer: type it over as many lines as you like and end with an empty line, or press Enter at once to \
                answer aloud. On the first line, e opens $VISUAL or $EDITOR for a long answer, u undoes the previous \
                grade, s skips the question, q ends the quiz, ? explains. A pasted answer stays one answer, blank lines \
                and all. Ctrl-D after typing submits what was typed; Ctrl-D on an empty line ends the quiz.
                - Key points: the model answer and its numbered key points appear, with what you typed above them. Type \
                the numbers you covered (1 3 4, 1,3 or 2-4), all, or none (or 0). After a typed answer, the points \
                dlquiz found in it are marked +, each with the phrase that supports it, and Enter accepts them; numbers, \
                all or none choose instead. d shows the details (worked examples and numbers); u, s, q and ? as above.
                - Grade: dlquiz proposes a grade from the points covered, and shows when each grade would bring the \
                question back. Enter accepts it; 1-4 or a/h/g/e choose Again, Hard, Good or Easy; d, u, s, q and ? as \
                above. A question without key points (a flashcard) goes straight to the grade.
                - Follow-up (with --follow-ups): answer it as above (e, s, q, ?), read the expected answer, then type y \
                if you answered it well or n if not; s skips, q ends. Badly answered and never asked ones come first.

                Every grade is saved at once, with what you typed (not with --no-keep-text; 'dlquiz show ID --history' \
                lists it); Ctrl-D or Ctrl-C end the quiz keeping them all.

                Piped input answers each question with three lines: an empty line, the points (all, none or numbers), \
                and an empty line that accepts the grade. For example:

                $ printf '\\nall\\n\\n' | dlquiz quiz --count 1

                Timed practice (--timed, or --minutes m): the time taken is shown at the reveal, with how far over the \
                limit it went, and saved with the answer; going over lowers the proposed grade by one. On a terminal \
                the time left counts down in the terminal's title, which never disturbs the line you are typing.
                """,
            japaneseAbstract: "練習します: 質問に答え、模範解答と見比べて、自己採点します。",
            japaneseDiscussion: """
                質問ごとに、dlquiz は次のプロンプトを順に表示します。それぞれで使えるキーは次のとおりです:

                - 回答: 何行でも入力でき、空行で終えます。声に出して答えるときは、すぐに Enter を押します。1 行目に e \
                と入力すると $VISUAL か $EDITOR で長い回答を書けます。u で直前の評価を取り消し、s でこの質問をスキップ、\
                q でクイズを終了、? で説明を表示します。貼り付けた回答は空行を含んでいても 1 つの回答です。入力後の \
                Ctrl-D はそこまでを回答として送信し、空の行での Ctrl-D はクイズを終了します。
                - ポイント: 模範解答と番号付きのポイントが、入力した回答とともに表示されます。押さえた番号（1 3 4、\
                1,3、2-4）、all、none（または 0）のいずれかを入力します。入力した回答からは、読み取ったポイントに + \
                を付け、根拠となる語句を添えて示します。Enter でそのとおりに決定し、番号、all、none で選び直せます。\
                d で詳しい解説（計算例や数値）を表示します。u、s、q、? は上と同じです。
                - 評価: dlquiz が押さえたポイントから評価を提案し、評価ごとに次に出題される時期を示します。Enter で\
                そのまま確定、1-4 または a/h/g/e で もう一度・難しい・正解・簡単 を選びます。d、u、s、q、? は上と同じ\
                です。ポイントのない質問（フラッシュカード）は、すぐに評価に進みます。
                - 追加質問（--follow-ups のとき）: 上と同じように答え（e、s、q、?）、想定される回答を読んでから、\
                よく答えられたら y、そうでなければ n を入力します。s でスキップ、q で終了します。うまく答えられなかった\
                追加質問と、まだ出していない追加質問から出題します。

                評価はその都度、入力した回答とともに保存されます（--no-keep-text のときは回答を残しません。\
                'dlquiz show ID --history' で一覧できます）。Ctrl-D や Ctrl-C で終えても、すべて残ります。

                パイプで入力するときは、1 問につき 3 行で答えます: 空行、ポイント（all、none または番号）、評価を確定する\
                空行です。例:

                $ printf '\\nall\\n\\n' | dlquiz quiz --count 1

                時間を計る練習（--timed または --minutes m）では、解答を表示するときにかかった時間と制限の超過分を示し、\
                回答と一緒に保存します。制限を超えると、提案する評価が 1 段階下がります。ターミナルでは残り時間を\
                タイトルに表示するので、入力中の行が乱れることはありません。
                """,
        )
    }

    func validate() throws(UsageError) {
        try progress.refuseStandardInput()
        if allDecks && deck.deck != nil {
            throw UsageError(.allDecksWithDeck)
        }
        if until != nil, let order, order != .due {
            throw UsageError(.untilWithOtherOrder)
        }
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let setup = try QuizSetup(self, context: context)
        switch try setup.chooseQuestions(context) {
        case .practise(let questions): return setup.runner(asking: questions, context: context).run(context)
        case .declined: return 0
        case .interrupted: return 130
        }
    }
}
