import FoundationEssentials
import QuizKit
import QuizStore

/// The formats `dlquiz convert` reads: the two deck formats, and the two it imports.
enum ConvertSource: String, CaseIterable, ExpressibleByArgument {
    case json, markdown, anki, csv
}

/// `dlquiz convert IN OUT`: a deck from JSON to Markdown or back, without loss, or an Anki text export or a CSV file
/// imported as a deck.
struct ConvertCommand: ParsableCommand {
    @Argument(
        help: "The file to read, or - for standard input.", ja: "読み込むファイル、または標準入力を表す - です。",
        completion: .file(extensions: []))
    var input: String

    @Argument(
        help:
            "The deck file to write (an existing one only with --force), or - for standard output; none with --check.",
        ja: "書き出すデッキのファイル（既存のファイルは --force を付けたときだけ置き換えます）、または標準出力を表す - です。--check では指定しません。",
        completion: .file(extensions: ["json", "md", "markdown"]))
    var output: String?

    @Flag(
        help: "Only read and check the input in its format (see --from), reporting every problem; write nothing.",
        ja: "入力をその形式（--from を参照）で読んで検査し、問題をすべて報告するだけで、何も書き出しません。")
    var check = false

    @Option(
        valueName: "format", help: "The input's format: json, markdown, anki or csv.",
        ja: "入力の形式です（json、markdown、anki、csv のいずれか）。")
    var from: ConvertSource?

    @Option(valueName: "format", help: "The output's format: json or markdown.", ja: "出力の形式です（json または markdown）。")
    var to: DeckFormat?

    @Option(
        help: "Imports: the new deck's id (kebab-case). Defaults to the Anki deck's name, else the output file's name.",
        ja: "取り込み用: 新しいデッキの id（kebab-case）です。省略すると Anki のデッキ名、なければ出力ファイルの名前を使います。",
        completion: .freeText)
    var id: String?

    @Option(
        valueName: "code", help: "Imports: the language the notes are written in (en, ja, …). Defaults to en.",
        ja: "取り込み用: ノートが書かれている言語（en、ja など）です。省略すると en です。", completion: .freeText)
    var language: String?

