import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// Plays sessions line by line, as a user would type them, with a clock that the test moves.
@Suite struct QuizSessionTests {
    private func makeSession(points: [Int] = [4, 3, 5], recording: Bool = true, limit: TimeLimit = .none) -> QuizSession
    {
        let questions = points.enumerated().map { TestDecks.question("q\($0.offset + 1)", points: $0.element) }
        return QuizSession(
            questions: questions,
            settings: .init(deckID: "deck", sessionID: "s1", isRecording: recording, timeLimit: limit))
    }

    /// Feeds lines one per `step` seconds and returns every event.
    private func play(_ session: inout QuizSession, _ lines: [String?], step: TimeInterval = 10) -> [SessionEvent] {
        var time = testStart
        var events = session.start(at: time)
        for line in lines {
            time += step
            events += session.handle(line.map(SessionInput.line) ?? .endOfInput, at: time)
        }
        return events
    }

    private func records(_ events: [SessionEvent]) -> [ProgressEntry] {
        events.compactMap { if case .record(let entry) = $0 { entry } else { nil } }
    }

    private func answers(_ events: [SessionEvent]) -> [AnswerRecord] {
        records(events).compactMap { if case .answer(let record) = $0 { record } else { nil } }
    }

    @Test func threeLinesPerQuestionGradeAWholeSession() {
        var session = makeSession()
        let events = play(&session, ["", "all", "", "", "1 3", "", "", "none", ""])
        let saved = answers(events)
        #expect(saved.map(\.question) == ["q1", "q2", "q3"])
        #expect(saved.map(\.grade) == [.easy, .hard, .again])
        #expect(saved.map(\.covered) == [[1, 2, 3, 4], [1, 3], []])
        #expect(saved.map(\.sequence) == [1, 2, 3])
        #expect(saved.allSatisfy { $0.deck == "deck" && $0.session == "s1" && $0.mode == "quiz" })
        #expect(session.phase == .finished)
        guard case .finished(let summary) = events.last else {
            Issue.record("no summary")
            return
        }
        #expect(summary.graded.count == 3)
        #expect(abs(summary.score.sum - (1 + 2.0 / 3 + 0)) < 1e-9)
        #expect(summary.score.count == 3)
        #expect(summary.score.seconds == 30)
        #expect(!summary.endedEarly)
    }

