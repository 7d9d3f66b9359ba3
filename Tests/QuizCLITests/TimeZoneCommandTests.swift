import Foundation
import Testing

@testable import QuizCLI
@testable import QuizKit

/// Days, streaks and "in N days" on the command line, with a zone that changes its offset.
@Suite struct TimeZoneCommandTests {
    /// America/New_York in 2026: EDT (UTC−4) from 2026-03-08T07:00Z to 2026-11-01T06:00Z, else EST (UTC−5).
    static let newYork: @Sendable (Date) -> Int = { date in
        let seconds = date.timeIntervalSince1970
        return seconds >= 1_772_953_200 && seconds < 1_793_512_800 ? -4 * 3600 : -5 * 3600
    }

    @Test func theRulesInstantsAreTheChanges() {
        #expect(ISO8601DateFormatter().date(from: "2026-03-08T07:00:00Z")!.timeIntervalSince1970 == 1_772_953_200)
        #expect(ISO8601DateFormatter().date(from: "2026-11-01T06:00:00Z")!.timeIntervalSince1970 == 1_793_512_800)
    }

    @Test func statsCountsFortyTwoDaysAcrossTheAutumnChangeAsAStreakOfFortyTwo() throws {
        let harness = try CLIHarness()
        harness.utcOffsetRule = Self.newYork
        let zone = LocalTimeZone { Self.newYork(Date(timeIntervalSince1970: TimeInterval($0))) }
        let first = CalendarDay(year: 2026, month: 10, day: 10)!
        var text = ""
        for number in 0..<42 {
            // 00:30 local time each day: 04:30Z under EDT, 05:30Z under EST.
            let instant = zone.instant(on: first.adding(days: number), secondOfDay: 1_800)
            let stamp = Timestamp.string(from: Date(timeIntervalSince1970: TimeInterval(instant)))
            text +=
                #"{"v":1,"type":"answer","time":"\#(stamp)","session":"s\#(number)","seq":1,"deck":"deep-learning","question":"batch-normalization","grade":3,"covered":[1],"total":6,"seconds":30,"mode":"quiz"}"#
                + "\n"
        }
        try harness.write(".local/state/dlquiz/progress.jsonl", text)
        harness.now = Date(timeIntervalSince1970: TimeInterval(zone.noon(of: first.adding(days: 41))))
        let result = harness.run(["stats", "--json"])
        #expect(result.status == 0, "\(result.error)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["currentStreak"] as? Int == 42)
        #expect(json["daysPractised"] as? Int == 42)
        let days = try #require(json["lastThirtyDays"] as? [[String: Any]])
        #expect(days.last?["date"] as? String == "2026-11-20")
        #expect(days.allSatisfy { $0["answers"] as? Int == 1 })
    }

    @Test(arguments: [
        // now (UTC), due (UTC), expected, in Tokyo (UTC+9)
        ("2026-11-30T12:00:00Z", "2026-12-08T00:00:00Z", "in 8 days"),  // 21:00 on the 30th → 09:00 on the 8th
        ("2026-11-30T00:00:00Z", "2026-12-07T14:00:00Z", "in 7 days"),  // 09:00 on the 30th → 23:00 on the 7th
        ("2026-11-30T14:00:00Z", "2026-12-01T13:00:00Z", "in 23 hours"),
        ("2026-11-30T12:00:00Z", "2026-11-30T12:30:00Z", "in 30 min"),
        ("2026-12-08T00:00:00Z", "2026-11-30T12:00:00Z", "8 days ago"),
    ])
    func relativeDaysAreCalendarDays(now: String, due: String, expected: String) {
        let parse = { (text: String) in ISO8601DateFormatter().date(from: text)! }
        let strings = UIStrings(language: "en")
        #expect(strings.relative(parse(due), from: parse(now), in: .fixed(9 * 3600)) == expected)
    }

    @Test func answersDatedInTheFutureAreReportedWithTheirLines() throws {
        let harness = try CLIHarness()
        try harness.writeHistory([
            ("batch-normalization", 3, [1], 6, 3600), ("batch-normalization", 4, [1], 6, -400 * 86_400),
            ("imbalanced-data", 3, [1], 6, -90), ("imbalanced-data", 3, [1], 6, -7200),
        ])
        let result = harness.run(["stats"])
        #expect(result.status == 0)
        // Line 2 is 400 days ahead and line 4 two hours ahead; line 3, 90 seconds ahead, is within the grace.
        #expect(
            result.error.unwrappedContains(
                "Warning: 2 answers in ~/.local/state/dlquiz/progress.jsonl are dated in the future (lines 2, 4); the clock was probably wrong when they were saved."
            ), "\(result.error)")
    }

    /// `--until today` after local noon judges readiness now, not at the noon gone by: a question failed a minute
    /// ago, due in a minute, is not ready.
    @Test func untilTodayAfterNoonJudgesNow() throws {
        let harness = try CLIHarness()
        harness.utcOffset = 9 * 3600  // Tokyo; the harness clock is 2026-11-23T09:00:00Z, 18:00 there
        try harness.writeHistory([("backpropagation", 1, [], 6, 60)])
        let result = harness.run(["stats", "--until", "today", "--json"])
        #expect(result.status == 0, "\(result.error)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let until = try #require(json["until"] as? [String: Any])
        #expect(until["moment"] as? String == "2026-11-23T09:00:00Z")
        #expect((until["notReadyIDs"] as? [String])?.contains("backpropagation") == true)
    }

    @Test func ctrlCAtPractiseAnywayExits130() throws {
        let harness = try CLIHarness()
        try harness.writeHistory([("batch-normalization", 4, [1, 2, 3, 4, 5, 6], 6, 3600)])
        let result = harness.run(["quiz", "--order", "due", "--ids", "batch-normalization"], input: [nil])
        #expect(result.output.contains("Practise"), "\(result.output)")
        #expect(result.status == 130)
    }
}
