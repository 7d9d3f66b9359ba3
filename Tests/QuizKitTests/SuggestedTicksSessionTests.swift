import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// Suggested ticks in the quiz's state machine: offered after a typed answer only, taken by Enter only, overridden by
/// numbers, kept in the record beside the ticks, and restored with an undone grade.
@Suite struct SuggestedTicksSessionTests {
    static let batchNorm = Question(
        id: "bn", topic: "training", difficulty: 2, minutes: 3,
        question: LocalizedText("What does batch norm do?"),
        answer: LocalizedText("It normalizes."),
        keyPoints: [
            LocalizedText(
                "Normalizes each feature with the mean and variance of the current mini-batch."),
            LocalizedText(
                "At inference it uses running averages gathered in training, not the batch's own."),
            LocalizedText("Small batches give noisy statistics; GroupNorm or LayerNorm avoid that."),
        ])
    static let answer = "BN standardises every feature using the batch mean and var."

    private func makeSession(language: String? = "en") -> QuizSession {
        let settings = QuizSession.Settings(
            deckID: "deck", sessionID: "s1", suggestionLanguage: language)
        return QuizSession(questions: [Self.batchNorm, Self.batchNorm], settings: settings)
    }

    private func play(_ session: inout QuizSession, _ inputs: [SessionInput]) -> [SessionEvent] {
        var time = testStart
        var events = session.start(at: time)
        for input in inputs {
            time += 10
            events += session.handle(input, at: time)
        }
        return events
    }

    private func answers(_ events: [SessionEvent]) -> [AnswerRecord] {
        events.compactMap { if case .record(.answer(let record)) = $0 { record } else { nil } }
    }

    private func offered(_ events: [SessionEvent]) -> [TickSuggestion?] {
        events.compactMap { if case .reveal(_, _, _, _, _, let suggestion) = $0 { suggestion } else { nil } }
    }

    @Test func aTypedAnswerIsOfferedItsPointsWithTheirEvidence() throws {
        var session = makeSession()
        let events = play(&session, [.line(Self.answer), .line("")])
        let suggestion = try #require(offered(events).first ?? nil)
        #expect(suggestion.suggested == KeyPointSet([1]))
        #expect(suggestion.evidence(of: 1) == "standardises every feature using the batch mean and var")
        #expect(session.phase == .choosingPoints)
        #expect(answers(events).isEmpty, "nothing is ticked before Enter")
    }

    @Test func enterTakesTheOfferAndTheRecordKeepsBoth() {
        var session = makeSession()
        let events = play(&session, [.line(Self.answer), .line(""), .line(""), .line("")])
        #expect(answers(events).map(\.covered) == [[1]])
        #expect(answers(events).map(\.suggested) == [[1]])
    }

    @Test func numbersOverrideTheOfferAndTheRecordStillSaysWhatWasOffered() {
        var session = makeSession()
        let events = play(&session, [.line(Self.answer), .line(""), .line("2 3"), .line("")])
        #expect(answers(events).map(\.covered) == [[2, 3]])
        #expect(answers(events).map(\.suggested) == [[1]])
        var none = makeSession()
        #expect(
            answers(play(&none, [.line(Self.answer), .line(""), .line("none"), .line("")])).map(\.covered)
                == [[]])
    }

    @Test func anAnswerGivenAloudIsOfferedNothingAndEnterStillAsksForPoints() {
        var session = makeSession()
        let events = play(&session, [.line(""), .line(""), .line("1"), .line("")])
        #expect(offered(events) == [nil])
        #expect(events.contains(.invalidKeyPoints(.empty, total: 3)))
        #expect(answers(events).map(\.suggested) == [nil])
        #expect(answers(events).map(\.covered) == [[1]])
    }

    @Test func withoutASuggestionLanguageNothingIsOffered() {
        var session = makeSession(language: nil)
        let events = play(&session, [.line(Self.answer), .line(""), .line("")])
        #expect(offered(events) == [nil])
        #expect(events.contains(.invalidKeyPoints(.empty, total: 3)))
    }

    @Test func aReplyNotUnderstoodRemindsThatEnterTakesTheOffer() {
        var session = makeSession()
        let events = play(&session, [.line(Self.answer), .line(""), .line("9")])
        #expect(
            events.suffix(2) == [
                .invalidKeyPoints(.outOfRange("9", total: 3), total: 3, suggested: KeyPointSet([1])),
                .keyPointsPrompt,
            ])
    }

    @Test func anEditorsTextIsOfferedItsPointsToo() {
        var session = makeSession()
        let events = play(&session, [.submit(Self.answer)])
        #expect(offered(events).first??.suggested == KeyPointSet([1]))
    }

    @Test func anUndoneGradeKeepsWhatWasOfferedForItsAnswer() {
        var session = makeSession()
        let events = play(
            &session, [.line(Self.answer), .line(""), .line("2"), .line(""), .line("u"), .line("1")])
        #expect(answers(events).map(\.suggested) == [[1], [1]])
        #expect(answers(events).map(\.covered) == [[2], [2]])
    }
}
