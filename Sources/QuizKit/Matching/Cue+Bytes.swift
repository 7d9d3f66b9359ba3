/// The byte-level reading of a cue line: a quick check for deck loading (no allocation for a good line) and the
/// pieces `Cue.scan` builds from.
extension Cue {
    /// Whether a cue line is one line that reads (`isValid`), in one pass: the deck loader's fast path.
    static func isWellFormedLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains(0x0A) && !bytes.contains(0x0D) && bytes.contains(where: { $0 > 0x20 }) && isValid(bytes)
    }

    /// Whether a cue line reads, in one pass over its bytes: a known kind before the colon, and every alternative
    /// of every term with content. `scan` finds the error and its column when it does not.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var colon = -1
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: ":") {
                colon = index
                break
            }
            if bytes[index] == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x9A {
                colon = index
                break
            }
            index += 1
        }
        guard colon >= 0, let isPhrasing = kindIsKnown(UnsafeBufferPointer(rebasing: bytes[..<colon])) else {
            return false
        }
        let bodyStart = bytes[colon] == UInt8(ascii: ":") ? colon + 1 : colon + 3
        var start = bodyStart
        index = bodyStart
        while index <= bytes.count {
            var width = 0
            if index == bytes.count {
                width = 1
            } else if !isPhrasing {
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "|") {
                    width = 1
                } else if byte == 0xEF, index + 2 < bytes.count,
                    (bytes[index + 1] == 0xBC && bytes[index + 2] == 0x8C)
                        || (bytes[index + 1] == 0xBD && bytes[index + 2] == 0x9C)
                {
                    width = 3
                }
            }
            if width > 0 {
                let piece = bytes[start..<index]
                let range = trimmed(piece)
                if range.isEmpty || !hasContent(piece[range]) { return false }
                start = index + width
                index += width
            } else {
                index += 1
            }
        }
        return true
    }

    /// Whether the bytes before the colon name a kind (and which: true for `also`), or nil; compared byte by byte.
    static func kindIsKnown(_ head: UnsafeBufferPointer<UInt8>) -> Bool? {
        var words: [Range<Int>] = []
        var start = -1
        for index in 0...head.count {
            let isBlank = index == head.count || head[index] == 0x20 || head[index] == 0x09
            if isBlank, start >= 0 {
                words.append(start..<index)
                start = -1
            } else if !isBlank, start < 0 {
                start = index
            }
        }
        func word(_ range: Range<Int>, is text: StaticString) -> Bool {
            guard range.count == text.utf8CodeUnitCount else { return false }
            return zip(range, 0..<range.count).allSatisfy { index, offset in
                let byte = head[index]
                return (byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) == text.utf8Start[offset]
            }
        }
        if words.count == 1 {
            if word(words[0], is: "also") { return true }
            return word(words[0], is: "all") || word(words[0], is: "need") || word(words[0], is: "not") ? false : nil
        }
        func number(_ range: Range<Int>, in bounds: ClosedRange<Int>) -> Bool {
            guard range.count <= 2, range.allSatisfy({ head[$0] >= 0x30 && head[$0] <= 0x39 }) else { return false }
            return bounds.contains(range.reduce(0) { $0 * 10 + Int(head[$1] - 0x30) })
        }
        var rest = words[...]
        if words.count == 3 {
            guard word(words[0], is: "not") else { return nil }
            rest = words[1...]
        } else if words.count == 2 || words.count == 4, word(words[0], is: "any") {
            // `any K` or `any K near N`: read by `scan`, which also checks that the line has K terms.
            return nil
        }
        guard rest.count == 2, word(rest[rest.startIndex], is: "near") else { return nil }
        return number(rest[rest.startIndex + 1], in: 1...widestWindow) ? false : nil
    }

    /// The English stop words of up to eight letters that are not negators, packed as `hasContent` packs a word.
    static let functionWordKeys: Set<UInt64> = Set(
        AnalyzedText.stopWords.filter { $0.utf8.count <= 8 && !Negation.isEnglishNegator($0) }.map { word in
            word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        })

    /// ：，｜ in UTF-8, read like :, and |.
    static let wideColon: [UInt8] = [0xEF, 0xBC, 0x9A]
    static let wideComma: [UInt8] = [0xEF, 0xBC, 0x8C]
    static let wideBar: [UInt8] = [0xEF, 0xBD, 0x9C]

    /// Where a separator (its ASCII or its fullwidth form) occurs, as byte ranges.
    static func separators(in bytes: ArraySlice<UInt8>, ascii: UInt8, wide: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == ascii {
                found.append(index..<(index + 1))
            } else if bytes[index] == wide[0], index + 2 < bytes.endIndex, bytes[index + 1] == wide[1],
                bytes[index + 2] == wide[2]
            {
                found.append(index..<(index + 3))
                index += 2
            }
            index += 1
        }
        return found
    }

    /// The stretches between separators, empty ones included.
    static func pieces(_ bytes: ArraySlice<UInt8>, ascii: UInt8, wide: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        for separator in separators(in: bytes, ascii: ascii, wide: wide) {
            result.append(bytes[start..<separator.lowerBound])
            start = separator.upperBound
        }
        result.append(bytes[start...])
        return result
    }

    /// The range of the bytes without blanks (space, tab, ideographic space) at either end.
    static func trimmed<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Range<Int>
    where Bytes.Index == Int {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end {
            if bytes[start] == 0x20 || bytes[start] == 0x09 {
                start += 1
            } else if end - start >= 3, bytes[start] == 0xE3, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 {
                start += 3
            } else {
                break
            }
        }
        while end > start {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                end -= 1
            } else if end - start >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, bytes[end - 1] == 0x80 {
                end -= 3
            } else {
                break
            }
        }
        return start..<end
    }

    /// Whether a term has something to match: a word other than an English stop word (a negator such as
    /// "without" counts), a number, a Japanese character, or a symbol of comparison.
    static func hasContent(_ text: String) -> Bool { hasContent(Array(text.utf8)[...]) }

    static func hasContent<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        // A plain scan, not the matcher's analysis: decks check every cue line when they load, and loading must stay
        // as fast as before cues existed. Any non-ASCII letter, digit or Japanese character is content.
        var start = -1
        func isContentWord(endingAt end: Int) -> Bool {
            defer { start = -1 }
            guard start >= 0 else { return false }
            guard end - start <= 8 else {
                let word = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
                return !AnalyzedText.stopWords.contains(word)
            }
            var key: UInt64 = 0  // the word's lowercase letters packed into one number: no string to build
            for byte in bytes[start..<end] { key = key << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) }
            return !functionWordKeys.contains(key)
        }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "'"),
                UInt8(ascii: "_"):
                if start < 0 { start = index }
            case UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                return true
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "="):
                return true
            default:
                if isContentWord(endingAt: index) { return true }
            }
            index += 1
        }
        return isContentWord(endingAt: bytes.endIndex)
    }
}
