/// What the matcher says about one key point of an answer.
package struct KeyPointMatch: Sendable, Hashable {
    /// Why the point is or is not suggested.
    package enum Basis: Sendable, Hashable {
        /// A sentence of the answer states enough of the point's text or of an `also:` phrasing.
        case phrasing
        /// An `all:` or `near:` cue holds.
        case cue
        /// A `not:` cue holds: the answer states the point's opposite (the evidence shows where).
        case contradiction
        /// Not enough of the point was found.
        case none
    }

    /// The key point's number, from 1.
    package var number: Int
    /// Whether the point is suggested as covered.
    package var isCovered: Bool
    /// How sure the matcher is that the point is covered, from 0 to 1 (0.5 at the threshold).
    package var confidence: Double
    /// The UTF-8 offsets, in the answer, of the phrase that supports the point (or, for a contradiction, that
    /// contradicts it); nil when nothing in the answer relates to it.
    package var evidence: Range<Int>?
    package var basis: Basis

    /// The evidence as text of `answer` (the same string that was matched), running on to close a bracket it
    /// opens (`ceil(N / B)`, not `ceil(N / B`) when the closing one follows on the same line.
    package func evidence(in answer: String) -> Substring? {
        guard let evidence, evidence.upperBound <= answer.utf8.count else { return nil }
        let utf8 = answer.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: evidence.lowerBound)
        let end = utf8.index(start, offsetBy: evidence.count)
        var depth = answer[start..<end].reduce(0) { $0 + Self.depthChange($1) }
        // At most 40 characters on, on the same line: a bracket closed further on is not this phrase's.
        var scanned = end
        for character in answer[end...].prefix(40) {
            guard depth > 0, character != "\n" else { break }
            depth += Self.depthChange(character)
            scanned = answer.index(after: scanned)
        }
        return answer[start..<(depth == 0 ? scanned : end)]
    }

    /// +1 for an opening bracket, −1 for a closing one, else 0.
    private static func depthChange(_ character: Character) -> Int {
        "([{（［「『【".contains(character) ? 1 : ")]}）］」』】".contains(character) ? -1 : 0
    }
}

/// The matcher's suggestion for one answer: each point, the suggested set, and the grade it would propose.
package struct AnswerMatch: Sendable, Hashable {
    /// One entry per key point, in order.
    package var points: [KeyPointMatch]

    /// The points suggested as covered.
    package var suggested: KeyPointSet { KeyPointSet(points.filter(\.isCovered).map(\.number)) }

    /// The share of points suggested, from 0 to 1 (0 for a question without points).
    package var coverage: Double { points.isEmpty ? 0 : Double(suggested.count) / Double(points.count) }

    /// The grade the suggested points would propose (see `GradeProposal`).
    package var proposedGrade: Grade { GradeProposal.grade(coverage: coverage) }
}
