/// A date on the calendar, without a time, as days since 1970-01-01.
package struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01.
    let dayNumber: Int64

    /// The day with this number.
    package init(dayNumber: Int64) {
        self.dayNumber = dayNumber
    }

    /// The day of a year, month (1–12) and day (1–31), or nil when the date does not exist.
    package init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...31).contains(day), (1...9999).contains(year) else { return nil }
        let number = Timestamp.daysFromCivil(year: Int64(year), month: Int64(month), day: Int64(day))
        let check = Timestamp.civilDate(fromDays: number)
        guard check.month == Int64(month), check.day == Int64(day) else { return nil }
        dayNumber = number
    }

    /// Year, month and day.
    package var components: (year: Int, month: Int, day: Int) {
        let civil = Timestamp.civilDate(fromDays: dayNumber)
        return (Int(civil.year), Int(civil.month), Int(civil.day))
    }

    /// 0 for Monday … 6 for Sunday.
    var weekday: Int {
        // 1970-01-01 was a Thursday.
        let value = (dayNumber + 3) % 7
        return Int(value < 0 ? value + 7 : value)
    }

    /// The day `count` days later.
    package func adding(days count: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + Int64(count)) }

    /// `2026-12-04`.
    package var description: String {
        let (year, month, day) = components
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    package static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// Reads a day relative to `today`: `2026-12-04`, `today`, `tomorrow`, a weekday (`fri`, `friday`: the next one,
    /// today included), or `+3` / `3d` for days from today. Case does not matter.
    package static func parse(_ text: String, today: CalendarDay) -> CalendarDay? {
        let word = text.lowercased().filter { !$0.isWhitespace }
        switch word {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        default: break
        }
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        if word.count >= 3, let target = weekdays.firstIndex(where: { $0.hasPrefix(word) }) {
            return today.adding(days: (target - today.weekday + 7) % 7)
        }
        var digits = Substring(word)
        if digits.hasPrefix("+") { digits = digits.dropFirst() }
        if digits.hasSuffix("d") { digits = digits.dropLast() }
        if digits != Substring(word) || word.hasPrefix("+"), let days = Int(digits), (0...3650).contains(days) {
            return today.adding(days: days)
        }
        let parts = word.split(separator: "-")
        if parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2])
        {
            return CalendarDay(year: year, month: month, day: day)
        }
        return nil
    }
}
