import FoundationEssentials
import QuizKit
import QuizStore

/// What the prompt loop needs from one kind of practice (the quiz, the interview): how to save as the session runs,
/// the text of each event, the terminal's title while it waits, and how to close.
///
/// A mode never writes: it returns text and messages, and `PromptLoop` writes them.
protocol PracticeMode {
    /// The session the loop drives.
    associatedtype Session: PracticeSession

    /// The strings of the user's language (for the interruption notice).
    var strings: UIStrings { get }

    /// Saves what `event` asks to be saved, before the screen shows it (the quiz appends its progress records).
    /// - Throws: when saving failed; the loop then stops the session with the status 1.
    func persist(_ event: Session.Event) throws(StoreError)

    /// What standard error says when `persist` failed, before the session's last events are shown.
    func persistFailure(_ error: StoreError) -> String

    /// Keeps a running session saved, before the events of each line are shown (the interview saves its scorecard).
    /// - Throws: when saving failed; the loop warns once per distinct message and goes on.
    func checkpoint(_ session: Session, at time: Date) throws(StoreError)

    /// What standard error says when `checkpoint` failed.
    func checkpointFailure(_ error: StoreError) -> String

    /// The text of one event: whole lines, or a prompt without its newline.
    func render(_ event: Session.Event, session: Session) -> String

    /// What the terminal's title shows while the loop waits for the next line, or nil for the plain `dlquiz`.
    func title(for session: Session) -> LiveTitleText?

    /// The last words once the session is over (the interview's final save), and the exit status without an
    /// interruption.
    func close(_ session: Session, at time: Date) -> Closing

    /// Input the mode gives itself after `events` were shown, instead of a line read at the prompt (the quiz's
    /// editor), with text to show first; nil reads the next line as usual.
    func supply(after events: [Session.Event], session: Session) -> Supplied?
}

extension PracticeMode {
    func supply(after events: [Session.Event], session: Session) -> Supplied? { nil }
}

/// What a mode supplies in place of a typed line.
struct Supplied {
    /// Text to write first (a message, the prompt again).
    var text = ""
    /// The input to feed the session, or nil to read a line after all.
    var input: InputLine?
}

/// A live title: whether it refreshes every second, and its text at a moment.
struct LiveTitleText {
    var isRefreshing = true
    var text: @Sendable (Date) -> String
}

/// What a mode writes when its session is over.
struct Closing {
    /// Text for standard error first, if any.
    var errorText: String? = nil
    /// Text for standard output.
    var text: String = ""
    /// The exit status, unless the session was interrupted (then 130).
    var status: Int32 = 0
}

/// The one prompt loop of the quiz and the interview: reads lines, feeds the session, has the mode save, and writes
/// what the mode's screen returns. It is the only writer of the session's text.
///
/// Exit statuses: 0; 1 when the mode could not save what it must (`persist`) or could not close; 130 after Ctrl-C,
/// once the session's end is shown. The session decides what the end of input means (the quiz submits an answer typed
/// so far, and ends only when nothing was typed). When `persist` fails, the input that asked
/// for it is taken back and the session ends as it stood before that input, so nothing unsaved is shown as saved.
struct PromptLoop<Mode: PracticeMode> {
    /// The streams, the clock and the input.
    let context: CommandContext
    /// Colours for what the loop itself says (the interruption notice).
    let style: TextStyle
    let mode: Mode
    /// The terminal's title, on a terminal that takes one.
    var liveTitle: LiveTitle? = nil

    private var strings: UIStrings { mode.strings }

    /// Runs the session to its end and returns the exit status. Ctrl-C is the session's to handle throughout (it
    /// never tears a save), never the end of the process.
    func run(_ initial: Mode.Session) -> Int32 {
        InterruptMonitor.handlingInterrupts { runHandlingInterrupts(initial) }
    }

    private func runHandlingInterrupts(_ initial: Mode.Session) -> Int32 {
        defer { liveTitle?.restore() }
        var session = initial
        var events = session.start(at: context.clock())
        // The session as it stood before the input that produced `events`: everything it records is saved.
        var savedSession = session
        var wasInterrupted = false
        var lastWarning: String?
        while true {
            if session.isFinished {
                liveTitle?.restore()
            } else {
                do {
                    try mode.checkpoint(session, at: context.clock())
                } catch {
                    // Keep going: the next line tries again. Say it once.
                    let warning = mode.checkpointFailure(error)
                    if warning != lastWarning {
                        context.output.flush()
                        context.errorOutput.line(warning)
                        lastWarning = warning
                    }
                }
            }
            // Everything the events ask to save is saved before any of them is shown: a grade is on disk before it
            // says so.
            do {
                for event in events { try mode.persist(event) }
            } catch {
                // The input whose record failed is taken back: the session ends as it stood when everything it
                // recorded was on disk, so its summary lists and counts only what was really saved (a failed grade is
                // left out; after a failed undo, the grade it would have withdrawn is still saved and still shown).
                context.output.line()
                context.output.flush()
                context.errorOutput.line(mode.persistFailure(error))
                for finalEvent in savedSession.handle(.interrupt, at: context.clock()) {
                    context.output.write(mode.render(finalEvent, session: savedSession))
                }
                context.output.flush()
                return 1
            }
            for event in events { context.output.write(mode.render(event, session: session)) }
            if session.isFinished { break }
            context.output.flush()
            let supplied = mode.supply(after: events, session: session)
            if let supplied {
                context.output.write(supplied.text)
                context.output.flush()
            }
            if let input = supplied?.input {
                events = session.handle(input.sessionInput, at: context.clock())
                continue
            }
            if let liveTitle {
                let title = mode.title(for: session) ?? LiveTitleText(isRefreshing: false) { _ in "dlquiz" }
                liveTitle.show(isRefreshing: title.isRefreshing, title.text)
            }
            let input = context.readAtPrompt(liveTitle: liveTitle)
            if input == .interrupted {
                // Everything recorded is already saved; show where the session stood, then exit with 130.
                context.output.line(style.yellow(strings.interrupted))
                wasInterrupted = true
            }
            savedSession = session
            events = session.handle(input.sessionInput, at: context.clock())
        }
        let closing = mode.close(session, at: context.clock())
        if let errorText = closing.errorText {
            context.output.flush()
            context.errorOutput.line(errorText)
        }
        context.output.write(closing.text)
        context.output.flush()
        return wasInterrupted ? 130 : closing.status
    }
}

extension InputLine {
    /// Whether this is a typed line.
    var isLine: Bool {
        if case .line = self { return true }
        return false
    }
}
