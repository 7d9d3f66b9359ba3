import QuizKit
import QuizStore

/// How `pick` and `interview` choose questions, so the same options and seed give both the same set: at random, or
/// balanced over topics and difficulties (`--balanced`), optionally leaving out those of recent interviews (`--fresh`).
struct InterviewPicking {
    let context: CommandContext
    let deck: Deck
    /// The words of its notes and warnings.
    let strings: UIStrings

    /// Up to `count` questions from `candidates`, chosen with `seed`.
    func choose(_ count: Int, from candidates: [Question], seed: UInt64, isBalanced: Bool, freshInterviews: Int?)
        -> [Question]
    {
        var pool = candidates
        if let freshInterviews { pool = leavingOutRecent(freshInterviews, from: candidates, count: count) }
        if isBalanced { return BalancedPicker.pick(count, from: pool, seed: seed) }
        return Array(QuestionOrdering.random(pool, seed: seed).prefix(count))
    }

    /// The candidates without the questions asked in the last `interviews` interviews with this deck, relaxed to fewer
    /// interviews when too few would be left.
    private func leavingOutRecent(_ interviews: Int, from candidates: [Question], count: Int) -> [Question] {
        let folder = InterviewsLocation.folder(environment: context.environment)
        let loaded = ScorecardStore(folder: folder).load()
        warn(about: loaded.problems)
        let recent = loaded.scorecards.map(\.scorecard).filter { $0.deckID == deck.id }.reversed().prefix(interviews)
        let asked = recent.map(\.askedIDs)
        let outcome = FreshFilter.apply(to: candidates, recent: asked, count: count)
        let errors = context.errorOutput
        if outcome.interviewsAvoided < recent.count {
            let everAsked = Set(asked.joined())
            let left = candidates.filter { !everAsked.contains($0.id) }.count
            errors.line(
                strings.tooFewFresh(
                    left: left, interviews: recent.count, wanted: count, avoided: outcome.interviewsAvoided))
        } else if outcome.leftOut > 0 {
            errors.line(strings.leftOutFresh(outcome.leftOut, interviews: recent.count))
        }
        return outcome.candidates
    }

    private func warn(about problems: [ScorecardStore.Problem]) {
        for problem in problems {
            context.errorOutput.line(
                strings.skippedScorecard(context.displayPath(problem.path), reason: problem.reason(strings)))
        }
    }
}

/// The options of `pick` and `interview` that shape the choice: `--balanced` and `--fresh k`.
struct PickingOptions: ParsableArguments, Sendable {
    /// How many questions `pick` and `interview` choose when `-n` is not given.
    static let defaultCount = 4

    @Flag(
        help: "Spread the questions over different topics and difficulties (easiest first).",
        ja: "トピックと難易度がばらけるように選びます（易しい順に並べます）。")
    var balanced = false

    @Option(
        valueName: "k", help: "Leave out the questions asked in your last k interviews (from their scorecards).",
        ja: "直近 k 回の面接で出した質問を除きます（スコアカードから読み取ります）。", completion: .freeText,
        parse: .integer(1...))
    var fresh: Int?
}
