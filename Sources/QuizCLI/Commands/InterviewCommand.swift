import FoundationEssentials
import QuizKit
import QuizStore

#if canImport(Glibc)
    import Glibc
#endif

/// `dlquiz interview`: a console for the person asking, and a scorecard at the end.
struct InterviewCommand: ParsableCommand {
    @Option(
        valueName: "name", help: "The candidate's name, for the scorecard and its file name.",
        ja: "候補者の名前です。スコアカードとそのファイル名に使います。", completion: .freeText)
    var candidate: String?

    @Option(
        name: [.customShort("n"), .long], valueName: "n", help: "How many questions to ask (with --ids, at most).",
        ja: "出題する質問の数です（--ids と併せたときは上限です）。", completion: .freeText,
        defaultValue: "\(PickingOptions.defaultCount)", parse: .integer(1...))
    var count: Int?

    @OptionGroup var picking: PickingOptions
    @OptionGroup var seed: SeedOptions
    @OptionGroup(adjusting: {
        $0.$ids.setHelp(
            "Ask these question ids, in this order, comma-separated (repeatable); instead of picking.",
            ja: "選ぶ代わりに、これらの id の質問をこの順に出題します。カンマ区切りで、繰り返し指定できます。")
    })
    var selection: SelectionOptions
    @OptionGroup var deck: DeckOptions
    @OptionGroup var language: LanguageOptions

    @Option(
        name: .shortAndLong, valueName: "file",
        help: "Write the scorecard to this file instead of the interviews folder.",
        ja: "面接フォルダの代わりに、このファイルへスコアカードを書き出します。", completion: .file(extensions: []))
    var output: String?

