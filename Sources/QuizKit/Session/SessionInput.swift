/// What the user interface feeds a quiz session.
public enum SessionInput: Sendable, Hashable {
    /// One line typed, without its newline.
    case line(String)
    /// End of input (Ctrl-D, or the end of a pipe): end the quiz, keeping every grade.
    case endOfInput
}
