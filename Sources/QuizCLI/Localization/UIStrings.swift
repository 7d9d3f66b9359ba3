import QuizKit

/// The words the terminal interface shows, in English or Japanese (help and usage errors are worded by `Bilingual`).
struct UIStrings: Sendable {
    /// Whether the strings are Japanese.
    let isJapanese: Bool

    /// Strings for a language code; Japanese for `ja`, English otherwise.
    package init(language: String) {
        isJapanese = language == "ja" || language.hasPrefix("ja-")
    }

    /// Picks the English or the Japanese text.
    func text(_ english: String, _ japanese: String) -> String {
        isJapanese ? japanese : english
    }

    /// A grade's name as the grade prompt and summaries show it.
    package func name(of grade: Grade) -> String {
        switch grade {
        case .again: text("Again", "もう一度")
        case .hard: text("Hard", "難しい")
        case .good: text("Good", "正解")
        case .easy: text("Easy", "簡単")
        }
    }

    /// A percentage such as `67%`.
    func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded()))%"
    }

    /// A duration such as `2:05` (minutes and seconds) or `1:02:05`.
    func clock(_ seconds: Int) -> String {
        let seconds = max(0, seconds)
        let hours = seconds / 3600
        let minutes = seconds / 60 % 60
        let rest = seconds % 60
        let paddedSeconds = rest < 10 ? "0\(rest)" : "\(rest)"
        if hours > 0 {
            return "\(hours):\(minutes < 10 ? "0\(minutes)" : "\(minutes)"):\(paddedSeconds)"
        }
        return "\(minutes):\(paddedSeconds)"
    }

    /// A number of minutes such as `4` or `2.5`.
    package func minutes(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format1(value))
    }

    private func format1(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// A score (a sum of key-point coverages) such as `8.40` or `0.48`, always with two decimals, in every place a
    /// score is shown: two keep what the percentage beside it shows (0.476 of 2 is `0.48 / 2 (24%)`, not `0.5`),
    /// and one width for all keeps scores comparable at a glance (`1.00 / 2` beside `1.38 / 3`).
    package func score(_ value: Double) -> String {
        let hundredths = Int((max(0, value) * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
