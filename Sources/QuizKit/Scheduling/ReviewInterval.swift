import FoundationEssentials

/// The time until a question would next be due, as the grade buttons show it (`1m`, `6m`, `10m`, `8d`, `1.5mo`),
/// in the style of Anki's answer buttons.
package struct ReviewInterval: Sendable, Hashable {
    /// The unit the interval is best read in.
    package enum Unit: Sendable, Hashable { case minutes, hours, days, months, years }

    /// The number of units: whole minutes, hours and days; months (30 days) and years (365 days) to one decimal.
    var value: Double
    /// The unit.
    package var unit: Unit

    /// The interval of `seconds`: under an hour in minutes (at least 1), under a day in hours, under 30 days in days,
    /// under 365 days in months, then years; each rounded before the next unit is considered.
    package init(seconds: TimeInterval) {
        let minutes = max(1, (seconds / 60).rounded())
        let hours = (seconds / 3600).rounded()
        let days = (seconds / 86_400).rounded()
        if minutes < 60 {
            (value, unit) = (minutes, .minutes)
        } else if hours < 24 {
            (value, unit) = (hours, .hours)
        } else if days < 30 {
            (value, unit) = (days, .days)
        } else if days < 365 {
            (value, unit) = ((days / 30 * 10).rounded() / 10, .months)
        } else {
            (value, unit) = ((days / 365 * 10).rounded() / 10, .years)
        }
    }

    /// The value without a trailing `.0`: `8`, `1.5`.
    package var number: String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }
}
