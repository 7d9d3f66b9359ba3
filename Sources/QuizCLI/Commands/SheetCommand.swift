import QuizKit

/// `dlquiz sheet`: a study sheet to read or print, as text, Markdown or HTML.
struct SheetCommand: ParsableCommand {
    @Option(
        help: "text, markdown or html. Without it, --output's extension chooses (.txt, .md, .html), else text.",
        ja: "text、markdown、html のいずれかです。省略すると --output の拡張子（.txt、.md、.html）で決まり、それもなければ text です。")
    var format: Format?

    @Option(
        name: .shortAndLong, valueName: "file",
        help: "Write the sheet to this file (an existing one only with --force) instead of standard output.",
        ja: "標準出力の代わりに、このファイルへシートを書き出します（既存のファイルは --force を付けたときだけ置き換えます）。", completion: .file(extensions: []))
    var output: String?

    @Option(
        valueName: "n", help: "The width of a text sheet in columns, 40 to 200.", ja: "テキストのシートの幅（40〜200 桁）です。",
        completion: .freeText, parse: .integer(40...200))
    var width: Int?

    @OptionGroup var selection: SelectionOptions

    @Option(
        valueName: "which", help: "Only weak questions (last score below 70%) or unseen ones.",
        ja: "苦手な質問（前回のスコアが 70% 未満、weak）か、未回答の質問（unseen）だけにします。")
    var only: StudyFocus?

    @Flag(help: "Leave out answers, key points, follow-ups and references.", ja: "答え、ポイント、追加質問、参考文献を省きます。")
    var questionsOnly = false

    @Flag(
        help: "In HTML, fold each answer with its key points, to open with a click.",
        ja: "HTML で、答えとポイントを折りたたみ、クリックで開くようにします。")
    var foldAnswers = false

    @OptionGroup var replacing: ReplaceOptions
    @OptionGroup var deck: DeckOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var color: ColorOptions
    @OptionGroup var pager: PagerOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "sheet",
            abstract: "Print a study sheet: the questions with their answers, as text, Markdown or printable HTML.",
            discussion: """
                Each question comes with its model answer, its key points as boxes to tick, its follow-up questions \
                and its references; --questions-only leaves all of them out, for a mock-interview handout.

                - text: wrapped to --width (default: the terminal's width on a terminal, else 80).
                - markdown: CommonMark for GitHub, with a table of contents and the key points as task lists.
                - html: one self-contained page (no scripts, nothing fetched) that prints well on A4 and Letter; \
                --fold-answers hides each answer until clicked.

                --only weak keeps the questions whose last score (the share of key points you covered) was below 70%; \
                --only unseen keeps those never answered. Both read the progress file.
                """,
            japaneseAbstract: "学習シートを出力します: 質問と答えを、テキスト、Markdown、印刷向けの HTML で。",
            japaneseDiscussion: """
                各質問には、模範解答、チェック欄付きのポイント、追加質問、参考文献が付きます。--questions-only を付けると\
                それらをすべて省き、模擬面接の配布資料になります。

                - text: --width で折り返します（既定値はターミナルではその幅、それ以外では 80）。
                - markdown: GitHub 向けの CommonMark で、目次を付け、ポイントをタスクリストにします。
                - html: 1 ページで完結し（スクリプトなし、外部の読み込みなし）、A4 でもレターでもきれいに印刷できます。\
                --fold-answers を付けると、答えはクリックするまで隠れます。

                --only weak は前回のスコア（押さえたポイントの割合）が 70% 未満だった質問を、--only unseen は一度も\
                答えていない質問を残します。どちらも記録ファイルを読みます。
                """,
        )
    }

    /// `--format`, else the one `--output`'s extension names, else text.
    var resolvedFormat: Format {
        format ?? Format(fileName: output) ?? .text
    }

    func validate() throws(UsageError) {
        let format = resolvedFormat
        if format != .text, width != nil {
            throw UsageError(.onlyForFormat(option: "--width <n>", format: "text"))
        }
        if format != .html, foldAnswers {
            throw UsageError(.onlyForFormat(option: "--fold-answers", format: "html"))
        }
    }

    func run(_ context: CommandContext) throws -> Int32 {
        // Only a text sheet on the terminal is paged: Markdown and HTML are for files and other programs.
        var toTerminalAsText = resolvedFormat == .text
        if case .file = DocumentDestination(option: output) { toTerminalAsText = false }
        return try context.paging(noPager: pager.noPager || !toTerminalAsText) { context in try page(context) }
    }

    /// The command's output, written to `context` (a buffer when it goes through the pager).
    private func page(_ context: CommandContext) throws -> Int32 {
        let destination = DocumentDestination(option: output)
        let width = width ?? Self.defaultWidth(context, destination: destination)
        let deck = try self.deck.load(context)
        let presentation = Presentation(context, language: language, color: color, deck: deck)
        let language = presentation.deckLanguage
        let filter = selection.filter
        var questions = try filter.apply(to: deck)
        if let only {
            let histories = try context.loadHistory(path: progress.path(context), strings: presentation.strings)
                .questionHistories(forDeck: deck.id)
            questions = only.filter(questions, histories: histories)
            if questions.isEmpty { throw QuizError.noMatchingQuestions(filter, focus: only) }
        }
        let sheet = StudySheet(
            deck: deck, questions: questions, language: language, labels: presentation.strings.sheetLabels,
            showsAnswers: !questionsOnly)
        let renderer = resolvedFormat.renderer(width: width, foldsAnswers: foldAnswers)
        let inputs = self.deck.inputPaths(context) + [progress.path(context)]
        try context.deliverDocument(
            to: destination, questions: questions.count, strings: presentation.strings, inputs: inputs,
            replacing: replacing
        ) { renderer.render(sheet) }
        return 0
    }

    /// The terminal's width (40 to 200) when the sheet goes to a terminal, else 80.
    private static func defaultWidth(_ context: CommandContext, destination: DocumentDestination) -> Int {
        guard case .standardOutput = destination, context.terminal.isOutputTerminal else { return 80 }
        return Presentation.columns(environment: context.environment, terminal: context.terminal, in: 40...200)
    }

}

extension SheetCommand {
    /// The formats, each with its renderer.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, markdown, html

        /// The format a file name asks for: `.txt`, `.md` or `.markdown`, `.html` or `.htm`.
        init?(fileName: String?) {
            switch DocumentDestination.fileExtension(fileName) {
            case "txt", "text": self = .text
            case "md", "markdown": self = .markdown
            case "html", "htm": self = .html
            default: return nil
            }
        }

        /// The renderer; `width` applies to text, `foldsAnswers` to HTML.
        func renderer(width: Int, foldsAnswers: Bool) -> any SheetRenderer {
            switch self {
            case .text: TextSheetRenderer(width: width)
            case .markdown: MarkdownSheetRenderer()
            case .html: HTMLSheetRenderer(foldsAnswers: foldsAnswers)
            }
        }
    }
}
