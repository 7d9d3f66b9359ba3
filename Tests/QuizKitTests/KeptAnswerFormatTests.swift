import Foundation
import QuizTestSupport
import Testing

@testable import QuizKit

/// The progress file's optional `answer` field and `followup` records, the history views over them, the follow-up
/// picker, and the intervals as the grade prompt words them.
@Suite struct KeptAnswerFormatTests {
    private func history(_ lines: [String]) -> ProgressHistory {
        ProgressHistory(parsing: Array(lines.joined(separator: "\n").utf8))
    }

    private let answerLine =
        #"{"v":1,"type":"answer","time":"2026-11-23T09:05:00Z","session":"s1","seq":1,"deck":"d","question":"q","grade":3,"covered":[1],"total":2,"seconds":95,"mode":"quiz""#

    @Test func theTypedAnswerIsWrittenLastAndEscaped() {
        let record = AnswerRecord(
            time: testStart, session: "s1", sequence: 1, deck: "d", question: "q", grade: .good, covered: [1], total: 2,
            seconds: 95, answer: "Line \"one\"\n\n\tTwo \u{1B}[31m")
        #expect(
            ProgressLineEncoder.line(for: .answer(record))
                == #"{"v":1,"type":"answer","time":"2026-11-23T09:00:00Z","session":"s1","seq":1,"deck":"d","question":"q","grade":3,"covered":[1],"total":2,"seconds":95,"mode":"quiz","answer":"Line \"one\"\n\n\tTwo \u001b[31m"}"#
                + "\n")
    }

    @Test func aRecordWithoutTextIsWrittenAsBefore() {
        let record = AnswerRecord(
            time: testStart, session: "s1", sequence: 1, deck: "d", question: "q", grade: .good, covered: [1], total: 2,
            seconds: 95)
        #expect(
            ProgressLineEncoder.line(for: .answer(record))
                == #"{"v":1,"type":"answer","time":"2026-11-23T09:00:00Z","session":"s1","seq":1,"deck":"d","question":"q","grade":3,"covered":[1],"total":2,"seconds":95,"mode":"quiz"}"#
                + "\n")
    }

    @Test func aFollowUpIsItsOwnRecordType() {
        let record = FollowUpRecord(
            time: testStart, session: "s1", deck: "d", question: "q", followUp: 2, answeredWell: true, answer: "Yes")
        #expect(
            ProgressLineEncoder.line(for: .followUp(record))
                == #"{"v":1,"type":"followup","time":"2026-11-23T09:00:00Z","session":"s1","deck":"d","question":"q","followUp":2,"well":true,"answer":"Yes"}"#
                + "\n")
    }

    @Test func keptTextReadsBackUnescaped() {
        let parsed = history([
            answerLine + #","answer":"Line \"one\"\n\n\tTwo \u00e9"}"#,
            answerLine.replacingOccurrences(of: #""seq":1"#, with: #""seq":2"#) + "}",
        ])
        #expect(parsed.problems.isEmpty)
        #expect(parsed.allAnswerRecords.map(\.answer) == ["Line \"one\"\n\n\tTwo é", nil])
        let attempts = parsed.attempts(forDeck: "d", question: "q")
        #expect(attempts.map(\.text) == ["Line \"one\"\n\n\tTwo é", nil])
        #expect(attempts.map(\.seconds) == [95, 95])
        #expect(attempts.map(\.grade) == [.good, .good])
    }

    @Test func anUndoneAnswerLeavesTheAttemptsWithItsText() {
        let parsed = history([
            answerLine + #","answer":"withdrawn"}"#,
            #"{"v":1,"type":"undo","time":"2026-11-23T09:06:00Z","session":"s1","seq":1}"#,
        ])
        #expect(parsed.attempts(forDeck: "d", question: "q").isEmpty)
    }

    @Test(
        arguments: [
            (#","answer":3}"#, .notAString("answer")),
            (#","answer":"a\u0001"}"#, nil),
            (#","answer":"unterminated}"#, .endsInString),
        ] as [(String, ProgressProblem.Flaw?)])
    func aBadAnswerFieldIsAProblemNotACrash(tail: String, message: ProgressProblem.Flaw?) {
        let parsed = history([answerLine + tail])
        if let message {
            #expect(parsed.problems.map(\.cause) == [.malformed(message)])
        } else {
            #expect(parsed.problems.isEmpty)
        }
    }

    @Test func followUpsAreCountedAndListed() {
        let parsed = history([
            #"{"v":1,"type":"followup","time":"2026-11-23T09:05:00Z","session":"s1","deck":"d","question":"q","followUp":2,"well":false}"#,
            #"{"v":1,"type":"followup","time":"2026-11-24T09:05:00Z","session":"s2","deck":"d","question":"q","followUp":1,"well":true,"answer":"ok"}"#,
            #"{"v":1,"type":"followup","time":"2026-11-24T09:06:00Z","session":"s2","deck":"e","question":"q","followUp":1,"well":true}"#,
        ])
        #expect(parsed.problems.isEmpty)
        #expect(parsed.answerCount == 0)
        #expect(parsed.followUpTally(forDeck: "d") == FollowUpTally(asked: 2, answeredWell: 1))
        #expect(parsed.followUpTally(forDeck: nil) == FollowUpTally(asked: 3, answeredWell: 2))
        #expect(parsed.followUpAttempts(forDeck: "d", question: "q").map(\.followUp) == [2, 1])
        #expect(parsed.followUpAttempts(forDeck: "d")["q"]?.map(\.text) == [nil, "ok"])
    }

    @Test(
        arguments: [
            (#""followUp":0,"well":true"#, .missingOrOutside("followUp", 1...255)),
            (#""followUp":1,"well":"yes""#, .notABoolean("well")),
            (#""followUp":1"#, .missing("well")),
        ] as [(String, ProgressProblem.Flaw)])
    func aBadFollowUpRecordIsAProblem(fields: String, message: ProgressProblem.Flaw) {
        let parsed = history([
            #"{"v":1,"type":"followup","time":"2026-11-23T09:05:00Z","session":"s1","deck":"d","question":"q","#
                + fields + "}"
        ])
        #expect(parsed.problems.map(\.cause) == [.malformed(message)])
    }

    // MARK: Follow-up picker

    private func attempt(_ number: Int, day: Int, well: Bool) -> FollowUpAttempt {
        FollowUpAttempt(time: testStart + TimeInterval(day * 86_400), followUp: number, answeredWell: well)
    }

    @Test func theFirstFollowUpIsAskedFirst() {
        #expect(FollowUpPicker.choose(count: 3, attempts: []) == 0)
        #expect(FollowUpPicker.choose(count: 0, attempts: []) == nil)
    }

    @Test func aFollowUpAnsweredBadlyComesBackBeforeOneNeverAsked() {
        #expect(
            FollowUpPicker.choose(
                count: 3, attempts: [attempt(1, day: 0, well: true), attempt(2, day: 1, well: false)]) == 1)
    }

    @Test func theBadlyAnsweredOneAnsweredLongestAgoComesFirst() {
        #expect(
            FollowUpPicker.choose(
                count: 3, attempts: [attempt(3, day: 0, well: false), attempt(2, day: 1, well: false)]) == 2)
    }

    @Test func aFollowUpAnsweredWellSinceIsNoLongerBad() {
        #expect(
            FollowUpPicker.choose(
                count: 2,
                attempts: [
                    attempt(1, day: 0, well: false), attempt(1, day: 1, well: true), attempt(2, day: 2, well: true),
                ]) == 0)
    }

    @Test func neverAskedComesBeforeLeastRecentlyAsked() {
        #expect(
            FollowUpPicker.choose(count: 3, attempts: [attempt(1, day: 0, well: true), attempt(2, day: 1, well: true)])
                == 2)
    }

    @Test func overTimeEveryFollowUpIsAsked() {
        var attempts: [FollowUpAttempt] = []
        var asked: [Int] = []
        for day in 0..<6 {
            let choice = FollowUpPicker.choose(count: 3, attempts: attempts)!
            asked.append(choice)
            attempts.append(attempt(choice + 1, day: day, well: true))
        }
        #expect(asked == [0, 1, 2, 0, 1, 2])
    }

    // MARK: Intervals

    @Test(
        arguments: [
            // py-fsrs 6.3.2 (Fixtures/fsrs/intervals.txt), formatted by hand.
            (60.0, 1.0, ReviewInterval.Unit.minutes, "1"), (330, 6, .minutes, "6"), (600, 10, .minutes, "10"),
            (691_200, 8, .days, "8"), (172_800, 2, .days, "2"), (1_296_000, 15, .days, "15"),
            (2_678_400, 1, .months, "1"), (13_305_600, 5.1, .months, "5.1"), (19_699_200, 7.6, .months, "7.6"),
            (152_409_600, 4.8, .years, "4.8"), (159_840_000, 5.1, .years, "5.1"),
            // The edges between units.
            (10, 1, .minutes, "1"), (3_569, 59, .minutes, "59"), (3_570, 1, .hours, "1"), (84_599, 23, .hours, "23"),
            (84_600, 1, .days, "1"), (2_548_799, 29, .days, "29"), (2_548_800, 1, .months, "1"),
            (31_449_600, 12.1, .months, "12.1"), (31_536_000, 1, .years, "1"),
        ] as [(TimeInterval, Double, ReviewInterval.Unit, String)])
    func intervalsReadInTheirLargestWholeUnit(
        seconds: TimeInterval, value: Double, unit: ReviewInterval.Unit, number: String
    ) {
        let interval = ReviewInterval(seconds: seconds)
        #expect(interval.value == value)
        #expect(interval.unit == unit)
        #expect(interval.number == number)
    }

    @Test func theReplaysIntervalsMatchPyFSRSForLongHistories() {
        // "good 4 times over 2 months": 600 13305600 15379200 19699200; "easy 5 times over a year": 600 152409600
        // 154742400 159840000.
        let day: TimeInterval = 86_400
        func history(_ grade: Grade, secondsAgo: [TimeInterval]) -> QuestionHistory {
            QuestionHistory(reviews: secondsAgo.map { .init(grade: grade, time: testStart - $0, coverage: 1) })
        }
        let replay = ReviewReplay()
        let good = history(.good, secondsAgo: [60, 59, 50, 20].map { $0 * day })
        #expect(
            replay.nextIntervals(after: good, at: testStart) == [
                .again: 600, .hard: 13_305_600, .good: 15_379_200, .easy: 19_699_200,
            ])
        let easy = history(.easy, secondsAgo: [400, 390, 340, 200, 30].map { $0 * day })
        #expect(
            replay.nextIntervals(after: easy, at: testStart) == [
                .again: 600, .hard: 152_409_600, .good: 154_742_400, .easy: 159_840_000,
            ])
        let once = history(.good, secondsAgo: [600])
        #expect(
            replay.nextIntervals(after: once, at: testStart) == [
                .again: 60, .hard: 600, .good: 172_800, .easy: 345_600,
            ])
        // A question never answered starts as a new card ("new": 60 330 600 691200).
        #expect(
            replay.nextIntervals(after: nil, at: testStart) == [.again: 60, .hard: 330, .good: 600, .easy: 691_200])
    }
}

/// The kept text costs the million-answer history no memory per record; the suggested ticks cost 8 bytes (their set,
/// and a flag in the byte that was padding).
@Suite struct StoredAnswerLayoutTests {
    @Test func aStoredAnswerStaysFiftySixBytes() {
        #expect(MemoryLayout<StoredAnswer>.stride == 56)
    }
}
