import FoundationEssentials
import QuizKit

#if canImport(Glibc)
import Glibc
#endif

/// The local time zone, read with `localtime_r` (FoundationEssentials has no time-zone database).
enum LocalTime {
    /// Seconds east of UTC at a moment, honouring `TZ` and `/etc/localtime`.
    static func utcOffset(at date: Date) -> Int {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }

    /// The local calendar day of a moment.
    static func day(of date: Date) -> CalendarDay {
        CalendarDay(containing: Int64(date.timeIntervalSince1970.rounded(.down)), utcOffset: utcOffset(at: date))
    }

    /// `2026-11-25 09:30` in local time.
    static func minuteString(_ date: Date) -> String {
        let offset = utcOffset(at: date)
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let day = CalendarDay(containing: seconds, utcOffset: offset)
        let minuteOfDay = Timestamp.floorDivide(seconds + Int64(offset), 60) - day.dayNumber * 1440
        let hour = minuteOfDay / 60
        let minute = minuteOfDay % 60
        return "\(day) \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }
}
