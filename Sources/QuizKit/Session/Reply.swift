/// What the user typed at one of the quiz's prompts, parsed.
public enum Reply: Sendable, Equatable {
    /// Key points chosen at the checklist prompt.
    case points(KeyPointSet)
    /// Enter at the grade prompt: accept the proposal.
    case accept
    /// A grade typed at the grade prompt.
    case grade(Grade)
    /// `u`: undo the previous question's grade.
    case undo
    /// `s`: skip this question.
    case skip
    /// `q`: end the quiz.
    case quit
    /// `?`: show what can be typed here.
    case help
    /// Something that means nothing here, with the reason.
    case invalid(String)
}
