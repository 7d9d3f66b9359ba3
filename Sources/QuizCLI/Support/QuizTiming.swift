import FoundationEssentials
import QuizKit

/// Timed practice for `dlquiz quiz`: `--timed` uses each question's suggested minutes, `--minutes M` one limit for all.
enum QuizTiming {
    static let timedOption = OptionSpec.flag(
        "timed", help: "Time each answer against the question's suggested minutes; the time is shown and saved.")
    static let minutesOption = OptionSpec.value(
        "minutes", valueName: "m", help: "Timed, with the same limit of m minutes (such as 2 or 1.5) for every question.")

    /// The limit the options ask for.
    static func timeLimit(_ arguments: ParsedArguments) throws(UsageError) -> TimeLimit {
        if let text = arguments.value("minutes") {
            guard let minutes = Double(text), minutes.isFinite, minutes > 0, minutes <= 600 else {
                throw UsageError(
                    "The value '\(text)' for '--minutes <m>' must be a number of minutes above 0, such as 2 or 1.5.",
                    command: arguments.command)
            }
            return .fixed(seconds: max(1, Int((minutes * 60).rounded())))
        }
        return arguments.flag("timed") ? .suggested : .none
    }
}
