import FoundationEssentials
import QuizKit
import QuizStore

/// `dlquiz decks`: the bundled deck and the user's deck library, with question counts and progress on each.
struct DecksCommand: ParsableCommand {
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var output: JSONOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "decks",
            abstract: "List your decks: the bundled one and those in your deck library, with your progress on each.",
            discussion: """
            The library is the folder $XDG_DATA_HOME/dlquiz/decks (when that is an absolute path), else \
            ~/.local/share/dlquiz/decks: every .json, .md and .markdown file in it is a deck. Put files there with \
            'dlquiz decks add FILE'; choose one on any command with --deck and its id or file name \
            (--deck my-deck). 'quiz --order due --all-decks' practises what is due in every deck.
            """,
            japaneseAbstract: "自分のデッキを一覧します: 同梱のデッキとデッキライブラリのデッキを、それぞれの練習状況とともに表示します。",
            japaneseDiscussion: """
            ライブラリは $XDG_DATA_HOME/dlquiz/decks（絶対パスのとき）、それ以外は ~/.local/share/dlquiz/decks の\
            フォルダです。その中の .json、.md、.markdown のファイルがすべてデッキになります。ファイルは \
            'dlquiz decks add FILE' で追加します。どのコマンドでも --deck にデッキの id かファイル名を指定すると、\
            そのデッキを使えます（--deck my-deck）。'quiz --order due --all-decks' では、すべてのデッキから復習時期の\
            質問を練習します。
            """,
            subcommands: [DecksAddCommand.self],
            jsonKeys: """
            folder, decks (each id, title, languages, bundled, file, path, questions, answers, due, new), problems \
            (each file, path, problem).
            """,
            japaneseJSONKeys: """
            folder、decks（それぞれ id、title、languages、bundled、file、path、questions、answers、due、new）、problems\
            （それぞれ file、path、problem）。
            """)
    }

    /// One row of the listing: a usable deck with its progress, or a file that cannot be used.
    struct Row {
        var file: String?
        var path: String?
        var deck: Deck?
        var problem: (any Error)?
        var answers = 0
        var due = 0
        var new = 0
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let library = DeckLibrary(environment: context.environment)
        let presentation = Presentation(context, language: language, color: color)
        let history = try context.loadHistory(path: progress.path(context), strings: presentation.strings)
        let answers = Dictionary(history.deckSummaries().map { ($0.deck, $0.answers) }, uniquingKeysWith: +)
        var rows = [Row(deck: try DeckSource.bundled())]
        for entry in library.entries() {
            switch entry.deck {
            case .success(let deck): rows.append(Row(file: entry.fileName, path: entry.path, deck: deck))
            case .failure(let error):
                rows.append(Row(file: entry.fileName, path: entry.path, problem: error))
            }
        }
        for index in rows.indices {
            guard let deck = rows[index].deck else { continue }
            let plan = StudyPlanner.replayingInParallel(
                questions: deck.questions, histories: history.questionHistories(forDeck: deck.id), now: context.clock()
            ).duePlan()
            rows[index].answers = answers[deck.id] ?? 0
            rows[index].due = plan.due.count
            rows[index].new = plan.new.count
        }
        if output.json {
            context.printJSON(json(rows, folder: library.folder))
            return 0
        }
        context.output.write(listing(rows, folder: context.displayPath(library.folder), presentation: presentation).joined(separator: "\n") + "\n")
        return 0
    }

    /// Why a library file cannot be used, in one line (the store's and the domain's own words are English).
    static func problem(_ error: any Error, strings: UIStrings) -> String {
        switch error {
        case let error as QuizError:
            if case .invalidDeck(_, _, let total) = error { return strings.invalidLibraryDeck(problems: total) }
            return error.message
        case let error as StoreError: return error.reason
        default: return "\(error)"
        }
    }

    // MARK: Output

    /// The usable decks as a table that fits the width (ANSWERS, then QUESTIONS, then NEW give way; a long file
    /// name is cut), then the files that cannot be used and where the library is, wrapped.
    private func listing(_ rows: [Row], folder: String, presentation: Presentation) -> [String] {
        let strings = presentation.strings
        let style = presentation.style
        let decks = rows.filter { $0.deck != nil }
        func column(_ header: String, alignRight: Bool = true, drop: Int = 0, _ cell: (Row) -> String) -> ColumnTable.Column {
            ColumnTable.Column(header: header, cells: decks.map(cell), alignRight: alignRight, dropPriority: drop)
        }
        var file = column(strings.columnFile, alignRight: false) { TerminalText.sanitized($0.file ?? strings.bundledDeckFile) }
        file.isFlexible = true
        let table = ColumnTable(
            columns: [
                column(strings.columnDeck, alignRight: false) { ColumnTable.truncated(TerminalText.sanitized($0.deck?.id ?? ""), to: 20) },
                column(strings.columnQuestions, drop: 2) { "\($0.deck?.questions.count ?? 0)" },
                column(strings.columnAnswers, drop: 3) { "\($0.answers)" },
                column(strings.columnDue) { "\($0.due)" },
                column(strings.columnNew, drop: 1) { "\($0.new)" },
                file,
            ],
            flexibleMinimum: 12, decorateHeader: style.bold)
        var lines = table.lines(width: presentation.width)
        for row in rows {
            guard row.deck == nil, let problem = row.problem else { continue }
            let text = TerminalText.sanitized(row.file ?? "") + ": " + Self.problem(problem, strings: strings)
            lines += presentation.wrapped(text).map(style.yellow)
        }
        lines.append("")
        for sentence in strings.decksFooter(folder: folder) { lines += presentation.wrapped(sentence) }
        return lines
    }

    private func json(_ rows: [Row], folder: String) -> JSONValue {
        .object([
            ("folder", .string(folder)),
            ("decks", .array(rows.compactMap { row in
                guard let deck = row.deck else { return nil }
                return .object([
                    ("id", .string(deck.id)),
                    ("title", .string(deck.title.text(in: deck.languages.first ?? "en"))),
                    ("languages", .array(deck.languages.map(JSONValue.string))),
                    ("bundled", .bool(row.file == nil)),
                    ("file", row.file.map(JSONValue.string) ?? .null),
                    ("path", row.path.map(JSONValue.string) ?? .null),
                    ("questions", .int(deck.questions.count)),
                    ("answers", .int(row.answers)),
                    ("due", .int(row.due)),
                    ("new", .int(row.new)),
                ])
            })),
            ("problems", .array(rows.compactMap { row in
                guard row.deck == nil else { return nil }
                return .object([
                    ("file", .string(row.file ?? "")), ("path", .string(row.path ?? "")),
                    ("problem", .string(row.problem.map { Self.problem($0, strings: UIStrings(language: "en")) } ?? "")),
                ])
            })),
        ])
    }
}

