/// Tiny charts made of block characters.
enum Sparkline {
    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One character per count, scaled to the largest; zero is `.` so empty days stand out.
    static func counts(_ values: [Int]) -> String {
        let largest = values.max() ?? 0
        return String(values.map { value -> Character in
            guard value > 0, largest > 0 else { return "." }
            let level = Int((Double(value) / Double(largest) * Double(levels.count - 1)).rounded())
            return levels[max(0, min(levels.count - 1, level))]
        })
    }

    /// One character per share from 0 to 1, on a fixed scale so trends compare across runs.
    static func fractions(_ values: [Double]) -> String {
        String(values.map { value -> Character in
            let level = Int((min(1, max(0, value)) * Double(levels.count - 1)).rounded())
            return levels[level]
        })
    }

    /// A horizontal bar `width` columns wide for a share from 0 to 1: `████████░░░░`.
    static func bar(_ fraction: Double, width: Int) -> (filled: String, empty: String) {
        let filled = Int((min(1, max(0, fraction)) * Double(width)).rounded())
        return (String(repeating: "█", count: filled), String(repeating: "░", count: width - filled))
    }
}
