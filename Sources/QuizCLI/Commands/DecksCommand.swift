import FoundationEssentials
import QuizKit
import QuizStore

/// `dlquiz decks`: the bundled deck and the user's deck library, with question counts and progress on each.
struct DecksCommand: ParsableCommand {
    var common = CommonOptions()

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
            subcommands: [DecksAddCommand.self])
    }

    static var declarations: [Declaration<Self>] {
        [.group(\.common, "progress", "json", "no-color")]
    }

    /// One row of the listing: a usable deck with its progress, or a file that cannot be used.
    struct Row {
        var file: String?
        var path: String?
        var deck: Deck?
        var problem: String?
        var answers = 0
        var due = 0
        var new = 0
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let library = DeckLibrary(environment: context.environment)
        let history = try context.loadHistory(path: context.progressPath(common.progress))
        let answers = Dictionary(history.deckSummaries().map { ($0.deck, $0.answers) }, uniquingKeysWith: +)
        var rows = [Row(deck: try DeckSource.bundled())]
        for entry in library.entries() {
            switch entry.deck {
            case .success(let deck): rows.append(Row(file: entry.fileName, path: entry.path, deck: deck))
            case .failure(let error):
                rows.append(Row(file: entry.fileName, path: entry.path, problem: Self.problem(error)))
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
        if common.json {
            context.printJSON(json(rows, folder: library.folder))
            return 0
        }
        let presentation = try common.presentation(context, languages: ["en", "ja"])
        context.output.write(table(rows, folder: context.displayPath(library.folder), style: presentation.style))
        return 0
    }

    /// Why a library file cannot be used, in one line.
    static func problem(_ error: any Error) -> String {
        switch error {
        case let error as QuizError:
            if case .invalidDeck(_, _, let total) = error {
                return "not a valid deck (\(total == 1 ? "a problem" : "\(total) problems")); 'dlquiz validate' lists them"
            }
            return error.message
        case let error as StoreError: return error.reason
        default: return "\(error)"
        }
    }

    // MARK: Output

    private func table(_ rows: [Row], folder: String, style: TextStyle) -> String {
        let idWidth = max(4, rows.compactMap { $0.deck.map { DisplayWidth.of($0.id) } }.max() ?? 0)
        var lines = [
            style.bold(Table.cell("DECK", idWidth)) + "  QUESTIONS  ANSWERS  DUE  NEW  FILE",
        ]
        for row in rows {
            guard let deck = row.deck else {
                let file = TerminalText.sanitized(row.file ?? "")
                lines.append(Table.cell("-", idWidth) + "  " + style.yellow(file + ": " + (row.problem ?? "")))
                continue
            }
            lines.append(
                Table.cell(deck.id, idWidth) + "  " + Table.cell("\(deck.questions.count)", 9, alignRight: true) + "  "
                    + Table.cell("\(row.answers)", 7, alignRight: true) + "  " + Table.cell("\(row.due)", 3, alignRight: true)
                    + "  " + Table.cell("\(row.new)", 3, alignRight: true) + "  "
                    + TerminalText.sanitized(row.file ?? "(bundled)"))
        }
        lines.append("")
        lines.append("Your decks are the .json and .md files in \(folder) ('dlquiz decks add FILE' copies one in).")
        lines.append("Use one with --deck ID or FILE NAME; 'dlquiz quiz --order due --all-decks' practises every deck.")
        return lines.joined(separator: "\n") + "\n"
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
                    ("problem", .string(row.problem ?? "")),
                ])
            })),
        ])
    }
}

/// `dlquiz decks add FILE`: checks a deck file and copies it into the library.
struct DecksAddCommand: ParsableCommand {
    var file = ""
    var force = false
    var common = CommonOptions()

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "add",
            abstract: "Check a deck file (JSON or Markdown) and copy it into your deck library.",
            discussion: """
            The copy keeps the file's name. A deck with the same file name or the same id already in the library \
            is left alone unless --force replaces it; adding the same file again changes nothing.
            """)
    }

    static var declarations: [Declaration<Self>] {
        [
            .argument("file", \.file, help: "The deck file: .json, .md or .markdown."),
            .flag("force", \.force, help: "Replace a different deck of the library with the same file name or id."),
            .group(\.common, "no-color"),
        ]
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let bytes = try DeckSource.bytes(path: file)
        let format = DeckFormat.of(path: file, bytes: bytes)
        let deck = try format.read(bytes: bytes, source: file)
        let bundledID = try DeckSource.bundled().id
        if deck.id == bundledID {
            throw CommandFailure("The bundled deck has the id '\(bundledID)'; give your deck another id in '\(file)'.")
        }
        var name = String(file.split(separator: "/").last ?? "")
        if DeckFormat(path: name) == nil { name = DeckLibrary.stem(name) + "." + format.fileExtension }
        let library = DeckLibrary(environment: context.environment)
        let questions = "\(deck.questions.count) question\(deck.questions.count == 1 ? "" : "s")"
        switch try library.add(bytes: bytes, deck: deck, fileName: name, force: force) {
        case .added(let path):
            context.output.line("Added '\(deck.id)' (\(questions)) as \(context.displayPath(path)); use it with --deck \(deck.id).")
        case .replaced(let path):
            context.output.line(
                "Replaced \(context.displayPath(path)) with '\(deck.id)' (\(questions)); use it with --deck \(deck.id).")
        case .unchanged(let path):
            context.output.line("'\(deck.id)' is already in the library, unchanged: \(context.displayPath(path)).")
        case .conflict(let path, let sameID):
            let what = sameID ? "a deck with the id '\(deck.id)'" : "a different deck named '\(name)'"
            throw CommandFailure(
                "The library already has \(what): \(context.displayPath(path)). Add --force to replace it, or give "
                    + "your deck another id and file name.")
        }
        return 0
    }
}
