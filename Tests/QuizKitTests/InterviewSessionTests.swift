import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// The interviewer's command language, line by line.
@Suite struct InterviewActionParserTests {
    private func parse(_ line: String) -> InterviewAction {
        InterviewActionParser.parse(line, pointCount: 6, followUpCount: 2)
    }

    @Test(arguments: [
        ("3", [3], [Int](), [Int]()), ("1 4", [1, 4], [], []), ("1,3", [1, 3], [], []), ("2-4", [2, 3, 4], [], []),
        ("+2", [], [2], []), ("-2", [], [], [2]), ("-2-4", [], [], [2, 3, 4]), ("1 -2 +3", [1], [3], [2]),
        ("１　３", [1, 3], [], []), ("＋２", [], [2], []),
    ])
    func pointCommands(line: String, toggle: [Int], tick: [Int], untick: [Int]) {
        let change = KeyPointChange(
            plain: KeyPointSet(toggle), ticked: KeyPointSet(tick), unticked: KeyPointSet(untick))
        #expect(parse(line) == .changePoints(.points(change)))
    }

    @Test(arguments: [
        ("all", KeyPointReply.all), ("ALL", .all), ("すべて", .all), ("none", .none), ("なし", .none), ("0", .none),
        ("０", .none),
    ])
    func wordsAndALoneZeroChangeEveryPoint(line: String, reply: KeyPointReply) {
        #expect(parse(line) == .changePoints(reply))
    }

    @Test(arguments: [
        ("", InterviewAction.next), ("next", .next), ("  ", .next), ("b", .back), ("s", .skip), ("t", .status),
        ("q", .quit), ("Q", .quit), ("?", .help), ("f", .showFollowUp(number: nil)), ("f2", .showFollowUp(number: 2)),
        ("f+", .markFollowUp(number: nil, answeredWell: true)), ("f-", .markFollowUp(number: nil, answeredWell: false)),
        ("f2+", .markFollowUp(number: 2, answeredWell: true)), ("f 1 -", .markFollowUp(number: 1, answeredWell: false)),
        ("ｆ＋", .markFollowUp(number: nil, answeredWell: true)),
    ])
    func letterCommands(line: String, action: InterviewAction) {
        #expect(parse(line) == action)
    }

    @Test func notesKeepTheTextAsTyped() {
        #expect(parse("n Mentions *momentum*, twice") == .note("Mentions *momentum*, twice"))
        #expect(parse("/note  spaced  ") == .note("spaced"))
        #expect(parse("note: colon") == .note("colon"))
        #expect(parse("ｎ　全角のメモ") == .note("全角のメモ"))
        #expect(parse("n") == .invalid(.emptyNote))
        #expect(parse("nope") == .invalid(.unknown("nope")))
        #expect(parse("none") != .note("one"))
    }

    @Test func mistakesAreNamed() {
        #expect(parse("7") == .invalid(.pointOutOfRange("7", pointCount: 6)))
        #expect(parse("0 2") == .invalid(.pointOutOfRange("0", pointCount: 6)))
        #expect(parse("0-2") == .invalid(.pointOutOfRange("0-2", pointCount: 6)))
        #expect(parse("-7") == .invalid(.pointOutOfRange("-7", pointCount: 6)))
        #expect(parse("f3") == .invalid(.followUpOutOfRange(3, followUpCount: 2)))
        #expect(
            InterviewActionParser.parse("f1", pointCount: 3, followUpCount: 0)
                == .invalid(.followUpOutOfRange(1, followUpCount: 0)))
        #expect(parse("fine") == .invalid(.unknown("fine")))
        #expect(parse("4-2") == .invalid(.unknown("4-2")))
        #expect(parse("hello there") == .invalid(.unknown("hello there")))
    }
}

/// Whole interviews played through the state machine, with a clock the test moves.
@Suite struct InterviewSessionTests {
    private let questions = [
        TestDecks.question("q1", points: 4, minutes: 2, followUps: 2),
        TestDecks.question("q2", points: 3, minutes: 3),
        TestDecks.question("q3", points: 5, minutes: 4, followUps: 1),
    ]

    /// Feeds (seconds after the start, line) pairs; a nil line is the end of input.
    private func play(_ script: [(TimeInterval, String?)]) -> (InterviewSession, [InterviewEvent]) {
        var session = InterviewSession(questions: questions)
        var events = session.start(at: testStart)
        for (offset, line) in script {
            events += session.handle(line.map(SessionInput.line) ?? .endOfInput, at: testStart + offset)
        }
        return (session, events)
    }

    private func summary(_ events: [InterviewEvent]) -> InterviewSummary? {
        for event in events.reversed() { if case .finished(let summary) = event { return summary } }
        return nil
    }