    @OptionGroup var replacing: ReplaceOptions
    @OptionGroup var interfaceLanguage: LanguageOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "convert",
            abstract: "Convert a deck between JSON and Markdown, or import an Anki text export or a CSV file.",
            discussion: """
                The formats come from the file names (.json; .md or .markdown; .csv) or from --from and --to; a file \
                with another name is read as its first bytes suggest. An input or output of - is standard input or \
                output (a JSON deck is then written as Markdown and anything else as JSON, unless --to says). Converting \
                between JSON and Markdown loses nothing: converting back gives the same deck.

                Imports: --from anki reads an Anki "Notes in Plain Text" export, --from csv a spreadsheet's CSV with a \
                header row (question, answer, and optionally topic, key points, id, difficulty, minutes). Ids are \
                derived from Anki's note ids or from the question, so importing an updated file again keeps your \
                progress. For example:

                $ dlquiz convert notes.txt my-deck.md --from anki

                An existing OUT is replaced only with --force, which keeps the old file beside it as a backup; OUT is \
                never the input. --check reads the input as the conversion would and reports every problem, writing \
                nothing: 'dlquiz convert --check --from csv notes.csv'.
                """,
            japaneseAbstract: "デッキを JSON と Markdown の間で変換します。Anki のテキスト書き出しや CSV ファイルも取り込めます。",
            japaneseDiscussion: """
                形式はファイル名（.json、.md または .markdown、.csv）か、--from と --to で決まります。それ以外の名前の\
                ファイルは、先頭のバイトから形式を判断します。入力や出力に - を指定すると標準入力・標準出力を使います\
                （このとき --to の指定がなければ、JSON のデッキは Markdown で、それ以外は JSON で書き出します）。JSON と \
                Markdown の間の変換では何も失われず、元の形式に戻すと同じデッキになります。

                取り込み: --from anki は Anki の「Notes in Plain Text」形式の書き出しを、--from csv は見出し行のある\
                表計算ソフトの CSV（question、answer と、任意で topic、key points、id、difficulty、minutes）を読み込みます。\
                id は Anki のノート id か質問文から作るので、更新したファイルをもう一度取り込んでも記録は引き継がれます。\
                例:

                $ dlquiz convert notes.txt my-deck.md --from anki

                既存の OUT は --force を付けたときだけ置き換え、元のファイルはバックアップとして隣に残します。OUT に入力と\
                同じファイルは指定できません。--check は変換と同じように入力を読んで問題をすべて報告し、何も書き出しません: \
                'dlquiz convert --check --from csv notes.csv'。
                """)
    }

    func validate() throws(UsageError) {
        if check {
            // --check writes nothing, so what only concerns the output is refused rather than ignored.
            if let output { throw UsageError(.notWithCheck("<output> ('\(UntrustedText.echoed(output))')")) }
            if to != nil { throw UsageError(.notWithCheck("--to <format>")) }
            if replacing.force { throw UsageError(.notWithCheck("--force")) }
            return
        }
        guard let output else { throw UsageError(.missingArgument("<output>", choices: [])) }
        if to == nil && output != "-" && DeckFormat(path: output) == nil {
            throw UsageError(.unknownOutputFormat(path: output))
        }
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let (imported, source, sourceFormat) = try read(context)
        let deck = imported.deck
        let presentation = Presentation(context, language: interfaceLanguage, color: color)
        let isImport = sourceFormat == .anki || sourceFormat == .csv
        if imported.warningCount > 0 {
            context.errorOutput.line(
                presentation.strings.importWarnings(
                    source: source, imported.warnings, total: imported.warningCount, isImport: isImport))
        }
        guard let output, !check else {
            context.output.line(
                presentation.style.green(presentation.strings.okPrefix)
                    + presentation.strings.checkedDeck(
                        path: StoreError.shown(source), id: deck.id, questions: deck.questions.count,
                        topics: deck.topics.count, languages: deck.languages, isImport: isImport))
            return 0
        }
        let text = (to ?? DeckFormat(path: output) ?? (sourceFormat == .json ? .markdown : .json)).write(deck)
        // Never onto the input (by device and inode: `convert a.md ./a.md`, a hard link); an existing output only
        // with --force, keeping a backup beside it.
        try context.deliverDocument(
            to: DocumentDestination(option: output), questions: deck.questions.count, strings: presentation.strings,
            inputs: input == "-" ? [] : [input], replacing: replacing
        ) { text }
        return 0
    }

    /// The input read in its format (`--from`, else by its name and first bytes): the deck with what an import left
    /// out, the name errors give it, and the format. An import's problems advise a command that reads the input the
    /// same way (`validate` reads only decks).
    private func read(_ context: CommandContext) throws -> (DeckImport, source: String, format: ConvertSource) {
        if let id, !Deck.isValidIdentifier(id) { throw DeckErrors.invalidDeckID(id) }
        let bytes = input == "-" ? try Self.standardInput(context) : try DeckSource.bytes(path: input)
        let source = input == "-" ? "standard input" : input
        let sourceFormat = from ?? Self.format(of: input, bytes: bytes)
        if sourceFormat == .json || sourceFormat == .markdown,
            let option = id != nil ? "--id" : language != nil ? "--language" : nil
        {
            throw UsageError(.importOnlyOption(option, deckFormat: sourceFormat == .json ? "JSON" : "Markdown"))
        }
        do {
            let imported = try Self.deck(
                from: bytes, source: source, format: sourceFormat, id: id ?? defaultID, language: language)
            return (imported, source, sourceFormat)
        } catch {
            throw CommandFailure(
                error.words(checkCommand: checkCommand(format: sourceFormat)), status: error.isDataError ? 65 : 1)
        }
    }

    /// `dlquiz convert --check --from csv 'my notes.csv'`: reads the input again in `format`, writing nothing.
    func checkCommand(format: ConvertSource) -> String {
        "dlquiz convert --check --from \(format.rawValue) " + ShellQuoting.quoted(input)
    }

    // MARK: Reading

    /// The input's format: by its name (`.csv` is a CSV import; `.apkg` and `.colpkg` are Anki packages, which
    /// the Anki reader refuses with advice), else by its first bytes.
    static func format(of path: String, bytes: [UInt8]) -> ConvertSource {
        let lowercased = path.lowercased()
        if lowercased.hasSuffix(".csv") || lowercased.hasSuffix(".tsv") { return .csv }
        if lowercased.hasSuffix(".apkg") || lowercased.hasSuffix(".colpkg") { return .anki }
        return DeckFormat.of(path: path, bytes: bytes) == .json ? .json : .markdown
    }

    /// The deck in the input, with what an import left out or changed.
    static func deck(
        from bytes: [UInt8], source: String, format: ConvertSource, id: String?, language: String?
    ) throws(QuizError) -> DeckImport {
        switch format {
        case .json: DeckImport(deck: try DeckFormat.json.read(bytes: bytes, source: source))
        case .markdown: try DeckFormat.markdown.readWithNotes(bytes: bytes, source: source)
        case .anki: try AnkiTextImporter(deckID: id, language: language ?? "en").importDeck(from: bytes, source: source)
        case .csv:
            try CSVDeckImporter(deckID: id ?? "csv-import", language: language ?? "en").importDeck(
                from: bytes, source: source)
        }
    }

    /// For a CSV import without `--id`: the id `new` would give a deck of the output file's name (else of the
    /// input's), `Deck.identifier(forName:)`; nil for other formats (an Anki import takes its deck's name).
    var defaultID: String? {
        guard (from ?? (input.lowercased().hasSuffix(".csv") ? .csv : nil)) == .csv else { return nil }
        for path in [output, input].compactMap({ $0 }) where path != "-" {
            let name = DeckLibrary.stem(String(path.split(separator: "/").last ?? ""))
            if !name.isEmpty { return Deck.identifier(forName: name) }
        }
        return nil
    }

    /// Standard input's bytes, at most as many as a deck file may hold (64 MiB): `convert - OUT < /dev/zero` stops.
    ///
    /// - Throws: `StoreError` (`.tooLarge`) past the limit.
    static func standardInput(_ context: CommandContext) throws(StoreError) -> [UInt8] {
        guard let bytes = context.input.remainingBytes(limit: DeckSource.sizeLimit) else {
            throw StoreError(.read, path: "-", cause: .tooLarge(limit: DeckSource.sizeLimit))
        }
        return bytes
    }
}
