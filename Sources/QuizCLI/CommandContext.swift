import FoundationEssentials
import QuizKit
import QuizStore

/// Everything a command may touch of the outside world, passed in so tests can replace each part.
package struct CommandContext: Sendable {
    /// The arguments after the program name.
    var arguments: [String]
    /// The environment variables.
    var environment: [String: String]
    /// Typed input.
    var input: any LineSource
    /// Standard output. Whatever sink is given, every line written through `write` or `line` is fitted to the width
    /// (`FittingSink`); `write(verbatim:)` is for documents, JSON and scripts.
    var output: any TextSink {
        didSet { output = FittingSink.fitting(output, width: measureWidth) }
    }
    /// Standard error, fitted to the width as standard output is.
    var errorOutput: any TextSink {
        didSet { errorOutput = FittingSink.fitting(errorOutput, width: measureWidth) }
    }
    /// What the terminal can do.
    var terminal: TerminalTraits
    /// The current time.
    var clock: @Sendable () -> Date
    /// A fresh random seed, used when no `--seed` is given.
    var makeSeed: @Sendable () -> UInt64
    /// The local time zone's offset from UTC in seconds at a moment (days and streaks are counted in local time).
    package var utcOffset: @Sendable (Date) -> Int
    /// A fresh identifier for a quiz session, written into its progress records.
    var makeIdentifier: @Sendable () -> String
    /// Ctrl-C handling, when the process observes SIGINT.
    var interrupts: InterruptMonitor?

    /// Creates a context.
    init(
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
        let measureWidth = Self.widthMeasure(environment: environment, terminal: terminal)
        self.output = FittingSink.fitting(output, width: measureWidth)
        self.errorOutput = FittingSink.fitting(errorOutput, width: measureWidth)
        self.terminal = terminal
        self.clock = clock
        self.makeSeed = makeSeed
        self.utcOffset = utcOffset
        self.makeIdentifier = makeIdentifier
        self.interrupts = interrupts
    }

    /// Twelve random lowercase hexadecimal digits.
    @Sendable package static func randomIdentifier() -> String {
        let value = UInt64.random(in: 0..<(1 << 48))
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 12 - hex.count) + hex
    }

    /// The context of the running process: real streams, environment, clock and terminal.
    package static func process() -> CommandContext {
        let interrupts = InterruptMonitor()
        interrupts.install()
        TemporaryFiles.installSignalHandlers()
        return CommandContext(
            arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
            input: StandardInput(interrupts: interrupts), output: FileSink.standardOutput(),
            errorOutput: FileSink.standardError(),
            terminal: .current(), interrupts: interrupts)
    }

    /// The width to wrap at: `COLUMNS`, else the terminal's width, else 80; never above 100 nor below 20.
    var width: Int {
        Presentation.columns(environment: environment, terminal: terminal, in: 20...100)
    }

    /// `width`, measured again at each call, for the output sinks.
    private var measureWidth: @Sendable () -> Int {
        Self.widthMeasure(environment: environment, terminal: terminal)
    }

    private static func widthMeasure(environment: [String: String], terminal: TerminalTraits) -> @Sendable () -> Int {
        { Presentation.columns(environment: environment, terminal: terminal, in: 20...100) }
    }
}

// MARK: - What commands share

extension CommandContext {
    /// Runs `body` with its output going through the pager when `Pager` says so (long output on a terminal), else
    /// straight to standard output. When the pager cannot start, the text is written directly.
    func paging(noPager: Bool, _ body: (CommandContext) throws -> Int32) rethrows -> Int32 {
        guard let command = Pager.command(context: self, noPager: noPager) else { return try body(self) }
        var buffered = self
        let sink = BufferSink()
        buffered.output = sink
        let status = try body(buffered)
        // The buffered text was fitted on its way in.
        if !Pager.show(sink.text, command: command, environment: environment) { output.write(verbatim: sink.text) }
        return status
    }

    /// A path as messages show it, with the home folder as `~`, and any control or escape sequence in it shown, not
    /// sent (`UntrustedText`): a file name is untrusted text.
    func displayPath(_ path: String) -> String {
        UntrustedText.echoed(HomeFolder.abbreviate(path, environment: environment), limit: 400)
    }

    /// The progress file's path: `--progress`, else `$DLQUIZ_PROGRESS`, else the XDG state folder.
    func progressPath(_ option: String?) -> String {
        ProgressLocation.path(flag: option, environment: environment)
    }

    /// Reads the progress file, warning on standard error, in the language of `strings`, about lines it skipped
    /// (they stay in the file).
    func loadHistory(path: String, strings: UIStrings) throws -> ProgressHistory {
        // `--progress -` on a terminal would wait for a file typed by hand: said plainly instead.
        if path == ProgressOptions.standardInput && terminal.isInputTerminal { throw DeckErrors.progressFromTerminal }
        let history = try ProgressFile(path: path).load()
        if history.problemCount > 0 {
            let count = history.problemCount
            var message = strings.skippedProgressLines(count, path: displayPath(path))
            for problem in history.problems.prefix(3) {
                message += "\n  " + problem.text(strings)
            }
            if count > 3 { message += "\n  " + strings.moreProgressProblems(count - 3) }
            errorOutput.line(message)
        }
        // Five minutes of grace for clocks that differ a little between machines sharing the file.
        let future = history.answersDated(after: clock().addingTimeInterval(300))
        if future.count > 0 {
            let lines =
                future.lines.map(String.init).joined(separator: ", ") + (future.count > future.lines.count ? ", …" : "")
            errorOutput.line(strings.answersDatedInTheFuture(future.count, lines: lines, path: displayPath(path)))
        }
        return history
    }

    /// Prints a JSON document to standard output.
    func printJSON(_ value: JSONValue) {
        output.write(verbatim: value.rendered(pretty: true) + "\n")
    }

    /// Renders a document and sends it to `destination`, saying so on standard output when it is a file.
    ///
    /// The file is never one of `inputs` (the deck, the progress file); an existing one is refused unless `replacing`
    /// says `--force`, and then replaced keeping a backup beside it, which the confirmation names. `questions` and
    /// `strings` only word the confirmation: "Wrote 12 questions to sheet.html."
    func deliverDocument(
        to destination: DocumentDestination, questions: Int, strings: UIStrings, inputs: [String] = [],
        replacing: ReplaceOptions, _ render: () throws -> String
    ) throws {
        let backup = try destination.deliver(
            to: output, inputs: inputs, existing: replacing.existing(at: clock()), render)
        if case .file(let path) = destination {
            output.line(strings.wroteDocument(questions: questions, path: StoreError.shown(path)))
            if let backup { output.line(strings.previousFileKept(StoreError.shown(displayPath(backup)))) }
        }
    }
}
