#if canImport(Glibc)
    import Glibc
#endif

/// What the process's terminal can do. Whether each stream is a terminal is read once at start-up; the width is
/// asked again each time a screen is laid out, so a window resized mid-quiz is used from the next screen on.
struct TerminalTraits: Sendable {
    /// Whether standard output is a terminal.
    var isOutputTerminal: Bool
    /// Whether standard input is a terminal.
    var isInputTerminal: Bool
    /// How wide the terminal is now, in columns, when standard output is a terminal that reports it.
    var measureColumns: @Sendable () -> Int?

    /// The terminal's width in columns now.
    var columns: Int? { measureColumns() }

    /// Creates traits with a fixed width (tests, pipes).
    package init(isOutputTerminal: Bool, isInputTerminal: Bool, columns: Int?) {
        self.init(isOutputTerminal: isOutputTerminal, isInputTerminal: isInputTerminal, measureColumns: { columns })
    }

    /// Creates traits whose width is measured each time it is asked for.
    package init(isOutputTerminal: Bool, isInputTerminal: Bool, measureColumns: @escaping @Sendable () -> Int?) {
        self.isOutputTerminal = isOutputTerminal
        self.isInputTerminal = isInputTerminal
        self.measureColumns = measureColumns
    }

    /// Neither stream is a terminal: the traits of a pipe, and of tests.
    package static let pipe = TerminalTraits(isOutputTerminal: false, isInputTerminal: false, columns: nil)

    /// Reads the real process's traits with `isatty`; the width comes from `ioctl(TIOCGWINSZ)` at each use.
    static func current() -> TerminalTraits {
        let isOutputTerminal = isatty(STDOUT_FILENO) == 1
        let measure: @Sendable () -> Int?
        if isOutputTerminal {
            measure = { TerminalTraits.windowColumns() }
        } else {
            measure = { nil }
        }
        return TerminalTraits(
            isOutputTerminal: isOutputTerminal, isInputTerminal: isatty(STDIN_FILENO) == 1, measureColumns: measure)
    }

    /// The width of the terminal on standard output now, or nil.
    @Sendable static func windowColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
