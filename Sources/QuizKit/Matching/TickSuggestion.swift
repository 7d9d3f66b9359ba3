/// What dlquiz offers at a tick prompt for one typed answer: the key points the matcher finds in it, each with the
/// phrase of the answer that supports it.
///
/// The quiz and the interview console both build it through `make(for:answer:language:)`, once per typed answer,
/// and only then: a command that never suggests never builds a matcher. The user decides; an offer ticks nothing
/// by itself.
package struct TickSuggestion: Sendable, Hashable {
    /// The matcher's verdict on each key point.
    package var match: AnswerMatch
    /// The text that was matched (the answer, at most `KeptText.byteLimit` bytes of it), which the evidence ranges
    /// index.
    package var answer: String

    /// Creates an offer from a match of `answer`.
    package init(match: AnswerMatch, answer: String) {
        self.match = match
        self.answer = answer
    }

    /// The points offered as covered.
    package var suggested: KeyPointSet { match.suggested }

    /// The grade the offered points would propose.
    package var proposedGrade: Grade { match.proposedGrade }

    /// The phrase of the answer that supports point `number` (or, when `isContradicted(number)`, contradicts it);
    /// nil when nothing in the answer relates to it.
    package func evidence(of number: Int) -> Substring? {
        guard match.points.indices.contains(number - 1) else { return nil }
        return match.points[number - 1].evidence(in: answer)
    }

    /// Whether the answer states the opposite of point `number` (its evidence shows where).
    package func isContradicted(_ number: Int) -> Bool {
        match.points.indices.contains(number - 1) && match.points[number - 1].basis == .contradiction
    }

    /// The offer for `answer` to `question` in `language`; nil when the question has no key points or the answer is
    /// blank (answered aloud). Only the first `KeptText.byteLimit` bytes are read, as a record keeps them, so a
    /// pasted book costs what ten thousand words cost.
    package static func make(for question: Question, answer: String, language: String)
        -> TickSuggestion?
    {
        guard !question.keyPoints.isEmpty, question.keyPoints.count <= KeyPointSet.maximum else {
            return nil
        }
        let text = KeptText.cut(answer).kept
        guard !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { return nil }
        let matcher = KeyPointMatcher(question: question, language: language)
        return TickSuggestion(match: matcher.match(text), answer: text)
    }
}
