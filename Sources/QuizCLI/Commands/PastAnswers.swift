import Dispatch
import FoundationEssentials
import QuizKit

/// Each question's past answers, from the progress history: one deck's, or with `--all-decks` each question's own
/// deck's. It is the one way a command builds a study planner (`quiz`, `stats`, `decks`) and gives a quiz session
/// its histories and follow-up attempts, so the due list, the dashboard and the grade intervals all replay the same
/// answers with QuizKit's one `ReviewReplay`.
///
/// QuizKit replays one question after another and starts no threads; here, more than 2,000 questions are replayed in
/// up to eight chunks on all cores. The statuses are the same either way.
struct PastAnswers {
    /// Questions beyond this many are replayed in parallel.
    static let parallelThreshold = 2_000

    /// The whole progress history.
    let history: ProgressHistory
    /// The deck every question is recorded under, or nil when each has its own (`--all-decks`).
    private let deckID: String?
    /// The decks merged for `--all-decks`.
    private let allDecks: AllDecks?

    /// The answers to one deck's questions.
    init(_ history: ProgressHistory, deckID: String) {
        self.history = history
        self.deckID = deckID
        allDecks = nil
    }

    /// The answers to the questions of every deck, each question's from its own deck.
    init(_ history: ProgressHistory, allDecks: AllDecks) {
        self.history = history
        deckID = nil
        self.allDecks = allDecks
    }

    /// The deck id each of `questions` is recorded under, by position.
    func deckIDs(of questions: [Question]) -> [String] {
        if let deckID { return questions.map { _ in deckID } }
        return allDecks?.deckIDs(of: questions) ?? []
    }

    /// Each question's graded answers, by position (nil when never answered).
    func histories(of questions: [Question]) -> [QuestionHistory?] {
        var byDeck: [String: [String: QuestionHistory]] = [:]
        return zip(questions, deckIDs(of: questions)).map { question, deckID in
            if byDeck[deckID] == nil { byDeck[deckID] = history.questionHistories(forDeck: deckID) }
            return byDeck[deckID]?[question.id]
        }
    }

    /// Each question's graded answers by question id, for a quiz's grade intervals (an id found in two decks keeps
    /// the first's).
    func historiesByID(of questions: [Question]) -> [String: QuestionHistory] {
        var result: [String: QuestionHistory] = [:]
        for (question, history) in zip(questions, histories(of: questions)) where result[question.id] == nil {
            result[question.id] = history
        }
        return result
    }

    /// Each question's past follow-up attempts by question id, for the quiz's `FollowUpPicker`.
    func followUpAttempts(of questions: [Question]) -> [String: [FollowUpAttempt]] {
        var byDeck: [String: [String: [FollowUpAttempt]]] = [:]
        var result: [String: [FollowUpAttempt]] = [:]
        for (question, deckID) in zip(questions, deckIDs(of: questions)) {
            if byDeck[deckID] == nil { byDeck[deckID] = history.followUpAttempts(forDeck: deckID) }
            result[question.id] = byDeck[deckID]?[question.id] ?? []
        }
        return result
    }

    /// The previous quiz session with these questions' deck (any deck with `--all-decks`).
    var previousSession: SessionScore? { history.lastScoredSession(forDeck: deckID) }

    /// A planner for `questions` at `now`, each replaying its own history.
    func planner(for questions: [Question], now: Date) -> StudyPlanner {
        Self.planner(questions: questions, histories: histories(of: questions), now: now)
    }

    /// A planner for `questions` replaying `histories` (by position), on all cores when there are many.
    static func planner(
        questions: [Question], histories: [QuestionHistory?], now: Date, replay: ReviewReplay = ReviewReplay()
    ) -> StudyPlanner {
        let count = questions.count
        guard count > parallelThreshold else {
            let statuses = zip(questions, histories).map { replay.status(of: $0, history: $1, at: now) }
            return StudyPlanner(statuses: statuses, now: now, replay: replay)
        }
        var results = [QuestionStatus?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let output = UncheckedBuffer(buffer)
            let chunks = max(1, min(8, count / 1_000))
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                    output[index] = replay.status(of: questions[index], history: histories[index], at: now)
                }
            }
        }
        return StudyPlanner(statuses: results.compactMap { $0 }, now: now, replay: replay)
    }
}

/// Lets concurrent workers fill disjoint slots of one buffer.
private struct UncheckedBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
    subscript(index: Int) -> Element {
        get { buffer[index] }
        nonmutating set { buffer[index] = newValue }
    }
}
