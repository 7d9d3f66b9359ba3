import FoundationEssentials
import QuizKit

extension ParsedArguments {
    /// The day given with `--until`, and noon of it in local time (with the UTC offset in force at that noon); nil without the option. A day in the past, or
    /// text that is not a day, is a usage error of the command that was called.
    func untilDay(now: Date, zone: LocalTimeZone) throws(UsageError) -> (day: CalendarDay, moment: Date)? {
        guard let text = value("until") else { return nil }
        let today = zone.day(of: now)
        guard let day = CalendarDay.parse(text, today: today) else {
            throw UsageError(
                "The value '\(text)' for '--until <date>' is not a date; use a date such as 2026-12-04, a weekday such as fri, today, tomorrow or +3.",
                command: command)
        }
        guard day >= today else {
            throw UsageError("The date '\(text)' for '--until <date>' (\(day)) is in the past.", command: command)
        }
        let noon = zone.noon(of: day)
        return (day, Date(timeIntervalSince1970: TimeInterval(noon)))
    }
}