/// `dlquiz decks add FILE`: checks a deck file and copies it into the library.
struct DecksAddCommand: ParsableCommand {
    @Argument(
        help: "The deck file: .json, .md or .markdown.", ja: "デッキのファイル（.json、.md、.markdown）です。",
        completion: .file(extensions: ["json", "md", "markdown"]))
    var file: String

    @Flag(
        help: "Replace a different deck of the library with the same file name or id.",
        ja: "ファイル名または id が同じ、ライブラリの別のデッキを置き換えます。")
    var force = false

    @OptionGroup var language: LanguageOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "add",
            abstract: "Check a deck file (JSON or Markdown) and copy it into your deck library.",
            discussion: """
            The copy keeps the file's name. A deck with the same file name or the same id already in the library \
            is left alone unless --force replaces it; adding the same file again changes nothing.
            """,
            japaneseAbstract: "デッキのファイル（JSON または Markdown）を検査し、デッキライブラリにコピーします。",
            japaneseDiscussion: """
            コピーは元のファイル名のままです。同じファイル名または同じ id のデッキがすでにライブラリにあるときは、\
            --force で置き換えない限りそのままにします。同じファイルをもう一度追加しても何も変わりません。
            """)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let bytes = try DeckSource.bytes(path: file)
        let format = DeckFormat.of(path: file, bytes: bytes)
        let deck = try format.read(bytes: bytes, source: file)
        let bundledID = try DeckSource.bundled().id
        if deck.id == bundledID {
            throw DeckErrors.bundledID(bundledID, file: file)
        }
        var name = String(file.split(separator: "/").last ?? "")
        if DeckFormat(path: name) == nil { name = DeckLibrary.stem(name) + "." + format.fileExtension }
        // The library lists only visible files: a name such as `..md` would be added and never seen again.
        if name.hasPrefix(".") { throw DeckErrors.hiddenLibraryName(name) }
        let library = DeckLibrary(environment: context.environment)
        let strings = Presentation(context, language: language, color: color).strings
        let questions = deck.questions.count
        switch try library.add(bytes: bytes, deck: deck, fileName: name, force: force, at: context.clock()) {
        case .added(let path):
            context.output.line(strings.addedDeck(id: deck.id, questions: questions, path: context.displayPath(path)))
        case .replaced(let path):
            context.output.line(strings.replacedDeck(id: deck.id, questions: questions, path: context.displayPath(path)))
        case .unchanged(let path):
            context.output.line(strings.unchangedDeck(id: deck.id, path: context.displayPath(path)))
        case .conflict(let path, let sameID):
            throw DeckErrors.libraryConflict(id: deck.id, name: name, sameID: sameID, path: context.displayPath(path))
        }
        return 0
    }
}
