import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// The quiz's second version through its state machine: typed answers that stay and are kept, Ctrl-D after typing,
/// the editor key, follow-ups, and the interval each grade would give.
@Suite struct TypedAnswerSessionTests {
    private func makeSession(
        points: [Int] = [4, 3], followUps: Int = 0, settings: (inout QuizSession.Settings) -> Void = { _ in }
    ) -> QuizSession {
        let questions = points.enumerated().map {
            TestDecks.question("q\($0.offset + 1)", points: $0.element, followUps: followUps)
        }
        var values = QuizSession.Settings(deckID: "deck", sessionID: "s1")
        settings(&values)
        return QuizSession(questions: questions, settings: values)
    }

    /// Feeds inputs ten seconds apart and returns every event.
    private func play(_ session: inout QuizSession, _ inputs: [SessionInput]) -> [SessionEvent] {
        var time = testStart
        var events = session.start(at: time)
        for input in inputs {
            time += 10
            events += session.handle(input, at: time)
        }
        return events
    }

    private func entries(_ events: [SessionEvent]) -> [ProgressEntry] {
        events.compactMap { if case .record(let entry) = $0 { entry } else { nil } }
    }

    private func answers(_ events: [SessionEvent]) -> [AnswerRecord] {
        entries(events).compactMap { if case .answer(let record) = $0 { record } else { nil } }
    }

    private func attempt(_ number: Int, day: Int, well: Bool) -> FollowUpAttempt {
        FollowUpAttempt(time: testStart + TimeInterval(day * 86_400), followUp: number, answeredWell: well)
    }

    /// The intervals offered with the last grade proposal among `events`, or nil when none was proposed.
    private func offeredIntervals(_ events: [SessionEvent]) -> [Grade: TimeInterval]? {
        events.last { if case .proposal = $0 { true } else { false } }.flatMap {
            if case .proposal(_, _, _, _, _, let intervals) = $0 { intervals } else { nil }
        }
    }

    private func followUps(_ events: [SessionEvent]) -> [FollowUpRecord] {
        entries(events).compactMap { if case .followUp(let record) = $0 { record } else { nil } }
    }

    // MARK: Typed answers

    @Test func theTypedAnswerIsKeptWithItsGrade() {
        var session = makeSession()
        let events = play(
            &session, [.line("Normalizes activations"), .line("per mini-batch"), .line(""), .line("1 2"), .line("")])
        #expect(answers(events).map(\.answer) == ["Normalizes activations\nper mini-batch"])
    }

    @Test func anAnswerGivenAloudKeepsNoText() {
        var session = makeSession()
        let events = play(&session, [.line(""), .line("all"), .line("")])
        #expect(answers(events).map(\.answer) == [nil])
    }

    @Test func withoutKeepingTextTheGradeIsSavedButNotTheText() {
        var session = makeSession { $0.keepsText = false }
        let events = play(&session, [.line("Some answer"), .line(""), .line("all"), .line("")])
        #expect(answers(events).map(\.grade) == [.easy])
        #expect(answers(events).map(\.answer) == [nil])
    }

    @Test func withoutSavingNothingIsRecordedNotEvenTheText() {
        var session = makeSession { $0.isRecording = false }
        let events = play(&session, [.line("Some answer"), .line(""), .line("all"), .line("")])
        #expect(entries(events).isEmpty)
    }

