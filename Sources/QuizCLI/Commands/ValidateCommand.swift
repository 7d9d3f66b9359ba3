import QuizKit
import QuizStore

/// `dlquiz validate <file>`: checks a deck file without starting a quiz.
struct ValidateCommand: ParsableCommand {
    @Argument(
        help: "The deck file: JSON, or Markdown (.md, .markdown).",
        ja: "デッキのファイル（JSON、または Markdown の .md・.markdown）です。",
        completion: .file(extensions: ["json", "md", "markdown"]))
    var file: String

    @OptionGroup var language: LanguageOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "validate",
            abstract: "Check a deck file (JSON or Markdown) and report every problem with its line, column and path.",
            discussion: "Exits with status 0 when the deck can be used and 65 when it cannot.",
            japaneseAbstract: "デッキのファイル（JSON または Markdown）を検査し、問題をすべて行・列・パス付きで報告します。",
            japaneseDiscussion: "デッキが使えるときは終了ステータス 0、使えないときは 65 で終了します。")
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let path = file
        // A spreadsheet's CSV or an Anki export is imported, not used as a deck: read as JSON or Markdown it would
        // only give misleading problems, so the command that reads it in its own format is named instead.
        let lowercased = path.lowercased()
        if let format = [(".csv", "csv"), (".tsv", "csv"), (".apkg", "anki"), (".colpkg", "anki")]
            .first(where: { lowercased.hasSuffix($0.0) })?.1
        {
            throw DeckErrors.importNotDeck(path: path, format: format)
        }
        let deck = try DeckSource.load(path: path)
        let topics = deck.topics.count
        let presentation = Presentation(context, language: language, color: color)
        let strings = presentation.strings
        context.output.line(
            presentation.style.green(strings.okPrefix)
                + strings.validDeck(
                    path: StoreError.shown(path), id: deck.id, questions: deck.questions.count, topics: topics,
                    languages: deck.languages))
        return 0
    }
}
