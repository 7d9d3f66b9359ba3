import FoundationEssentials

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FSRSScheduler {
    /// The predicted probability of recalling `card` at a (usually future) `date`; same as `retrievability(of:at:)`.
    public func predictedRecall(of card: FSRSCard, at date: Date) -> Double {
        retrievability(of: card, at: date)
    }

    /// The first instant at which `retrievability(of:at:)` is below `target` (default: the desired retention).
    ///
    /// Retrievability drops once a day, so this is `lastReview` plus a whole number of days.
    /// `nil` for a never-reviewed card, or when it never drops below `target` (target ≤ 0).
    public func dateWhenRetrievability(of card: FSRSCard, fallsBelow target: Double? = nil) -> Date? {
        guard let lastReview = card.lastReview, let stability = card.stability else { return nil }
        guard let days = daysUntilRetrievability(fallsBelow: target ?? parameters.desiredRetention, stability: stability) else {
            return nil
        }
        return lastReview.addingTimeInterval(Double(days) * 86_400)
    }

    /// The fewest whole days after a review at which retrievability is below `target`, for a stability.
    ///
    /// `nil` when that never happens (target ≤ 0, or beyond about 10^15 days).
    public func daysUntilRetrievability(fallsBelow target: Double, stability: Double) -> Int? {
        guard target > 0, stability > 0, target.isFinite else { return nil }
        if retrievability(elapsedDays: 0, stability: stability) < target { return 0 }
        // Solve (1 + factor * t / S)^decay = target for t, then fix up floating-point error.
        let exact = stability / factor * (pow(target, 1 / decay) - 1)
        guard exact.isFinite, exact < 1e15 else { return nil }
        var days = max(0, Int(exact.rounded(.down)) + 1)
        while days > 0 && retrievability(elapsedDays: days - 1, stability: stability) < target { days -= 1 }
        while retrievability(elapsedDays: days, stability: stability) >= target { days += 1 }
        return days
    }
}
