import FoundationEssentials
import QuizKit

extension ParsedArguments {
    /// The day given with `--until`, and noon of it in local time; nil without the option. A day in the past, or
    /// text that is not a day, is a usage error of the command that was called.
    func untilDay(now: Date, utcOffset: Int) throws(UsageError) -> (day: CalendarDay, moment: Date)? {
        guard let text = value("until") else { return nil }
        let today = LocalTime.day(of: now, utcOffset: utcOffset)
        guard let day = CalendarDay.parse(text, today: today) else {
            throw UsageError(
                "The value '\(text)' for '--until <date>' is not a date; use a date such as 2026-12-04, a weekday such as fri, today, tomorrow or +3.",
                command: command)
        }
        guard day >= today else {
            throw UsageError("The date '\(text)' for '--until <date>' (\(day)) is in the past.", command: command)
        }
        let noon = day.noon(utcOffset: utcOffset)
        return (day, Date(timeIntervalSince1970: TimeInterval(noon)))
    }
}
