import FoundationEssentials

/// The record of one interview, self-contained: it keeps the texts of the questions and key points as they were
/// asked, so it still reads right after the deck changes.
public struct Scorecard: Sendable, Hashable {
    /// The only format version this build writes and reads.
    static let formatVersion = 1

    /// The candidate's name as given (already stripped of control characters), or empty.
    public var candidate: String
    /// When the interview started.
    public var started: Date
    /// When it ended (or when it was last saved, for an interview still running).
    public var ended: Date
    /// The interviewer's offset from UTC in seconds at the start, for showing local times.
    public var utcOffset: Int
    /// The deck's id.
    public var deckID: String
    /// The deck's title in the scorecard's language.
    public var deckTitle: String
    /// The language the questions were asked in.
    public var language: String
    /// The seed that picked the questions, when they were picked at random.
    public var seed: UInt64?
    /// Every question planned, in order, asked or not.
    public var questions: [Entry]

    /// One question of the interview.
    public struct Entry: Sendable, Hashable {
        /// The question's id.
        public var id: String
        /// The topic's id.
        public var topic: String
        /// The topic's display name in the scorecard's language.
        public var topicName: String
        /// 1 to 3.
        public var difficulty: Int
        /// The suggested time in seconds.
        public var suggestedSeconds: Int
        /// The question as it was read.
        public var question: String
        /// Asked, skipped, or not asked.
        public var status: InterviewRecord.Status
        /// Seconds spent on it.
        public var seconds: Int
        /// The key points, each with whether it was ticked.
        public var keyPoints: [KeyPoint]
        /// The follow-ups, each with how it went.
        public var followUps: [FollowUpEntry]
        /// The interviewer's notes, in the order typed.
        public var notes: [String]

        /// The share of key points ticked, from 0 to 1.
        public var coverage: Double {
            keyPoints.isEmpty ? 0 : Double(coveredCount) / Double(keyPoints.count)
        }

        /// How many key points were ticked.
        public var coveredCount: Int { keyPoints.filter(\.isCovered).count }
    }

    /// A key point and whether the candidate covered it.
    public struct KeyPoint: Sendable, Hashable {
        /// The point.
        public var text: String
        /// Whether it was ticked.
        public var isCovered: Bool
    }

    /// A follow-up question and how it went.
    public struct FollowUpEntry: Sendable, Hashable {
        /// The follow-up question.
        public var question: String
        /// Whether it was asked, and how it was answered.
        public var result: InterviewRecord.FollowUpResult
    }

    /// The questions asked.
    public var asked: [Entry] { questions.filter { $0.status == .asked } }
    /// The sum of key-point coverage over the questions asked.
    public var score: Double { asked.reduce(0) { $0 + $1.coverage } }
    /// The questions asked that have key points: those a coverage score counts (a question without any is graded
    /// directly, like a flashcard).
    public var scored: [Entry] { asked.filter { !$0.keyPoints.isEmpty } }
    /// The score as a share of the questions asked with key points, from 0 to 1 (0 when there is none).
    public var fraction: Double {
        let scored = scored.count
        return scored == 0 ? 0 : score / Double(scored)
    }
    /// Seconds spent on the questions asked.
    public var seconds: Int { asked.reduce(0) { $0 + $1.seconds } }
    /// The follow-ups asked, over every question asked.
    public var followUpsAsked: Int { asked.reduce(0) { $0 + $1.followUps.filter { $0.result.wasAsked }.count } }
    /// The follow-ups marked as answered well.
    public var followUpsAnsweredWell: Int {
        asked.reduce(0) { $0 + $1.followUps.filter { $0.result == .answeredWell }.count }
    }
    /// The interviewer's local date at the start, `2026-11-23`.
    public var localDate: String { String(Timestamp.string(from: started + TimeInterval(utcOffset)).prefix(10)) }
    /// The ids of the questions asked.
    public var askedIDs: [String] { asked.map(\.id) }
}

extension Scorecard {
    /// The scorecard of an interview: the session's records, with the texts of the deck in `language`.
    public init(
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
                id: question.id, topic: question.topic, topicName: deck.displayName(ofTopic: question.topic, in: language),
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
    public static func cleanedName(_ name: String) -> String {
        let words = TerminalText.sanitized(name).split(whereSeparator: \.isWhitespace)
        return String(words.joined(separator: " ").prefix(200))
    }
}
