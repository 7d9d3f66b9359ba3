import FoundationEssentials
import QuizKit
import QuizStore

/// `dlquiz new FILE.md`: writes a short starter deck, with comments, to edit into your own.
struct NewCommand: ParsableCommand {
    @Argument(
        help: "The file to create, such as my-deck.md.", ja: "作成するファイルです（my-deck.md など）。",
        completion: .file(extensions: ["md", "markdown", "json"]))
    var file: String

    @Flag(help: "Replace the file if it exists.", ja: "ファイルがすでにあれば置き換えます。")
    var force = false

    @OptionGroup var language: LanguageOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "new",
            abstract: "Write a short starter deck to edit into your own (Markdown, or JSON for a .json name).",
            discussion: """
            The starter has two questions, one with key points and one graded like a plain flashcard, and notes \
            on the format at the top. It is valid as it is: 'dlquiz validate FILE', then 'dlquiz quiz --deck FILE'.
            """,
            japaneseAbstract: "自分のデッキに書き換えるための、短いひな形のデッキを書き出します（Markdown、名前が .json なら JSON）。",
            japaneseDiscussion: """
            ひな形には 2 問あり、1 問はポイント付き、もう 1 問はフラッシュカードのように直接評価する問題です。先頭には\
            形式の説明があります。そのままでも使えるデッキです: 'dlquiz validate FILE'、続けて \
            'dlquiz quiz --deck FILE' を試してください。
            """)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let destination = DocumentDestination(option: file)
        if case .file = destination, !force && FileManager.default.fileExists(atPath: file) {
            throw DeckErrors.fileExists(StoreError.shown(file))
        }
        // The notes name the file as it was written, so the command they suggest runs as it is.
        let name = String(file.split(separator: "/").last ?? "my-deck.md")
        var text = Self.starter.replacing("dlquiz validate my-deck.md", with: "dlquiz validate " + ShellQuoting.quoted(name))
        if DeckFormat(path: file) == .json {
            text = DeckFormat.json.write(try DeckFormat.markdown.read(bytes: Array(text.utf8), source: "starter"))
        }
        let strings = Presentation(context, language: language, color: color).strings
        // `-` is standard output; a file is never replaced without --force, and then its old text is kept beside it.
        guard case .file = destination else {
            context.output.write(text)
            return 0
        }
        let saved = try AtomicFile.write(text, to: file, existing: force ? .replaceKeepingBackup(at: context.clock()) : .refuse)
        context.output.line(strings.wroteStarterDeck(StoreError.shown(file)))
        if let backup = saved.backup { context.output.line(strings.previousFileKept(StoreError.shown(context.displayPath(backup)))) }
        return 0
    }

    /// The starter deck, in Markdown.
    static let starter = """
        ---
        id: my-deck
        title: My deck
        languages: [en]
        topics:
          basics: Basics
        ---

        # My deck

        Notes for you (dlquiz skips everything above the first "## " heading):

        - Each question starts with "## id (topic, difficulty 1 to 3, minutes)". The id is kebab-case and keeps your
          progress, so change the text freely but keep the id.
        - The question text follows the heading; "### Answer" holds the model answer (paragraphs and "- " lists).
        - "### Key points" lists up to 8 one-line points a good answer covers; you tick the ones you covered. Leave
          the section out and the question is a plain flashcard: you grade it directly (again, hard, good, easy).
        - Optional sections: "### Follow-ups" ("- Q: …" and an indented "A: …"), "### References", "### Details".
        - Check the file with: dlquiz validate my-deck.md

        ## what-is-overfitting (basics, difficulty 1, 2 min)

        What is overfitting, and how do you notice it?

        ### Answer

        The model learns the training data, noise included, instead of the pattern behind it.

        - Training loss keeps falling while validation loss rises.
        - More data, regularization and early stopping help.

        ### Key points

        - Fits noise in the training data
        - Training and validation loss diverge
        - Regularization, more data or early stopping

        ### Follow-ups

        - Q: What is the opposite problem called?
          A: Underfitting: the model is too simple to fit even the training data.

        ## learning-rate (basics, difficulty 1, 1 min)

        What does the learning rate control?

        ### Answer

        The size of each step the optimizer takes along the negative gradient.

        """
}
