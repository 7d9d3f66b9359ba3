import FoundationEssentials

/// Everything a command may touch of the outside world, passed in so tests can replace each part.
public struct CommandContext: Sendable {
    /// The arguments after the program name.
    public var arguments: [String]
    /// The environment variables.
    public var environment: [String: String]
    /// Typed input.
    public var input: any LineSource
    /// Standard output.
    public var output: any TextSink
    /// Standard error.
    public var errorOutput: any TextSink
    /// What the terminal can do.
    public var terminal: TerminalTraits
    /// The current time.
    public var clock: @Sendable () -> Date
    /// A fresh random seed, used when no `--seed` is given.
    public var makeSeed: @Sendable () -> UInt64
    /// The local time zone's offset from UTC in seconds at a moment (days and streaks are counted in local time).
    public var utcOffset: @Sendable (Date) -> Int
    /// A fresh identifier for a quiz session, written into its progress records.
    public var makeIdentifier: @Sendable () -> String
    /// Ctrl-C handling, when the process observes SIGINT.
    public var interrupts: InterruptMonitor?

    /// Creates a context.
    public init(
        arguments: [String], environment: [String: String], input: any LineSource, output: any TextSink,
        errorOutput: any TextSink, terminal: TerminalTraits = .pipe,
        clock: @escaping @Sendable () -> Date = { Date() },
        makeSeed: @escaping @Sendable () -> UInt64 = { UInt64.random(in: 0...99_999) },
        utcOffset: @escaping @Sendable (Date) -> Int = LocalTime.utcOffset(at:),
        makeIdentifier: @escaping @Sendable () -> String = CommandContext.randomIdentifier,
        interrupts: InterruptMonitor? = nil
    ) {
        self.arguments = arguments
        self.environment = environment
        self.input = input
        self.output = output
        self.errorOutput = errorOutput
        self.terminal = terminal
        self.clock = clock
        self.makeSeed = makeSeed
        self.utcOffset = utcOffset
        self.makeIdentifier = makeIdentifier
        self.interrupts = interrupts
    }

    /// Twelve random lowercase hexadecimal digits.
    @Sendable public static func randomIdentifier() -> String {
        let value = UInt64.random(in: 0..<(1 << 48))
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 12 - hex.count) + hex
    }

    /// The context of the running process: real streams, environment, clock and terminal.
    public static func process() -> CommandContext {
        let interrupts = InterruptMonitor()
        interrupts.install()
        return CommandContext(
            arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
            input: StandardInput(interrupts: interrupts), output: FileSink.standardOutput(), errorOutput: FileSink.standardError(),
            terminal: .current(), interrupts: interrupts)
    }

    /// The width to wrap at: `COLUMNS`, else the terminal's width, else 80; never above 100 nor below 20.
    public var width: Int {
        if let text = environment["COLUMNS"], let columns = Int(text.trimmed()), columns > 0 {
            return min(max(columns, 20), 100)
        }
        return min(max(terminal.columns ?? 80, 20), 100)
    }
}
