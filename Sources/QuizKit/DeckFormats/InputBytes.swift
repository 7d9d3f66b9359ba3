/// The one rule every deck file a user brings is read by, whatever its format (JSON, Markdown, Anki text, CSV):
/// UTF-8 text, with or without a byte-order mark. Anything else is refused before a format reader sees it, with the
/// place of the first byte that breaks the rule, so no reader ever turns a byte into a silent U+FFFD:
///
/// - a zip archive (`PK\x03\x04`: an Anki package, a spreadsheet workbook) is named as what it is;
/// - UTF-16 or UTF-32, recognised by its byte-order mark or by the zero bytes beside its first ASCII character,
///   is named with its byte order;
/// - any other byte sequence that is not UTF-8 (Windows-1252 `Caf\xE9`, Shift_JIS, a truncated character) is
///   reported at its first bad byte.
package enum InputBytes {
    /// The offset and the problem of the first thing in `bytes` that breaks the rule, or nil for UTF-8 text.
    static func problem(in bytes: [UInt8]) -> (offset: Int, problem: DeckDiagnostic.Problem)? {
        if bytes.starts(with: zipSignature) { return (0, .zipArchive(zipKind(bytes))) }
        if let encoding = otherUnicodeEncoding(bytes) { return (0, .notUTF8(encoding: encoding)) }
        if let offset = firstInvalidUTF8(bytes) { return (offset, .invalidUTF8) }
        return nil
    }

    /// Throws the problem of `problem(in:)` as a deck error with its line and column; returns for UTF-8 text.
    ///
    /// - Throws: `QuizError.invalidDeck` with one diagnostic: `.zipArchive`, `.notUTF8` or `.invalidUTF8`.
    static func check(_ bytes: [UInt8], source: String) throws(QuizError) {
        guard let (offset, problem) = problem(in: bytes) else { return }
        let location = LineIndex(bytes: bytes).location(of: offset)
        throw .invalidDeck(
            source: source, diagnostics: [DeckDiagnostic(location: location, path: "", problem: problem)], total: 1)
    }

    /// Where and why `bytes` are not UTF-8 text (a typed answer read from a file or a pipe, which `dlquiz grade`
    /// reads by the same rule as a deck), or nil when they are.
    package static func textProblem(in bytes: [UInt8]) -> DeckDiagnostic? {
        guard let (offset, problem) = problem(in: bytes) else { return nil }
        return DeckDiagnostic(location: LineIndex(bytes: bytes).location(of: offset), path: "", problem: problem)
    }

    /// The bytes without a leading UTF-8 byte-order mark.
    package static func withoutByteOrderMark(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes.starts(with: byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    // MARK: Other encodings

    /// UTF-16 or UTF-32, by the byte-order mark, or by the zero bytes around a first ASCII character (every deck
    /// format starts with one: `{`, `-`, `#`, a header cell).
    static func otherUnicodeEncoding(_ bytes: [UInt8]) -> DeckDiagnostic.UnicodeEncoding? {
        let head = Array(bytes.prefix(4)) + Array(repeating: 0xAA, count: max(0, 4 - bytes.count))
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF): return .utf32BigEndian
        case (0xFF, 0xFE, 0x00, 0x00): return .utf32LittleEndian
        case (0xFE, 0xFF, _, _): return .utf16BigEndian
        case (0xFF, 0xFE, _, _): return .utf16LittleEndian
        case (0x00, 0x00, 0x00, let c) where c != 0: return .utf32BigEndian
        case (let c, 0x00, 0x00, 0x00) where c != 0: return .utf32LittleEndian
        case (0x00, let c, _, _) where c != 0: return .utf16BigEndian
        case (let c, 0x00, _, _) where c != 0: return .utf16LittleEndian
        default: return nil
        }
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence (Unicode 16, table 3-7:
    /// no overlong forms, no surrogates, nothing above U+10FFFF), or nil when every byte does.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = 0
            let count = buffer.count
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var secondRange: ClosedRange<UInt8> = 0x80...0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0:
                    length = 3
                    secondRange = 0xA0...0xBF
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED:
                    length = 3
                    secondRange = 0x80...0x9F
                case 0xF0:
                    length = 4
                    secondRange = 0x90...0xBF
                case 0xF1...0xF3: length = 4
                case 0xF4:
                    length = 4
                    secondRange = 0x80...0x8F
                default: return index
                }
                guard index + 1 < count, secondRange.contains(buffer[index + 1]) else { return index }
                for continuation in 2..<length {
                    guard index + continuation < count, (0x80...0xBF).contains(buffer[index + continuation])
                    else { return index }
                }
                index += length
            }
            return nil
        }
    }

    // MARK: Zip archives

    /// What a zip archive most likely is, from the names of the files it holds (read from its central directory,
    /// which sits in the last bytes, and from its first entry).
    static func zipKind(_ bytes: [UInt8]) -> DeckDiagnostic.ZipKind {
        let names = bytes.prefix(512) + bytes.suffix(64 * 1024)
        func holds(_ name: String) -> Bool { names.contains(Array(name.utf8)) }
        if holds("collection.anki2") || holds("collection.anki21") { return .ankiPackage }
        if holds("[Content_Types].xml") || holds("application/vnd.oasis.opendocument") { return .spreadsheet }
        return .other
    }
}

extension Collection where Element == UInt8 {
    /// Whether `needle` occurs as a contiguous run (a plain scan: the callers search bounded slices).
    fileprivate func contains(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        var index = startIndex
        while let start = self[index...].firstIndex(of: first) {
            if self[start...].starts(with: needle) { return true }
            index = self.index(after: start)
        }
        return false
    }
}
