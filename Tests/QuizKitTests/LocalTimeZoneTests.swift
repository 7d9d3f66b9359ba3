import FoundationEssentials
import QuizTestSupport
import Testing

@testable import QuizKit

/// Local days, streaks, noons and readiness, each with the UTC offset in force at the instant concerned.
///
/// The zones are written out as their 2026 rules (standard offset, daylight offset, and the UTC instants of the
/// two changes), as in the tz database, so the tests need no time-zone files.
@Suite struct LocalTimeZoneTests {
    /// A zone with one daylight-saving period a year: `daylight` between `start` and `end` (UTC seconds; in the
    /// southern hemisphere `start` is in the spring, after `end`).
    static func zone(standard: Int, daylight: Int, start: Int64, end: Int64) -> LocalTimeZone {
        LocalTimeZone { seconds in
            let inDaylight = start < end ? (seconds >= start && seconds < end) : (seconds >= start || seconds < end)
            return inDaylight ? daylight : standard
        }
    }

    static func utc(_ text: String) -> Int64 { Int64(Timestamp.date(from: text)!.timeIntervalSince1970) }

    /// America/New_York 2026: EDT from 03-08 07:00Z to 11-01 06:00Z.
    static let newYork = zone(
        standard: -5 * 3600, daylight: -4 * 3600, start: utc("2026-03-08T07:00:00Z"), end: utc("2026-11-01T06:00:00Z"))
    /// Europe/Berlin 2026: CEST from 03-29 01:00Z to 10-25 01:00Z.
    static let berlin = zone(
        standard: 3600, daylight: 7200, start: utc("2026-03-29T01:00:00Z"), end: utc("2026-10-25T01:00:00Z"))
    /// Australia/Sydney 2026: AEDT until 04-04 16:00Z and again from 10-03 16:00Z.
    static let sydney = zone(
        standard: 10 * 3600, daylight: 11 * 3600, start: utc("2026-10-03T16:00:00Z"), end: utc("2026-04-04T16:00:00Z"))
    /// Asia/Tokyo: always UTC+9.
    static let tokyo = LocalTimeZone.fixed(9 * 3600)

    static let zones: [(String, LocalTimeZone, String)] = [
        // name, zone, the first of 42 practice days (the period crosses a change where the zone has one)
        ("America/New_York (autumn)", newYork, "2026-10-10"),
        ("America/New_York (spring)", newYork, "2026-02-20"),
        ("Europe/Berlin (autumn)", berlin, "2026-10-01"),
        ("Europe/Berlin (spring)", berlin, "2026-03-10"),
        ("Australia/Sydney (spring)", sydney, "2026-09-15"),
        ("Australia/Sydney (autumn)", sydney, "2026-03-20"),
        ("Asia/Tokyo", tokyo, "2026-11-01"),
    ]

    static let deck = Deck(id: "d", title: LocalizedText("D"), languages: ["en"], questions: [TestDecks.question("q1")])

    /// A progress file with one answer at 00:30 local time on each of `days` consecutive days.
    static func dailyAnswers(from first: CalendarDay, days: Int, in zone: LocalTimeZone) -> ProgressHistory {
        var text = ""
        for number in 0..<days {
            let instant = zone.instant(on: first.adding(days: number), secondOfDay: 30 * 60)
            let time = Timestamp.string(from: Date(timeIntervalSince1970: TimeInterval(instant)))
            text +=
                #"{"v":1,"type":"answer","time":"\#(time)","session":"s\#(number)","seq":1,"deck":"d","question":"q1","grade":3,"covered":[1],"total":3,"seconds":60,"mode":"quiz"}"#
                + "\n"
        }
        return ProgressHistory(parsing: Array(text.utf8))
    }

    @Test(arguments: zones)
    func fortyTwoDaysOfPracticeAreAStreakOfFortyTwo(name: String, zone: LocalTimeZone, firstDay: String) {
        let first = CalendarDay.parse(firstDay, today: CalendarDay(dayNumber: 0))!
        let history = Self.dailyAnswers(from: first, days: 42, in: zone)
        let lastDay = first.adding(days: 41)
        let now = Date(timeIntervalSince1970: TimeInterval(zone.noon(of: lastDay)))
        let planner = StudyPlanner(
            questions: Self.deck.questions, histories: history.questionHistories(forDeck: "d"), now: now)
        let statistics = PracticeStatistics(deck: Self.deck, history: history, planner: planner, zone: zone)
        #expect(statistics.currentStreak == 42, "\(name)")
        #expect(statistics.daysPractised == 42, "\(name)")
        #expect(statistics.lastThirtyDays == Array(repeating: 1, count: 30), "\(name)")
    }

