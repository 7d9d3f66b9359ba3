import FoundationEssentials
import QuizKit
import QuizStore

// MARK: Quiz

/// The quiz, as the prompt loop drives it: progress records appended before they are shown, the countdown in the
/// terminal's title in timed practice, and the quiz screen's text.
struct QuizMode: PracticeMode {
    let screen: QuizScreen
    /// Where records go, or nil with `--no-save`.
    let progressFile: ProgressFile?
    /// The editor that `e` opens, or nil when `$VISUAL` and `$EDITOR` are unset.
    var editor: ExternalEditor? = nil
    /// Bracketed paste, switched off while the editor runs.
    var terminalMode: TerminalMode? = nil

    var strings: UIStrings { screen.strings }

    /// Appends a `record` event's entry to the progress file, so every grade is on disk before it is shown.
    func persist(_ event: SessionEvent) throws(StoreError) {
        guard case .record(let entry) = event, let progressFile else { return }
        try progressFile.append(entry)
    }

    func persistFailure(_ error: StoreError) -> String {
        strings.errorPrefix + error.message(strings)
            + strings.text(
                " The quiz stops here; earlier answers are saved.", " クイズはここで終わります。それまでの回答は保存済みです。")
    }

    /// Checks before the first question that records can be appended (creating the file and its folder), so a
    /// progress file that cannot take them is refused before anything is typed.
    /// - Throws: `CommandFailure` with the store's message and the way out.
    static func checkBeforeStarting(_ progressFile: ProgressFile?) throws(CommandFailure) {
        guard let progressFile else { return }
        do {
            try progressFile.checkAppendable()
        } catch {
            throw CommandFailure(
                error.message(in: "en") + " Nothing was asked yet: fix this, or practise with --no-save.",
                error.message(in: "ja") + " まだ何も出題していません。これを直すか、--no-save を付けて練習してください。")
        }
    }

    /// Nothing to do: the quiz saves as it grades.
    func checkpoint(_ session: QuizSession, at time: Date) throws(StoreError) {}

    func checkpointFailure(_ error: StoreError) -> String { "" }

    func render(_ event: SessionEvent, session: QuizSession) -> String {
        screen.render(event)
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

    /// After `e`: the answer written in the editor, submitted; or a message and the prompt again.
    func supply(after events: [SessionEvent], session: QuizSession) -> Supplied? {
        guard events.contains(.editAnswer) else { return nil }
        guard let editor else {
            return Supplied(text: screen.notice(strings.noEditor, isProblem: true) + screen.promptText)
        }
        let question = session.questions[session.index]
        let language = screen.presenter.language
        var asked = question.question.text(in: language)
        if session.phase == .followUpAnswering, let followUp = session.currentFollowUp,
            question.followUps.indices.contains(followUp)
        {
            asked = question.followUps[followUp].question.text(in: language)
        }
        terminalMode?.restore()
        let result = editor.edit(template: strings.editorTemplate(question: asked))
        terminalMode?.enable()
        switch result {
        case .success(let text) where !text.allSatisfy(\.isWhitespace):
            return Supplied(input: .submitted(text))
        case .success:
            return Supplied(text: screen.notice(strings.editorEmpty, isProblem: true) + screen.promptText)
        case .failure(.status(let status)):
            return Supplied(
                text: screen.notice(strings.editorFailed(status: status), isProblem: true) + screen.promptText)
        case .failure(.file):
            return Supplied(text: screen.notice(strings.editorFailed(status: nil), isProblem: true) + screen.promptText)
        }
    }
}

// MARK: - Interview

/// The interview, as the prompt loop drives it: the scorecard saved after every line, the clock in the terminal's
/// title, the interview screen's text, and the final save.
struct InterviewMode: PracticeMode {
    let context: CommandContext
    let screen: InterviewScreen
    let recorder: ScorecardRecorder

    var strings: UIStrings { screen.strings }
    private var style: TextStyle { screen.presenter.presentation.style }

    /// Nothing is saved per event: the scorecard is saved per line.
    func persist(_ event: InterviewEvent) throws(StoreError) {}

    func persistFailure(_ error: StoreError) -> String { "" }

    /// Saves the scorecard as it would stand if the interview ended now.
    func checkpoint(_ session: InterviewSession, at time: Date) throws(StoreError) {
        _ = try recorder.save(session.summary(at: time), at: time)
    }

    func checkpointFailure(_ error: StoreError) -> String {
        strings.warningPrefix + error.message(strings)
            + strings.text(" dlquiz tries again after every line.", " dlquiz は 1 行ごとに保存を試み直します。")
    }

    func render(_ event: InterviewEvent, session: InterviewSession) -> String {
        screen.render(event)
    }

    /// The time on this question against its suggested time.
    func title(for session: InterviewSession) -> LiveTitleText? {
        let strings = strings
        let suggested = screen.questions[session.index].suggestedSeconds
        return LiveTitleText { now in strings.liveElapsed(session.elapsed(at: now), suggested: suggested) }
    }

    /// Writes the final scorecard and says where; on failure prints it, so it is not lost (status 1).
    func close(_ session: InterviewSession, at time: Date) -> Closing {
        let summary = session.summary(at: time)
        do {
            guard try recorder.save(summary, at: time), let path = recorder.savedPath else {
                return Closing(
                    text: screen.presentation.wrapped(strings.nothingAsked).map(style.dim).map { $0 + "\n" }.joined())
            }
            var isFolder = false
            if case .folder = recorder.destination { isFolder = true }
            let saved = strings.scorecardSaved(context.displayPath(path), alsoJSON: isFolder)
            return Closing(text: screen.presentation.wrapped(saved).map(style.bold).map { $0 + "\n" }.joined())
        } catch {
            return Closing(
                errorText: strings.errorPrefix + error.message(strings)
                    + strings.text(
                        " The scorecard follows on standard output, so it is not lost.",
                        " スコアカードは失われないよう、標準出力に続けて出力します。"),
                text: "\n" + recorder.markdown(recorder.scorecard(for: summary, at: time)), status: 1)
        }
    }
}
