import QuizKit
import QuizStore

/// `dlquiz progress`: where the progress file is and what it holds.
struct ProgressCommand: ParsableCommand {
    var common = CommonOptions()

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "progress",
            abstract: "Show where your progress file is and what it holds.",
            discussion: """
                The progress file is append-only JSON Lines: one line per graded answer. Unreadable lines are listed \
                here and skipped everywhere; dlquiz never rewrites or deletes them.
                """,
            subcommands: [ProgressResetCommand.self])
    }

    static var declarations: [Declaration<Self>] {
        [.group(\.common, "progress", "json", "no-color")]
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let path = context.progressPath(common.progress)
        let file = ProgressFile(path: path)
        let history = try file.load()
        let span = history.timeSpan
        let sessions = history.sessions(forDeck: nil).count
        let decks = history.deckSummaries()
        if common.json {
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
        let style = Presentation(context: context, language: "en", noColor: common.noColor).style  // English-only messages
        let output = context.output
        let shown = context.displayPath(path)
        guard file.exists else {
            output.line("No progress yet: \(shown) does not exist.")
            output.line(style.dim("It is created when you grade your first answer in 'dlquiz quiz'."))
            return 0
        }
        output.line(style.bold("Progress file: ") + shown + style.dim(" (\(ByteCount.describe(file.size ?? 0)))"))
        var summary = "\(history.answerCount) graded answer\(history.answerCount == 1 ? "" : "s") in \(sessions) session\(sessions == 1 ? "" : "s")"
        if let span {
            summary += ", from \(Timestamp.string(from: span.lowerBound).prefix(10)) to \(Timestamp.string(from: span.upperBound).prefix(10))"
        }
        output.line(summary + ".")
        if !decks.isEmpty {
            output.line()
            output.line(style.bold("Decks:"))
            let width = decks.map { DisplayWidth.of($0.deck) }.max() ?? 0
            for deck in decks {
                output.line(
                    "  " + Table.cell(TerminalText.sanitized(deck.deck), width) + "  \(deck.answers) answers · \(deck.questions) questions · "
                        + "\(deck.sessions) sessions · last \(Timestamp.string(from: deck.lastTime).prefix(10))")
            }
        }
        if history.problemCount > 0 {
            output.line()
            output.line(style.yellow("Unreadable lines: \(history.problemCount) (skipped everywhere, kept in the file untouched)"))
            for problem in history.problems { output.line("  \(problem)") }
            if history.problemCount > history.problems.count {
                output.line("  … and \(history.problemCount - history.problems.count) more.")
            }
        }
        output.line()
        output.line(style.dim("Start afresh with 'dlquiz progress reset'; it keeps a backup of the file."))
        return 0
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
