import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// The key-point grammar both modes read replies with.
@Suite struct KeyPointGrammarTests {
    private func parse(_ text: String, signs: Bool) -> Result<KeyPointReply, KeyPointProblem> {
        KeyPointGrammar.parse(text, total: 5, allowsSigns: signs)
    }

    private func plain(_ numbers: [Int]) -> Result<KeyPointReply, KeyPointProblem> {
        .success(.points(KeyPointChange(plain: KeyPointSet(numbers))))
    }

    @Test(arguments: [
        ("3", [3]), ("1 3 4", [1, 3, 4]), ("1,3", [1, 3]), ("1, 3", [1, 3]), ("2-4", [2, 3, 4]),
        ("1 2-3 5", [1, 2, 3, 5]),
        ("１　３", [1, 3]), ("２－４", [2, 3, 4]), ("1、2", [1, 2]), ("1､2", [1, 2]), ("  4  ", [4]), ("5-5", [5]),
    ])
    func numbersAndRangesReadTheSameInBothModes(text: String, expected: [Int]) {
        #expect(parse(text, signs: false) == plain(expected))
        #expect(parse(text, signs: true) == plain(expected))
    }

    @Test(arguments: [
        ("all", KeyPointReply.all), ("ALL", .all), ("ａｌｌ", .all), ("全部", .all), ("すべて", .all), ("全て", .all),
        ("ぜんぶ", .all), ("none", .none), ("None ", .none), ("なし", .none), ("無し", .none), ("ない", .none),
        ("0", .none), ("０", .none), (" 0 ", .none),
    ])
    func wordsAndALoneZeroReadTheSameInBothModes(text: String, expected: KeyPointReply) {
        #expect(parse(text, signs: false) == .success(expected))
        #expect(parse(text, signs: true) == .success(expected))
    }

    @Test(arguments: [
        ("6", KeyPointProblem.outOfRange("6", total: 5)), ("0 2", .outOfRange("0", total: 5)),
        ("2 0", .outOfRange("0", total: 5)), ("0-2", .outOfRange("0-2", total: 5)),
        ("4-6", .outOfRange("4-6", total: 5)),
        ("00", .outOfRange("00", total: 5)), ("x", .notPoints("x")), ("1 x", .notPoints("x")),
        ("3-1", .notPoints("3-1")),
        ("1--2", .notPoints("1--2")), ("1-", .notPoints("1-")), ("٣", .notPoints("٣")), ("", .empty), ("　", .empty),
        ("x 9", .notPoints("x")), ("9 x", .outOfRange("9", total: 5)),
    ])
    func mistakesAreTheFirstProblemFromTheLeftInBothModes(text: String, problem: KeyPointProblem) {
        #expect(parse(text, signs: false) == .failure(problem))
        #expect(parse(text, signs: true) == .failure(problem))
    }

    @Test(arguments: [
        ("+2", [Int](), [2], [Int]()), ("-2", [], [], [2]), ("-2-4", [], [], [2, 3, 4]), ("1 -2 +3", [1], [3], [2]),
        ("＋２", [], [2], []), ("+1-2", [], [1, 2], []),
    ])
    func signsTickAndUntickWhenAllowed(text: String, plain: [Int], ticked: [Int], unticked: [Int]) {
        let change = KeyPointChange(
            plain: KeyPointSet(plain), ticked: KeyPointSet(ticked), unticked: KeyPointSet(unticked))
        #expect(parse(text, signs: true) == .success(.points(change)))
    }

    @Test func withoutSignsAPlusIsThePointAndAMinusIsRefused() {
        #expect(parse("+2", signs: false) == plain([2]))
        #expect(parse("1 -2", signs: false) == .failure(.notPoints("-2")))
        #expect(parse("-0", signs: true) == .failure(.outOfRange("-0", total: 5)))
    }

    @Test func normalizeFoldsFullwidthFormsOnce() {
        #expect(KeyPointGrammar.normalize("　ＡＬＬ　") == "all")
        #expect(KeyPointGrammar.normalize("１、２､３") == "1,2,3")
        #expect(KeyPointGrammar.normalize("ｆ＋") == "f+")
        #expect(KeyPointGrammar.normalize("すべて") == "すべて")
    }

    @Test func repliesApplyAsTheQuizAndTheInterviewUseThem() {
        let before = KeyPointSet([1, 2])
        let change = KeyPointReply.points(
            KeyPointChange(plain: KeyPointSet([2, 3]), ticked: KeyPointSet([4]), unticked: KeyPointSet([1])))
        #expect(change.covered(total: 5) == KeyPointSet([2, 3, 4]))
        #expect(change.applied(to: before, total: 5) == KeyPointSet([3, 4]))
        #expect(KeyPointReply.all.applied(to: before, total: 5) == KeyPointSet([1, 2, 3, 4, 5]))
        #expect(KeyPointReply.none.applied(to: before, total: 5) == KeyPointSet())
        #expect(KeyPointReply.none.covered(total: 5) == KeyPointSet())
    }
}

/// The same replies played through both state machines: what the quiz records and what the interview ticks.
@Suite struct PracticeModesTests {
    private let question = TestDecks.question("q1", points: 4, minutes: 2)

