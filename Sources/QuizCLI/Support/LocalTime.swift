import FoundationEssentials
import QuizKit

#if canImport(Glibc)
import Glibc
#endif

/// The local time zone, read with `localtime_r` (FoundationEssentials has no time-zone database).
public enum LocalTime {
    /// Seconds east of UTC at a moment, honouring `TZ` and `/etc/localtime`.
    @Sendable public static func utcOffset(at date: Date) -> Int {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }

    /// The calendar day of a moment in a time zone `offset` seconds east of UTC.
    static func day(of date: Date, utcOffset offset: Int) -> CalendarDay {
        CalendarDay(containing: Int64(date.timeIntervalSince1970.rounded(.down)), utcOffset: offset)
    }

    /// `2026-11-25 09:30` in a time zone `offset` seconds east of UTC.
    static func minuteString(_ date: Date, utcOffset offset: Int) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let day = CalendarDay(containing: seconds, utcOffset: offset)
        let minuteOfDay = Timestamp.floorDivide(seconds + Int64(offset), 60) - day.dayNumber * 1440
        let hour = minuteOfDay / 60
        let minute = minuteOfDay % 60
        return "\(day) \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }
}
