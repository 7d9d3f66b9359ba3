import FoundationEssentials

/// Chooses which follow-up of a question `quiz --follow-ups` asks, right after the key points are ticked.
///
/// A follow-up that probes a key point the candidate has just missed comes first: that is where an interviewer digs.
/// Among the candidates (those probing a missed point, else all of the question's follow-ups) the history decides, so
/// that over time every follow-up is asked: one last answered badly first (the longest ago first), then one never
/// asked (the lowest number first), then the one asked least recently.
package enum FollowUpPicker {
    /// The 0-based index of the follow-up to ask after an answer that covered `covered` of the question's key
    /// points, given the past attempts of this question's follow-ups (any order); nil when it has none.
    package static func choose(
        followUps: [FollowUp], covered: KeyPointSet, keyPointCount: Int, attempts: [FollowUpAttempt]
    )
        -> Int?
    {
        let missed = Set((0..<keyPointCount).map { $0 + 1 }.filter { !covered.contains($0) })
        let probing = followUps.indices.filter { followUps[$0].probes.contains(where: missed.contains) }
        return choose(among: probing.isEmpty ? Array(followUps.indices) : probing, attempts: attempts)
    }

    /// The 0-based index of the follow-up to ask among `count`, by the history alone; nil when there is none.
    package static func choose(count: Int, attempts: [FollowUpAttempt]) -> Int? {
        choose(among: Array(0..<max(0, count)), attempts: attempts)
    }

    /// The history's choice among `candidates` (0-based indices).
    private static func choose(among candidates: [Int], attempts: [FollowUpAttempt]) -> Int? {
        guard let lowest = candidates.min() else { return nil }
        let numbers = Set(candidates.map { $0 + 1 })
        var last: [Int: FollowUpAttempt] = [:]
        for attempt in attempts where numbers.contains(attempt.followUp) {
            if let known = last[attempt.followUp], known.time > attempt.time { continue }
            last[attempt.followUp] = attempt
        }
        let badly = last.values.filter { !$0.answeredWell }.sorted { ($0.time, $0.followUp) < ($1.time, $1.followUp) }
        if let first = badly.first { return first.followUp - 1 }
        if let never = numbers.sorted().first(where: { last[$0] == nil }) { return never - 1 }
        let oldest = last.values.sorted { ($0.time, $0.followUp) < ($1.time, $1.followUp) }
        return oldest.first.map { $0.followUp - 1 } ?? lowest
    }
}
