/// Turning other programs' fields into deck text: tidied lines, and stable question ids.
enum ImportedText {
    /// Lines without blanks at their ends, at most one empty line in a row, none at the ends.
    static func tidied(_ text: String) -> String {
        var lines: [Substring] = []
        // "\r\n" is one Character, so split by scalars.
        for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init) {
            var line = line
            while line.last == " " || line.last == "\t" || line.last == "\r" { line.removeLast() }
            while line.first == " " { line.removeFirst() }
            if line.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    // MARK: Ids

    /// A kebab-case id that stays the same when the same `key` is imported again: the first words of `words` as a
    /// slug (at most 40 characters), then 6 hexadecimal digits of the key's 64-bit FNV-1a hash.
    static func stableID(words: String, key: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in words.lowercased().unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                if pendingHyphen && !slug.isEmpty {
                    if slug.count >= 32 { break }
                    slug += "-"
                }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        let hash = String(fnv1a(key) & 0xFF_FFFF, radix: 16)
        let suffix = String(repeating: "0", count: 6 - hash.count) + hash
        return slug.isEmpty ? "q-" + suffix : slug + "-" + suffix
    }

    /// 64-bit FNV-1a of the UTF-8 bytes: stable across runs and machines, unlike `Hasher`.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// A kebab-case version of a name (a tag, a deck title), or nil when nothing is left.
    static func kebab(_ name: String) -> String? {
        let id = stableID(words: name, key: "")
        guard !id.hasPrefix("q-") else { return nil }
        return String(id.dropLast(7))
    }
}
