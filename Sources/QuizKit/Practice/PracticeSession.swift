import FoundationEssentials

/// A practice session as a state machine, the shape the quiz and the interview share: start it, feed it what was
/// typed with the time, and show the events it returns, until it is finished.
///
/// Nothing here touches a terminal or a file: the command line's one prompt loop drives any session of this shape.
package protocol PracticeSession: Sendable {
    /// What the session asks its screen to show (and its command to save), in order.
    associatedtype Event: Sendable

    /// Starts the session: the events that show its first question (or that it is over, when it has none).
    mutating func start(at time: Date) -> [Event]

    /// Handles one input and returns what to show, in order; nothing once the session is finished.
    mutating func handle(_ input: SessionInput, at time: Date) -> [Event]

    /// Whether the session is over.
    var isFinished: Bool { get }
}

/// What the user interface feeds a practice session.
package enum SessionInput: Sendable, Hashable {
    /// One line typed, without its newline (a paste on a terminal arrives as one line holding its newlines).
    case line(String)
    /// Text ended by Ctrl-D after typing on a terminal, or written in an editor: the last of the answer, which the
    /// quiz then reveals. Elsewhere it counts as a line.
    case submit(String)
    /// End of input (Ctrl-D on an empty line, or the end of a pipe). What was typed and not yet submitted is
    /// submitted (a typed answer is never dropped); with nothing typed, the session ends, keeping everything recorded.
    case endOfInput
    /// Ctrl-C, or a save that failed: end the session now, submitting nothing, keeping everything recorded.
    case interrupt

    /// The text of a line or a submitted answer; nil at the end of input and for an interruption.
    package var text: String? {
        switch self {
        case .line(let text), .submit(let text): text
        case .endOfInput, .interrupt: nil
        }
    }
}

// MARK: - Coverage and score

/// The key points of one question covered in one answer: the one coverage tally of the quiz, the interview and the
/// progress history.
package struct CoverageTally: Sendable, Hashable {
    /// The key points covered (ticked, in an interview).
    package var covered: KeyPointSet
    /// How many key points the question has.
    package var total: Int

    /// A tally; nothing covered by default.
    package init(covered: KeyPointSet = KeyPointSet(), total: Int) {
        self.covered = covered
        self.total = total
    }

    /// The share of key points covered, from 0 to 1 (0 for a question without key points).
    package var fraction: Double {
        total > 0 ? Double(covered.count) / Double(total) : 0
    }
}

/// The score of a practice session: the sum of key-point coverage over the questions answered, how many they were,
/// and the seconds they took.
///
/// The one score of the quiz's summary, the interview's summary and the progress history's past sessions: a session
/// scoring `8.4` of `12` covered, on average, 70% of each question's key points.
package struct PracticeScore: Sendable, Hashable {
    /// The sum of coverage fractions: the session score, out of `count`.
    package private(set) var sum: Double
    /// How many answers count (graded in the quiz, asked in the interview): those to questions with key points.
    package private(set) var count: Int
    /// How many answers were to questions without key points (flashcards, graded directly): outside the score.
    package private(set) var flashcards: Int
    /// Seconds spent on the answers (those to questions without key points too).
    package private(set) var seconds: Int

    /// An empty score.
    package init() {
        self.init(sum: 0, count: 0, seconds: 0)
    }

    /// A score from its parts.
    package init(sum: Double, count: Int, seconds: Int = 0, flashcards: Int = 0) {
        self.sum = sum
        self.count = count
        self.seconds = seconds
        self.flashcards = flashcards
    }

    /// The score of these answers, added in order.
    package init(_ answers: some Sequence<(tally: CoverageTally, seconds: Int)>) {
        self.init()
        for answer in answers { add(answer.tally, seconds: answer.seconds) }
    }

    /// Counts one more answer; an answer to a question without key points (graded directly, like a flashcard) has
    /// no coverage, so it is counted in `flashcards` and only its seconds add up.
    mutating func add(_ tally: CoverageTally, seconds: Int = 0) {
        guard tally.total > 0 else {
            self.seconds += seconds
            flashcards += 1
            return
        }
        add(fraction: tally.fraction, seconds: seconds)
    }

    /// Counts one more answer that covered `fraction` (0...1) of its key points.
    mutating func add(fraction: Double, seconds: Int = 0) {
        sum += fraction
        count += 1
        self.seconds += seconds
    }

    /// The score as a share of the answers that count, from 0 to 1 (0 when none counts).
    package var fraction: Double { count > 0 ? sum / Double(count) : 0 }
    /// Every answer added: those in the score and the flashcards.
    package var answers: Int { count + flashcards }
    /// Whether every answer was to a flashcard, so there is no score to show or compare.
    package var isFlashcardsOnly: Bool { count == 0 && flashcards > 0 }
}
