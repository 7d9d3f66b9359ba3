/// "Did you mean …?" suggestions by edit distance.
package enum Suggestions {
    /// The candidates closest to `word`, best first, within a distance that scales with the word's length.
    ///
    /// Prefix matches count as close, so `--cont` suggests `--count` and `batch` suggests `batch-normalization`.
    ///
    /// A word far longer than every candidate is near none of them (its distance is at least the difference in
    /// length, beyond the threshold), so it is not compared at all: a 30 MB unknown key costs nothing here.
    package static func closest(to word: String, among candidates: [String], limit: Int = 3) -> [String] {
        // In characters a word is at least a quarter of its bytes long, a candidate at most its bytes long, and the
        // threshold below at most a third of the word: past six times the longest candidate, nothing can be close.
        let longest = candidates.map(\.utf8.count).max() ?? 0
        guard word.utf8.count <= 6 * longest + 8 else { return [] }
        let lowered = word.lowercased()
        // A short word (a language code such as `fr`) is only near a word one edit away: `en` is no help for `fr`.
        let threshold = lowered.count <= 3 ? 1 : max(2, lowered.count / 3)
        var scored: [(candidate: String, score: Int)] = []
        for candidate in candidates {
            let other = candidate.lowercased()
            var score = editDistance(lowered, other)
            if !lowered.isEmpty && other.hasPrefix(lowered) { score = min(score, 1) }
            if lowered.count >= 4 && other.contains(lowered) { score = min(score, 2) }
            if score <= threshold { scored.append((candidate, score)) }
        }
        scored.sort { $0.score != $1.score ? $0.score < $1.score : $0.candidate < $1.candidate }
        guard let best = scored.first?.score else { return [] }
        return Array(scored.filter { $0.score <= best + 1 }.prefix(limit).map(\.candidate))
    }

    /// The Damerau–Levenshtein distance (with adjacent transpositions) between two strings, by characters.
    static func editDistance(_ first: String, _ second: String) -> Int {
        let a = Array(first)
        let b = Array(second)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
