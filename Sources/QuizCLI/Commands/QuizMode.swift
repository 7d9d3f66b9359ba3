import FoundationEssentials
import QuizKit

/// The quiz, as the prompt loop drives it: progress records appended before they are shown, the countdown in the
/// terminal's title in timed practice, and the quiz screen's text.
struct QuizMode: PracticeMode {
    let screen: QuizScreen
    /// Where records go, or nil with `--no-save`.
    let progressFile: ProgressFile?

    var strings: UIStrings { screen.strings }

    /// Appends a `record` event's entry to the progress file, so every grade is on disk before it is shown.
    func persist(_ event: SessionEvent) throws(QuizError) {
        guard case .record(let entry) = event, let progressFile else { return }
        try progressFile.append(entry)
    }

    func persistFailure(_ error: QuizError) -> String {
        "Error: " + error.message + " The quiz stops here; earlier answers are saved."
    }

    /// Nothing to do: the quiz saves as it grades.
    func checkpoint(_ session: QuizSession, at time: Date) throws(QuizError) {}

    func checkpointFailure(_ error: QuizError) -> String { "" }

    func render(_ event: SessionEvent, session: QuizSession) -> String {
        screen.render(event, session: session)
    }

    /// The time left while an answer is typed in timed practice; else the plain title.
    func title(for session: QuizSession) -> LiveTitleText? {
        guard session.phase == .answering, let limit = session.limit(for: session.index) else { return nil }
        let shownAt = session.questionShownAt
        let strings = strings
        return LiveTitleText { now in strings.countdown(limit - Int(now.timeIntervalSince(shownAt).rounded())) }
    }

    /// Nothing more: the summary was the last event.
    func close(_ session: QuizSession, at time: Date) -> Closing { Closing() }
}
