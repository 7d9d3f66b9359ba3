import QuizKit

/// The suggested ticks in `stats`: how often they were taken as offered, and Cohen's kappa between them and the
/// final ticks, per language, once `SuggestionTally.minimumAnswers` answers say so.
extension StatsCommand {
    /// The dashboard's lines about suggestions; none before any answer was offered some.
    static func suggestionLines(_ tallies: [SuggestionTally], presentation: Presentation) -> [String] {
        let strings = presentation.strings
        return tallies.flatMap { tally in
            presentation.wrapped(strings.suggestionTally(tally), indent: "", hangingIndent: "  ")
        }
    }

    /// `suggestions`: one object per language (`language`, `answers`, `accepted`, `acceptance`, `kappa`; the last two
    /// null below the minimum).
    static func suggestionsJSON(_ tallies: [SuggestionTally]) -> JSONValue {
        .array(
            tallies.map { tally in
                .object([
                    ("language", .string(tally.language)), ("answers", .int(tally.answers)),
                    ("accepted", .int(tally.accepted)), ("acceptance", .optional(tally.acceptance)),
                    ("kappa", .optional(tally.kappa)),
                ])
            })
    }
}

extension UIStrings {
    /// One language's line: the answers, the share taken as suggested, and kappa; or how many more are needed.
    func suggestionTally(_ tally: SuggestionTally) -> String {
        let language = tally.language.isEmpty ? "?" : tally.language
        guard let acceptance = tally.acceptance else {
            return text(
                "Suggested ticks (\(language)): \(tally.answers) answers so far; how often you accept them and how far they agree with your ticks show from \(SuggestionTally.minimumAnswers).",
                "提案したポイント（\(language)）: これまで \(tally.answers) 回。受け入れた割合とあなたのチェックとの一致度は \(SuggestionTally.minimumAnswers) 回から表示します。"
            )
        }
        let kappa = tally.kappa.map(Self.twoDecimals) ?? "–"
        return text(
            "Suggested ticks (\(language)): \(tally.answers) answers, \(percent(acceptance)) accepted as suggested; agreement with your ticks, Cohen's kappa \(kappa).",
            "提案したポイント（\(language)）: \(tally.answers) 回の回答のうち \(percent(acceptance)) を提案どおりに決定。あなたのチェックとの一致度（コーエンのカッパ）\(kappa)"
        )
    }

    /// `0.71`, `-0.05`, `1.00`.
    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let magnitude = abs(hundredths)
        return (hundredths < 0 ? "-" : "") + "\(magnitude / 100)." + (magnitude % 100 < 10 ? "0" : "")
            + "\(magnitude % 100)"
    }
}
