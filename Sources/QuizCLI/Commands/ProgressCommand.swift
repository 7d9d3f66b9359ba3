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
        if path == ProgressOptions.standardInput && context.terminal.isInputTerminal {
            throw DeckErrors.progressFromTerminal
        }
        let file = ProgressFile(path: path)
        let history = try file.load()
        if output.json {
            context.printJSON(Self.json(history, file: file, path: path))
        } else {
            let presentation = Presentation(context, language: language, color: color)
            let backup = file.newestBackup.map { context.displayPath($0) }
            let lines = Self.lines(
                history, file: file, shownPath: context.displayPath(path), backup: backup,
                fromStandardInput: path == ProgressOptions.standardInput, presentation: presentation)
            for line in lines { context.output.line(line) }
        }
        return 0
    }

    /// The documented JSON: the file, its answers and sessions, each deck's, and the lines that could not be read.
    private static func json(_ history: ProgressHistory, file: ProgressFile, path: String) -> JSONValue {
        let span = history.timeSpan
        return .object([
            ("path", .string(path)), ("exists", .bool(file.exists)), ("bytes", .optional(file.size)),
            ("lines", .int(history.lineCount)), ("answers", .int(history.answerCount)),
            ("sessions", .int(history.sessions(forDeck: nil).count)),
            ("firstAnswer", .optional(span.map { Timestamp.string(from: $0.lowerBound) })),
            ("lastAnswer", .optional(span.map { Timestamp.string(from: $0.upperBound) })),
            (
                "decks",
                .array(
                    history.deckSummaries().map { deck in
                        .object([
                            ("deck", .string(deck.deck)), ("answers", .int(deck.answers)),
                            ("questions", .int(deck.questions)), ("sessions", .int(deck.sessions)),
                            ("firstAnswer", .string(Timestamp.string(from: deck.firstTime))),
                            ("lastAnswer", .string(Timestamp.string(from: deck.lastTime))),
                        ])
                    })
            ),
            ("problemCount", .int(history.problemCount)),
            (
                "problems",
                .array(history.problems.map { .object([("line", .int($0.line)), ("reason", .string($0.reason))]) })
            ),
        ])
    }

    /// The text: where the file is and its size, the answers and sessions, each deck's, the lines that could not be
    /// read, then the backup kept and how to start afresh; or, without a file, how one is made.
    private static func lines(
        _ history: ProgressHistory, file: ProgressFile, shownPath: String, backup backupPath: String?,
        fromStandardInput: Bool, presentation: Presentation
    ) -> [String] {
        let (style, strings) = (presentation.style, presentation.strings)
        let shown = fromStandardInput ? strings.standardInputName : StoreError.shown(shownPath)
        let backup = fromStandardInput ? nil : backupPath.map { strings.backupKept(StoreError.shown($0)) }
        guard file.exists else {
            return [strings.noProgressYet(shown), style.dim(backup ?? strings.progressCreatedHint)]
        }
        let span = history.timeSpan
        var lines = [
            style.bold(strings.progressFileLabel) + shown
                + (fromStandardInput ? "" : style.dim(" (\(ByteCount.describe(file.size ?? 0)))")),
            strings.progressSummary(
                answers: history.answerCount, sessions: history.sessions(forDeck: nil).count,
                from: span.map { Self.day($0.lowerBound) }, to: span.map { Self.day($0.upperBound) }),
        ]
        let decks = history.deckSummaries()
        if !decks.isEmpty {
            lines += ["", style.bold(strings.decksHeading)]
            let width = decks.map { DisplayWidth.of($0.deck) }.max() ?? 0
            for deck in decks {
                lines.append(
                    "  " + ColumnTable.cell(TerminalText.sanitized(deck.deck), width) + "  "
                        + strings.deckLine(
                            answers: deck.answers, questions: deck.questions, sessions: deck.sessions,
                            last: Self.day(deck.lastTime)))
            }
        }
        if history.problemCount > 0 {
            lines += ["", style.yellow(strings.unreadableLinesHeading(history.problemCount))]
            lines += history.problems.map { "  " + $0.text(strings) }
            if history.problemCount > history.problems.count {
                lines.append("  " + strings.andMore(history.problemCount - history.problems.count))
            }
        }
        lines.append("")
        if let backup { lines.append(style.dim(backup)) }
        return fromStandardInput ? lines : lines + [style.dim(strings.startAfreshHint)]
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