    @Test func noonUsesTheOffsetInForceAtNoon() {
        let zone = Self.newYork
        // Clocks go forward at 2am on 2026-03-08: noon that day is EDT, the day before EST.
        #expect(zone.noon(of: CalendarDay(year: 2026, month: 3, day: 7)!) == Self.utc("2026-03-07T17:00:00Z"))
        #expect(zone.noon(of: CalendarDay(year: 2026, month: 3, day: 8)!) == Self.utc("2026-03-08T16:00:00Z"))
        // Clocks go back at 2am on 2026-11-01: noon that day is EST.
        #expect(zone.noon(of: CalendarDay(year: 2026, month: 11, day: 1)!) == Self.utc("2026-11-01T17:00:00Z"))
        #expect(Self.sydney.noon(of: CalendarDay(year: 2026, month: 10, day: 4)!) == Self.utc("2026-10-04T01:00:00Z"))
        // 02:30 on 2026-03-08 does not exist in New York: it maps to just after the gap, 03:30 EDT.
        #expect(
            zone.instant(on: CalendarDay(year: 2026, month: 3, day: 8)!, secondOfDay: 9_000)
                == Self.utc("2026-03-08T07:30:00Z"))
    }

    @Test func answersAroundMidnightLandOnTheirLocalDay() {
        // 00:30 EDT on 2026-10-31 is 04:30Z; 00:30 EST on 2026-11-02 is 05:30Z; both are their own local days.
        let zone = Self.newYork
        #expect(zone.day(containing: Self.utc("2026-10-31T04:30:00Z")).description == "2026-10-31")
        #expect(zone.day(containing: Self.utc("2026-11-02T05:30:00Z")).description == "2026-11-02")
        #expect(zone.day(containing: Self.utc("2026-11-02T04:30:00Z")).description == "2026-11-01")
    }

    @Test func calendarDaysCountDatesNotTwentyFourHourPeriods() {
        let zone = Self.tokyo
        let now = Timestamp.date(from: "2026-11-30T12:00:00Z")!  // 21:00 on the 30th in Tokyo
        let due = Timestamp.date(from: "2026-12-08T00:00:00Z")!  // 09:00 on the 8th: 7.5 days later
        #expect(zone.calendarDays(from: now, to: due) == 8)
        #expect(zone.calendarDays(from: due, to: now) == -8)
        #expect(zone.minuteString(due) == "2026-12-08 09:00")
    }

    @Test func theDayCacheAgreesWithTheRuleOnEveryHourAroundAChange() {
        let zone = Self.berlin
        var cache = LocalDayCache(zone: zone)
        let change = Self.utc("2026-10-25T01:00:00Z")
        for seconds in stride(from: change - 30 * 3600, through: change + 30 * 3600, by: 900) {
            #expect(cache.dayNumber(containing: seconds) == zone.day(containing: seconds).dayNumber)
        }
    }
}

/// Predicted recall and readiness at the real elapsed time.
@Suite struct ReadinessTests {
    @Test func aQuestionFailedAnHourAgoIsNotReadyLaterToday() {
        let now = Timestamp.date(from: "2026-11-30T09:00:00Z")!
        let question = TestDecks.question("q1")
        let history = QuestionHistory(reviews: [.init(grade: .again, time: now - 3600, coverage: 0)])
        let planner = StudyPlanner(questions: [question], histories: ["q1": history], now: now)
        let status = planner.statuses[0]
        #expect(status.retrievability < 0.99, "recall an hour after a failure is not 100 %")
        let noon = now + 3 * 3600
        #expect(planner.isDue(status, until: noon))
        #expect(planner.notReady(at: noon).map(\.question.id) == ["q1"])
        #expect(planner.duePlan(until: noon).due.map(\.question.id) == ["q1"])
    }

    @Test func anAnswerAppendedLaterCountsAsTheLaterReviewEvenWhenAWrongClockDatedAnEarlierOneInTheFuture() {
        let now = Timestamp.date(from: "2026-11-30T09:00:00Z")!
        let lines = [
            #"{"v":1,"type":"answer","time":"2027-06-01T09:00:00Z","session":"a","seq":1,"deck":"d","question":"q1","grade":4,"covered":[1,2,3],"total":3,"seconds":60,"mode":"quiz"}"#,
            #"{"v":1,"type":"answer","time":"2026-11-30T08:59:00Z","session":"b","seq":1,"deck":"d","question":"q1","grade":1,"covered":[],"total":3,"seconds":60,"mode":"quiz"}"#,
        ]
        let history = ProgressHistory(parsing: Array((lines.joined(separator: "\n") + "\n").utf8))
        let planner = StudyPlanner(
            questions: [TestDecks.question("q1")], histories: history.questionHistories(forDeck: "d"), now: now)
        let status = planner.statuses[0]
        #expect(status.history?.lastGrade == .again)
        #expect(status.history?.lastTime == Timestamp.date(from: "2026-11-30T08:59:00Z"))
        #expect(planner.isDue(status, until: now + 3600))
        let future = history.answersDated(after: now)
        #expect(future.count == 1)
        #expect(future.lines == [1])
        #expect(MemoryLayout<StoredAnswer>.stride == 56, "a million answers stay about 56 MB")
    }

    @Test(arguments: [
        ("2026-02-30T09:00:00Z", false), ("2026-02-29T09:00:00Z", false), ("2028-02-29T09:00:00Z", true),
        ("2026-04-31T09:00:00Z", false), ("2026-11-30T09:00:00+99:99", false), ("2026-11-30T09:00:00+09:60", false),
        ("2026-11-30T09:00:00+14:00", true), ("2026-11-30T09:00:00-12:00", true), ("2026-11-30T09:00:00+14:30", false),
        ("2026-11-30T09:00:00-12:30", false), ("9999-01-01T00:00:00Z", false), ("1969-12-31T23:59:59Z", false),
        ("2199-12-31T23:59:59Z", true), ("2026-11-30T09:00:00.250+05:30", true),
    ])
    func onlyTimestampsThatCanBeRealAreRead(text: String, isValid: Bool) {
        #expect((Timestamp.date(from: text) != nil) == isValid, "\(text)")
    }
}
