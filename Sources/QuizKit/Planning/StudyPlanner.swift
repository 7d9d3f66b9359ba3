import FoundationEssentials

/// Decides what to practise: which questions are due, which are weakest, and which will not be ready by a date.
///
/// A question's state is a pure function of its graded answers, replayed through FSRS oldest first. Answers to
/// questions that are no longer in the deck are simply not asked for.
package struct StudyPlanner: Sendable {
    /// The scheduler that replays histories and predicts recall.
    var scheduler: FSRSScheduler { replay.scheduler }
    /// How each question's history was replayed.
    let replay: ReviewReplay
    /// The moment the plan is for.
    package let now: Date
    /// One status per question, in the order given.
    package let statuses: [QuestionStatus]

    /// Replays every question's history, one after another.
    package init(
        questions: [Question], histories: [String: QuestionHistory], now: Date, replay: ReviewReplay = ReviewReplay()
    ) {
        let statuses = questions.map { replay.status(of: $0, history: histories[$0.id], at: now) }
        self.init(statuses: statuses, now: now, replay: replay)
    }

    /// A planner over statuses computed already with `replay.status(of:history:at:)` (for example in parallel), one
    /// per question in deck order; `now` and `replay` must be the ones they were computed with.
    package init(statuses: [QuestionStatus], now: Date, replay: ReviewReplay = ReviewReplay()) {
        self.replay = replay
        self.now = now
        self.statuses = statuses
    }

    /// The desired retention: below it, a question needs practice.
    var desiredRetention: Double { scheduler.parameters.desiredRetention }

    /// The predicted recall of a question at a date, at the real elapsed time (0 for a new question).
    package func recall(_ status: QuestionStatus, at date: Date) -> Double {
        guard let card = status.card else { return 0 }
        return scheduler.predictedRecall(of: card, at: date)
    }

    /// Whether a question needs practice: due now, or, with `until`, due by then or predicted below the desired
    /// retention then. A question the scheduler wants back before a moment is never counted ready at it, so
    /// `--until` and `stats` agree with "due". New questions are not counted here; see `duePlan(until:)`.
    package func isDue(_ status: QuestionStatus, until: Date? = nil) -> Bool {
        guard let card = status.card else { return false }
        guard let until else { return card.due <= now }
        return card.due <= until || scheduler.predictedRecall(of: card, at: until) < desiredRetention
    }

    /// What `--order due` asks: due questions, lowest predicted recall first, then new questions in deck order.
    package func duePlan(until: Date? = nil) -> DuePlan {
        let moment = until ?? now
        var due: [(status: QuestionStatus, recall: Double)] = []
        var nextDue: Date?
        for status in statuses where !status.isNew {
            if isDue(status, until: until) {
                due.append((status, recall(status, at: moment)))
            } else if let date = status.due, nextDue.map({ date < $0 }) ?? true {
                nextDue = date
            }
        }
        due.sort { $0.recall != $1.recall ? $0.recall < $1.recall : ($0.status.due ?? now) < ($1.status.due ?? now) }
        return DuePlan(due: due.map(\.status), new: statuses.filter(\.isNew), nextDue: nextDue)
    }

    /// Every answered question, weakest first, followed by the questions never answered, in deck order.
    ///
    /// Weakest is the lowest mean mark (key-point coverage, or a flashcard's grade on the same scale: Again 0,
    /// Hard 1/3, Good 2/3, Easy 1), then the lowest last mark, then the lowest predicted recall (FSRS
    /// retrievability), then the longest ago.
    package func weakestFirst() -> [QuestionStatus] {
        let answered = statuses.filter { !$0.isNew }.sorted { left, right in
            let leftMean = left.history?.meanMark ?? 0
            let rightMean = right.history?.meanMark ?? 0
            if leftMean != rightMean { return leftMean < rightMean }
            let leftLast = left.history?.lastMark ?? 0
            let rightLast = right.history?.lastMark ?? 0
            if leftLast != rightLast { return leftLast < rightLast }
            if left.retrievability != right.retrievability { return left.retrievability < right.retrievability }
            return (left.history?.lastTime ?? now) < (right.history?.lastTime ?? now)
        }
        return answered + statuses.filter(\.isNew)
    }

    /// The questions that will not be ready at `date`: never answered, due by then, or predicted below the
    /// desired retention then (the same rule as `isDue(_:until:)`).
    package func notReady(at date: Date) -> [QuestionStatus] {
        statuses.filter { $0.isNew || isDue($0, until: date) }
    }
}

// MARK: - QuestionStatus

/// What the scheduler knows about one question at a moment: its history, its FSRS memory state and its recall.
package struct QuestionStatus: Sendable {
    /// The question.
    package let question: Question
    /// Every graded answer to it, or nil when it was never answered.
    package let history: QuestionHistory?
    /// The FSRS state after replaying the history, or nil when it was never answered.
    package let card: FSRSCard?
    /// The predicted probability of recall at the planner's moment; 0 for a question never answered.
    package let retrievability: Double

    /// Creates a status.
    package init(question: Question, history: QuestionHistory?, card: FSRSCard?, retrievability: Double) {
        self.question = question
        self.history = history
        self.card = card
        self.retrievability = retrievability
    }

    /// Whether the question was never answered.
    package var isNew: Bool { card == nil }
    /// When the scheduler next wants it, or nil for a new question.
    package var due: Date? { card?.due }
    /// How many times it was graded.
    package var attempts: Int { history?.attempts ?? 0 }
    /// The mean share of key points covered, or nil before the first answer (and for a flashcard, which has none).
    package var meanCoverage: Double? { history?.meanCoverage }
    /// The mean mark (coverage, or a flashcard's grade from Again 0 to Easy 1), or nil before the first answer.
    package var meanMark: Double? { history?.meanMark }
    /// Whether it has been answered, but never with key points to tick (a flashcard).
    package var isAnsweredFlashcard: Bool { history.map { $0.attempts > 0 && $0.meanCoverage == nil } ?? false }
}

// MARK: - DuePlan

/// The outcome of planning a due-first session.
package struct DuePlan: Sendable {
    /// Questions due, most at risk first.
    package var due: [QuestionStatus]
    /// Questions never answered, in deck order.
    package var new: [QuestionStatus]
    /// When the next not-yet-due question falls due, if any.
    package var nextDue: Date?

    /// Due questions, then new ones.
    package var ordered: [QuestionStatus] { due + new }
}
