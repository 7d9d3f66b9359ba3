import QuizKit

/// The text of a quiz session's events, for the prompt loop to write.
struct QuizScreen {
    let presenter: QuestionPresenter
    let questions: [Question]
    let isTimed: Bool
    /// The previous session with this deck, for the comparison in the summary.
    let previousSession: SessionScore?
    /// Where answers are saved, or nil with `--no-save`.
    let progressPath: String?
    /// A line under the first question's instructions, such as where the countdown is shown.
    var countdownHint: String? = nil
    /// With `--all-decks`, the deck of each question (by position), named on its card and in the summary.
    var deckIDs: [String] = []

    private var presentation: Presentation { presenter.presentation }
    var strings: UIStrings { presenter.strings }
    private var style: TextStyle { presentation.style }

    private func wrapped(_ text: String, indent: String = "", hangingIndent: String? = nil) -> [String] {
        presentation.wrapped(text, indent: indent, hangingIndent: hangingIndent)
    }

    /// A message wrapped at the width, each line decorated (coloured) the same way. A list of keys such as
    /// `u undo · s skip · q quit` breaks only between its items, so a key never leaves its label.
    private func say(_ text: String, _ decorate: (String) -> String = { $0 }) -> [String] {
        presentation.layout(text).map(decorate)
    }

    /// The text one event shows: everything it needs comes with the event, never read back from the session.
    func render(_ event: SessionEvent) -> String {
        var out = ScreenText()
        switch event {
        case .showQuestion(let index, let count, let limit):
            out.lines(questionCard(index, count: count, limit: limit))
        case .answerPrompt, .keyPointsPrompt, .gradePrompt, .judgementPrompt:
            out.write(promptText)
        case .reveal(let index, let seconds, let limit, let typed, let intervals, let suggestion):
            out.lines(
                reveal(
                    questions[index], seconds: seconds, limit: limit, typed: typed, intervals: intervals,
                    suggestion: suggestion))
        case .showDetails(let index):
            let question = questions[index]
            out.line()
            if let details = question.details {
                out.line(presenter.heading(strings.details))
                out.lines(presentation.blocks(details.text(in: presenter.language), indent: "  "))
                out.line()
            } else {
                out.lines(say(strings.noDetails, style.dim))
            }
        case .invalidKeyPoints(let problem, let total, let suggested):
            // Name what was wrong, as the interview console does, then what can be typed.
            switch problem {
            case .outOfRange(let token, let total):
                out.lines(
                    say(
                        strings.pointOutOfRange(UntrustedText.echoed(token, limit: 20), pointCount: total), style.yellow
                    ))
            case .notPoints(let token):
                out.lines(say(strings.notAPointNumber(UntrustedText.echoed(token, limit: 20)), style.yellow))
            case .empty:
                break
            }
            let hint = suggested.map { strings.invalidKeyPoints(total: total, suggested: $0) }
            out.lines(say(hint ?? strings.invalidKeyPoints(total: total), style.yellow))
        case .proposal(_, let grade, let covered, let total, let isOverTime, let intervals):
            out.line()
            out.lines(say(strings.coverage(covered.count, of: total)))
            out.lines(say(strings.proposedGrade(grade, isOverTime: isOverTime), style.bold))
            out.lines(gradePromptLines(intervals: intervals))
        case .invalidGrade(_, let isFlashcard):
            out.lines(say(isFlashcard ? strings.invalidDirectGrade : strings.invalidGrade, style.yellow))
        case .graded(_, let grade):
            out.line(color(for: grade)(strings.graded(grade, isSaved: progressPath != nil)))
        case .record:
            break
        case .undone(let index, let intervals):
            out.line()
            out.lines(say(strings.undone(index + 1), style.yellow))
            out.lines(presenter.questionLines(questions[index], indent: "  "))
            if questions[index].keyPoints.isEmpty {
                out.lines(flashcardGradeLines(intervals: intervals, plainStyle: style.dim))
            }
        case .nothingToUndo:
            out.lines(say(strings.nothingToUndo, style.yellow))
        case .resumed(let index):
            out.line()
            out.lines(say(strings.resumed(index + 1), style.yellow))
            out.lines(presenter.questionLines(questions[index], indent: "  "))
        case .skipped:
            out.line(style.dim(strings.skipped))
        case .help(let phase):
            let text: String
            switch phase {
            case .answering: text = strings.answerHelp
            case .choosingPoints: text = strings.pointsHelp + "\n" + strings.suggestionHelp
            case .grading, .finished: text = strings.gradeHelp
            case .followUpAnswering: text = strings.followUpHelp
            case .followUpJudging: text = strings.judgementHelp
            }
            for textLine in text.split(separator: "\n") { out.lines(say(String(textLine), style.dim)) }
        case .notSaved(let unsaved):
            out.lines(say(strings.notSaved(unsaved), style.yellow))
        case .finished(let summary):
            out.lines(summaryLines(summary))
        case .editAnswer:
            // Shown by the quiz mode, which opens the editor (a place for commands that act outside the session).
            break
        case .askFollowUp(let index, let followUp):
            out.lines(followUpCard(questions[index], followUp: followUp))
        case .revealFollowUp(let index, let followUp, let probes, let missed, let typed):
            out.lines(
                followUpReveal(questions[index], followUp: followUp, probes: probes, missed: missed, typed: typed))
        case .invalidJudgement:
            out.lines(say(strings.invalidJudgement, style.yellow))
        case .followUpJudged(_, let answeredWell):
            let text = strings.followUpJudged(answeredWell: answeredWell, isSaved: progressPath != nil)
            out.line(answeredWell ? style.green(text) : style.yellow(text))
        case .followUpSkipped:
            out.line(style.dim(strings.followUpSkipped))
        }
        return out.text
    }