    @Test func aPastedAnswerWithParagraphsIsOneAnswerAndItsLineTwoTicksNothing() {
        var session = makeSession()
        // A bracketed paste arrives as one line holding its newlines, blank lines and a line "2" included.
        let events = play(
            &session, [.line("First paragraph.\n\n2\nLast paragraph.\n"), .line(""), .line("none"), .line("")])
        #expect(answers(events).first?.covered == [])
        #expect(answers(events).first?.answer == "First paragraph.\n\n2\nLast paragraph.")
        #expect(
            events.contains(
                .reveal(index: 0, seconds: 20, limit: nil, typed: ["First paragraph.\n\n2\nLast paragraph.\n"])))
    }

    @Test func ctrlDAfterTypingSubmitsAndReveals() {
        var session = makeSession()
        var events = session.start(at: testStart)
        events += session.handle(.line("First line"), at: testStart + 5)
        events += session.handle(.submit("and the rest"), at: testStart + 9)
        #expect(
            Array(events.suffix(2)) == [
                .reveal(index: 0, seconds: 9, limit: nil, typed: ["First line", "and the rest"]), .keyPointsPrompt,
            ])
        #expect(session.typedAnswer == ["First line", "and the rest"])
        #expect(session.phase == .choosingPoints)
    }

    @Test func ctrlDOnTheEmptyLineAfterTypingSubmitsTheAnswerInsteadOfDroppingIt() {
        var session = makeSession()
        let events = play(&session, [.line("My whole answer"), .endOfInput, .line("1 2"), .line("")])
        #expect(events.contains(.reveal(index: 0, seconds: 20, limit: nil, typed: ["My whole answer"])))
        #expect(answers(events).map(\.answer) == ["My whole answer"])
        #expect(answers(events).map(\.covered) == [[1, 2]])
        #expect(!session.isFinished)
    }

    @Test func twoTypedLinesThenCtrlDAreOneSubmittedAnswer() {
        var session = makeSession()
        let events = play(&session, [.line("First line"), .line("second line"), .endOfInput, .line("all"), .line("")])
        #expect(answers(events).map(\.answer) == ["First line\nsecond line"])
    }

    @Test func ctrlDWithNothingTypedEndsTheQuizWithNothingUnsaved() {
        var session = makeSession()
        let events = play(&session, [.endOfInput])
        #expect(session.isFinished)
        #expect(!events.contains { if case .notSaved = $0 { true } else { false } })
        guard case .finished(let summary) = events.last else {
            Issue.record("no summary")
            return
        }
        #expect(summary.results.isEmpty)
    }

    @Test func ctrlCWithATypedAnswerEndsAndSaysWhatWasNotSaved() {
        var session = makeSession()
        let events = play(&session, [.line("Typed\nand pasted"), .line("more"), .interrupt])
        #expect(session.isFinished)
        #expect(entries(events).isEmpty)
        #expect(
            events.suffix(2).first
                == .notSaved(UnsavedAnswer(index: 0, isFollowUp: false, lineCount: 3, characterCount: 21)))
    }

    @Test func theEndOfInputAtTheKeyPointsPromptSaysTheRevealedAnswerWasNotSaved() {
        var session = makeSession()
        let events = play(&session, [.line("Typed"), .endOfInput, .endOfInput])
        #expect(session.isFinished)
        #expect(events.contains(.notSaved(UnsavedAnswer(index: 0, isFollowUp: false, lineCount: 1, characterCount: 5))))
    }

    @Test func aGradedOrJudgedAnswerIsNeverCalledUnsavedWhenTheQuizEnds() {
        var session = makeSession(points: [4], followUps: 1) { $0.asksFollowUps = true }
        let events = play(
            &session, [.line("Typed"), .line(""), .line("all"), .line(""), .line("Follow"), .line(""), .line("y")])
        #expect(session.isFinished)
        #expect(!events.contains { if case .notSaved = $0 { true } else { false } })
        var plain = makeSession(points: [4])
        let graded = play(&plain, [.line("Typed"), .line(""), .line("all"), .line("")])
        #expect(plain.isFinished)
        #expect(!graded.contains { if case .notSaved = $0 { true } else { false } })
    }

    @Test func withoutSavingNothingIsCalledUnsaved() {
        var session = makeSession { $0.isRecording = false }
        let events = play(&session, [.line("Typed"), .interrupt])
        #expect(!events.contains { if case .notSaved = $0 { true } else { false } })
    }

    @Test func ctrlDAfterATypedFollowUpAnswerRevealsItAndCtrlCBeforeJudgingSaysSo() {
        var session = makeSession(followUps: 1) { $0.asksFollowUps = true }
        let events = play(
            &session, [.line(""), .line("all"), .line(""), .line("Twelve steps"), .endOfInput, .interrupt])
        #expect(
            events.contains {
                if case .revealFollowUp(index: 0, followUp: 0, _, _, typed: ["Twelve steps"]) = $0 {
                    true
                } else {
                    false
                }
            })
        #expect(events.contains(.notSaved(UnsavedAnswer(index: 0, isFollowUp: true, lineCount: 1, characterCount: 12))))
        #expect(answers(events).count == 1)
    }

    @Test func submittedTextAtTheKeyPointsPromptIsAnOrdinaryReply() {
        var session = makeSession()
        let events = play(&session, [.line(""), .submit("1 2")])
        #expect(events.last == .gradePrompt)
        #expect(session.phase == .grading)
    }

    @Test func eOnTheFirstLineAsksForTheEditorAndAfterTextIsText() {
        var session = makeSession()
        #expect(play(&session, [.line("e")]).last == .editAnswer)
        #expect(session.phase == .answering)
        var other = makeSession()
        _ = play(&other, [.line("My answer"), .line("e")])
        #expect(other.typedAnswer == ["My answer", "e"])
    }

    @Test func theEditorsTextIsSubmittedAsTheAnswer() {
        var session = makeSession()
        let events = play(
            &session, [.line("e"), .submit("From the editor.\n\nTwo paragraphs."), .line("1"), .line("")])
        #expect(answers(events).first?.answer == "From the editor.\n\nTwo paragraphs.")
    }

    @Test func undoingAGradeKeepsTheTypedAnswerForTheNewGrade() {
        var session = makeSession()
        let events = play(&session, [.line("Kept"), .line(""), .line("1"), .line(""), .line("u"), .line("4")])
        #expect(answers(events).map(\.answer) == ["Kept", "Kept"])
        #expect(answers(events).map(\.grade) == [.again, .easy])
    }

    // MARK: Follow-ups

    @Test func aFollowUpIsAskedAfterTheGradeRevealedAndJudged() {
        // Follow-ups 1 and 2 were answered well before, so the third, never asked, comes now.
        var session = makeSession(followUps: 3) {
            $0.asksFollowUps = true
            $0.followUpAttempts = ["q1": [self.attempt(1, day: -2, well: true), self.attempt(2, day: -1, well: true)]]
        }
        let events = play(
            &session,
            [
                .line(""), .line("all"), .line(""), .line("Twelve steps"), .line(""), .line("n"),
            ])
        #expect(events.contains(.askFollowUp(index: 0, followUp: 2)))
        #expect(
            events.contains(.revealFollowUp(index: 0, followUp: 2, probes: [], missed: [], typed: ["Twelve steps"])))
        #expect(
            followUps(events) == [
                FollowUpRecord(
                    time: testStart + 60, session: "s1", deck: "deck", question: "q1", followUp: 3, answeredWell: false,
                    answer: "Twelve steps")
            ])
        #expect(events.contains(.followUpJudged(index: 0, answeredWell: false)))
        #expect(events.last == .answerPrompt)
        #expect(session.index == 1)
    }

    @Test func withQuestionsFromSeveralDecksAFollowUpIsRecordedUnderItsQuestionsOwnDeck() {
        var session = makeSession(followUps: 3) {
            $0.asksFollowUps = true
            $0.questionDeckIDs = ["library-deck", "deck"]
        }
        let events = play(&session, [.line(""), .line("all"), .line(""), .line(""), .line("y")])
        #expect(followUps(events).map(\.deck) == ["library-deck"])
    }

    @Test func aFollowUpCanBeAnsweredAloudSkippedOrMisjudged() {
        var session = makeSession(followUps: 2) {
            $0.asksFollowUps = true
            $0.followUpAttempts = ["q2": [self.attempt(1, day: -1, well: true)]]
        }
        let events = play(
            &session,
            [
                .line(""), .line("all"), .line(""), .line(""), .line("maybe"), .line("y"),
                .line(""), .line("none"), .line(""), .line("s"),
            ])
        #expect(events.contains(.invalidJudgement("maybe")))
        #expect(followUps(events).map(\.answeredWell) == [true])
        #expect(followUps(events).map(\.answer) == [nil])
        #expect(events.contains(.followUpSkipped(index: 1)))
        #expect(session.isFinished)
    }

    @Test func regradingAfterAnUndoDoesNotAskTheFollowUpAgain() {
        var session = makeSession(followUps: 2) {
            $0.asksFollowUps = true
            $0.followUpAttempts = ["q1": [self.attempt(1, day: -1, well: true)]]
        }
        let events = play(
            &session,
            [
                .line(""), .line("all"), .line(""), .line(""), .line("y"), .line("u"), .line("3"),
            ])
        #expect(events.filter { $0 == .askFollowUp(index: 0, followUp: 1) }.count == 1)
        #expect(Array(events.suffix(2)) == [.showQuestion(index: 1, count: 2), .answerPrompt])
        #expect(answers(events).map(\.grade) == [.easy, .good])
    }

    @Test func withoutFollowUpsOrWithoutSavingNoFollowUpIsRecorded() {
        var plain = makeSession(followUps: 2)
        #expect(!play(&plain, [.line(""), .line("all"), .line("")]).contains(.askFollowUp(index: 0, followUp: 0)))
        var unsaved = makeSession(followUps: 2) {
            $0.asksFollowUps = true
            $0.isRecording = false
        }
        let events = play(&unsaved, [.line(""), .line("all"), .line(""), .line(""), .line("y")])
        #expect(events.contains(.followUpJudged(index: 0, answeredWell: true)))
        #expect(entries(events).isEmpty)
    }

    // MARK: Intervals

    @Test func eachGradeShowsTheIntervalItWouldGiveANewQuestion() {
        // py-fsrs 6.3.2, Fixtures/fsrs/intervals.txt, "new": 60 330 600 691200.
        var session = makeSession { $0.histories = [:] }
        let events = play(&session, [.line(""), .line("all")])
        #expect(offeredIntervals(events) == [.again: 60, .hard: 330, .good: 600, .easy: 691_200])
    }

    @Test func theIntervalReplaysTheQuestionsHistory() {
        // py-fsrs 6.3.2, "good twice, last 3 days ago": 600 1296000 1728000 2678400 (at the moment of the points).
        let day: TimeInterval = 86_400
        let now = testStart + 20
        let history = QuestionHistory(reviews: [
            .init(grade: .good, time: now - 4 * day, coverage: 1),
            .init(grade: .good, time: now - 3 * day, coverage: 1),
        ])
        var session = makeSession { $0.histories = ["q1": history] }
        let events = play(&session, [.line(""), .line("all")])
        #expect(offeredIntervals(events) == [.again: 600, .hard: 1_296_000, .good: 1_728_000, .easy: 2_678_400])
    }

    @Test func withoutHistoriesNoIntervalIsShown() {
        var session = makeSession()
        let events = play(&session, [.line(""), .line("all")])
        #expect(offeredIntervals(events) == [:])
    }

    @Test func anUndoOffersTheUndoneQuestionsOwnIntervalsAgain() {
        // q1 answered Good 4 and 3 days before the session; q2 never answered.
        let day: TimeInterval = 86_400
        let history = QuestionHistory(reviews: [
            .init(grade: .good, time: testStart - 4 * day, coverage: 1),
            .init(grade: .good, time: testStart - 3 * day, coverage: 1),
        ])
        var session = makeSession { $0.histories = ["q1": history] }
        let graded = play(&session, [.line(""), .line("all"), .line(""), .line(""), .line("1 2")])
        // q2's own (a new card: 60 330 600 691200), offered at its points.
        #expect(offeredIntervals(graded) == [.again: 60, .hard: 330, .good: 600, .easy: 691_200])
        let undone = session.handle(.line("u"), at: testStart + 60)
        #expect(undone.contains(.undone(index: 0)))
        // q1's, replayed from its history at the moment of the undo (py-fsrs 6.3.2 gives 600 1296000 1728000
        // 2678400 three days after the last review).
        #expect(offeredIntervals(undone) == [.again: 600, .hard: 1_296_000, .good: 1_728_000, .easy: 2_678_400])
        // Graded again, q2 returns to its grade with its own intervals.
        let resumed = session.handle(.line("3"), at: testStart + 70)
        #expect(offeredIntervals(resumed) == [.again: 60, .hard: 330, .good: 600, .easy: 691_200])
    }

    @Test func aFlashcardsIntervalsComeWithItsRevealAndItsUndo() {
        var session = makeSession(points: [0, 0]) { $0.histories = [:] }
        let new: [Grade: TimeInterval] = [.again: 60, .hard: 330, .good: 600, .easy: 691_200]
        let events = play(&session, [.line("An answer"), .line(""), .line("3")])
        #expect(events.contains(.reveal(index: 0, seconds: 20, limit: nil, typed: ["An answer"], intervals: new)))
        #expect(
            session.handle(.line("u"), at: testStart + 60) == [
                .record(.undo(session: "s1", sequence: 1, time: testStart + 60)), .undone(index: 0, intervals: new),
                .gradePrompt,
            ])
        // q2, a flashcard left at its grade by an undo, comes back with its answer and its grades' intervals.
        _ = session.handle(.line("3"), at: testStart + 65)
        _ = session.handle(.line(""), at: testStart + 70)
        let undone = session.handle(.line("u"), at: testStart + 80)
        #expect(undone.contains(.undone(index: 0, intervals: new)))
        let resumed = session.handle(.line("4"), at: testStart + 90)
        // Shown at +30 and revealed at +70: the detour through the undo counts, as before.
        #expect(Array(resumed.suffix(2)) == [.reveal(index: 1, seconds: 40, limit: nil, intervals: new), .gradePrompt])
    }
}
