/// The words a study sheet shows around the deck's own texts, in the sheet's language.
///
/// QuizKit has no user-interface strings of its own: the command line passes in its translations.
package struct SheetLabels: Sendable {
    /// The heading of the model answer.
    var modelAnswer: String
    /// The heading of the one-minute answer, shown before the model answer.
    package var oneMinuteAnswer: String
    /// The heading of a question's details (worked examples and numbers), shown after the model answer.
    package var details: String
    /// The heading of the key points.
    package var keyPoints: String
    /// The heading of the follow-up questions.
    package var followUps: String
    /// The heading of the references.
    package var references: String
    /// The heading of the table of contents.
    var contents: String
    /// How many questions the sheet has, such as `12 questions`.
    package var questionCount: @Sendable (Int) -> String
    /// A difficulty, such as `difficulty 2/3`.
    package var difficulty: @Sendable (Int) -> String
    /// A suggested time to answer, such as `about 4 min`.
    var suggestedTime: @Sendable (Double) -> String

    /// Creates labels.
    package init(
        modelAnswer: String, keyPoints: String, followUps: String, references: String, contents: String,
        questionCount: @escaping @Sendable (Int) -> String, difficulty: @escaping @Sendable (Int) -> String,
        suggestedTime: @escaping @Sendable (Double) -> String, details: String = "Details",
        oneMinuteAnswer: String = "One-minute answer"
    ) {
        self.details = details
        self.oneMinuteAnswer = oneMinuteAnswer
        self.modelAnswer = modelAnswer
        self.keyPoints = keyPoints
        self.followUps = followUps
        self.references = references
        self.contents = contents
        self.questionCount = questionCount
        self.difficulty = difficulty
        self.suggestedTime = suggestedTime
    }
}
