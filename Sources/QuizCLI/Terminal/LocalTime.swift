import FoundationEssentials
import QuizKit

#if canImport(Glibc)
    import Glibc
#endif

/// The local time zone, read with `localtime_r` (FoundationEssentials has no time-zone database).
package enum LocalTime {
    /// Seconds east of UTC at a moment, honouring `TZ` and `/etc/localtime`.
    @Sendable package static func utcOffset(at date: Date) -> Int {
        utcOffset(atSeconds: Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    /// Seconds east of UTC at `seconds` since 1970, honouring `TZ` and `/etc/localtime`.
    @Sendable static func utcOffset(atSeconds seconds: Int64) -> Int {
        var time = time_t(seconds)
        var parts = tm()
        guard localtime_r(&time, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }
}

extension CommandContext {
    /// The local time zone as a rule, from the injected offset function: days, streaks and noons ask it at the
    /// instant concerned.
    var timeZone: LocalTimeZone {
        let offset = utcOffset
        return LocalTimeZone { offset(Date(timeIntervalSince1970: TimeInterval($0))) }
    }
}
