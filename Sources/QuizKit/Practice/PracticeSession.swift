import FoundationEssentials

/// A practice session as a state machine, the shape the quiz and the interview share: start it, feed it what was
/// typed with the time, and show the events it returns, until it is finished.
///
/// Nothing here touches a terminal or a file: the command line's one prompt loop drives any session of this shape.
public protocol PracticeSession: Sendable {
    /// What the session asks its screen to show (and its command to save), in order.
    associatedtype Event: Sendable

    /// Starts the session: the events that show its first question (or that it is over, when it has none).
    mutating func start(at time: Date) -> [Event]

    /// Handles one input and returns what to show, in order; nothing once the session is finished.
    mutating func handle(_ input: SessionInput, at time: Date) -> [Event]

    /// Whether the session is over.
    var isFinished: Bool { get }
}

/// What the user interface feeds a practice session.
public enum SessionInput: Sendable, Hashable {
    /// One line typed, without its newline.
    case line(String)
    /// End of input (Ctrl-D, Ctrl-C, or the end of a pipe): end the session, keeping everything recorded.
    case endOfInput
}
