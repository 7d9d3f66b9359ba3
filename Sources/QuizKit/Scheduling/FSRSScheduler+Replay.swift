import FoundationEssentials

extension FSRSScheduler {
    /// The state of a card created at `createdAt` after `reviews`, applied in the given order.
    ///
    /// Pass reviews oldest first (py-fsrs's `reschedule_card` sorts them; this does not, to stay
    /// allocation-free). A review earlier than the previous one counts as a same-day review, as in py-fsrs.
    public func replay(_ reviews: some Sequence<(grade: Grade, time: Date)>, createdAt: Date) -> FSRSCard {
        replay(reviews, startingFrom: .new(at: createdAt))
    }

    /// The state of `card` after further `reviews`, applied in the given order; allocation-free.
    public func replay(_ reviews: some Sequence<(grade: Grade, time: Date)>, startingFrom card: FSRSCard) -> FSRSCard {
        var card = card
        for review in reviews {
            self.review(&card, grade: review.grade, at: review.time)
        }
        return card
    }
}
