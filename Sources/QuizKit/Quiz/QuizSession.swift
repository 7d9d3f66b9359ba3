import FoundationEssentials

/// A quiz as a state machine: feed it lines, get back events to show and entries to record.
///
/// For each question: answer lines end with an empty line (an empty line at once reveals without typing), then the
/// covered key points in the shared `KeyPointGrammar` (`1 3 4`, `2-4`, `all`, `none` or a lone `0`), then the grade
/// (Enter accepts the proposal). `u` undoes the last grade, `s` skips, `q` and an interruption finish. `e` on the
/// first answer line asks for an editor (`editAnswer`); a `submit` input (Ctrl-D after typing, or the editor's text)
/// ends the answer and reveals. The end of input submits an answer typed so far (a typed answer is never dropped),
/// and finishes only when nothing was typed; a finish that leaves typed text unsaved says so (`notSaved`). With
/// follow-ups, one follow-up is asked after the grade, revealed with the key points it probes, and judged `y`/`n`;
/// `FollowUpPicker` chooses it then, first among those probing a point just missed.
/// Nothing here touches a terminal or a file.
package struct QuizSession: PracticeSession {
    /// The questions, in the order they are asked.
    package let questions: [Question]
    /// The settings.
    package let settings: Settings
    /// The current question's position.
    package private(set) var index = 0
    /// Where the session is.
    package private(set) var phase: SessionPhase = .answering

    private(set) var current = Pending()
    private var results: [Int: QuestionResult] = [:]
    private var gradedOrder: [Int] = []
    private var suspended: [(index: Int, phase: SessionPhase, pending: Pending)] = []
    private var sequence = 0
    private var furthestIndex = 0
    /// The typed answer of each graded question, restored when its grade is undone.
    private var typedByIndex: [Int: [String]] = [:]
    /// The ticks offered for each graded question's typed answer, restored with it when its grade is undone.
    private var suggestionByIndex: [Int: TickSuggestion] = [:]
    /// The follow-up asked after each question (0-based, by question position); once asked, never asked again.
    private var askedFollowUps: [Int: Int] = [:]
    private var followUpLines: [String] = []

    /// The work in progress on the current question.
    struct Pending: Sendable {
        var typedLines: [String] = []
        var shownAt = Date(timeIntervalSince1970: 0)
        var seconds = 0
        var covered = KeyPointSet()
        var proposal = Grade.again
        var intervals: [Grade: TimeInterval] = [:]
        /// The key points offered for the typed answer (nil when answered aloud or without suggestions).
        var suggestion: TickSuggestion?
    }

    /// Creates a session; call `start(at:)` next.
    package init(questions: [Question], settings: Settings) {
        self.questions = questions
        self.settings = settings
    }

    /// Shows the first question.
    package mutating func start(at time: Date) -> [SessionEvent] {
        guard !questions.isEmpty else {
            phase = .finished
            return [.finished(summary)]
        }
        return show(0, at: time)
    }

    /// Handles one input and returns what to show and record, in order.
    package mutating func handle(_ input: SessionInput, at time: Date) -> [SessionEvent] {
        guard phase != .finished else { return [] }
        let line: String
        switch input {
        case .endOfInput: return endOfInput(at: time)
        case .interrupt: return finish()
        case .line(let text): line = text
        case .submit(let text):
            switch phase {
            case .answering:
                if !text.allSatisfy(\.isWhitespace) { current.typedLines.append(text) }
                return reveal(at: time)
            case .followUpAnswering:
                if !text.allSatisfy(\.isWhitespace) { followUpLines.append(text) }
                return revealFollowUp()
            default: line = text
            }
        }
        switch phase {
        case .answering: return handleAnswerLine(line, at: time)
        case .choosingPoints: return handlePoints(line, at: time)
        case .grading: return handleGrade(line, at: time)
        case .followUpAnswering: return handleFollowUpLine(line, at: time)
        case .followUpJudging: return handleJudgement(line, at: time)
        case .finished: return []
        }
    }

    /// Whether the quiz is over.
    package var isFinished: Bool { phase == .finished }

    /// The results so far.
    package var summary: SessionSummary {
        SessionSummary(results: results.keys.sorted().compactMap { results[$0] }, questionCount: questions.count)
    }

    /// The answer typed for the current question so far (a pasted line may hold newlines).
    package var typedAnswer: [String] { current.typedLines }

    /// The follow-up being asked about the current question (0-based), while one is asked or judged; else nil.
    package var currentFollowUp: Int? {
        phase == .followUpAnswering || phase == .followUpJudging ? askedFollowUps[index] : nil
    }

    /// The answer typed to the current follow-up so far.
    package var followUpAnswer: [String] { followUpLines }

    /// When the current question was shown: its time runs from here until the answer is revealed.
    package var questionShownAt: Date { current.shownAt }

    /// The time limit of question `index` in seconds, if any.
    package func limit(for index: Int) -> Int? {
        settings.timeLimit.seconds(for: questions[index])
    }

    // MARK: Phases

    private mutating func handleAnswerLine(_ line: String, at time: Date) -> [SessionEvent] {
        if current.typedLines.isEmpty, let command = ReplyParser.answerCommand(line) {
            switch command {
            case .undo: return undo(at: time)
            case .skip: return skip(at: time)
            case .quit: return finish()
            case .edit: return [.editAnswer]
            default: return [.help(.answering), .answerPrompt]
            }
        }
        if !line.allSatisfy(\.isWhitespace) {
            current.typedLines.append(line)
            return []
        }
        return reveal(at: time)
    }

    private mutating func reveal(at time: Date) -> [SessionEvent] {
        current.seconds = max(0, Int(time.timeIntervalSince(current.shownAt).rounded()))
        // A question without key points is graded directly, like a flashcard: no points to choose, no proposal.
        phase = isFlashcard(index) ? .grading : .choosingPoints
        if phase == .grading { current.intervals = intervals(at: time) }
        current.suggestion =
            phase == .choosingPoints ? suggestion(for: questions[index], typed: current.typedLines) : nil
        return [revealEvent(), phase == .grading ? .gradePrompt : .keyPointsPrompt]
    }

    private mutating func handlePoints(_ line: String, at time: Date) -> [SessionEvent] {
        let total = questions[index].keyPoints.count
        var reply = ReplyParser.keyPoints(line, total: total)
        // Enter takes the points offered for the typed answer, and nothing else does.
        if reply == .invalidPoints(.empty), let suggestion = current.suggestion {
            reply = .points(suggestion.suggested)
        }
        switch reply {
        case .points(let covered):
            current.covered = covered
            current.proposal = GradeProposal.grade(
                coverage: CoverageTally(covered: covered, total: total).fraction, isOverTime: isOverTime(index))
            phase = .grading
            current.intervals = intervals(at: time)
            return [proposalEvent(), .gradePrompt]
        case .undo: return undo(at: time)
        case .skip: return skip(at: time)
        case .quit: return finish()
        case .help: return [.help(.choosingPoints), .keyPointsPrompt]
        case .details: return [.showDetails(index: index), .keyPointsPrompt]
        case .invalidPoints(let problem):
            return [
                .invalidKeyPoints(problem, total: total, suggested: current.suggestion?.suggested), .keyPointsPrompt,
            ]
        case .accept, .grade, .invalid, .edit:
            return [
                .invalidKeyPoints(.notPoints(line), total: total, suggested: current.suggestion?.suggested),
                .keyPointsPrompt,
            ]
        }
    }

    private mutating func handleGrade(_ line: String, at time: Date) -> [SessionEvent] {
        switch ReplyParser.grade(line) {
        case .accept where isFlashcard(index): return [.invalidGrade(line, isFlashcard: true), .gradePrompt]
        case .accept: return grade(current.proposal, at: time)
        case .grade(let grade): return self.grade(grade, at: time)
        case .undo: return undo(at: time)
        case .skip: return skip(at: time)
        case .quit: return finish()
        case .help: return [.help(.grading), .gradePrompt]
        case .details: return [.showDetails(index: index), .gradePrompt]
        case .invalid, .invalidPoints, .points, .edit:
            return [.invalidGrade(line, isFlashcard: isFlashcard(index)), .gradePrompt]
        }
    }

    private mutating func handleFollowUpLine(_ line: String, at time: Date) -> [SessionEvent] {
        if followUpLines.isEmpty, let command = ReplyParser.answerCommand(line) {
            switch command {
            case .skip: return [.followUpSkipped(index: index)] + advance(at: time)
            case .quit: return finish()
            case .edit: return [.editAnswer]
            default: return [.help(.followUpAnswering), .answerPrompt]
            }
        }
        if !line.allSatisfy(\.isWhitespace) {
            followUpLines.append(line)
            return []
        }
        return revealFollowUp()
    }

    private mutating func revealFollowUp() -> [SessionEvent] {
        phase = .followUpJudging
        let followUp = askedFollowUps[index] ?? 0
        let probes = questions[index].followUps[followUp].probes
        let missed = probes.filter { !current.covered.contains($0) }
        return [
            .revealFollowUp(index: index, followUp: followUp, probes: probes, missed: missed, typed: followUpLines),
            .judgementPrompt,
        ]
    }

    private mutating func handleJudgement(_ line: String, at time: Date) -> [SessionEvent] {
        switch ReplyParser.followUpJudgement(line) {
        case .grade(let grade):
            let question = questions[index]
            let answeredWell = grade != .again
            var events: [SessionEvent] = []
            if settings.isRecording {
                let record = FollowUpRecord(
                    time: time, session: settings.sessionID, deck: settings.deckID(of: index), question: question.id,
                    followUp: (askedFollowUps[index] ?? 0) + 1, answeredWell: answeredWell,
                    answer: keptText(followUpLines))
                events.append(.record(.followUp(record)))
            }
            events.append(.followUpJudged(index: index, answeredWell: answeredWell))
            return events + advance(at: time)
        case .skip: return [.followUpSkipped(index: index)] + advance(at: time)
        case .quit: return finish()
        case .help: return [.help(.followUpJudging), .judgementPrompt]
        default: return [.invalidJudgement(line), .judgementPrompt]
        }
    }

    // MARK: Transitions

    private mutating func grade(_ grade: Grade, at time: Date) -> [SessionEvent] {
        let question = questions[index]
        sequence += 1
        var result = QuestionResult(
            index: index, questionID: question.id, outcome: .graded(grade),
            tally: CoverageTally(covered: current.covered, total: question.keyPoints.count), seconds: current.seconds,
            limit: limit(for: index), sequence: nil)
        var events: [SessionEvent] = [.graded(index: index, grade: grade)]
        if settings.isRecording {
            result.sequence = sequence
            let record = AnswerRecord(
                time: time, session: settings.sessionID, sequence: sequence, deck: settings.deckID(of: index),
                question: question.id, grade: grade, covered: Array(current.covered), total: result.tally.total,
                seconds: current.seconds, limit: result.limit, mode: result.limit == nil ? "quiz" : "timed",
                answer: keptText(current.typedLines), suggested: current.suggestion.map { Array($0.suggested) },
                suggestionLanguage: settings.suggestionLanguage)
            events.append(.record(.answer(record)))
        }
        results[index] = result
        gradedOrder.append(index)
        typedByIndex[index] = current.typedLines
        suggestionByIndex[index] = current.suggestion
        if settings.asksFollowUps, askedFollowUps[index] == nil,
            let followUp = FollowUpPicker.choose(
                followUps: question.followUps, covered: current.covered, keyPointCount: question.keyPoints.count,
                attempts: settings.followUpAttempts[question.id] ?? [])
        {
            askedFollowUps[index] = followUp
            phase = .followUpAnswering
            followUpLines = []
            return events + [.askFollowUp(index: index, followUp: followUp), .answerPrompt]
        }
        return events + advance(at: time)
    }

    /// The interval each grade would give the current question at `time`; empty without histories.
    private func intervals(at time: Date) -> [Grade: TimeInterval] {
        guard let histories = settings.histories else { return [:] }
        // The study planner's replay, so the interval shown is the one the grade schedules.
        return ReviewReplay().nextIntervals(after: histories[questions[index].id], at: time)
    }

    private mutating func skip(at time: Date) -> [SessionEvent] {
        let question = questions[index]
        results[index] = QuestionResult(
            index: index, questionID: question.id, outcome: .skipped,
            tally: CoverageTally(total: question.keyPoints.count),
            seconds: current.seconds, limit: limit(for: index), sequence: nil)
        return [.skipped(index: index)] + advance(at: time)
    }

    /// Goes back to the grade prompt of the most recently graded question, withdrawing its grade.
    private mutating func undo(at time: Date) -> [SessionEvent] {
        guard let previous = gradedOrder.popLast(), let result = results[previous] else {
            return [.nothingToUndo] + prompt()
        }
        var events: [SessionEvent] = []
        if let sequence = result.sequence, settings.isRecording {
            events.append(.record(.undo(session: settings.sessionID, sequence: sequence, time: time)))
        }
        suspended.append((index, phase, current))
        results[previous] = nil
        index = previous
        phase = .grading
        current = Pending(
            typedLines: typedByIndex[previous] ?? [], shownAt: time, seconds: result.seconds,
            covered: result.tally.covered,
            proposal: GradeProposal.grade(coverage: result.tally.fraction, isOverTime: result.secondsOverLimit > 0),
            suggestion: suggestionByIndex[previous])
        current.intervals = intervals(at: time)
        events.append(.undone(index: previous, intervals: isFlashcard(previous) ? current.intervals : [:]))
        if !isFlashcard(previous) { events.append(proposalEvent()) }
        events.append(.gradePrompt)
        return events
    }

    /// Moves to the next question, or back to a question that an undo interrupted.
    private mutating func advance(at time: Date) -> [SessionEvent] {
        // What was typed for the question left behind was graded, judged or skipped: nothing is pending any more.
        current.typedLines = []
        followUpLines = []
        if let resumed = suspended.popLast() {
            index = resumed.index
            phase = resumed.phase
            current = resumed.pending
            switch phase {
            case .answering:
                return [.showQuestion(index: index, count: questions.count, limit: limit(for: index)), .answerPrompt]
            case .choosingPoints: return [.resumed(index: index), revealEvent(), .keyPointsPrompt]
            // A flashcard's back is its grade step: it is shown again, with the four grades' intervals.
            case .grading:
                return [.resumed(index: index), isFlashcard(index) ? revealEvent() : proposalEvent(), .gradePrompt]
            case .followUpAnswering, .followUpJudging, .finished: return finish()
            }
        }
        let next = max(index, furthestIndex) + 1
        guard next < questions.count else { return finish() }
        return show(next, at: time)
    }

    private mutating func show(_ position: Int, at time: Date) -> [SessionEvent] {
        index = position
        furthestIndex = max(furthestIndex, position)
        phase = .answering
        current = Pending(shownAt: time)
        return [.showQuestion(index: position, count: questions.count, limit: limit(for: position)), .answerPrompt]
    }

    /// The end of input: submits the answer or follow-up answer typed so far, else finishes.
    private mutating func endOfInput(at time: Date) -> [SessionEvent] {
        switch phase {
        case .answering where !current.typedLines.isEmpty: return reveal(at: time)
        case .followUpAnswering where !followUpLines.isEmpty: return revealFollowUp()
        default: return finish()
        }
    }

    private mutating func finish() -> [SessionEvent] {
        let unsaved = unsavedAnswer
        phase = .finished
        suspended = []
        return (unsaved.map { [SessionEvent.notSaved($0)] } ?? []) + [.finished(summary)]
    }
}
