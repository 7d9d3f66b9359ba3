import FoundationEssentials
import QuizKit
import QuizStore

#if canImport(Glibc)
import Glibc
#endif

/// `dlquiz interview`: a console for the person asking, and a scorecard at the end.
enum InterviewCommand: CommandRunner {
    static let spec = CommandSpec(
        path: ["interview"],
        abstract: "Run an interview: read each question aloud, tick the key points you hear, keep a scorecard.",
        discussion: """
            For each question the console shows the question to read aloud, the suggested time, the time elapsed \
            (in the prompt, and in the terminal's title) and the numbered key points. While the candidate talks, type:

            - 3, 1 4 or 2-4 to tick key points (the same again unticks; -2 always unticks; all, none)
            - n and a note, as in: n mentions momentum (or /note ...)
            - f to show the next follow-up question, then f+ (answered well) or f- (not)
            - Enter to move on, b to go back, s to skip a question (not asked), t for the time and what is recorded
            - q to end, ? for help

            At the end it shows, per question, the share of key points covered, the time and the notes, and a \
            total. The scorecard is written as Markdown (to read and share) and JSON (for 'dlquiz interviews' and \
            --fresh) to $XDG_DATA_HOME/dlquiz/interviews/ (when that variable is an absolute path), else \
            ~/.local/share/dlquiz/interviews/, named after the date and the candidate: 2026-11-23-jane-doe.md. It \
            is saved after every line, atomically, so Ctrl-D, Ctrl-C or a closed terminal keep what was recorded. \
            Your own practice progress is never read or written.

            The questions are chosen as 'dlquiz pick' chooses them: the same options and --seed give the same set.
            """,
        options: [
            .value("candidate", valueName: "name", help: "The candidate's name, for the scorecard and its file name."),
            .value("count", short: "n", valueName: "n", help: "How many questions to ask (with --ids, at most).", defaultValue: "4"),
            InterviewPicking.balancedOption, InterviewPicking.freshOption, CommonOptions.seed, CommonOptions.topic,
            .value(
                "ids", valueName: "ids",
                help: "Ask these question ids, in this order, comma-separated (repeatable); instead of picking.",
                isRepeatable: true),
            CommonOptions.deck, CommonOptions.lang,
            .value("output", valueName: "file", help: "Write the scorecard to this file instead of the interviews folder."),
            .flag("json", help: "With --output: write the scorecard as JSON rather than Markdown."),
            CommonOptions.noColor,
        ])

    static func run(_ invocation: Invocation) throws -> Int32 {
        let arguments = invocation.arguments
        try arguments.requirePositionals(0...0)
        let context = invocation.context
        if arguments.flag("json") && arguments.value("output") == nil {
            throw UsageError(
                "'--json' chooses the format of '--output <file>'; give a file, or leave both out to save Markdown and JSON in the interviews folder.",
                command: spec)
        }
        let deck = try invocation.deck()
        let language = try invocation.language(for: deck)
        let (questions, seed) = try chooseQuestions(invocation, deck: deck)

        let candidate = Scorecard.cleanedName(arguments.value("candidate") ?? "")
        let started = context.clock()
        let utcOffset = context.utcOffset(started)
        let (destination, place) = try scorecardDestination(invocation)
        let recorder = ScorecardRecorder(
            destination: destination,
            makeScorecard: { summary, time in
                Scorecard(
                    summary: summary, questions: questions, deck: deck, language: language, candidate: candidate,
                    started: started, ended: time, utcOffset: utcOffset, seed: seed)
            },
            renderMarkdown: ScorecardMarkdownRenderer(strings: UIStrings(language: language), version: DLQuizCLI.version).render)
        let screen = InterviewScreen(
            presenter: QuestionPresenter(invocation: invocation, deck: deck, language: language), questions: questions,
            candidate: candidate)
        screen.showBanner(scorecardPlace: place, seed: seed)
        return InterviewLoop(
            invocation: invocation, screen: screen, recorder: recorder, liveTitle: LiveTitle.make(for: context)
        ).run(InterviewSession(questions: questions))
    }

    /// The questions to ask: `--ids` as given, else picked as `dlquiz pick` picks them (with the seed used).
    private static func chooseQuestions(_ invocation: Invocation, deck: Deck) throws -> ([Question], seed: UInt64?) {
        let arguments = invocation.arguments
        let count = try arguments.integer("count", in: 1...Int.max)
        let fresh = try arguments.integer("fresh", in: 1...Int.max)
        let ids = arguments.list("ids")
        guard ids.isEmpty else {
            let conflicts = ["balanced", "fresh", "topic", "seed"]
            if let conflict = conflicts.first(where: { arguments.values[$0] != nil || arguments.flag($0) }) {
                throw UsageError("'--ids' chooses the questions itself; leave out '--\(conflict)'.", command: spec)
            }
            let questions = try QuestionFilter(ids: ids).apply(to: deck)
            return (count.map { Array(questions.prefix($0)) } ?? questions, nil)
        }
        let seed = try arguments.seed("seed") ?? invocation.context.makeSeed()
        let candidates = try QuestionFilter(topics: arguments.list("topic")).apply(to: deck)
        let questions = InterviewPicking(invocation: invocation, deck: deck).choose(
            count ?? 4, from: candidates, seed: seed, isBalanced: arguments.flag("balanced"), freshInterviews: fresh)
        return (questions, seed)
    }

    /// `--output FILE`, else the interviews folder; and how the banner names it. A folder that cannot take the file
    /// is refused now, not after the interview.
    private static func scorecardDestination(_ invocation: Invocation) throws -> (ScorecardRecorder.Destination, String) {
        if let output = invocation.arguments.value("output") {
            guard access(AtomicFile.parentFolder(of: output), W_OK) == 0 else {
                throw CommandFailure(
                    "Cannot write the scorecard to '\(output)': its folder does not exist or is not writable. Create it, or choose another --output.")
            }
            return (.file(path: output, isJSON: invocation.arguments.flag("json")), invocation.displayPath(output))
        }
        let folder = InterviewsLocation.folder(environment: invocation.context.environment)
        return (.folder(ScorecardStore(folder: folder)), invocation.displayPath(folder) + "/")
    }
}
