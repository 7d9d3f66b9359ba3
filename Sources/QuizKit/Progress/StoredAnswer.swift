/// A graded answer held compactly in memory: ids instead of strings, so a million of them fit in about 48 MB.
struct StoredAnswer: Sendable {
    /// Seconds since 1970, UTC.
    var time: Int64
    /// The index of the (deck, question) pair in the history's key table.
    var key: Int32
    /// The interned session id.
    var session: Int32
    /// The answer's number within its session.
    var sequence: Int32
    /// Seconds taken to answer.
    var seconds: Int32
    /// The time limit in seconds, or -1 when there was none.
    var limit: Int32
    /// The key points covered.
    var covered: KeyPointSet
    /// The number of key points.
    var total: UInt8
    /// The grade, 1 to 4.
    var grade: UInt8
    /// The interned mode (`quiz`, `timed`).
    var mode: Int32

    /// The share of key points covered.
    var coverage: Double { CoverageTally(covered: covered, total: Int(total)).fraction }
}