    /// The prompt `> `, aligned for the kernel's tab echo.
    var promptText: String { KernelColumns.aligned(style.bold("> ")) }

    /// A message (the editor's) wrapped, dimmed or in yellow for a problem.
    func notice(_ text: String, isProblem: Bool = false) -> String {
        say(text, isProblem ? style.yellow : style.dim).map { $0 + "\n" }.joined()
    }

    /// `1 Again · 1m  2 Hard · 6m  3 Good · 10m  4 Easy · 8d` (a choice never split across lines) over
    /// `Enter accepts · u undo · s skip · q quit`; the plain one-line prompt without intervals.
    private func gradePromptLines(intervals: [Grade: Double], acceptsEnter: Bool = true) -> [String] {
        guard !intervals.isEmpty else { return say(strings.gradePrompt, style.dim) }
        var lines: [String] = []
        var current = ""
        for choice in strings.gradeChoices(intervals: intervals) {
            if current.isEmpty {
                current = choice
            } else if DisplayWidth.of(current) + 2 + DisplayWidth.of(choice) <= presentation.width {
                current += "  " + choice
            } else {
                lines.append(current)
                current = choice
            }
        }
        lines.append(current)
        return lines.map(style.dim) + say(acceptsEnter ? strings.gradeCommands : strings.directGradeCommands, style.dim)
    }

    /// A flashcard's grades: the four at once, each with the time until it would come back; the plain direct-grade
    /// prompt without intervals.
    private func flashcardGradeLines(
        intervals: [Grade: Double], plainStyle: (String) -> String = { $0 }
    ) -> [String] {
        guard !intervals.isEmpty else { return say(strings.directGradePrompt, plainStyle) }
        return say(strings.howWellDidYouKnowIt) + gradePromptLines(intervals: intervals, acceptsEnter: false)
    }

    // MARK: Typed answers and follow-ups

    /// What the user typed under a heading, wrapped and marked as theirs with a gutter; nothing when nothing was typed.
    func typedLines(_ typed: [String], heading: String) -> [String] {
        let text = typed.joined(separator: "\n")
        guard !text.allSatisfy(\.isWhitespace) else { return [] }
        // Input that is not UTF-8 (a file in another encoding piped in) reaches the quiz with its bad bytes as �:
        // say so, rather than leave the user to wonder what the marks are.
        let replaced = text.unicodeScalars.contains("\u{FFFD}") ? say(strings.replacedBytes, style.dim) : []
        return [presenter.heading(heading)] + Self.gutter(text, presentation: presentation) + replaced + [""]
    }

    private func followUpCard(_ question: Question, followUp: Int) -> [String] {
        let item = question.followUps[followUp]
        var lines = ["", style.bold(strings.quizFollowUpHeader(followUp + 1, of: question.followUps.count)), ""]
        lines += wrapped(item.question.text(in: presenter.language), indent: "  ")
        lines.append("")
        return lines + say(strings.followUpInstructions, style.dim)
    }

    private func followUpReveal(
        _ question: Question, followUp: Int, probes: [Int], missed: [Int], typed: [String]
    ) -> [String] {
        var lines = ["", presenter.heading(strings.followUpExpected)]
        lines += presentation.blocks(question.followUps[followUp].answer.text(in: presenter.language), indent: "  ")
        lines.append("")
        // Which key points it probed, once the candidate has answered: the link back to the rubric.
        if probes.isEmpty {
            lines += say(strings.followUpBeyondKeyPoints, style.dim)
        } else {
            lines += say(strings.followUpProbes(probes.count))
            lines += presenter.keyPointLines(
                question, numbers: probes, marked: Set(missed), mark: strings.missedJustNow)
        }
        lines.append("")
        lines += typedLines(typed, heading: strings.yourAnswer)
        return lines + say(strings.judgementPrompt, style.dim)
    }

    // MARK: Questions

    private func questionCard(_ index: Int, count: Int, limit: Int?) -> [String] {
        let question = questions[index]
        var lines = [
            "", style.bold(strings.questionHeader(index + 1, of: count)) + "  " + progressBar(done: index, of: count),
        ]
        var extra: [String] = []
        if let limit { extra.append(strings.timeLimit(limit)) }
        if deckIDs.indices.contains(index) { extra.append(strings.fromDeck(TerminalText.sanitized(deckIDs[index]))) }
        lines += presenter.metaLines(question, extra: extra).map(style.dim)
        lines.append("")
        lines += presenter.questionLines(question)
        lines.append("")
        if index == 0 {
            lines += say(strings.answerInstructions, style.dim)
            if let countdownHint { lines += say(countdownHint, style.dim) }
        }
        return lines + say(strings.answerCommands, style.dim)
    }