    /// The points the quiz records for `reply`, or nil when it asks again.
    private func quizCovered(_ reply: String) -> [Int]? {
        var session = QuizSession(questions: [question], settings: .init(deckID: "deck", sessionID: "s1"))
        _ = session.start(at: testStart)
        _ = session.handle(.line(""), at: testStart + 5)
        let events = session.handle(.line(reply), at: testStart + 6)
        if events.contains(where: { if case .invalidKeyPoints = $0 { true } else { false } }) { return nil }
        for event in session.handle(.line(""), at: testStart + 7) {
            if case .record(.answer(let record)) = event { return record.covered }
        }
        return nil
    }

    /// The points the interview has ticked after `reply`, with points 1 and 2 ticked before, or nil when it says
    /// the line was not understood.
    private func interviewTicked(_ reply: String) -> [Int]? {
        var session = InterviewSession(questions: [question])
        _ = session.start(at: testStart)
        _ = session.handle(.line("1 2"), at: testStart + 5)
        let events = session.handle(.line(reply), at: testStart + 6)
        if events.contains(where: { if case .invalid = $0 { true } else { false } }) { return nil }
        return Array(session.record(at: 0).covered)
    }

    @Test(arguments: [
        // reply, the quiz's covered points, the interview's ticked points after 1 and 2 (nil: asked again)
        ("0", [Int]?.some([]), [Int]?.some([])),
        ("０", [], []),
        ("none", [], []),
        ("なし", [], []),
        ("all", [1, 2, 3, 4], [1, 2, 3, 4]),
        ("すべて", [1, 2, 3, 4], [1, 2, 3, 4]),
        ("2-4", [2, 3, 4], [1, 3, 4]),
        ("２－４", [2, 3, 4], [1, 3, 4]),
        ("1、3", [1, 3], [2, 3]),
        ("+3", [3], [1, 2, 3]),
        ("-2", nil, [1]),
        ("0 2", nil, nil),
        ("0-2", nil, nil),
        ("5", nil, nil),
        ("3-5", nil, nil),
        ("x", nil, nil),
    ])
    func bothModesReadKeyPointsWithOneGrammar(reply: String, quiz: [Int]?, interview: [Int]?) {
        #expect(quizCovered(reply) == quiz)
        #expect(interviewTicked(reply) == interview)
    }

    @Test func outOfRangeIsNamedTheSameWayInBothModes() {
        var quiz = QuizSession(questions: [question], settings: .init(deckID: "deck", sessionID: "s1"))
        _ = quiz.start(at: testStart)
        _ = quiz.handle(.line(""), at: testStart)
        #expect(
            quiz.handle(.line("0 2"), at: testStart) == [
                .invalidKeyPoints(.outOfRange("0", total: 4), total: 4), .keyPointsPrompt,
            ])
        var interview = InterviewSession(questions: [question])
        _ = interview.start(at: testStart)
        #expect(interview.handle(.line("0 2"), at: testStart).first == .invalid(.pointOutOfRange("0", pointCount: 4)))
    }
}

/// The one coverage tally and the one session score.
@Suite struct PracticeScoreTests {
    @Test(arguments: [
        ([Int](), 4, 0.0), ([1], 4, 0.25), ([1, 2, 3], 3, 1.0), ([1, 3], 5, 0.4), ([], 0, 0.0), ([1], 0, 0.0),
    ])
    func aTallyIsTheShareOfPointsCovered(covered: [Int], total: Int, fraction: Double) {
        #expect(CoverageTally(covered: KeyPointSet(covered), total: total).fraction == fraction)
    }

    @Test func aScoreSumsCoverageCountsAnswersAndAddsSeconds() {
        let score = PracticeScore([
            (CoverageTally(covered: KeyPointSet([1]), total: 4), 30),
            (CoverageTally(covered: KeyPointSet([1, 2, 3]), total: 3), 45),
            (CoverageTally(covered: KeyPointSet(), total: 5), 5),
        ])
        #expect(score.sum == 1.25)
        #expect(score.count == 3)
        #expect(score.seconds == 80)
        #expect(abs(score.fraction - 1.25 / 3) < 1e-12)
    }

    @Test func anEmptyScoreIsZeroNotNaN() {
        #expect(PracticeScore().fraction == 0)
        #expect(PracticeScore().count == 0)
        #expect(PracticeScore(sum: 1.5, count: 2).fraction == 0.75)
    }

    @Test func theQuizTheInterviewAndThePastSessionsScoreAlike() {
        let questions = [
            TestDecks.question("q1", points: 4, minutes: 2), TestDecks.question("q2", points: 5, minutes: 2),
        ]
        var quiz = QuizSession(questions: questions, settings: .init(deckID: "deck", sessionID: "s1"))
        var events = quiz.start(at: testStart)
        for (offset, line) in ["", "1", "", "", "1-5", ""].enumerated() {
            events += quiz.handle(.line(line), at: testStart + Double(10 * (offset + 1)))
        }
        var interview = InterviewSession(questions: questions)
        _ = interview.start(at: testStart)
        for (offset, line) in ["1", "", "all", ""].enumerated() {
            _ = interview.handle(.line(line), at: testStart + Double(10 * (offset + 1)))
        }
        let lines = events.compactMap {
            if case .record(let entry) = $0 { ProgressLineEncoder.line(for: entry) } else { nil }
        }
        let past = ProgressHistory(parsing: Array(lines.joined().utf8)).sessions(forDeck: "deck")
        let expected = PracticeScore(sum: 1.25, count: 2, seconds: 10 + 10)
        #expect(quiz.summary.score == expected)
        #expect(past.map(\.score) == [expected])
        #expect(interview.summary(at: testStart + 40).score == PracticeScore(sum: 1.25, count: 2, seconds: 20 + 20))
    }
}
