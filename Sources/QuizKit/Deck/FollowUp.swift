/// A question an interviewer may ask next, with the short answer they expect.
public struct FollowUp: Sendable, Hashable {
    /// The follow-up question.
    public var question: LocalizedText
    /// A short expected answer.
    public var answer: LocalizedText

    /// Creates a follow-up.
    public init(question: LocalizedText, answer: LocalizedText) {
        self.question = question
        self.answer = answer
    }
}
