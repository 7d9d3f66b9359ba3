/// A question an interviewer may ask next, with the short answer they expect.
package struct FollowUp: Sendable, Hashable {
    /// The follow-up question.
    package var question: LocalizedText
    /// A short expected answer.
    package var answer: LocalizedText
    /// The key points of its question that it probes, as 1-based numbers in ascending order; empty when it goes
    /// beyond the key points (depth the rubric does not grade).
    package var probes: [Int]

    /// Creates a follow-up.
    package init(question: LocalizedText, answer: LocalizedText, probes: [Int] = []) {
        self.question = question
        self.answer = answer
        self.probes = probes
    }
}
