/// A line diff of two texts and its unified rendering (`diff -u`'s format), for failure messages.
///
/// The edit script is a shortest one, found with Myers' greedy O(ND) algorithm ("An O(ND) Difference Algorithm and
/// Its Variations", 1986) after the common first and last lines are set aside. Texts that differ in more than
/// `maximumEdits` lines are shown as all removed, then all added: still a correct diff, in bounded time and memory.
package struct LineDiff {
    /// One line of either text: its characters, and whether a line break ends it (only the last line of a text can
    /// lack one, and then it differs from the same characters with a break).
    package struct Line: Hashable {
        package var text: Substring
        package var isTerminated: Bool
    }

    /// One step of the edit script, with the line's index in the expected or the actual text.
    package enum Edit: Hashable {
        case same(expected: Int, actual: Int)
        case removed(expected: Int)
        case inserted(actual: Int)
    }

    package let expected: [Line]
    package let actual: [Line]
    /// The steps that turn `expected` into `actual`, in order.
    package let edits: [Edit]

    package init(expected: String, actual: String, maximumEdits: Int = 1_000) {
        self.expected = Self.lines(of: expected)
        self.actual = Self.lines(of: actual)
        edits = Self.editScript(self.expected, self.actual, maximumEdits: maximumEdits)
    }

    /// Whether the texts are equal.
    package var isEmpty: Bool {
        edits.allSatisfy { if case .same = $0 { true } else { false } }
    }

    static func lines(of text: String) -> [Line] {
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        let isTerminated = parts.last == ""
        if isTerminated { parts.removeLast() }
        return parts.enumerated().map { index, part in
            Line(text: part, isTerminated: index < parts.count - 1 || isTerminated)
        }
    }

    // MARK: The edit script

    private static func editScript(_ a: [Line], _ b: [Line], maximumEdits: Int) -> [Edit] {
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix
            && a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
        {
            suffix += 1
        }
        let middle =
            myers(Array(a[prefix..<(a.count - suffix)]), Array(b[prefix..<(b.count - suffix)]), maximumEdits)
            ?? (prefix..<(a.count - suffix)).map { .removed(expected: $0 - prefix) }
            + (prefix..<(b.count - suffix)).map { .inserted(actual: $0 - prefix) }
        return (0..<prefix).map { .same(expected: $0, actual: $0) }
            + middle.map { edit in
                switch edit {
                case .same(let x, let y): .same(expected: x + prefix, actual: y + prefix)
                case .removed(let x): .removed(expected: x + prefix)
                case .inserted(let y): .inserted(actual: y + prefix)
                }
            }
            + (0..<suffix).map { .same(expected: a.count - suffix + $0, actual: b.count - suffix + $0) }
    }

    /// The shortest edit script from `a` to `b`, or nil when it needs more than `limit` insertions and removals.
    private static func myers(_ a: [Line], _ b: [Line], _ limit: Int) -> [Edit]? {
        let n = a.count
        let m = b.count
        let bound = min(n + m, limit)
        let offset = bound + 1
        // frontier[k + offset]: the furthest x reached on diagonal k = x - y. Before each round d, the part of it
        // that round reads (diagonals -d-1 through d+1) is kept for the way back: about d² numbers in all.
        var frontier = [Int](repeating: 0, count: 2 * bound + 3)
        var history: [[Int]] = []
        for d in 0...bound {
            history.append(Array(frontier[(offset - d - 1)...(offset + d + 1)]))
            for k in stride(from: -d, through: d, by: 2) {
                let down = k == -d || (k != d && frontier[k - 1 + offset] < frontier[k + 1 + offset])
                var x = down ? frontier[k + 1 + offset] : frontier[k - 1 + offset] + 1
                var y = x - k
                while x < n && y < m && a[x] == b[y] {
                    x += 1
                    y += 1
                }
                frontier[k + offset] = x
                if x >= n && y >= m {
                    return backtrack(history, n: n, m: m)
                }
            }
        }
        return nil
    }

    /// Walks the saved frontiers back from the end, one edit per step, collecting the diagonal runs between them.
    private static func backtrack(_ history: [[Int]], n: Int, m: Int) -> [Edit] {
        var edits: [Edit] = []
        var x = n
        var y = m
        for d in stride(from: history.count - 1, through: 0, by: -1) {
            let frontier = history[d]
            let offset = d + 1
            let k = x - y
            let down = k == -d || (k != d && frontier[k - 1 + offset] < frontier[k + 1 + offset])
            let previousK = down ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : frontier[previousK + offset]
            let previousY = d == 0 ? 0 : previousX - previousK
            while x > previousX && y > previousY {
                x -= 1
                y -= 1
                edits.append(.same(expected: x, actual: y))
            }
            guard d > 0 else { break }
            if down {
                y -= 1
                edits.append(.inserted(actual: y))
            } else {
                x -= 1
                edits.append(.removed(expected: x))
            }
        }
        return edits.reversed()
    }

    // MARK: Unified rendering

    /// The differences as `diff -u` prints them: `---`/`+++` headers naming the two texts, then hunks of changed
    /// lines with `context` unchanged lines around them; empty when the texts are equal.
    package func unified(expectedName: String, actualName: String, context: Int = 3) -> String {
        let changes = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
        guard let first = changes.first else { return "" }
        // Hunks: runs of changes closer than twice the context, each widened by the context.
        var ranges: [ClosedRange<Int>] = []
        var start = first
        var end = first
        for index in changes.dropFirst() {
            if index - end - 1 > 2 * context {
                ranges.append(max(0, start - context)...min(edits.count - 1, end + context))
                start = index
            }
            end = index
        }
        ranges.append(max(0, start - context)...min(edits.count - 1, end + context))
        // How many lines of each text come before each step, for the hunk headers.
        var expectedBefore: [Int] = []
        var actualBefore: [Int] = []
        var counts = (expected: 0, actual: 0)
        for edit in edits {
            expectedBefore.append(counts.expected)
            actualBefore.append(counts.actual)
            switch edit {
            case .same: counts = (counts.expected + 1, counts.actual + 1)
            case .removed: counts.expected += 1
            case .inserted: counts.actual += 1
            }
        }
        expectedBefore.append(counts.expected)
        actualBefore.append(counts.actual)
        var output = ["--- \(expectedName)", "+++ \(actualName)"]
        for range in ranges {
            let expectedCount = expectedBefore[range.upperBound + 1] - expectedBefore[range.lowerBound]
            let actualCount = actualBefore[range.upperBound + 1] - actualBefore[range.lowerBound]
            output.append(
                "@@ -\(Self.header(expectedBefore[range.lowerBound], expectedCount)) "
                    + "+\(Self.header(actualBefore[range.lowerBound], actualCount)) @@")
            for edit in edits[range] {
                switch edit {
                case .same(let x, _): output += rendered(" ", expected[x])
                case .removed(let x): output += rendered("-", expected[x])
                case .inserted(let y): output += rendered("+", actual[y])
                }
            }
        }
        return output.joined(separator: "\n") + "\n"
    }

    /// `start,count` as `diff -u` writes it: 1-based, the count left out when it is 1, and an empty side placed
    /// after the line it follows (`4,0`).
    private static func header(_ linesBefore: Int, _ count: Int) -> String {
        switch count {
        case 0: "\(linesBefore),0"
        case 1: "\(linesBefore + 1)"
        default: "\(linesBefore + 1),\(count)"
        }
    }

    private func rendered(_ mark: Character, _ line: Line) -> [String] {
        ["\(mark)\(line.text)"] + (line.isTerminated ? [] : [#"\ No newline at end of file"#])
    }
}
