/// Leaves out the questions asked in the most recent interviews, so a candidate pool stays fresh.
public enum FreshFilter {
    /// The candidates left, and how far the filter had to relax to leave enough of them.
    public struct Outcome: Sendable, Hashable {
        /// The candidates not asked in the avoided interviews, in their original order.
        public var candidates: [Question]
        /// How many of the most recent interviews were avoided: the number asked for, or fewer when that left
        /// fewer than `count` candidates (0 when even the last interview alone leaves too few).
        public var interviewsAvoided: Int
        /// How many candidates were left out.
        public var leftOut: Int
    }

    /// Leaves out the questions of the `recent` interviews (question ids per interview, most recent first).
    ///
    /// When that leaves fewer than `count` candidates, the oldest of those interviews is dropped from the list and
    /// the filter tried again, down to no interview at all: the questions asked longest ago come back first.
    public static func apply(to candidates: [Question], recent: [[String]], count: Int) -> Outcome {
        var avoided = recent.count
        while true {
            let excluded = Set(recent.prefix(avoided).joined())
            let left = candidates.filter { !excluded.contains($0.id) }
            if left.count >= count || avoided == 0 {
                return Outcome(candidates: left, interviewsAvoided: avoided, leftOut: candidates.count - left.count)
            }
            avoided -= 1
        }
    }
}
