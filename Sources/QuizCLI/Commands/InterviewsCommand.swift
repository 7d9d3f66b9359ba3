import FoundationEssentials
import QuizKit
import QuizStore

/// `dlquiz interviews`: the scorecards of past interviews.
enum InterviewsCommand: CommandRunner {
    static let spec = CommandSpec(
        path: ["interviews"],
        abstract: "List past interviews: date, candidate, questions and total.",
        discussion: """
            Reads the JSON scorecards that 'dlquiz interview' writes to $XDG_DATA_HOME/dlquiz/interviews/ (when that \
            variable is an absolute path), else ~/.local/share/dlquiz/interviews/, oldest first. The Markdown file \
            beside each one is the document to read and share. Scorecards written elsewhere with --output are not \
            listed.
            """,
        options: [CommonOptions.lang, CommonOptions.json, CommonOptions.noColor])

    static func run(_ invocation: Invocation) throws -> Int32 {
        let arguments = invocation.arguments
        try arguments.requirePositionals(0...0)
        let context = invocation.context
        let folder = InterviewsLocation.folder(environment: context.environment)
        let loaded = ScorecardStore(folder: folder).load()
        for problem in loaded.problems {
            context.errorOutput.line(
                "Warning: skipped \(invocation.displayPath(problem.path)): \(problem.reason). It stays untouched.")
        }
        if invocation.isJSON {
            invocation.printJSON(.object([
                ("folder", .string(folder)),
                ("interviews", .array(loaded.scorecards.map(json))),
            ]))
            return 0
        }
        let language = LanguageResolver.requestedLanguage(flag: arguments.value("lang"), environment: context.environment)
        printTable(
            loaded.scorecards, folder: invocation.displayPath(folder), strings: UIStrings(language: language ?? "en"),
            invocation: invocation)
        return 0
    }

    private static func json(_ stored: ScorecardStore.StoredScorecard) -> JSONValue {
        let scorecard = stored.scorecard
        return .object([
            ("date", .string(scorecard.localDate)),
            ("candidate", .string(scorecard.candidate)),
            ("deck", .string(scorecard.deckID)),
            ("questions", .int(scorecard.questions.count)),
            ("asked", .int(scorecard.asked.count)),
            ("score", .double(scorecard.score)),
            ("fraction", .double(scorecard.fraction)),
            ("seconds", .int(scorecard.seconds)),
            ("path", .string(stored.path)),
            ("markdown", .string(String(stored.path.dropLast(".json".count)) + ".md")),
        ])
    }

    private static func printTable(
        _ scorecards: [ScorecardStore.StoredScorecard], folder: String, strings: UIStrings, invocation: Invocation
    ) {
        let style = invocation.style
        let output = invocation.context.output
        guard !scorecards.isEmpty else {
            output.line(strings.noInterviews(folder))
            output.line(style.dim("dlquiz interview --candidate NAME"))
            return
        }
        let names = scorecards.map { Table.truncated(TerminalText.sanitized($0.scorecard.candidate), to: 30) }
            .map { $0.isEmpty ? strings.unnamedCandidate : $0 }
        let counts = scorecards.map { "\($0.scorecard.asked.count)/\($0.scorecard.questions.count)" }
        let totals = scorecards.map { $0.scorecard.asked.isEmpty ? "-" : strings.percent($0.scorecard.fraction) }
        let nameWidth = max(DisplayWidth.of(strings.columnCandidate), names.map { DisplayWidth.of($0) }.max() ?? 0)
        let countWidth = max(DisplayWidth.of(strings.columnQuestions), counts.map { DisplayWidth.of($0) }.max() ?? 0)
        let totalWidth = max(DisplayWidth.of(strings.columnTotal), 4)
        let dateWidth = 10
        output.line(style.bold([
            Table.cell(strings.columnDate, dateWidth), Table.cell(strings.columnCandidate, nameWidth),
            Table.cell(strings.columnQuestions, countWidth, alignRight: true),
            Table.cell(strings.columnTotal, totalWidth, alignRight: true), strings.columnFile,
        ].joined(separator: "  ")))
        for (offset, stored) in scorecards.enumerated() {
            let file = String((stored.path.split(separator: "/").last ?? "").dropLast(".json".count)) + ".md"
            output.line([
                stored.scorecard.localDate, Table.cell(names[offset], nameWidth),
                Table.cell(counts[offset], countWidth, alignRight: true), Table.cell(totals[offset], totalWidth, alignRight: true),
                style.dim(TerminalText.sanitized(file)),
            ].joined(separator: "  "))
        }
        output.line()
        output.line(style.dim(strings.interviewsFooter(scorecards.count, folder: folder)))
    }
}
