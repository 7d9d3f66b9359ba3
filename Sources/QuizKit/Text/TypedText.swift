/// Helpers for typed text that may be huge (a 50 MB paste): each looks at the bytes once, eight at a time, or only
/// at the ends.
package enum TypedText {
    /// How many characters `text` holds, counted as Unicode scalars from its UTF-8 bytes (every byte that does not
    /// continue a sequence starts one): linear, and fast enough for 50 MB, unlike counting grapheme clusters. It is
    /// the count messages give ("… and 49,983,616 more characters").
    package static func characterCount(_ text: some StringProtocol) -> Int {
        var text = String(text)
        return text.withUTF8 { bytes in
            bytes.count
                - countWords(bytes) { word in
                    // A continuation byte is 10xxxxxx: bit 7 set, bit 6 clear.
                    word & ~(word << 1) & 0x8080_8080_8080_8080
                } tail: {
                    $0 & 0xC0 == 0x80
                }
        }
    }

    /// How many times `byte` (ASCII) occurs in `text`.
    package static func count(_ byte: UInt8, in text: some StringProtocol) -> Int {
        var text = String(text)
        return text.withUTF8 { bytes in
            countWords(bytes) {
                matches(byte, in: $0)
            } tail: {
                $0 == byte
            }
        }
    }

    /// Whether `text` holds `byte` (ASCII).
    package static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            while index + 8 <= bytes.count {
                if matches(byte, in: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) != 0 { return true }
                index += 8
            }
            return bytes[index...].contains(byte)
        }
    }

    /// The high bit of each byte of `word` equal to `byte` (the classic zero-byte test on `word ^ byte…`).
    @inline(__always)
    private static func matches(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// The number of bits `mark` sets over the bytes' words, plus the bytes after the last whole word that `tail`
    /// accepts. `mark` sets one bit per counted byte.
    @inline(__always)
    private static func countWords(
        _ bytes: UnsafeBufferPointer<UInt8>, _ mark: (UInt64) -> UInt64, tail: (UInt8) -> Bool
    ) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var index = 0
        while index + 8 <= bytes.count {
            count += mark(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)).nonzeroBitCount
            index += 8
        }
        for byte in bytes[index...] where tail(byte) { count += 1 }
        return count
    }

    /// `text` without its blank lines (whitespace only) at both ends, or nil when nothing else is left. Only the
    /// whitespace at the two ends is looked at, however long the text.
    package static func trimmingBlankLines(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        // Leading blank lines: the run of whitespace at the start, up to just after its last line feed.
        var index = scalars.startIndex
        var start = index
        while index != scalars.endIndex, scalars[index].properties.isWhitespace {
            if scalars[index] == "\n" { start = scalars.index(after: index) }
            index = scalars.index(after: index)
        }
        guard index != scalars.endIndex else { return nil }
        // Trailing blank lines: the run of whitespace at the end, from its first line feed.
        var back = scalars.endIndex
        var end = back
        while back > index {
            let previous = scalars.index(before: back)
            guard scalars[previous].properties.isWhitespace else { break }
            if scalars[previous] == "\n" { end = previous }
            back = previous
        }
        return String(scalars[start..<end])
    }
}
