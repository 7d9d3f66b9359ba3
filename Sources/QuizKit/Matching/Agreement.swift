/// How two graders' ticks agree over the same key points: counts of each combination and Cohen's kappa.
///
/// "First" is the grader under test (the matcher), "second" the reference (an expert, or the user's final ticks).
package struct Agreement: Sendable, Hashable {
    /// Ticked by both.
    package var both = 0
    /// Ticked by the first only: a false tick.
    package var firstOnly = 0
    /// Ticked by the second only: a miss.
    package var secondOnly = 0
    /// Ticked by neither.
    package var neither = 0

    package init() {}

    /// Adds one key point's pair of decisions.
    package mutating func add(first: Bool, second: Bool) {
        switch (first, second) {
        case (true, true): both += 1
        case (true, false): firstOnly += 1
        case (false, true): secondOnly += 1
        case (false, false): neither += 1
        }
    }

    /// Adds another tally.
    package mutating func add(_ other: Agreement) {
        both += other.both
        firstOnly += other.firstOnly
        secondOnly += other.secondOnly
        neither += other.neither
    }

    package var total: Int { both + firstOnly + secondOnly + neither }

    /// Cohen's kappa, (pₒ − pₑ) / (1 − pₑ): observed agreement corrected for the agreement the two graders'
    /// tick rates would give by chance (Cohen 1960). Nil without pairs; 1 when both graders agree on a single
    /// class.
    package var kappa: Double? {
        guard total > 0 else { return nil }
        let n = Double(total)
        let observed = Double(both + neither) / n
        let firstYes = Double(both + firstOnly) / n
        let secondYes = Double(both + secondOnly) / n
        let chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes)
        guard chance < 1 else { return observed == 1 ? 1 : 0 }
        return (observed - chance) / (1 - chance)
    }

    /// The share of the points the reference leaves unticked that the first grader ticks (nil when there are none).
    package var falseTickRate: Double? {
        firstOnly + neither == 0 ? nil : Double(firstOnly) / Double(firstOnly + neither)
    }

    /// The share of the points the reference ticks that the first grader leaves unticked (nil when there are none).
    package var missRate: Double? {
        both + secondOnly == 0 ? nil : Double(secondOnly) / Double(both + secondOnly)
    }
}