    @OptionGroup(adjusting: {
        $0.$json.setHelp(
            "With --output: write the scorecard as JSON rather than Markdown.",
            ja: "--output と併せて、スコアカードを Markdown ではなく JSON で書き出します。")
    })
    var format: JSONOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "interview",
            abstract: "Run an interview: read each question aloud, tick the key points you hear, keep a scorecard.",
            discussion: """
                For each question the console shows the question to read aloud, the suggested time, the time elapsed \
                (in the prompt, and in the terminal's title) and the numbered key points. While the candidate talks, type:

                - 3, 1 4 or 2-4 to tick key points (the same again unticks; -2 always unticks; all, none)
                - n and a note, as in: n mentions momentum (or /note ...)
                - f to show the next follow-up question, then f+ (answered well) or f- (not)
                - Enter to move on, b to go back, s to skip a question (not asked), t for the time and what is recorded
                - q to end, ? for help

                At the end it shows, per question, the share of key points covered, the time and the notes, and a \
                total. The scorecard is written as Markdown (to read and share) and JSON (for 'dlquiz interviews' and \
                --fresh) to $XDG_DATA_HOME/dlquiz/interviews/ (when that variable is an absolute path), else \
                ~/.local/share/dlquiz/interviews/, named after the date and the candidate: 2026-11-23-jane-doe.md. It \
                is saved after every line, atomically, so Ctrl-D, Ctrl-C or a closed terminal keep what was recorded. \
                Your own practice progress is never read or written.

                The questions are chosen as 'dlquiz pick' chooses them: the same options and --seed give the same set.
                """,
            japaneseAbstract: "面接を進めます: 質問を読み上げ、聞き取れたポイントにチェックを付け、スコアカードを残します。",
            japaneseDiscussion: """
                質問ごとに、読み上げる質問、目安の時間、経過時間（プロンプトとターミナルのタイトルに表示）、番号付きの\
                ポイントを表示します。候補者が話している間に、次のように入力します:

                - 3、1 4、2-4 でポイントにチェック（同じ番号をもう一度入力すると外れます。-2 は常に外します。all、none も使えます）
                - n とメモ（例: n モメンタムに言及）、または /note ...
                - f で次の追加質問を表示し、続けて f+（よく答えられた）または f-（答えられなかった）
                - Enter で次へ、b で前へ、s で質問をスキップ（出題しなかった扱い）、t で時間と記録内容を表示
                - q で終了、? でヘルプ

                最後に、質問ごとにカバーしたポイントの割合・時間・メモと、合計を表示します。スコアカードは Markdown\
                （読む・共有する用）と JSON（'dlquiz interviews' と --fresh 用）で、$XDG_DATA_HOME/dlquiz/interviews/\
                （この変数が絶対パスのとき）、なければ ~/.local/share/dlquiz/interviews/ に、日付と候補者名を付けた名前\
                （2026-11-23-jane-doe.md など）で保存します。1 行入力するたびにアトミックに保存するので、Ctrl-D や \
                Ctrl-C で終えても、ターミナルを閉じても、記録した内容は残ります。あなた自身の練習の記録を読んだり\
                書いたりすることはありません。

                質問は 'dlquiz pick' と同じ方法で選びます。同じオプションと --seed なら同じ組み合わせになります。
                """,
            jsonKeys: """
                The JSON scorecard (--output FILE --json, and in the interviews folder): v (1), type (scorecard), \
                candidate, date (local), started and ended (ISO 8601, UTC), utcOffset (seconds), deck, deckTitle, language, seed \
                (a string of digits, or null with --ids), questions (each id, topic, topicName, difficulty, suggestedSeconds, \
                question, status: asked, skipped or not-asked, seconds, coverage: 0 to 1, keyPoints each with text and covered, \
                followUps each with question and result: not-asked, asked, answered-well or answered-poorly, notes), total \
                (asked, score, fraction, seconds, followUpsAsked, followUpsAnsweredWell).
                """,
            japaneseJSONKeys: """
                JSON のスコアカード（--output FILE --json、および面接フォルダ内）: v（1）、type（scorecard）、candidate、date\
                （現地の日付）、started と ended（ISO 8601、UTC）、utcOffset（秒）、deck、deckTitle、language、seed（数字の\
                文字列。--ids のときは null）、questions（それぞれ id、topic、topicName、difficulty、suggestedSeconds、question、\
                status: asked・skipped・not-asked、seconds、coverage: 0〜1、text と covered を持つ keyPoints、question と \
                result: not-asked・asked・answered-well・answered-poorly を持つ followUps、notes）、total（asked、score、\
                fraction、seconds、followUpsAsked、followUpsAnsweredWell）。
                """)
    }

    func validate() throws(UsageError) {
        if format.json && output == nil {
            throw UsageError(.jsonWithoutOutput)
        }
        try selection.validateIDsStandAlone(picking: picking, seed: seed)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let deck = try self.deck.load(context)
        let presentation = Presentation(context, language: language, color: color, deck: deck)
        let (questions, seed) = try chooseQuestions(context, deck: deck, strings: presentation.strings)
        let candidate = Scorecard.cleanedName(self.candidate ?? "")
        let (destination, place) = try scorecardDestination(context)
        let recorder = makeRecorder(
            context, destination: destination, questions: questions, deck: deck, seed: seed, candidate: candidate,
            presentation: presentation)
        let screen = InterviewScreen(
            presenter: QuestionPresenter(presentation: presentation, deck: deck), questions: questions,
            candidate: candidate)
        context.output.write(screen.banner(scorecardPlace: place, seed: seed))
        let mode = InterviewMode(context: context, screen: screen, recorder: recorder)
        // Bracketed paste on a terminal, so a pasted answer of several lines arrives as one (what the candidate said),
        // never as lines read one by one as commands; switched off on every way out.
        let terminalMode = TerminalMode.make(for: context)
        terminalMode?.enable()
        defer { terminalMode?.restore() }
        return PromptLoop(
            context: context, style: presentation.style, mode: mode, liveTitle: LiveTitle.make(for: context)
        )
        .run(InterviewSession(questions: questions, suggestionLanguage: presentation.deckLanguage))
    }

    /// What saves the scorecard after every line: to `destination`, in the deck's text language, the interview
    /// starting now.
    private func makeRecorder(
        _ context: CommandContext, destination: ScorecardRecorder.Destination, questions: [Question], deck: Deck,
        seed: UInt64?, candidate: String, presentation: Presentation
    ) -> ScorecardRecorder {
        let language = presentation.deckLanguage
        let started = context.clock()
        let utcOffset = context.utcOffset(started)
        let recorder = ScorecardRecorder(
            destination: destination,
            makeScorecard: { summary, time in
                Scorecard(
                    summary: summary, questions: questions, deck: deck, language: language, candidate: candidate,
                    started: started, ended: time, utcOffset: utcOffset, seed: seed)
            },
            renderMarkdown: ScorecardMarkdownRenderer(
                strings: presentation.strings, version: DLQuizCLI.version, deckArgument: self.deck.deck
            ).render)
        recorder.inputs = self.deck.inputPaths(context)
        return recorder
    }

    /// The questions to ask: `--ids` as given, else picked as `dlquiz pick` picks them (with the seed used).
    private func chooseQuestions(
        _ context: CommandContext, deck: Deck, strings: UIStrings
    ) throws -> ([Question], seed: UInt64?) {
        guard selection.ids.isEmpty else {
            let questions = try QuestionFilter(ids: selection.ids).apply(to: deck)
            return (count.map { Array(questions.prefix($0)) } ?? questions, nil)
        }
        let seed = self.seed.seed ?? context.makeSeed()
        let candidates = try selection.pickingFilter.apply(to: deck)
        let questions = InterviewPicking(context: context, deck: deck, strings: strings).choose(
            count ?? PickingOptions.defaultCount, from: candidates, seed: seed, isBalanced: picking.balanced,
            freshInterviews: picking.fresh)
        return (questions, seed)
    }

    /// `--output FILE`, else the interviews folder; and how the banner names it. A folder that cannot take the file
    /// is refused now, not after the interview.
    private func scorecardDestination(_ context: CommandContext) throws -> (ScorecardRecorder.Destination, String) {
        if let output {
            // The scorecard is rewritten after every line: only a regular file (or a link to one) can take that.
            if DocumentDestination.standardOutputNames.contains(output) || AtomicFile.specialFileKind(at: output) != nil
            {
                throw ScorecardErrors.notARegularFile(output)
            }
            guard access(AtomicFile.parentFolder(of: output), W_OK) == 0 else {
                throw ScorecardErrors.folderNotWritable(output)
            }
            return (.file(path: output, isJSON: format.json), context.displayPath(output))
        }
        let folder = InterviewsLocation.folder(environment: context.environment)
        return (.folder(ScorecardStore(folder: folder)), context.displayPath(folder) + "/")
    }
}
