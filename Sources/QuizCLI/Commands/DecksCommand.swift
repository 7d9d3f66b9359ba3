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
                folder, decks (each id, title, languages, bundled, file, path, source, linked, stale, questions, answers, \
                due, new), problems \
                (each file, path, problem).
                """,
            japaneseJSONKeys: """
                folder、decks（それぞれ id、title、languages、bundled、file、path、source、linked、stale、questions、answers、\
                due、new）、problems\
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
        /// Where a library file came from, when recorded (`DeckSources`).
        var origin: DeckSources.Origin?
        /// Whether it is a copy older than its source.
        var isStale = false
        /// The source as messages show it (`~` for the home folder, controls shown).
        var shownSource: String?
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let library = DeckLibrary(environment: context.environment)
        let presentation = Presentation(context, language: language, color: color)
        let history = try context.loadHistory(path: progress.path(context), strings: presentation.strings)
        let rows = try Self.rows(library, history: history, now: context.clock(), shown: context.displayPath)
        if output.json {
            context.printJSON(json(rows, folder: library.folder))
            return 0
        }
        let lines = listing(rows, folder: context.displayPath(library.folder), presentation: presentation)
        context.output.write(lines.joined(separator: "\n") + "\n")
        return 0
    }

    /// The bundled deck, then every file of the library, each usable deck with its answers, due and new questions.
    private static func rows(
        _ library: DeckLibrary, history: ProgressHistory, now: Date, shown: (String) -> String
    ) throws -> [Row] {
        let answers = Dictionary(history.deckSummaries().map { ($0.deck, $0.answers) }, uniquingKeysWith: +)
        var rows = [Row(deck: try DeckSource.bundled())]
        for entry in library.entries() {
            switch entry.deck {
            case .success(let deck):
                let sources = DeckSources(library: library)
                rows.append(
                    Row(
                        file: entry.fileName, path: entry.path, deck: deck, origin: sources.origin(of: entry.fileName),
                        isStale: sources.isStale(entry.fileName),
                        shownSource: sources.origin(of: entry.fileName).map { shown($0.source) }))
            case .failure(let error):
                rows.append(Row(file: entry.fileName, path: entry.path, problem: error))
            }
        }
        for index in rows.indices {
            guard let deck = rows[index].deck else { continue }
            let plan = PastAnswers(history, deckID: deck.id).planner(for: deck.questions, now: now).duePlan()
            rows[index].answers = answers[deck.id] ?? 0
            rows[index].due = plan.due.count
            rows[index].new = plan.new.count
        }
        return rows
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
        func column(_ header: String, alignRight: Bool = true, drop: Int = 0, _ cell: (Row) -> String)
            -> ColumnTable.Column
        {
            ColumnTable.Column(header: header, cells: decks.map(cell), alignRight: alignRight, dropPriority: drop)
        }
        var file = column(strings.columnFile, alignRight: false) { row in
            let name = TerminalText.sanitized(row.file ?? strings.bundledDeckFile)
            guard let origin = row.origin else { return name }
            return origin.isLink
                ? name + " → " + (row.shownSource ?? "") : row.isStale ? name + " " + strings.olderThanSourceMark : name
        }
        file.isFlexible = true
        let table = ColumnTable(
            columns: [
                column(strings.columnDeck, alignRight: false) {
                    ColumnTable.truncated(TerminalText.sanitized($0.deck?.id ?? ""), to: 20)
                },
                column(strings.columnQuestions, drop: 2) { "\($0.deck?.questions.count ?? 0)" },
                column(strings.columnAnswers, drop: 3) { "\($0.answers)" },
                column(strings.columnDue) { "\($0.due)" },
                column(strings.columnNew, drop: 1) { "\($0.new)" },
                file,
            ],
            flexibleMinimum: 12, decorateHeader: style.bold)
        var lines = table.lines(width: presentation.width)
        for row in decks where row.isStale {
            guard let origin = row.origin, let file = row.file else { continue }
            let sentence = strings.staleCopy(
                file: TerminalText.sanitized(file), source: row.shownSource ?? "",
                command: UntrustedText.echoed("dlquiz decks add " + ShellQuoting.quoted(origin.source), limit: 600))
            lines += presentation.wrapped(sentence).map(style.yellow)
        }
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
            (
                "decks",
                .array(
                    rows.compactMap { row in
                        guard let deck = row.deck else { return nil }
                        return .object([
                            ("id", .string(deck.id)),
                            ("title", .string(deck.title.text(in: deck.languages.first ?? "en"))),
                            ("languages", .array(deck.languages.map(JSONValue.string))),
                            ("bundled", .bool(row.file == nil)),
                            ("file", row.file.map(JSONValue.string) ?? .null),
                            ("path", row.path.map(JSONValue.string) ?? .null),
                            ("source", row.origin.map { .string($0.source) } ?? .null),
                            ("linked", .bool(row.origin?.isLink ?? false)),
                            ("stale", .bool(row.isStale)),
                            ("questions", .int(deck.questions.count)),
                            ("answers", .int(row.answers)),
                            ("due", .int(row.due)),
                            ("new", .int(row.new)),
                        ])
                    })
            ),
            (
                "problems",
                .array(
                    rows.compactMap { row in
                        guard row.deck == nil else { return nil }
                        return .object([
                            ("file", .string(row.file ?? "")), ("path", .string(row.path ?? "")),
                            (
                                "problem",
                                .string(row.problem.map { Self.problem($0, strings: UIStrings(language: "en")) } ?? "")
                            ),
                        ])
                    })
            ),
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
        help: "Add a symbolic link to the file instead of a copy, so that your edits to it are seen.",
        ja: "コピーの代わりにファイルへのシンボリックリンクを追加し、ファイルへの編集がそのまま反映されるようにします。")
    var link = false

    @Flag(
        help: "Replace a different deck of the library with the same file name or id.",
        ja: "ファイル名または id が同じ、ライブラリの別のデッキを置き換えます。")
    var force = false

    @OptionGroup var language: LanguageOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "add",
            abstract:
                "Check a deck file (JSON or Markdown) and copy it (or, with --link, link it) into your deck library.",
            discussion: """
                The copy keeps the file's name, and the library records where it came from (in a hidden file beside \
                it, .NAME.source): later edits to the original are not seen until you add it again, which updates the \
                copy, and 'dlquiz decks' marks a copy older than its original. With --link the library holds a \
                symbolic link to the file instead, so edits are seen at once (moving or deleting the file breaks it). \
                A deck with the same file name or the same id already in the library is left alone unless --force \
                replaces it (keeping it beside as a backup); adding the same file again changes nothing.
                """,
            japaneseAbstract: "デッキのファイル（JSON または Markdown）を検査し、デッキライブラリにコピー（--link ならリンク）します。",
            japaneseDiscussion: """
                コピーは元のファイル名のままで、ライブラリはコピー元を記録します（隣の隠しファイル .NAME.source）。\
                元のファイルを後で編集しても、もう一度追加してコピーを更新するまでは反映されません。コピー元より古い\
                コピーには 'dlquiz decks' が印を付けます。--link を付けると、ライブラリにはコピーの代わりにファイルへの\
                シンボリックリンクを置くので、編集はすぐに反映されます（ファイルを移動・削除するとリンクは切れます）。\
                同じファイル名または同じ id のデッキがすでにライブラリにあるときは、--force で置き換えない限り\
                そのままにします（置き換えるときはバックアップとして隣に残します）。同じファイルをもう一度追加しても\
                何も変わりません。
                """)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let bytes = try DeckSource.bytes(path: file)
        let format = DeckFormat.of(path: file, bytes: bytes)
        let deck = try format.read(bytes: bytes, source: file)
        let name = try libraryName(for: deck, format: format)
        let library = DeckLibrary(environment: context.environment)
        let strings = Presentation(context, language: language, color: color).strings
        // Standard input has no file to record or link to.
        let source = ["-", "/dev/stdin"].contains(file) ? nil : Self.absolute(file)
        if link && source == nil { throw DeckErrors.linkToStandardInput }
        let note = link ? strings.linkedNote(context.displayPath(file)) : strings.copiedNote(context.displayPath(file))
        let count = deck.questions.count
        switch try library.add(
            bytes: bytes, deck: deck, fileName: name, source: source, link: link, force: force, at: context.clock())
        {
        case .added(let path):
            context.output.line(strings.addedDeck(id: deck.id, questions: count, path: context.displayPath(path)))
            context.output.line(note)
        case .replaced(let path):
            context.output.line(strings.replacedDeck(id: deck.id, questions: count, path: context.displayPath(path)))
            context.output.line(note)
        case .unchanged(let path):
            context.output.line(strings.unchangedDeck(id: deck.id, path: context.displayPath(path)))
        case .conflict(let path, let sameID):
            throw DeckErrors.libraryConflict(id: deck.id, name: name, sameID: sameID, path: context.displayPath(path))
        }
        return 0
    }

    /// The file name the deck takes in the library: the file's own, with the format's extension when it has none;
    /// refused for the bundled deck's id and for a hidden name (the library lists only visible files, so `..md`
    /// would be added and never seen again).
    private func libraryName(for deck: Deck, format: DeckFormat) throws -> String {
        let bundledID = try DeckSource.bundled().id
        if deck.id == bundledID { throw DeckErrors.bundledID(bundledID, file: file) }
        var name = String(file.split(separator: "/").last ?? "")
        if DeckFormat(path: name) == nil { name = DeckLibrary.stem(name) + "." + format.fileExtension }
        if name.hasPrefix(".") { throw DeckErrors.hiddenLibraryName(name) }
        return name
    }

    /// `path` from the root: as given when it starts with `/`, else from the current folder (links kept, so a
    /// link follows the name the user gave).
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        let folder = FileManager.default.currentDirectoryPath
        return (folder.hasSuffix("/") ? folder : folder + "/") + trimmed
    }
}
