import FoundationEssentials
import QuizKit
import QuizStore

/// `dlquiz new FILE.md`: writes a short starter deck, with comments, to edit into your own.
struct NewCommand: ParsableCommand {
    @Argument(
        help: "The file to create, such as my-deck.md.", ja: "作成するファイルです（my-deck.md など）。",
        completion: .file(extensions: ["md", "markdown", "json"]))
    var file: String

    @OptionGroup var replacing: ReplaceOptions

    @OptionGroup var language: LanguageOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "new",
            abstract: "Write a short starter deck to edit into your own (Markdown, or JSON for a .json name).",
            discussion: """
                The starter has two questions, one with key points and one graded like a plain flashcard, and notes \
                on the format at the top, in the interface language (--lang ja writes a Japanese starter). The deck's \
                id comes from the file's name (ml-notes.md gives ml-notes; a name without Latin letters or digits gives \
                deck- and six hexadecimal digits), and each question's id starts with it, so two new decks never share \
                progress. It is valid as it is: 'dlquiz validate FILE', then 'dlquiz quiz --deck FILE'.
                """,
            japaneseAbstract: "自分のデッキに書き換えるための、短いひな形のデッキを書き出します（Markdown、名前が .json なら JSON）。",
            japaneseDiscussion: """
                ひな形には 2 問あり、1 問はポイント付き、もう 1 問はフラッシュカードのように直接評価する問題です。先頭には\
                形式の説明があります。文章は表示言語で書きます（--lang ja で日本語のひな形になります）。デッキの id は\
                ファイル名から作り（ml-notes.md なら ml-notes、ラテン文字も数字もない名前なら deck- と 16 進 6 桁）、各質問の \
                id もそれで始まるので、新しいデッキどうしで記録が混ざることはありません。そのままでも使えるデッキです: 'dlquiz validate FILE'、続けて \
                'dlquiz quiz --deck FILE' を試してください。
                """)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let destination = DocumentDestination(option: file)
        let strings = Presentation(context, language: language, color: color).strings
        // The deck id comes from the file's name, the notes' command names the file as written, and the texts are in
        // the interface language.
        var text = StarterDeck(path: file, strings: strings).markdown
        if DeckFormat(path: file) == .json {
            text = DeckFormat.json.write(try DeckFormat.markdown.read(bytes: Array(text.utf8), source: "starter"))
        }
        // `-` is standard output; a file is never replaced without --force, and then its old text is kept beside it.
        guard case .file = destination else {
            context.output.write(text)
            return 0
        }
        let saved = try AtomicFile.write(text, to: file, existing: replacing.existing(at: context.clock()))
        context.output.line(strings.wroteStarterDeck(StoreError.shown(file)))
        if let backup = saved.backup {
            context.output.line(strings.previousFileKept(StoreError.shown(context.displayPath(backup))))
        }
        return 0
    }
}