    @Test func typedLinesFormTheAnswerAndTheTimeIsMeasured() {
        var session = makeSession()
        var events = session.start(at: testStart)
        events += session.handle(.line("Normalizes each feature"), at: testStart + 30)
        #expect(session.typedAnswer == ["Normalizes each feature"])
        events += session.handle(.line("with batch statistics"), at: testStart + 60)
        events += session.handle(.line(""), at: testStart + 95)
        #expect(
            events.contains(
                .reveal(index: 0, seconds: 95, limit: nil, typed: ["Normalizes each feature", "with batch statistics"]))
        )
        events += session.handle(.line("1,2"), at: testStart + 100)
        events += session.handle(.line("g"), at: testStart + 101)
        #expect(answers(events).first?.seconds == 95)
        #expect(answers(events).first?.grade == .good)
    }

    @Test func theProposalFollowsCoverageAndCanBeOverridden() {
        var session = makeSession(points: [10])
        _ = session.start(at: testStart)
        _ = session.handle(.line(""), at: testStart)
        let events = session.handle(.line("1-8"), at: testStart)
        #expect(
            events.contains(
                .proposal(index: 0, grade: .good, covered: KeyPointSet(1...8), total: 10, isOverTime: false)))
        let graded = session.handle(.line("2"), at: testStart)
        #expect(answers(graded).first?.grade == .hard)
    }

    @Test func invalidRepliesAskAgainWithoutLosingState() {
        var session = makeSession()
        let events = play(&session, ["", "9", "one", "1 2", "x", "3"])
        #expect(events.contains(.invalidKeyPoints(.outOfRange("9", total: 4), total: 4)))
        #expect(events.contains(.invalidKeyPoints(.notPoints("one"), total: 4)))
        #expect(events.contains(.invalidGrade("x")))
        #expect(answers(events).map(\.grade) == [.good])
    }

    @Test func undoWithdrawsTheLastGradeAndReturnsToIt() {
        var session = makeSession()
        let events = play(&session, ["", "all", "", "u", "1", "", "all", "", "none", "", "", "none", ""])
        let entries = records(events)
        // q1 graded Easy, withdrawn, graded Again; then q2 (all points: Easy) and q3 (none: Again).
        #expect(entries.count == 5)
        #expect(entries[1] == .undo(session: "s1", sequence: 1, time: testStart + 40))
        #expect(events.contains(.undone(index: 0)))
        let saved = answers(events)
        #expect(saved.map(\.question) == ["q1", "q1", "q2", "q3"])
        #expect(saved.map(\.grade) == [.easy, .again, .easy, .again])
        guard case .finished(let summary) = events.last else {
            Issue.record("no summary")
            return
        }
        #expect(summary.results.map(\.grade) == [.again, .easy, .again])
    }

    @Test func undoAtTheGradePromptResumesTheQuestionAfterwards() {
        var session = makeSession()
        // q1 graded; on q2's grade prompt, undo; regrade q1; back at q2's grade prompt with its points kept.
        let events = play(&session, ["", "all", "", "", "1", "u", "3", ""])
        let saved = answers(events)
        #expect(saved.map(\.question) == ["q1", "q1", "q2"])
        #expect(saved.last?.covered == [1])
        #expect(session.index == 2)
        #expect(session.phase == .answering)
        // Coming back says which question the grade prompt is for.
        let regraded = events.firstIndex { if case .graded(0, .good) = $0 { true } else { false } }
        let resumed = events.firstIndex(of: .resumed(index: 1))
        #expect(regraded != nil && resumed != nil && resumed! > regraded!)
    }

    @Test func nothingToUndoAtTheStart() {
        var session = makeSession()
        let events = play(&session, ["u"])
        #expect(events.suffix(2) == [.nothingToUndo, .answerPrompt])
    }

    @Test func skipRecordsNothingAndQuitEndsEarly() {
        var session = makeSession()
        let events = play(&session, ["s", "", "all", "", "q"])
        #expect(answers(events).map(\.question) == ["q2"])
        guard case .finished(let summary) = events.last else {
            Issue.record("no summary")
            return
        }
        #expect(summary.results.map(\.questionID) == ["q1", "q2"])
        #expect(summary.skipped.map(\.questionID) == ["q1"])
        #expect(summary.endedEarly)
    }

    @Test func endOfInputAtAnyPromptFinishesKeepingGrades() {
        for cut in 0...6 {
            var session = makeSession()
            let lines: [String?] = Array(["", "all", "", "", "1", ""].prefix(cut)) + [nil]
            let events = play(&session, lines)
            #expect(session.phase == .finished)
            #expect(answers(events).count == (cut >= 3 ? 1 : 0) + (cut >= 6 ? 1 : 0))
            guard case .finished = events.last else {
                Issue.record("no summary after \(cut) lines")
                continue
            }
        }
    }

    @Test func noSaveProducesNoRecords() {
        var session = makeSession(recording: false)
        let events = play(&session, ["", "all", "", "u"])
        #expect(records(events).isEmpty)
        #expect(events.contains(.undone(index: 0)))
    }

    @Test func overTimeLowersTheProposalAndIsRecorded() {
        var session = makeSession(points: [4], limit: .fixed(seconds: 60))
        _ = session.start(at: testStart)
        let reveal = session.handle(.line(""), at: testStart + 75)
        #expect(reveal.contains(.reveal(index: 0, seconds: 75, limit: 60)))
        let proposal = session.handle(.line("all"), at: testStart + 80)
        #expect(proposal.contains(.proposal(index: 0, grade: .good, covered: .all(4), total: 4, isOverTime: true)))
        let saved = answers(session.handle(.line(""), at: testStart + 81))
        #expect(saved.first?.limit == 60)
        #expect(saved.first?.mode == "timed")
    }

    @Test func helpIsShownWithoutChangingState() {
        var session = makeSession()
        let events = play(&session, ["?", "", "?", "all", "?"])
        #expect(events.contains(.help(.answering)))
        #expect(events.contains(.help(.choosingPoints)))
        #expect(events.contains(.help(.grading)))
        #expect(session.phase == .grading)
    }
}

