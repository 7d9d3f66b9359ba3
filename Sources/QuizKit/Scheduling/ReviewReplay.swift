import FoundationEssentials

/// The one place where a question's past answers are replayed through FSRS: the study planner's statuses (due,
/// recall, readiness) and the quiz's grade intervals both come from here, with the same scheduler, so the interval a
/// grade button shows is the one the planner will then schedule.
///
/// A history is replayed oldest first from a card created at its first review (py-fsrs's `reschedule_card`); a
/// question never answered has no card.
package struct ReviewReplay: Sendable {
    /// The scheduler that replays histories and predicts recall.
    package let scheduler: FSRSScheduler

    /// A replay with `scheduler` (FSRS-6 with its published default parameters unless a test says otherwise).
    package init(scheduler: FSRSScheduler = FSRSScheduler()) {
        self.scheduler = scheduler
    }

    /// The card after every review of `history`, or nil when the question was never answered.
    package func card(after history: QuestionHistory?) -> FSRSCard? {
        guard let history, let first = history.reviews.first else { return nil }
        return scheduler.replay(history.reviews.lazy.map { (grade: $0.grade, time: $0.time) }, createdAt: first.time)
    }

    /// One question's status at `now`: its history replayed, and the recall predicted then (0 when never answered).
    package func status(of question: Question, history: QuestionHistory?, at now: Date) -> QuestionStatus {
        guard let card = card(after: history) else {
            return QuestionStatus(question: question, history: nil, card: nil, retrievability: 0)
        }
        let recall = scheduler.predictedRecall(of: card, at: now)
        return QuestionStatus(question: question, history: history, card: card, retrievability: recall)
    }

    /// The interval each grade would give a question answered at `time`: its history replayed, then that grade at
    /// `time`; the seconds from `time` to the new due date. A question never answered starts as a new card at `time`.
    package func nextIntervals(after history: QuestionHistory?, at time: Date) -> [Grade: TimeInterval] {
        let card = card(after: history) ?? .new(at: time)
        var result: [Grade: TimeInterval] = [:]
        for grade in Grade.allCases {
            result[grade] = scheduler.reviewed(card, grade: grade, at: time).due.timeIntervalSince(time)
        }
        return result
    }
}
