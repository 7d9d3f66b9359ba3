import FoundationEssentials
import QuizKit

/// Drives an interview: reads the interviewer's lines, feeds the session, shows its events, and keeps the
/// scorecard saved after every line.
struct InterviewLoop {
    let context: CommandContext
    let screen: InterviewScreen
    let recorder: ScorecardRecorder
    /// The clock in the terminal's title, on a terminal that takes one.
    let liveTitle: LiveTitle?

    /// Runs the interview to its end and returns the exit status: 0, 130 after Ctrl-C, or 1 when the scorecard could
    /// not be written (it is then printed, so nothing is lost).
    func run(_ initial: InterviewSession) -> Int32 {
        let strings = screen.presenter.strings
        var session = initial
        var events = session.start(at: context.clock())
        var wasInterrupted = false
        var lastWarning: String?
        while true {
            if session.isFinished {
                liveTitle?.restore()
            } else {
                do {
                    let now = context.clock()
                    try recorder.save(session.summary(at: now), at: now)
                } catch {
                    // Keep interviewing: the next line tries again, and the end reports for good. Say it once.
                    if error.message != lastWarning {
                        context.output.flush()
                        context.errorOutput.line("Warning: " + error.message + " dlquiz tries again after every line.")
                        lastWarning = error.message
                    }
                }
            }
            for event in events { screen.render(event, session: session) }
            if session.isFinished { break }
            context.output.flush()
            let snapshot = session
            let questions = screen.questions
            liveTitle?.show { now in
                strings.liveElapsed(snapshot.elapsed(at: now), suggested: questions[snapshot.index].suggestedSeconds)
            }
            let input = context.readAtPrompt(liveTitle: liveTitle)
            if input == .interrupted {
                context.output.line(screen.presenter.presentation.style.yellow(strings.interrupted))
                wasInterrupted = true
            }
            events = session.handle(input.sessionInput, at: context.clock())
        }
        let status = finalSave(session.summary(at: context.clock()), at: context.clock())
        context.output.flush()
        return wasInterrupted ? 130 : status
    }

    /// Writes the final scorecard and says where; on failure prints it so it is not lost.
    private func finalSave(_ summary: InterviewSummary, at time: Date) -> Int32 {
        let strings = screen.presenter.strings
        let style = screen.presenter.presentation.style
        do {
            guard try recorder.save(summary, at: time), let path = recorder.savedPath else {
                context.output.line(style.dim(strings.nothingAsked))
                return 0
            }
            var isFolder = false
            if case .folder = recorder.destination { isFolder = true }
            context.output.line(style.bold(strings.scorecardSaved(context.displayPath(path), alsoJSON: isFolder)))
            return 0
        } catch {
            context.output.flush()
            context.errorOutput.line("Error: " + error.message + " The scorecard follows on standard output, so it is not lost.")
            context.output.write("\n" + recorder.markdown(recorder.scorecard(for: summary, at: time)))
            return 1
        }
    }
}
