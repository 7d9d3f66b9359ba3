import FoundationEssentials
import QuizKit

/// Timed practice and planning days, for `dlquiz quiz` and `dlquiz stats`.
enum QuizTiming {
    /// The limit `--timed` (each question's suggested minutes) or `--minutes m` (one limit for all) ask for.
    static func timeLimit(timed: Bool, minutes: Double?) -> TimeLimit {
        if let minutes { return .fixed(seconds: max(1, Int((minutes * 60).rounded()))) }
        return timed ? .suggested : .none
    }

    /// The day given with `--until`, and noon of it in local time (with the UTC offset in force at that noon), or now
    /// when that noon has passed. A day in the past, or text that is not a day,
    /// is a usage error of the command that was called.
    static func untilDay(_ text: String, now: Date, zone: LocalTimeZone) throws(UsageError) -> (
        day: CalendarDay, moment: Date
    ) {
        let today = zone.day(of: now)
        guard let day = CalendarDay.parse(text, today: today) else {
            throw UsageError(.invalidValue(text, for: "--until <date>", .notADate))
        }
        guard day >= today else {
            throw UsageError(.invalidValue(text, for: "--until <date>", .pastDate("\(day)")))
        }
        // Noon of that day, or now when today's noon has passed: readiness is never judged at a moment gone by.
        let noon = Date(timeIntervalSince1970: TimeInterval(zone.noon(of: day)))
        return (day, max(noon, now))
    }
}

extension ValueParser where Value == Double {
    /// A number of minutes above 0 and at most 600, such as 2 or 1.5.
    static var minutes: ValueParser {
        ValueParser { (text) throws(ValueError) in
            guard let minutes = Double(text), minutes.isFinite, minutes > 0, minutes <= 600 else {
                throw ValueError(.minutes)
            }
            return minutes
        }
    }
}
