#if canImport(Glibc)
import Glibc
#endif

/// What the process's terminal can do, read once at start-up.
public struct TerminalTraits: Sendable, Hashable {
    /// Whether standard output is a terminal.
    public var isOutputTerminal: Bool
    /// Whether standard input is a terminal.
    public var isInputTerminal: Bool
    /// The terminal's width in columns, when standard output is a terminal that reports it.
    public var columns: Int?

    /// Creates traits.
    public init(isOutputTerminal: Bool, isInputTerminal: Bool, columns: Int?) {
        self.isOutputTerminal = isOutputTerminal
        self.isInputTerminal = isInputTerminal
        self.columns = columns
    }

    /// Neither stream is a terminal: the traits of a pipe, and of tests.
    public static let pipe = TerminalTraits(isOutputTerminal: false, isInputTerminal: false, columns: nil)

    /// Reads the real process's traits with `isatty` and `ioctl(TIOCGWINSZ)`.
    public static func current() -> TerminalTraits {
        let isOutputTerminal = isatty(STDOUT_FILENO) == 1
        var columns: Int?
        if isOutputTerminal {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
                columns = Int(size.ws_col)
            }
        }
        return TerminalTraits(
            isOutputTerminal: isOutputTerminal, isInputTerminal: isatty(STDIN_FILENO) == 1, columns: columns)
    }
}