    /// `[######--------------]`, ASCII so it lines up in every terminal and font.
    private func progressBar(done: Int, of count: Int) -> String {
        let width = 20
        let filled = count > 0 ? Int((Double(done) / Double(count) * Double(width)).rounded()) : 0
        return "[" + style.green(String(repeating: "#", count: filled)) + String(repeating: "-", count: width - filled)
            + "]"
    }

    private func reveal(
        _ question: Question, seconds: Int, limit: Int?, typed: [String], intervals: [Grade: Double],
        suggestion: TickSuggestion?
    ) -> [String] {
        var lines = [""] + presenter.oneMinuteAnswerSection(question)
        lines += [presenter.heading(strings.modelAnswer)] + presenter.answerLines(question)
        lines.append("")
        if limit != nil || !typed.isEmpty {
            let text = strings.timeTaken(seconds, limit: limit)
            lines.append(limit.map { seconds > $0 } == true ? style.yellow(text) : style.dim(text))
            lines.append("")
        }
        // Right above the key points, so they are ticked against what was actually written.
        lines += typedLines(typed, heading: strings.yourAnswer)
        if question.keyPoints.isEmpty {
            // A question without key points is graded directly, like a flashcard.
            if question.details != nil { lines += say(strings.detailsHint, style.dim) }
            return lines + flashcardGradeLines(intervals: intervals)
        }
        guard let suggestion else {
            lines.append(presenter.heading(strings.keyPoints))
            lines += presenter.keyPointLines(question)
            lines.append("")
            if question.details != nil { lines += say(strings.detailsHint, style.dim) }
            return lines + say(strings.keyPointsPrompt)
        }
        lines += wrapped(strings.keyPointsWithSuggestions).map(presenter.heading)
        lines += presenter.suggestedKeyPointLines(question, suggestion: suggestion)
        lines.append("")
        if question.details != nil { lines += say(strings.detailsHint, style.dim) }
        return lines + say(strings.suggestionPrompt(suggestion.suggested))
    }

    // MARK: Summary

    private func summaryLines(_ summary: SessionSummary) -> [String] {
        var lines = ["", presenter.heading(strings.summaryTitle)]
        let results = summary.results
        if results.isEmpty {
            lines.append("  " + strings.noGrades)
        }
        let names = results.map { summaryName(at: $0.index) }
        let table = SummaryTable(ids: names, cutsLongIDs: false)
        lines += table.lines(
            zip(results, names).map { result, name in
                SummaryTable.Row(number: result.index + 1, id: name, result: resultText(result))
            }, width: presentation.width)
        lines.append("")
        let score = summary.score
        if score.count > 0 {
            lines.append(style.bold(strings.sessionScore(score.sum, of: score.count, fraction: score.fraction)))
            if score.flashcards > 0 { lines += say(strings.flashcardsBesideScore(score.flashcards), style.dim) }
            // Compared only with a session that has a score: one of flashcards alone has none.
            if let previous = previousSession?.score, previous.count > 0 {
                let change = Int(((score.fraction - previous.fraction) * 100).rounded())
                lines += say(
                    strings.previousSession(
                        previous.sum, of: previous.count, fraction: previous.fraction, change: change))
            } else if progressPath != nil {
                lines += say(strings.firstSession)
            }
        } else if score.isFlashcardsOnly {
            lines += say(strings.flashcardSession(summary.results.compactMap(\.grade)), style.bold)
        }
        if summary.endedEarly {
            lines += say(strings.endedEarly(results.count, of: summary.questionCount), style.dim)
        }
        if let progressPath {
            // Every graded answer was saved, flashcards included.
            if score.answers > 0 {
                lines += say(strings.savedAnswers(score.answers, path: progressPath), style.dim)
            }
        } else {
            lines += say(strings.notSaved, style.dim)
        }
        return lines
    }

    /// The question's label (`QuestionPresenter.label`), after its deck with `--all-decks`: `cards › what-is-adam`.
    private func summaryName(at index: Int) -> String {
        let label = presenter.label(questions[index])
        guard deckIDs.indices.contains(index) else { return label }
        return TerminalText.sanitized(deckIDs[index]) + " › " + label
    }

    /// `3/4    75%  Good  1:05 (+0:05)`, or `skipped`.
    private func resultText(_ result: QuestionResult) -> String {
        guard let grade = result.grade else { return style.dim(strings.skippedMark) }
        var text =
            SummaryTable.coverage(result.tally, strings: strings) + "  " + color(for: grade)(strings.name(of: grade))
        if isTimed {
            text += "  " + strings.clock(result.seconds)
            if result.secondsOverLimit > 0 { text += style.yellow(" (+\(strings.clock(result.secondsOverLimit)))") }
        }
        return text
    }

    private func color(for grade: Grade) -> (String) -> String {
        switch grade {
        case .again: style.red
        case .hard: style.yellow
        case .good, .easy: style.green
        }
    }
}
