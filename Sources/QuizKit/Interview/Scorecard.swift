import FoundationEssentials

/// The record of one interview, self-contained: it keeps the texts of the questions and key points as they were
/// asked, so it still reads right after the deck changes.
package struct Scorecard: Sendable, Hashable {
    /// The only format version this build writes and reads.
    static let formatVersion = 1

    /// The candidate's name as given (already stripped of control characters), or empty.
    package var candidate: String
    /// When the interview started.
    package var started: Date
    /// When it ended (or when it was last saved, for an interview still running).
    package var ended: Date
    /// The interviewer's offset from UTC in seconds at the start, for showing local times.
    package var utcOffset: Int
    /// The deck's id.
    package var deckID: String
    /// The deck's title in the scorecard's language.
    package var deckTitle: String
    /// The language the questions were asked in.
    package var language: String
    /// The seed that picked the questions, when they were picked at random.
    package var seed: UInt64?
    /// Every question planned, in order, asked or not.
    package var questions: [Entry]

    /// One question of the interview.
    package struct Entry: Sendable, Hashable {
        /// The question's id.
        package var id: String
        /// The topic's id.
        package var topic: String
        /// The topic's display name in the scorecard's language.
        package var topicName: String
        /// 1 to 3.
        package var difficulty: Int
        /// The suggested time in seconds.
        package var suggestedSeconds: Int
        /// The question as it was read.
        package var question: String
        /// Asked, skipped, or not asked.
        package var status: InterviewRecord.Status
        /// Seconds spent on it.
        package var seconds: Int
        /// The key points, each with whether it was ticked.
        package var keyPoints: [KeyPoint]
        /// The follow-ups, each with how it went.
        package var followUps: [FollowUpEntry]
        /// The interviewer's notes, in the order typed.
        package var notes: [String]

        /// The share of key points ticked, from 0 to 1.
        package var coverage: Double {
            keyPoints.isEmpty ? 0 : Double(coveredCount) / Double(keyPoints.count)
        }

        /// How many key points were ticked.
        package var coveredCount: Int { keyPoints.filter(\.isCovered).count }
    }

    /// A key point and whether the candidate covered it.
    package struct KeyPoint: Sendable, Hashable {
        /// The point.
        package var text: String
        /// Whether it was ticked.
        package var isCovered: Bool
    }

    /// A follow-up question and how it went.
    package struct FollowUpEntry: Sendable, Hashable {
        /// The follow-up question.
        package var question: String
        /// Whether it was asked, and how it was answered.
        package var result: InterviewRecord.FollowUpResult
    }

    /// The questions asked.
    package var asked: [Entry] { questions.filter { $0.status == .asked } }
    /// The sum of key-point coverage over the questions asked.
    package var score: Double { asked.reduce(0) { $0 + $1.coverage } }
    /// The questions asked that have key points: those a coverage score counts (a question without any is graded
    /// directly, like a flashcard).
    package var scored: [Entry] { asked.filter { !$0.keyPoints.isEmpty } }
    /// The score as a share of the questions asked with key points, from 0 to 1 (0 when there is none).
    package var fraction: Double {
        let scored = scored.count
        return scored == 0 ? 0 : score / Double(scored)
    }
    /// Seconds spent on the questions asked.
    package var seconds: Int { asked.reduce(0) { $0 + $1.seconds } }
    /// The follow-ups asked, over every question asked.
    package var followUpsAsked: Int { asked.reduce(0) { $0 + $1.followUps.filter { $0.result.wasAsked }.count } }
    /// The follow-ups marked as answered well.
    package var followUpsAnsweredWell: Int {
        asked.reduce(0) { $0 + $1.followUps.filter { $0.result == .answeredWell }.count }
    }
    /// The interviewer's local date at the start, `2026-11-23`.
    package var localDate: String { String(Timestamp.string(from: started + TimeInterval(utcOffset)).prefix(10)) }
    /// The ids of the questions asked.
    package var askedIDs: [String] { asked.map(\.id) }
}

extension Scorecard {
    /// The scorecard of an interview: the session's records, with the texts of the deck in `language`.
    package init(
        summary: InterviewSummary, questions: [Question], deck: Deck, language: String, candidate: String,
        started: Date, ended: Date, utcOffset: Int, seed: UInt64?
    ) {
        self.candidate = candidate
        self.started = started
        self.ended = ended
        self.utcOffset = utcOffset
        deckID = deck.id
        deckTitle = deck.title.text(in: language)
        self.language = language
        self.seed = seed
        self.questions = zip(questions, summary.records).map { question, record in
            Entry(
                id: question.id, topic: question.topic,
                topicName: deck.displayName(ofTopic: question.topic, in: language),
                difficulty: question.difficulty, suggestedSeconds: question.suggestedSeconds,
                question: question.question.text(in: language), status: record.status, seconds: record.seconds,
                keyPoints: question.keyPoints.enumerated().map { offset, point in
                    KeyPoint(text: point.text(in: language), isCovered: record.covered.contains(offset + 1))
                },
                followUps: zip(question.followUps, record.followUps).map { followUp, result in
                    FollowUpEntry(question: followUp.question.text(in: language), result: result)
                },
                notes: record.notes)
        }
    }

    /// A name fit to show and store: control characters and line breaks removed, spaces collapsed, at most 200
    /// characters.
    package static func cleanedName(_ name: String) -> String {
        let words = TerminalText.sanitized(name).split(whereSeparator: \.isWhitespace)
        return String(words.joined(separator: " ").prefix(200))
    }
}
