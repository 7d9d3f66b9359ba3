import FoundationEssentials

/// One line of the progress file.
public enum ProgressEntry: Sendable, Hashable {
    /// A graded answer.
    case answer(AnswerRecord)
    /// The withdrawal of an earlier answer of the same session, when the user pressed `u`.
    case undo(session: String, sequence: Int, time: Date)
}
