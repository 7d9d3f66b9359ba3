/// A graded answer held compactly in memory: ids instead of strings, so a million of them fit in about 56 MB.
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
    /// The index of the typed answer in the history's texts, or -1 when none was kept. Declared here, it fills the
    /// padding before `covered`, so a record stays 48 bytes.
    var text: Int32
    /// The key points covered.
    var covered: KeyPointSet
    /// The key points offered as suggested ticks (empty when `suggestion` is 0).
    var suggested: KeyPointSet
    /// The number of key points.
    var total: UInt8
    /// The grade, 1 to 4.
    var grade: UInt8
    /// The mode (`quiz`, `timed`), as its index in the parser's small table of modes.
    var mode: UInt8
    /// 0 when no suggested ticks were offered (an answer given aloud, a line from before suggestions); else the
    /// language they were read in, as its index in the parser's small table of names (`mode`'s, whose first name
    /// is `quiz`). It fills the byte after `mode`.
    var suggestion: UInt8

    /// Whether suggested ticks were offered for the answer (`suggested`, possibly empty).
    var hasSuggestion: Bool { suggestion != 0 }
    /// The 1-based line of the progress file the answer was read from.
    var line: Int32 = 0

    /// The share of key points covered.
    var coverage: Double { CoverageTally(covered: covered, total: Int(total)).fraction }
}

// MARK: - StoredFollowUp

/// A follow-up asked after an answer, held compactly in memory.
struct StoredFollowUp: Sendable {
    /// Seconds since 1970, UTC.
    var time: Int64
    /// The index of the (deck, question) pair in the history's key table.
    var key: Int32
    /// The interned session id.
    var session: Int32
    /// The follow-up's 1-based number.
    var followUp: UInt8
    /// Whether it was answered well.
    var answeredWell: Bool
    /// The index of the typed answer in the history's texts, or -1.
    var text: Int32
}

// MARK: - StringInterner

/// Maps byte strings to small integer ids without allocating for strings it has already seen.
///
/// A progress file repeats the same few hundred ids a million times; looking them up by their bytes keeps parsing
/// from creating a `String` per line.
struct StringInterner {
    private var storage: [UInt8] = []
    private var entries: [(offset: Int, length: Int, hash: UInt32)] = []
    private(set) var strings: [String] = []
    private var table: [Int32] = Array(repeating: -1, count: 64)

    /// The id of the string with these UTF-8 bytes, adding it when new.
    mutating func id(for bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        let mask = table.count - 1
        var slot = Int(hash) & mask
        while true {
            let entryIndex = table[slot]
            if entryIndex < 0 { break }
            let entry = entries[Int(entryIndex)]
            if entry.hash == hash && entry.length == bytes.count && matches(entry.offset, bytes) {
                return entryIndex
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(entries.count)
        entries.append((storage.count, bytes.count, hash))
        storage.append(contentsOf: bytes)
        strings.append(String(decoding: bytes, as: UTF8.self))
        table[slot] = id
        if entries.count * 2 > table.count { grow() }
        return id
    }

    /// The id of a `String`, adding it when new.
    mutating func id(for string: String) -> Int32 {
        var copy = string
        return copy.withUTF8 { id(for: $0) }
    }

    private func matches(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        storage.withUnsafeBufferPointer { stored in
            for index in 0..<bytes.count where stored[offset + index] != bytes[index] { return false }
            return true
        }
    }

    private mutating func grow() {
        var newTable = [Int32](repeating: -1, count: table.count * 2)
        let mask = newTable.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(entry.hash) & mask
            while newTable[slot] >= 0 { slot = (slot + 1) & mask }
            newTable[slot] = Int32(index)
        }
        table = newTable
    }

    /// FNV-1a, 32 bits.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return hash
    }
}
