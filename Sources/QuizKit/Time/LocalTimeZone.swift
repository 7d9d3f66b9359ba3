import FoundationEssentials

/// The user's time zone as a rule: the offset from UTC in force at each instant.
///
/// Every local-time decision (the day of an answer, a streak, the 30-day strip, "today", the noon of an
/// `--until` day, "in N days") asks this rule at the instant concerned, so an answer at 00:30 local time lands
/// on its own day on both sides of a daylight-saving change. QuizKit never reads the system's zone: the
/// command line passes one in (from `localtime_r`, which honours `TZ`), and tests pass fixed or scripted rules.
package struct LocalTimeZone: Sendable {
    private let rule: @Sendable (Int64) -> Int

    /// A zone given by its offset function: seconds since 1970 (UTC) → seconds east of UTC then.
    package init(offsetAt rule: @escaping @Sendable (Int64) -> Int) {
        self.rule = rule
    }

    /// A zone that is always `seconds` east of UTC (no daylight saving).
    static func fixed(_ seconds: Int) -> LocalTimeZone {
        LocalTimeZone { _ in seconds }
    }

    /// UTC itself.
    static let utc = LocalTimeZone.fixed(0)

    /// Seconds east of UTC in force at `seconds` since 1970.
    package func utcOffset(at seconds: Int64) -> Int { rule(seconds) }

    /// Seconds east of UTC in force at `date`.
    package func utcOffset(at date: Date) -> Int { rule(Self.seconds(date)) }

    /// The local calendar day of an instant given in seconds since 1970.
    package func day(containing seconds: Int64) -> CalendarDay {
        CalendarDay(dayNumber: Timestamp.floorDivide(seconds + Int64(rule(seconds)), 86_400))
    }

    /// The local calendar day of `date`.
    package func day(of date: Date) -> CalendarDay { day(containing: Self.seconds(date)) }

    /// The instant at which the local clock reads `secondOfDay` seconds after midnight on `day`, in seconds since
    /// 1970. Across a change the offset of that local time is used: noon on the Sunday clocks change is noon. A
    /// local time skipped by a spring-forward gap maps to the instant just after the gap.
    func instant(on day: CalendarDay, secondOfDay: Int) -> Int64 {
        let local = day.dayNumber * 86_400 + Int64(secondOfDay)
        let guess = local - Int64(rule(local))
        let refined = local - Int64(rule(guess))
        if refined + Int64(rule(refined)) == local { return refined }
        if guess + Int64(rule(guess)) == local { return guess }
        return max(guess, refined)
    }

    /// Noon of `day`, local time, in seconds since 1970.
    package func noon(of day: CalendarDay) -> Int64 { instant(on: day, secondOfDay: 43_200) }

    /// Calendar days from the local day of `start` to the local day of `end` (negative when `end` is earlier).
    package func calendarDays(from start: Date, to end: Date) -> Int {
        Int(day(of: end).dayNumber - day(of: start).dayNumber)
    }

    /// `2026-11-25 09:30`, local time.
    package func minuteString(_ date: Date) -> String {
        let seconds = Self.seconds(date)
        let local = seconds + Int64(rule(seconds))
        let day = CalendarDay(dayNumber: Timestamp.floorDivide(local, 86_400))
        let minuteOfDay = (local - day.dayNumber * 86_400) / 60
        let hour = minuteOfDay / 60
        let minute = minuteOfDay % 60
        return "\(day) \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }

    /// Whole seconds since 1970, rounded down.
    static func seconds(_ date: Date) -> Int64 {
        let value = date.timeIntervalSince1970.rounded(.down)
        guard value.isFinite else { return 0 }
        return Int64(max(min(value, 9.2e18), -9.2e18))
    }
}

// MARK: - Many instants

/// Local days of many instants, asking the zone's rule once per hour of time rather than once per answer.
///
/// An hour whose start and end have the same offset is taken to have that offset throughout (a zone changes its
/// offset at most once in an hour); an hour with a change in it asks the rule for every instant.
struct LocalDayCache {
    let zone: LocalTimeZone
    private var hours: [Int64: Int] = [:]
    private static let changing = Int.min

    init(zone: LocalTimeZone) {
        self.zone = zone
    }

    /// The local day number of `seconds` since 1970.
    mutating func dayNumber(containing seconds: Int64) -> Int64 {
        let hour = Timestamp.floorDivide(seconds, 3_600)
        var offset = hours[hour]
        if offset == nil {
            let start = zone.utcOffset(at: hour * 3_600)
            let end = zone.utcOffset(at: hour * 3_600 + 3_599)
            offset = start == end ? start : Self.changing
            hours[hour] = offset
        }
        let inForce = offset == Self.changing ? zone.utcOffset(at: seconds) : offset!
        return Timestamp.floorDivide(seconds + Int64(inForce), 86_400)
    }
}
