/// Picks questions spread over as many topics, then as many difficulties, as the candidates allow.
///
/// The picked set maximises first the number of distinct topics, then the number of distinct difficulties; among
/// the sets that do, the seed decides. So, whatever the deck:
/// - `count` questions come from `min(count, topics)` different topics;
/// - when the difficulties can be spread without giving up a topic, each difficulty present among the candidates
///   appears at least once as soon as `count` is at least their number (3 for a deck using 1 to 3).
///
/// The algorithm, all of it deterministic from `SeededRandom(seed)`:
/// 1. Shuffle the candidates (Fisher–Yates). "First" below always means first in this shuffled order.
/// 2. Witnesses: match difficulties to topics, one question per topic, with augmenting paths (Kuhn), trying
///    difficulties and topics in the order they first appear in the shuffle. A maximum matching covers as many
///    difficulties as one-question-per-topic allows. Keep at most `count` matched pairs; each pair's witness is the
///    first question with that topic and difficulty.
/// 3. New topics: while fewer than `count` are picked and a topic is unused, add the first question of an unused topic.
/// 4. Extras (only once every topic is used): add the first question that brings a missing difficulty, else one from
///    the topic picked least so far.
/// 5. Present them easiest first (difficulty, then shuffled order), as an interview warms up.
///
/// Optimality: after step 3, the topics are `min(count, topics)`. A set with that many topics holds one question
/// per topic whose difficulties form a matching, so it covers at most (maximum matching) + (`count` − topics used)
/// difficulties; steps 2 and 4 reach exactly that bound. When there are fewer candidates than `count`, all are picked.
package enum BalancedPicker {
    /// Up to `count` questions from `candidates`, spread as described above; the same seed picks the same set.
    package static func pick(_ count: Int, from candidates: [Question], seed: UInt64) -> [Question] {
        var generator = SeededRandom(seed: seed)
        let shuffled = generator.shuffled(candidates)
        guard count < shuffled.count else { return easiestFirst(Array(shuffled.indices), in: shuffled) }
        guard count > 0 else { return [] }

        var picked = witnesses(in: shuffled, limit: count)
        var usedTopics = Set(picked.map { shuffled[$0].topic })
        for (position, question) in shuffled.enumerated() where picked.count < count {
            if usedTopics.insert(question.topic).inserted { picked.append(position) }
        }
        while picked.count < count {
            picked.append(nextExtra(in: shuffled, picked: picked))
        }
        return easiestFirst(picked, in: shuffled)
    }

    /// Positions of one question per matched (difficulty, topic) pair of a maximum matching, at most `limit`.
    private static func witnesses(in shuffled: [Question], limit: Int) -> [Int] {
        let difficulties = firstAppearances(of: shuffled.map(\.difficulty))
        let topics = firstAppearances(of: shuffled.map(\.topic))
        var firstWith: [Pair: Int] = [:]
        for (position, question) in shuffled.enumerated() {
            let pair = Pair(difficulty: question.difficulty, topic: question.topic)
            if firstWith[pair] == nil { firstWith[pair] = position }
        }
        var matching = TopicMatching()
        for difficulty in difficulties {
            var visited = Set<String>()
            _ = matching.augment(
                from: difficulty, topics: topics, hasEdge: { firstWith[Pair(difficulty: $0, topic: $1)] != nil },
                visited: &visited)
        }
        let pairs = difficulties.compactMap { difficulty in
            matching.topic(of: difficulty).map { Pair(difficulty: difficulty, topic: $0) }
        }
        return pairs.prefix(limit).compactMap { firstWith[$0] }
    }

    /// The position of the next question once every topic is used: a missing difficulty first, else the least-used
    /// topic, ties to the first in shuffled order.
    private static func nextExtra(in shuffled: [Question], picked: [Int]) -> Int {
        let chosen = Set(picked)
        let coveredDifficulties = Set(picked.map { shuffled[$0].difficulty })
        var topicCounts: [String: Int] = [:]
        for position in picked { topicCounts[shuffled[position].topic, default: 0] += 1 }
        var best: (position: Int, bringsDifficulty: Bool, topicCount: Int)?
        for (position, question) in shuffled.enumerated() where !chosen.contains(position) {
            let bringsDifficulty = !coveredDifficulties.contains(question.difficulty)
            let topicCount = topicCounts[question.topic, default: 0]
            if let current = best {
                let isBetter =
                    bringsDifficulty != current.bringsDifficulty
                    ? bringsDifficulty : topicCount < current.topicCount
                if !isBetter { continue }
            }
            best = (position, bringsDifficulty, topicCount)
        }
        // The caller only asks while fewer than all candidates are picked, so one is always left.
        return best!.position
    }

    private static func easiestFirst(_ positions: [Int], in shuffled: [Question]) -> [Question] {
        positions.sorted { (shuffled[$0].difficulty, $0) < (shuffled[$1].difficulty, $1) }.map { shuffled[$0] }
    }

    private static func firstAppearances<Value: Hashable>(of values: [Value]) -> [Value] {
        var seen = Set<Value>()
        return values.filter { seen.insert($0).inserted }
    }

    private struct Pair: Hashable {
        var difficulty: Int
        var topic: String
    }
}

/// A bipartite matching of difficulties to topics, grown one augmenting path at a time (Kuhn's algorithm).
private struct TopicMatching {
    private var difficultyOfTopic: [String: Int] = [:]

    /// The topic matched to a difficulty, if any.
    func topic(of difficulty: Int) -> String? {
        difficultyOfTopic.first { $0.value == difficulty }?.key
    }

    /// Tries to match `difficulty`, re-matching earlier difficulties along an augmenting path when needed.
    mutating func augment(
        from difficulty: Int, topics: [String], hasEdge: (Int, String) -> Bool, visited: inout Set<String>
    ) -> Bool {
        for topic in topics where hasEdge(difficulty, topic) && visited.insert(topic).inserted {
            if let holder = difficultyOfTopic[topic] {
                guard augment(from: holder, topics: topics, hasEdge: hasEdge, visited: &visited) else { continue }
            }
            difficultyOfTopic[topic] = difficulty
            return true
        }
        return false
    }
}

// MARK: - FreshFilter

/// Leaves out the questions asked in the most recent interviews, so a candidate pool stays fresh.
package enum FreshFilter {
    /// The candidates left, and how far the filter had to relax to leave enough of them.
    package struct Outcome: Sendable, Hashable {
        /// The candidates not asked in the avoided interviews, in their original order.
        package var candidates: [Question]
        /// How many of the most recent interviews were avoided: the number asked for, or fewer when that left
        /// fewer than `count` candidates (0 when even the last interview alone leaves too few).
        package var interviewsAvoided: Int
        /// How many candidates were left out.
        package var leftOut: Int
    }

    /// Leaves out the questions of the `recent` interviews (question ids per interview, most recent first).
    ///
    /// When that leaves fewer than `count` candidates, the oldest of those interviews is dropped from the list and
    /// the filter tried again, down to no interview at all: the questions asked longest ago come back first.
    package static func apply(to candidates: [Question], recent: [[String]], count: Int) -> Outcome {
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
