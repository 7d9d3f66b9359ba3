import FoundationEssentials
import QuizKit
import QuizStore

/// `dlquiz interviews`: the scorecards of past interviews.
struct InterviewsCommand: ParsableCommand {
    @OptionGroup var language: LanguageOptions
    @OptionGroup var output: JSONOptions
    @OptionGroup var color: ColorOptions

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "interviews",
            abstract: "List past interviews: date, candidate, questions and total.",
            discussion: """
                Reads the JSON scorecards that 'dlquiz interview' writes to $XDG_DATA_HOME/dlquiz/interviews/ (when that \
                variable is an absolute path), else ~/.local/share/dlquiz/interviews/, oldest first. The Markdown file \
                beside each one is the document to read and share. Scorecards written elsewhere with --output are not \
                listed.
                """,
            japaneseAbstract: "過去の面接を一覧します: 日付、候補者、質問数、合計。",
            japaneseDiscussion: """
                'dlquiz interview' が $XDG_DATA_HOME/dlquiz/interviews/（この変数が絶対パスのとき）、なければ \
                ~/.local/share/dlquiz/interviews/ に書き出した JSON のスコアカードを、古い順に読みます。それぞれの\
                隣にある Markdown ファイルが、読んだり共有したりするための文書です。--output で別の場所に書き出した\
                スコアカードは一覧に含まれません。
                """,
            jsonKeys: """
                folder, interviews (each date, candidate, deck, questions, asked, score, fraction, seconds, path: the JSON \
                scorecard, markdown: the Markdown one beside it).
                """,
            japaneseJSONKeys: """
                folder、interviews（それぞれ date、candidate、deck、questions、asked、score、fraction、seconds、path: JSON の\
                スコアカード、markdown: その隣の Markdown）。
                """)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let presentation = Presentation(context, language: language, color: color)
        let folder = InterviewsLocation.folder(environment: context.environment)
        let loaded = ScorecardStore(folder: folder).load()
        for problem in loaded.problems {
            context.errorOutput.line(
                presentation.strings.skippedScorecard(
                    context.displayPath(problem.path), reason: problem.reason(presentation.strings)))
        }
        if output.json {
            context.printJSON(
                .object([
                    ("folder", .string(folder)),
                    ("interviews", .array(loaded.scorecards.map(Self.json))),
                ]))
            return 0
        }
        for line in Self.table(loaded.scorecards, folder: context.displayPath(folder), presentation: presentation) {
            context.output.line(line)
        }
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

    /// The table as lines, with its footer.
    private static func table(
        _ scorecards: [ScorecardStore.StoredScorecard], folder: String, presentation: Presentation
    ) -> [String] {
        var lines: [String] = []
        func line(_ text: String = "") { lines.append(text) }
        let strings = presentation.strings
        let style = presentation.style
        guard !scorecards.isEmpty else {
            lines += presentation.wrapped(strings.noInterviews(folder))
            lines += presentation.wrapped(strings.startInterviewHint).map(style.dim)
            return lines
        }
        let names = scorecards.map { ColumnTable.truncated(TerminalText.sanitized($0.scorecard.candidate), to: 30) }
            .map { $0.isEmpty ? strings.unnamedCandidate : $0 }
        let files = scorecards.map { stored in
            TerminalText.sanitized(
                String((stored.path.split(separator: "/").last ?? "").dropLast(".json".count)) + ".md")
        }
        let table = ColumnTable(
            columns: [
                .init(header: strings.columnDate, cells: scorecards.map(\.scorecard.localDate)),
                .init(header: strings.columnCandidate, cells: names),
                .init(
                    header: strings.columnQuestions,
                    cells: scorecards.map { "\($0.scorecard.asked.count)/\($0.scorecard.questions.count)" },
                    alignRight: true, dropPriority: 2),
                .init(
                    header: strings.columnTotal,
                    cells: scorecards.map { $0.scorecard.asked.isEmpty ? "-" : strings.percent($0.scorecard.fraction) },
                    alignRight: true, dropPriority: 1),
                .init(header: strings.columnFile, cells: files, dropPriority: 3, decorate: { style.dim($1) }),
            ],
            decorateHeader: style.bold)
        lines += table.lines(width: presentation.width)
        line()
        lines += presentation.wrapped(strings.interviewsFooter(scorecards.count, folder: folder)).map(style.dim)
        return lines
    }
}
