import FoundationEssentials
import QuizKit
import QuizStore

/// Drives a quiz session: reads lines, feeds the session, shows its events and saves its records as they come.
struct QuizLoop {
    let invocation: Invocation
    let screen: QuizScreen
    /// Where records go, or nil with `--no-save`.
    let progressFile: ProgressFile?
    /// The countdown in the terminal's title, in timed practice on a terminal that takes one.
    var liveTitle: LiveTitle? = nil

    /// Runs the session to its end and returns the exit status: 0, or 1 when an answer could not be saved.
    func run(_ initial: QuizSession) -> Int32 {
        let context = invocation.context
        defer { liveTitle?.restore() }
        var session = initial
        var events = session.start(at: context.clock())
        while true {
            for event in events {
                if case .record(let entry) = event, let progressFile {
                    do {
                        try progressFile.append(entry)
                    } catch {
                        context.output.line()
                        context.errorOutput.line("Error: " + error.message + " The quiz stops here; earlier answers are saved.")
                        for finalEvent in session.handle(.endOfInput, at: context.clock()) {
                            screen.render(finalEvent, session: session)
                        }
                        return 1
                    }
                }
                screen.render(event, session: session)
            }
            context.output.flush()
            if session.phase == .finished { return 0 }
            showCountdown(for: session)
            let input = context.readAtPrompt(liveTitle: liveTitle)
            switch input {
            case .line(let text):
                events = session.handle(.line(text), at: context.clock())
            case .endOfInput:
                events = session.handle(.endOfInput, at: context.clock())
            case .interrupted:
                // Every graded answer is already on disk; show where the session stood and exit with 130.
                context.output.line(invocation.style.yellow(screen.presenter.strings.interrupted))
                for finalEvent in session.handle(.endOfInput, at: context.clock()) {
                    screen.render(finalEvent, session: session)
                }
                context.output.flush()
                return 130
            }
        }
    }
}

extension InputLine {
    /// Whether this is a typed line.
    var isLine: Bool {
        if case .line = self { return true }
        return false
    }
}