@Suite struct ReplyParserTests {
    @Test(arguments: [
        ("1 3 4", [1, 3, 4]), ("1,3", [1, 3]), ("2-4", [2, 3, 4]), ("all", [1, 2, 3, 4, 5]), ("ALL ", [1, 2, 3, 4, 5]),
        ("none", []), ("0", []), ("１　３", [1, 3]), ("1、2", [1, 2]), ("すべて", [1, 2, 3, 4, 5]), ("なし", []),
    ])
    func readsKeyPoints(text: String, expected: [Int]) {
        #expect(ReplyParser.keyPoints(text, total: 5) == .points(KeyPointSet(expected)))
    }

    @Test(arguments: [
        ("6", KeyPointProblem.outOfRange("6", total: 5)), ("0-2", .outOfRange("0-2", total: 5)),
        ("0 2", .outOfRange("0", total: 5)), ("a", .notPoints("a")), ("1 x", .notPoints("x")),
        ("3-1", .notPoints("3-1")), ("-2", .notPoints("-2")), ("", .empty),
    ])
    func rejectsBadKeyPoints(text: String, problem: KeyPointProblem) {
        #expect(ReplyParser.keyPoints(text, total: 5) == .invalidPoints(problem))
    }

    @Test(arguments: [
        ("", Reply.accept), ("1", .grade(.again)), ("a", .grade(.again)), ("h", .grade(.hard)), ("3", .grade(.good)),
        ("E", .grade(.easy)), ("easy", .grade(.easy)), ("４", .grade(.easy)), ("u", .undo), ("s", .skip), ("q", .quit),
        ("?", .help), ("5", .invalid("5")),
    ])
    func readsGrades(text: String, expected: Reply) {
        #expect(ReplyParser.grade(text) == expected)
    }

    @Test(arguments: [
        (0.0, Grade.again), (0.5, .again), (0.59, .again), (0.6, .hard), (0.79, .hard), (0.8, .good), (0.99, .good),
        (1.0, .easy),
    ])
    func proposesGradesFromCoverage(coverage: Double, grade: Grade) {
        #expect(GradeProposal.grade(coverage: coverage) == grade)
    }

    /// Half the points is a failed answer in an interview, so it must not be scheduled as remembered (Hard is a pass
    /// in FSRS): the points covered out of the points listed, and the grade proposed.
    @Test(arguments: [
        (3, 6, Grade.again), (4, 6, .hard), (5, 6, .good), (6, 6, .easy),
        (4, 8, .again), (5, 8, .hard), (6, 8, .hard), (7, 8, .good),
        (2, 4, .again), (3, 4, .hard), (4, 7, .again), (5, 7, .hard), (6, 7, .good), (1, 3, .again), (2, 3, .hard),
    ])
    func halfAnAnswerIsProposedAgain(covered: Int, total: Int, grade: Grade) {
        #expect(GradeProposal.grade(coverage: Double(covered) / Double(total)) == grade)
    }

    @Test func overTimeProposesOneLower() {
        #expect(GradeProposal.grade(coverage: 1, isOverTime: true) == .good)
        #expect(GradeProposal.grade(coverage: 0, isOverTime: true) == .again)
    }

    /// A command is a letter and a little space; a long line is an answer (and is never folded whole, which made a
    /// 50 MB pasted answer take seconds: Tests/Benchmarks/run.sh, section 4).
    @Test func onlyShortLinesCanBeAnswerCommands() {
        #expect(ReplyParser.answerCommand(" q ") == .quit)
        #expect(ReplyParser.answerCommand("ｑ") == .quit)
        #expect(ReplyParser.answerCommand(String(repeating: " ", count: 40) + "q") == nil)
        #expect(ReplyParser.answerCommand(String(repeating: "a", count: 1_000_000)) == nil)
    }
}
