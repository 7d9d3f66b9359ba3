import FoundationEssentials

/// Chooses which follow-up of a question `quiz --follow-ups` asks, so that over time every follow-up is asked.
///
/// Order: a follow-up last answered badly first (the longest ago first), then one never asked (the lowest number
/// first), then the one asked least recently.
public enum FollowUpPicker {
    /// The 0-based index of the follow-up to ask among `count`, given the past attempts of this question's follow-ups
    /// (any order); nil when the question has none.
    public static func choose(count: Int, attempts: [FollowUpAttempt]) -> Int? {
        guard count > 0 else { return nil }
        var last: [Int: FollowUpAttempt] = [:]
        for attempt in attempts where (1...count).contains(attempt.followUp) {
            if let known = last[attempt.followUp], known.time > attempt.time { continue }
            last[attempt.followUp] = attempt
        }
        let badly = last.values.filter { !$0.answeredWell }.sorted { ($0.time, $0.followUp) < ($1.time, $1.followUp) }
        if let first = badly.first { return first.followUp - 1 }
        if let never = (1...count).first(where: { last[$0] == nil }) { return never - 1 }
        let oldest = last.values.sorted { ($0.time, $0.followUp) < ($1.time, $1.followUp) }
        return oldest.first.map { $0.followUp - 1 }
    }
}
