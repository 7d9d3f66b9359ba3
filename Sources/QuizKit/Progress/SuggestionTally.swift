/// How the suggested ticks fared against the user's own, for one language: how often the user took them as offered,
/// and Cohen's kappa between the suggested and the final ticks over every key point of those answers.
///
/// The figures are given only from `minimumAnswers` answers on: with fewer, one answer moves the acceptance by more
/// than five points, and kappa over a handful of answers (a few dozen key points, mostly of one class) swings widely.
package struct SuggestionTally: Sendable, Hashable {
    /// The answers a figure needs: 20 answers with suggestions, some 100 to 160 key points.
    package static let minimumAnswers = 20

    /// The language of the key points the suggestions read (`en`, `ja`; empty when a record did not say).
    package var language: String
    /// The graded answers that were offered suggestions.
    package var answers = 0
    /// Of those, the answers whose final ticks are exactly the suggestion (Enter, or the same numbers typed).
    package var accepted = 0
    /// Per key point of those answers: the suggestion first, the user's final tick second.
    package var agreement = Agreement()

    /// A tally with nothing counted yet.
    package init(language: String) {
        self.language = language
    }

    /// Whether there are enough answers for the figures.
    package var isEnough: Bool { answers >= Self.minimumAnswers }

    /// The share of the answers taken as suggested, from 0 to 1; nil below `minimumAnswers`.
    package var acceptance: Double? { isEnough ? Double(accepted) / Double(answers) : nil }

    /// Cohen's kappa between the suggested and the final ticks; nil below `minimumAnswers`.
    package var kappa: Double? { isEnough ? agreement.kappa : nil }

    /// Counts one answer: the points suggested and the points ticked, of `total`.
    mutating func add(suggested: KeyPointSet, ticked: KeyPointSet, total: Int) {
        answers += 1
        if suggested == ticked { accepted += 1 }
        for number in stride(from: 1, through: total, by: 1) {
            agreement.add(first: suggested.contains(number), second: ticked.contains(number))
        }
    }
}

extension ProgressHistory {
    /// The suggested ticks' tallies for a deck (or every deck, for nil), one per language, by language; empty when no
    /// answer was offered suggestions. Undone answers are not counted. One pass over the answers.
    package func suggestionTallies(forDeck deckID: String?) -> [SuggestionTally] {
        let deck = deckID.map { deckIndex($0) ?? -1 }
        var byLanguage: [UInt8: SuggestionTally] = [:]
        for answer in answers where answer.hasSuggestion {
            if let deck, questionKeys[Int(answer.key)].deck != deck { continue }
            byLanguage[
                answer.suggestion, default: SuggestionTally(language: modes[Int(answer.suggestion)])
            ].add(
                suggested: answer.suggested, ticked: answer.covered, total: Int(answer.total))
        }
        return byLanguage.values.sorted { $0.language < $1.language }
    }
}