    @Test func aWholeInterviewRecordsPointsTimeNotesAndFollowUps() throws {
        let (session, events) = play([
            (10, "1 3"), (20, "n Good intuition"), (30, "f"), (40, "f+"), (50, "f"), (55, "f-"), (60, "3"), (90, ""),
            (100, "all"), (120, "-2"), (150, ""),
            (160, "2-4"), (200, ""),
        ])
        #expect(session.isFinished)
        let result = try #require(summary(events))
        #expect(result.records.map(\.status) == [.asked, .asked, .asked])
        #expect(result.records.map { Array($0.covered) } == [[1], [1, 3], [2, 3, 4]])
        #expect(result.records.map(\.seconds) == [90, 60, 50])
        #expect(result.records[0].notes == ["Good intuition"])
        #expect(result.records[0].followUps == [.answeredWell, .answeredPoorly])
        #expect(result.records[2].followUps == [.notAsked])
        #expect(abs(result.score.sum - (0.25 + 2.0 / 3 + 0.6)) < 1e-9)
        #expect(result.score.count == 3)
        #expect(result.score.seconds == 200)
        #expect(
            events.contains(
                .leftQuestion(index: 0, seconds: 90, tally: CoverageTally(covered: KeyPointSet([1]), total: 4))))
        #expect(events.contains(.pointsChanged(index: 0, changed: KeyPointSet([1, 3]), covered: KeyPointSet([1, 3]))))
        #expect(events.contains(.pointsChanged(index: 0, changed: KeyPointSet([3]), covered: KeyPointSet([1]))))
        #expect(events.contains(.followUpMarked(index: 0, followUp: 1, answeredWell: false)))
    }

    @Test func everyLineEndsWithAPromptCarryingTheElapsedTime() {
        var session = InterviewSession(questions: questions)
        var record = InterviewRecord(questionID: "q1", pointCount: 4, followUpCount: 2)
        record.status = .asked
        #expect(
            session.start(at: testStart) == [
                .showQuestion(index: 0, count: 3, record: record),
                .prompt(index: 0, elapsed: 0, tally: CoverageTally(total: 4)),
            ])
        let two = CoverageTally(covered: KeyPointSet([2]), total: 4)
        #expect(session.handle(.line("2"), at: testStart + 65).last == .prompt(index: 0, elapsed: 65, tally: two))
        record.covered = KeyPointSet([2])
        #expect(
            session.handle(.line("t"), at: testStart + 70) == [
                .status(index: 0, elapsed: 70, record: record), .prompt(index: 0, elapsed: 70, tally: two),
            ])
        #expect(session.elapsed(at: testStart + 75) == 75)
    }

    @Test func goingBackAddsTheTimeOfEveryVisit() throws {
        let (_, events) = play([(30, "1"), (40, ""), (50, "b"), (70, "2"), (80, ""), (100, ""), (110, "1"), (120, "")])
        let result = try #require(summary(events))
        let shown = events.compactMap { if case .showQuestion(index: 0, _, let record) = $0 { record } else { nil } }
        // Gone back to, the first question shows the point ticked and the time spent on the first visit.
        #expect(shown.map { Array($0.covered) } == [[], [1]])
        #expect(shown.map(\.seconds) == [0, 40])
        #expect(result.records[0].seconds == 40 + 30)
        #expect(result.records[1].seconds == 10 + 20)
        #expect(Array(result.records[0].covered) == [1, 2])
    }

    @Test func backOnTheFirstQuestionSaysSo() {
        let (session, events) = play([(5, "b")])
        #expect(events.suffix(2) == [.atFirstQuestion, .prompt(index: 0, elapsed: 5, tally: CoverageTally(total: 4))])
        #expect(session.index == 0)
    }

    @Test func skippedQuestionsDoNotCount() throws {
        let (_, events) = play([(10, "all"), (20, ""), (25, "s"), (40, "1"), (50, "")])
        let result = try #require(summary(events))
        #expect(result.records.map(\.status) == [.asked, .skipped, .asked])
        #expect(result.asked.count == 2)
        #expect(abs(result.score.fraction - (1 + 0.2) / 2) < 1e-9)
        #expect(events.contains(.skipped(index: 1)))
    }

    @Test func quittingLeavesAnUntouchedQuestionOut() throws {
        let (_, events) = play([(10, "1"), (20, ""), (30, "q")])
        let result = try #require(summary(events))
        #expect(result.records.map(\.status) == [.asked, .notAsked, .notAsked])
        #expect(result.records[1].seconds == 0)
        #expect(result.hasEntries)
    }

    @Test func aQuestionMovedOnFromCountsEvenWithNothingTicked() throws {
        let (_, events) = play([(10, ""), (20, "b"), (30, "q")])
        let result = try #require(summary(events))
        #expect(result.records.map(\.status) == [.asked, .notAsked, .notAsked])
        #expect(result.records[0].seconds == 20)
    }

    @Test func endOfInputKeepsWhatWasRecordedOnTheCurrentQuestion() throws {
        var (session, events) = play([(10, ""), (20, "n Strong start"), (45, nil)])
        let result = try #require(summary(events))
        #expect(result.records.map(\.status) == [.asked, .asked, .notAsked])
        #expect(result.records[1].seconds == 35)
        #expect(session.handle(.line("1"), at: testStart + 50) == [])
    }

    @Test func aSummaryWhileRunningLooksLikeTheEnd() {
        var session = InterviewSession(questions: questions)
        _ = session.start(at: testStart)
        #expect(!session.summary(at: testStart + 5).hasEntries)
        _ = session.handle(.line("1"), at: testStart + 10)
        let running = session.summary(at: testStart + 30)
        #expect(running.records[0].status == .asked)
        #expect(running.records[0].seconds == 30)
        #expect(!session.isFinished)
    }

    @Test func followUpMistakes() {
        let (_, events) = play([(1, "f+"), (2, "f"), (3, "f"), (4, "f"), (5, ""), (6, "f")])
        #expect(events.contains(.noFollowUpShown(index: 0)))
        #expect(events.filter { if case .showFollowUp = $0 { true } else { false } }.count == 2)
        #expect(events.contains(.noFollowUpLeft(index: 0)))
        #expect(events.contains(.noFollowUpLeft(index: 1)))
    }

    @Test func anEmptyInterviewFinishesAtOnce() {
        var session = InterviewSession(questions: [])
        #expect(session.start(at: testStart) == [.finished(InterviewSummary(records: []))])
        #expect(session.isFinished)
    }
}
