import QuizKit

/// Which questions to consider: `--topic`, `--difficulty`, `--ids`.
struct SelectionOptions: ParsableArguments, Sendable {
    @Option(
        name: .customLong("topic"), valueName: "topic", help: "Only questions of this topic (repeatable).",
        ja: "このトピックの質問だけにします（繰り返し指定できます）。", completion: .deck(.topics))
    var topics: [String] = []

    @Option(
        name: .customLong("difficulty"), valueName: "level",
        help: "Only questions of this difficulty, 1 to 3 (repeatable).",
        ja: "この難易度（1〜3）の質問だけにします（繰り返し指定できます）。", completion: .values(["1", "2", "3"]),
        parse: .difficulty)
    var difficulties: [Int] = []

    @Option(
        help: "Only these question ids, comma-separated (repeatable).",
        ja: "これらの id の質問だけにします。カンマ区切りで、繰り返し指定できます。", completion: .deck(.ids))
    var ids: [String] = []

    /// The filter the options describe.
    var filter: QuestionFilter {
        QuestionFilter(topics: topics, ids: ids, difficulties: Set(difficulties))
    }

    /// The filter without `--ids`, for picking among the questions the other options leave.
    var pickingFilter: QuestionFilter {
        QuestionFilter(topics: topics, difficulties: Set(difficulties))
    }

    /// With `--ids` the questions are given, not picked: picking options would be ignored, so they are refused
    /// (`pick` and `interview` alike).
    func validateIDsStandAlone(picking: PickingOptions, seed: SeedOptions) throws(UsageError) {
        guard !ids.isEmpty else { return }
        let conflicts = [
            ("balanced", picking.balanced), ("fresh", picking.fresh != nil), ("topic", !topics.isEmpty),
            ("difficulty", !difficulties.isEmpty), ("seed", seed.seed != nil),
        ]
        if let (conflict, _) = conflicts.first(where: { $0.1 }) {
            throw UsageError(.idsWithPicking(conflict: "--" + conflict))
        }
    }
}

/// `--seed`: fixes the random choice.
struct SeedOptions: ParsableArguments, Sendable {
    @Option(
        valueName: "seed", help: "A number that fixes the random choice: the same seed gives the same questions.",
        ja: "ランダムな選び方を固定する数です。同じシードなら同じ質問が選ばれます。", completion: .freeText, parse: .uint64)
    var seed: UInt64?
}
