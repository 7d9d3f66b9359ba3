import QuizKit

/// The text of `show ID --history`: the question, then each dated attempt (grade, coverage, time, and what was typed,
/// sanitized and marked as the user's), then the follow-ups asked.
struct AttemptsScreen {
    let presenter: QuestionPresenter
    let zone: LocalTimeZone

    private var presentation: Presentation { presenter.presentation }
    private var strings: UIStrings { presenter.strings }
    private var style: TextStyle { presentation.style }

    func text(_ question: Question, attempts: [AnswerAttempt], followUps: [FollowUpAttempt]) -> String {
        var out = ScreenText()
        out.lines(presentation.wrapped(question.id + " · " + presenter.metaLine(question)).map(style.dim))
        out.line()
        out.lines(presenter.questionLines(question))
        out.line()
        out.line(presenter.heading(strings.pastAttempts(attempts.count)))
        if attempts.isEmpty { out.lines(presentation.wrapped(strings.noAttemptsYet, indent: "  ")) }
        for attempt in attempts {
            let head =
                zone.minuteString(attempt.time) + " · " + strings.name(of: attempt.grade) + " · "
                + "\(attempt.tally.covered.count)/\(attempt.tally.total) (" + strings.percent(attempt.tally.fraction)
                + ") · " + strings.clock(attempt.seconds)
            out.lines(presentation.wrapped(head, indent: "  ", hangingIndent: "    ").map(style.bold))
            if let text = attempt.text {
                out.lines(
                    QuizScreen.gutter(text, presentation: presentation, indent: "    ", totalLength: attempt.textLength)
                )
            } else {
                out.lines(presentation.wrapped(strings.nothingTyped, indent: "    ").map(style.dim))
            }
        }
        if !followUps.isEmpty {
            out.line()
            out.line(presenter.heading(strings.followUpsAsked))
            for attempt in followUps {
                let verdict = attempt.answeredWell ? strings.answeredWellMark : strings.answeredBadlyMark
                out.lines(
                    presentation.wrapped(
                        zone.minuteString(attempt.time) + " · #\(attempt.followUp) · " + verdict, indent: "  ",
                        hangingIndent: "    "
                    ).map(style.bold))
                if question.followUps.indices.contains(attempt.followUp - 1) {
                    let asked = question.followUps[attempt.followUp - 1].question.text(in: presenter.language)
                    out.lines(presentation.wrapped(asked, indent: "    ").map(style.dim))
                }
                if let text = attempt.text {
                    out.lines(
                        QuizScreen.gutter(
                            text, presentation: presentation, indent: "    ", totalLength: attempt.textLength))
                }
            }
        }
        return out.text
    }
}
