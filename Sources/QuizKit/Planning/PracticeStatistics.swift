import FoundationEssentials

/// The numbers behind `dlquiz stats`: totals, activity, trends, topics, questions and readiness.
package struct PracticeStatistics: Sendable {
    /// Average coverage of one topic.
    package struct TopicCoverage: Sendable, Hashable {
        /// The topic id.
        package var topic: String
        /// Questions of the topic in the deck.
        package var questionCount: Int
        /// Questions of the topic answered at least once (flashcards included).
        package var answeredCount: Int
        /// The mean, over answered questions with key points, of each one's mean coverage; nil when none was
        /// answered with key points (a topic of flashcards has no coverage).
        package var meanCoverage: Double?
    }

    /// Graded answers to this deck.
    package var answerCount: Int
    /// Distinct days with at least one answer.
    package var daysPractised: Int
    /// Consecutive days with answers, ending today (or yesterday, when today has none yet).
    package var currentStreak: Int
    /// Answers per day for the last 30 days, oldest first, ending today.
    package var lastThirtyDays: [Int]
    /// The most recent sessions (at most 20), oldest first.
    package var recentSessions: [SessionScore]
    /// Coverage per topic, in deck order.
    package var topics: [TopicCoverage]
    /// The three weakest answered questions (`StudyPlanner.weakestFirst`); a question always answered in full, or
    /// a flashcard always graded Easy, is never weak.
    package var weakest: [QuestionStatus]
    /// Questions due now.
    package var dueNow: Int
    /// Questions never answered.
    package var newCount: Int

    /// Computes the statistics of a deck from its history and plan; days are local days in `zone`, each answer's
    /// with the offset in force at its instant.
    package init(deck: Deck, history: ProgressHistory, planner: StudyPlanner, zone: LocalTimeZone) {
        let perDay = history.answersPerDay(forDeck: deck.id, in: zone)
        let today = zone.day(of: planner.now)
        answerCount = perDay.values.reduce(0, +)
        daysPractised = perDay.count
        lastThirtyDays = (0..<30).map { perDay[today.adding(days: $0 - 29).dayNumber] ?? 0 }
        var streakDay = perDay[today.dayNumber] != nil ? today : today.adding(days: -1)
        var streak = 0
        while perDay[streakDay.dayNumber] != nil {
            streak += 1
            streakDay = streakDay.adding(days: -1)
        }
        currentStreak = streak
        recentSessions = Array(history.sessions(forDeck: deck.id).suffix(20))

        var byTopic: [String: (count: Int, answered: Int, covered: Int, sum: Double)] = [:]
        for status in planner.statuses {
            var entry = byTopic[status.question.topic] ?? (0, 0, 0, 0)
            entry.count += 1
            if !status.isNew { entry.answered += 1 }
            if let mean = status.meanCoverage {
                entry.covered += 1
                entry.sum += mean
            }
            byTopic[status.question.topic] = entry
        }
        topics = deck.topics.compactMap { topic in
            guard let entry = byTopic[topic] else { return nil }
            return TopicCoverage(
                topic: topic, questionCount: entry.count, answeredCount: entry.answered,
                meanCoverage: entry.covered > 0 ? entry.sum / Double(entry.covered) : nil)
        }
        weakest = Array(planner.weakestFirst().prefix { !$0.isNew }.filter { ($0.meanMark ?? 0) < 1 }.prefix(3))
        dueNow = planner.statuses.filter { planner.isDue($0) }.count
        newCount = planner.statuses.filter(\.isNew).count
    }
}
