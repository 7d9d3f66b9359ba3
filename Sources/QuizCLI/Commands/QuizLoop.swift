import Foundation
import QuizKit

/// Drives a quiz session: reads lines, feeds the session, shows its events and saves its records as they come.
struct QuizLoop {
    let invocation: Invocation
    let screen: QuizScreen
    /// Where records go, or nil with `--no-save`.
    let progressFile: ProgressFile?

    /// Runs the session to its end and returns the exit status: 0, or 1 when an answer could not be saved.
    func run(_ initial: QuizSession) -> Int32 {
        let context = invocation.context
        var session = initial
        let snapshot = SessionSnapshot(session)
        context.interrupts?.onInterrupt { [screen] in
            let session = snapshot.current
            context.output.line()
            context.output.line(invocation.style.yellow(screen.presenter.strings.interrupted))
            screen.render(.finished(session.summary), session: session)
            context.output.write(invocation.style.isEnabled ? "\u{1B}[0m" : "")
            InterruptMonitor.exitAsInterrupted()
        }
        defer { context.interrupts?.onInterrupt(nil) }

        var events = session.start(at: context.clock())
        while true {
            for event in events {
                if case .record(let entry) = event, let progressFile {
                    do {
                        try progressFile.append(entry)
                    } catch {
                        context.output.line()
                        context.errorOutput.line("Error: " + error.message + " The quiz stops here; earlier answers are saved.")
                        var stopped = session
                        let finalEvents = stopped.handle(.endOfInput, at: context.clock())
                        for finalEvent in finalEvents { screen.render(finalEvent, session: stopped) }
                        return 1
                    }
                }
                screen.render(event, session: session)
            }
            snapshot.update(session)
            context.output.flush()
            if session.phase == .finished { return 0 }
            let line = context.input.readLine()
            if !context.terminal.isInputTerminal || line == nil {
                // Piped input is not echoed: end the prompt's line so the transcript stays readable.
                context.output.line()
            }
            events = session.handle(line.map(SessionInput.line) ?? .endOfInput, at: context.clock())
            snapshot.update(session)
        }
    }
}

/// The latest state of a running session, readable from the Ctrl-C handler's thread.
final class SessionSnapshot: @unchecked Sendable {
    private let lock = NSLock()
    private var session: QuizSession

    init(_ session: QuizSession) {
        self.session = session
    }

    var current: QuizSession {
        lock.lock()
        defer { lock.unlock() }
        return session
    }

    func update(_ session: QuizSession) {
        lock.lock()
        self.session = session
        lock.unlock()
    }
}
