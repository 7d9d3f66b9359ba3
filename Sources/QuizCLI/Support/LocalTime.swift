import Foundation

/// The interviewer's time zone, for dates in scorecards: `TZ` when it names a zone, else the system's.
enum LocalTime {
    /// Seconds east of UTC at `date`.
    static func utcOffset(at date: Date, environment: [String: String]) -> Int {
        var zone = TimeZone.current
        if let name = environment["TZ"], !name.isEmpty {
            let identifier = name.hasPrefix(":") ? String(name.dropFirst()) : name
            zone = TimeZone(identifier: identifier) ?? zone
        }
        return zone.secondsFromGMT(for: date)
    }
}
