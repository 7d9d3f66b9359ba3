import FoundationEssentials
import QuizKit
import QuizStore

/// `dlquiz progress`: where the progress file is and what it holds.
struct ProgressCommand: ParsableCommand {
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var output: JSONOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "progress",
            abstract: "Show where your progress file is and what it holds.",
            discussion: """
                The progress file is append-only JSON Lines: one line per graded answer. Unreadable lines are listed \
                here and skipped everywhere; dlquiz never rewrites or deletes them.
                """,
            japaneseAbstract: "記録ファイルの場所と、その中身を表示します。",
            japaneseDiscussion: """
                記録ファイルは追記専用の JSON Lines で、採点した回答 1 件につき 1 行です。読めない行はここに一覧し、\
                どの集計でも読み飛ばします。dlquiz がそれらを書き換えたり消したりすることはありません。
                """,
            subcommands: [ProgressResetCommand.self, ProgressRestoreCommand.self],
            jsonKeys: """
            path, exists, bytes, lines, answers, sessions, firstAnswer, lastAnswer, decks (each deck, answers, questions, \
            sessions, firstAnswer, lastAnswer), problemCount, problems (each line, reason).
            """,
            japaneseJSONKeys: """
            path、exists、bytes、lines、answers、sessions、firstAnswer、lastAnswer、decks（それぞれ deck、answers、\
            questions、sessions、firstAnswer、lastAnswer）、problemCount、problems（それぞれ line、reason）。
            """)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let path = progress.path(context)
        if path == ProgressOptions.standardInput && context.terminal.isInputTerminal { throw DeckErrors.progressFromTerminal }
        let file = ProgressFile(path: path)
        let history = try file.load()
        let span = history.timeSpan
        let sessions = history.sessions(forDeck: nil).count
        let decks = history.deckSummaries()
        if output.json {
            context.printJSON(.object([
                ("path", .string(path)), ("exists", .bool(file.exists)), ("bytes", .optional(file.size)),
                ("lines", .int(history.lineCount)), ("answers", .int(history.answerCount)), ("sessions", .int(sessions)),
                ("firstAnswer", .optional(span.map { Timestamp.string(from: $0.lowerBound) })),
                ("lastAnswer", .optional(span.map { Timestamp.string(from: $0.upperBound) })),
                ("decks", .array(decks.map { deck in
                    .object([
                        ("deck", .string(deck.deck)), ("answers", .int(deck.answers)),
                        ("questions", .int(deck.questions)), ("sessions", .int(deck.sessions)),
                        ("firstAnswer", .string(Timestamp.string(from: deck.firstTime))),
                        ("lastAnswer", .string(Timestamp.string(from: deck.lastTime))),
                    ])
                })),
                ("problemCount", .int(history.problemCount)),
                ("problems", .array(history.problems.map { .object([("line", .int($0.line)), ("reason", .string($0.reason))]) })),
            ]))
            return 0
        }
        let presentation = Presentation(context, language: language, color: color)
        let (style, strings) = (presentation.style, presentation.strings)
        let output = context.output
        let fromStandardInput = path == ProgressOptions.standardInput
        let shown = fromStandardInput ? strings.standardInputName : StoreError.shown(context.displayPath(path))
        let backup = fromStandardInput ? nil : file.newestBackup.map { strings.backupKept(StoreError.shown(context.displayPath($0))) }
        guard file.exists else {
            output.line(strings.noProgressYet(shown))
            output.line(style.dim(backup ?? strings.progressCreatedHint))
            return 0
        }
        output.line(style.bold(strings.progressFileLabel) + shown + (fromStandardInput ? "" : style.dim(" (\(ByteCount.describe(file.size ?? 0)))")))
        output.line(strings.progressSummary(
            answers: history.answerCount, sessions: sessions, from: span.map { Self.day($0.lowerBound) },
            to: span.map { Self.day($0.upperBound) }))
        if !decks.isEmpty {
            output.line()
            output.line(style.bold(strings.decksHeading))
            let width = decks.map { DisplayWidth.of($0.deck) }.max() ?? 0
            for deck in decks {
                output.line(
                    "  " + ColumnTable.cell(TerminalText.sanitized(deck.deck), width) + "  " + strings.deckLine(
                        answers: deck.answers, questions: deck.questions, sessions: deck.sessions, last: Self.day(deck.lastTime)))
            }
        }
        if history.problemCount > 0 {
            output.line()
            output.line(style.yellow(strings.unreadableLinesHeading(history.problemCount)))
            for problem in history.problems { output.line("  " + problem.text(strings)) }
            if history.problemCount > history.problems.count {
                output.line("  " + strings.andMore(history.problemCount - history.problems.count))
            }
        }
        output.line()
        if let backup { output.line(style.dim(backup)) }
        if !fromStandardInput { output.line(style.dim(strings.startAfreshHint)) }
        return 0
    }

    /// `2026-11-23`.
    private static func day(_ date: Date) -> String {
        String(Timestamp.string(from: date).prefix(10))
    }
}

/// Human-readable byte counts.
enum ByteCount {
    /// `812 B`, `23.4 KB`, `1.2 MB`.
    static func describe(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) B" }
        let units = ["KB", "MB", "GB"]
        var value = Double(bytes)
        for unit in units {
            value /= 1000
            if value < 1000 || unit == "GB" {
                let tenths = Int((value * 10).rounded())
                return "\(tenths / 10).\(tenths % 10) \(unit)"
            }
        }
        return "\(bytes) B"
    }
}
