/// What an interview session asks its console to show, in order.
package enum InterviewEvent: Sendable, Hashable {
    /// Show question `index` (0-based) of `count`: the text to read aloud, the suggested time and the key points,
    /// with what `record` holds already (a question gone back to keeps its ticks and notes).
    case showQuestion(index: Int, count: Int, record: InterviewRecord)
    /// The ticked key points of question `index` changed; `changed` holds the numbers whose state flipped, `covered`
    /// the points ticked now, `setAside` the points of a pending offer the change replaced (empty: none).
    case pointsChanged(index: Int, changed: KeyPointSet, covered: KeyPointSet, setAside: KeyPointSet = KeyPointSet())
    /// A note was added; it is note `number` of the question.
    case noteAdded(index: Int, number: Int)
    /// What the candidate said was kept as a note and read: `suggestion` marks the points it appears to cover, and
    /// `offered` holds those not ticked yet, which the next Enter ticks (empty: nothing to take); `notes` counts the
    /// question's notes and `covered` its ticks so far.
    case suggested(index: Int, suggestion: TickSuggestion, offered: KeyPointSet, notes: Int, covered: KeyPointSet)
    /// Enter took the points offered: `changed` holds the numbers it ticked, `covered` the ticks after it.
    case suggestionAccepted(index: Int, changed: KeyPointSet, covered: KeyPointSet)
    /// Show follow-up `followUp` (0-based) of question `index`.
    case showFollowUp(index: Int, followUp: Int)
    /// Follow-up `followUp` of question `index` was marked.
    case followUpMarked(index: Int, followUp: Int, answeredWell: Bool)
    /// `f` was typed but every follow-up has been shown (or the question has none).
    case noFollowUpLeft(index: Int)
    /// `f+` or `f-` was typed before any follow-up was shown.
    case noFollowUpShown(index: Int)
    /// The interviewer left question `index` after `seconds` in all (over every visit), with `tally` points ticked.
    case leftQuestion(index: Int, seconds: Int, tally: CoverageTally)
    /// Question `index` was left out.
    case skipped(index: Int)
    /// `b` was typed on the first question.
    case atFirstQuestion
    /// Show the time and the record of question `index`: `elapsed` seconds so far.
    case status(index: Int, elapsed: Int, record: InterviewRecord)
    /// The line was not understood.
    case invalid(InterviewInputProblem)
    /// Show the commands.
    case help
    /// Wait for the interviewer: question `index` has been open for `elapsed` seconds in all, with `tally` points
    /// ticked; `offered` holds the points the next Enter ticks (empty: Enter moves on).
    case prompt(index: Int, elapsed: Int, tally: CoverageTally, offered: KeyPointSet = KeyPointSet())
    /// The interview is over.
    case finished(InterviewSummary)
}

/// The outcome of an interview: one record per planned question, and the totals.
package struct InterviewSummary: Sendable, Hashable {
    /// One record per question, in the order planned; unreached ones have the status `notAsked`.
    package var records: [InterviewRecord]

    /// Creates a summary.
    package init(records: [InterviewRecord]) {
        self.records = records
    }

    /// The records of the questions asked.
    package var asked: [InterviewRecord] { records.filter { $0.status == .asked } }
    /// The score over the questions asked (`2.8` of `4`), with the seconds spent on them.
    package var score: PracticeScore { PracticeScore(asked.map { ($0.tally, $0.seconds) }) }
    /// Whether any question was asked or skipped: when none was, there is no scorecard worth keeping.
    package var hasEntries: Bool { records.contains { $0.status != .notAsked } }
}

// MARK: - Records

/// What the interviewer recorded for one question.
package struct InterviewRecord: Sendable, Hashable {
    /// Whether the question was put to the candidate.
    package enum Status: String, Sendable, Hashable, CaseIterable {
        /// Shown and counted.
        case asked
        /// Left out on purpose with `s`.
        case skipped
        /// Never reached, or reached but left with nothing recorded when the interview ended.
        case notAsked = "not-asked"
    }

    /// How a follow-up question went.
    package enum FollowUpResult: String, Sendable, Hashable, CaseIterable {
        /// Not shown.
        case notAsked = "not-asked"
        /// Shown, not marked.
        case asked
        /// Marked `+`.
        case answeredWell = "answered-well"
        /// Marked `-`.
        case answeredPoorly = "answered-poorly"

        /// Whether the follow-up was shown.
        package var wasAsked: Bool { self != .notAsked }
    }

    /// The question's id.
    package var questionID: String
    /// Whether it was asked.
    package var status: Status
    /// The key points ticked, of how many.
    package var tally: CoverageTally
    /// Seconds spent on the question, over every visit.
    package var seconds: Int
    /// The notes, in the order typed.
    package var notes: [String]
    /// One result per follow-up of the question, in deck order.
    package var followUps: [FollowUpResult]

    /// A record of a question not reached yet.
    package init(questionID: String, pointCount: Int, followUpCount: Int) {
        self.questionID = questionID
        status = .notAsked
        tally = CoverageTally(total: pointCount)
        seconds = 0
        notes = []
        followUps = Array(repeating: .notAsked, count: followUpCount)
    }

    /// The key points ticked.
    package var covered: KeyPointSet {
        get { tally.covered }
        set { tally.covered = newValue }
    }

    /// Whether anything was ticked, noted or marked.
    package var hasEntries: Bool {
        !covered.isEmpty || !notes.isEmpty || followUps.contains(where: \.wasAsked)
    }
}
