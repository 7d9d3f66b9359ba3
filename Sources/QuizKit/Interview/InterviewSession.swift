import FoundationEssentials

/// An interview as a state machine: feed it the interviewer's lines with the time, get back events to show.
///
/// A question counts as asked from the moment it is shown, and its time runs while it is on screen (over every visit,
/// when the interviewer goes back). When the interview ends, by `q`, by the end of input, or by moving on from the
/// last question, a question still on screen with nothing recorded and never moved on from counts as not asked.
/// The lines are read by `InterviewActionParser`. Nothing here touches a terminal or a file.
package struct InterviewSession: PracticeSession {
    /// The questions, in the order they are asked.
    package let questions: [Question]
    /// The current question's position.
    package private(set) var index = 0
    /// Whether the interview is over.
    package private(set) var isFinished = false

    private var records: [InterviewRecord]
    private var enteredAt = Date(timeIntervalSince1970: 0)
    /// Questions the interviewer moved on from with Enter: they count as asked even with nothing ticked.
    private var completed = Set<Int>()
    /// The last follow-up shown, per question.
    private var lastFollowUp: [Int: Int] = [:]
    /// The language key points are read in for suggested ticks (the deck text's); nil suggests nothing.
    private let suggestionLanguage: String?
    /// What the candidate said, per question: every `a` line and paste, read together for suggested ticks.
    private var said: [Int: [String]] = [:]
    /// The points offered for the current question and not yet taken: Enter ticks them, numbers replace them.
    private var offer: (index: Int, points: KeyPointSet)?
    /// Per question, the points the interviewer unticked: later offers leave them out, so an untick stands until
    /// the interviewer ticks the point again.
    private var unticked: [Int: KeyPointSet] = [:]

    /// Creates a session; call `start(at:)` next. With `suggestionLanguage`, what the candidate said (`a text`, or a
    /// paste) is read for the key points it covers, and Enter ticks them.
    package init(questions: [Question], suggestionLanguage: String? = nil) {
        self.questions = questions
        self.suggestionLanguage = suggestionLanguage
        records = questions.map {
            InterviewRecord(questionID: $0.id, pointCount: $0.keyPoints.count, followUpCount: $0.followUps.count)
        }
    }

    /// The record of question `position` so far.
    package func record(at position: Int) -> InterviewRecord { records[position] }

    /// The seconds question `index` has been open at `time`, over every visit.
    package func elapsed(at time: Date) -> Int {
        records[index].seconds + (isFinished ? 0 : seconds(from: enteredAt, to: time))
    }

    /// The records as they would stand if the interview ended at `time`: what to save while it runs.
    package func summary(at time: Date) -> InterviewSummary {
        guard !isFinished else { return InterviewSummary(records: records) }
        var ended = self
        _ = ended.finish(at: time)
        return InterviewSummary(records: ended.records)
    }

    /// Shows the first question.
    package mutating func start(at time: Date) -> [InterviewEvent] {
        guard !questions.isEmpty else { return finish(at: time) }
        return show(0, at: time)
    }

    /// Handles one input and returns what to show, in order.
    package mutating func handle(_ input: SessionInput, at time: Date) -> [InterviewEvent] {
        guard !isFinished else { return [] }
        guard let line = input.text else { return finish(at: time) }
        let question = questions[index]
        let action = InterviewActionParser.parse(
            line, pointCount: question.keyPoints.count, followUpCount: question.followUps.count)
        let pending = pendingOffer
        if let offer, offer.index != index || !Self.keepsOffer(action) { self.offer = nil }
        switch action {
        case .next:
            if let offer {
                // The first Enter after an offer takes it; the next one moves on.
                self.offer = nil
                let before = records[index].covered
                records[index].covered = KeyPointSet(bits: before.bits | offer.points.bits)
                let changed = KeyPointSet(bits: before.bits ^ records[index].covered.bits)
                return [
                    .suggestionAccepted(index: index, changed: changed, covered: records[index].covered),
                    prompt(at: time),
                ]
            }
            completed.insert(index)
            leave(at: time)
            return [.leftQuestion(index: index, seconds: records[index].seconds, tally: records[index].tally)]
                + advance(at: time)
        case .back:
            guard index > 0 else { return [.atFirstQuestion, prompt(at: time)] }
            leave(at: time)
            return show(index - 1, at: time)
        case .skip:
            leave(at: time)
            records[index].status = .skipped
            return [.skipped(index: index)] + advance(at: time)
        case .quit:
            return finish(at: time)
        case .changePoints(let reply):
            let before = records[index].covered
            let after = reply.applied(to: before, total: question.keyPoints.count)
            records[index].covered = after
            let changed = KeyPointSet(bits: before.bits ^ after.bits)
            unticked[index] = KeyPointSet(
                bits: (unticked[index, default: KeyPointSet()].bits | before.bits) & ~after.bits)
            let setAside = KeyPointSet(bits: pending.bits & ~after.bits)
            return [
                .pointsChanged(index: index, changed: changed, covered: after, setAside: setAside), prompt(at: time),
            ]
        case .note(let text):
            records[index].notes.append(text)
            return [.noteAdded(index: index, number: records[index].notes.count), prompt(at: time)]
        case .candidateSaid(let text):
            // Kept as a note, so the scorecard holds what was typed; read with what was said before.
            records[index].notes.append(text)
            said[index, default: []].append(text)
            guard let language = suggestionLanguage,
                let suggestion = TickSuggestion.make(
                    for: question, answer: said[index, default: []].joined(separator: "\n"), language: language)
            else { return [.noteAdded(index: index, number: records[index].notes.count), prompt(at: time)] }
            let declined = unticked[index, default: KeyPointSet()].bits
            let fresh = KeyPointSet(bits: suggestion.suggested.bits & ~records[index].covered.bits & ~declined)
            offer = fresh.count > 0 ? (index, fresh) : nil
            return [
                .suggested(
                    index: index, suggestion: suggestion, offered: fresh, notes: records[index].notes.count,
                    covered: records[index].covered),
                prompt(at: time),
            ]
        case .showFollowUp(let number):
            return showFollowUp(number.map { $0 - 1 }) + [prompt(at: time)]
        case .markFollowUp(let number, let answeredWell):
            return markFollowUp(number.map { $0 - 1 }, answeredWell: answeredWell) + [prompt(at: time)]
        case .status:
            return [.status(index: index, elapsed: elapsed(at: time), record: records[index]), prompt(at: time)]
        case .help:
            return [.help, prompt(at: time)]
        case .invalid(let problem):
            return [.invalid(problem), prompt(at: time)]
        }
    }

    /// Whether an offer outlives this action: it does across notes, follow-ups, the time and help, and ends with
    /// a change of points (which overrides it) and with leaving the question.
    private static func keepsOffer(_ action: InterviewAction) -> Bool {
        switch action {
        case .note, .showFollowUp, .markFollowUp, .status, .help, .invalid, .next, .candidateSaid: true
        case .changePoints, .back, .skip, .quit: false
        }
    }

    // MARK: Moving between questions

    private mutating func show(_ position: Int, at time: Date) -> [InterviewEvent] {
        index = position
        enteredAt = time
        records[position].status = .asked
        return [.showQuestion(index: position, count: questions.count, record: records[position]), prompt(at: time)]
    }

    /// Adds the time of this visit to the current question.
    private mutating func leave(at time: Date) {
        records[index].seconds += seconds(from: enteredAt, to: time)
        enteredAt = time
    }

    private mutating func advance(at time: Date) -> [InterviewEvent] {
        index + 1 < questions.count ? show(index + 1, at: time) : finish(at: time)
    }

    private mutating func finish(at time: Date) -> [InterviewEvent] {
        if !questions.isEmpty { leave(at: time) }
        for position in records.indices
        where records[position].status == .asked && !completed.contains(position) && !records[position].hasEntries {
            records[position].status = .notAsked
            records[position].seconds = 0
        }
        isFinished = true
        return [.finished(InterviewSummary(records: records))]
    }

    // MARK: Follow-ups

    private mutating func showFollowUp(_ requested: Int?) -> [InterviewEvent] {
        let results = records[index].followUps
        guard let position = requested ?? results.firstIndex(of: .notAsked) else {
            return [.noFollowUpLeft(index: index)]
        }
        if results[position] == .notAsked { records[index].followUps[position] = .asked }
        lastFollowUp[index] = position
        return [.showFollowUp(index: index, followUp: position)]
    }

    private mutating func markFollowUp(_ requested: Int?, answeredWell: Bool) -> [InterviewEvent] {
        guard let position = requested ?? lastFollowUp[index] else { return [.noFollowUpShown(index: index)] }
        records[index].followUps[position] = answeredWell ? .answeredWell : .answeredPoorly
        lastFollowUp[index] = position
        return [.followUpMarked(index: index, followUp: position, answeredWell: answeredWell)]
    }

    // MARK: Time

    private func prompt(at time: Date) -> InterviewEvent {
        .prompt(
            index: index, elapsed: elapsed(at: time), tally: records[index].tally,
            offered: pendingOffer)
    }

    /// The points the next Enter ticks on the current question (empty: it moves on).
    private var pendingOffer: KeyPointSet {
        offer.flatMap { $0.index == index ? $0.points : nil } ?? KeyPointSet()
    }

    private func seconds(from start: Date, to end: Date) -> Int {
        max(0, Int(end.timeIntervalSince(start).rounded()))
    }
}
