/// Strings: the eight-byte scan, escapes and the UTF-8 check.
extension JSONCursor {
    /// Moves on eight bytes at a time while none is a quote or a backslash (nor, with `stoppingAtControls`, a control
    /// character); each test is exact: a zero byte of `word ^ pattern`, a byte under 0x20.
    mutating func skipPlainWords(stoppingAtControls: Bool) {
        guard let base = buffer.baseAddress else { return }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= buffer.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            var found = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
            if stoppingAtControls { found |= (word &- ones &* 0x20) & ~word }
            if found & highs != 0 { return }
            index += 8
        }
    }

    mutating func parseString() throws(JSONSyntaxError) -> String {
        let quote = index
        index += 1  // opening quote
        let contentStart = index
        // Fast path: no escapes. Raw pointer reads, as this loop runs over every byte of every text.
        if let base = buffer.baseAddress {
            let count = buffer.count
            skipPlainWords(stoppingAtControls: true)
            while index < count {
                let byte = base[index]
                if byte == UInt8(ascii: "\"") {
                    let slice = UnsafeBufferPointer(start: base + contentStart, count: index - contentStart)
                    index += 1
                    return try validatedString(slice, at: contentStart)
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { throw controlCharacterError(byte) }
                index += 1
            }
        }
        guard index < buffer.count else {
            index = quote
            throw error(.unclosedString)
        }
        // Slow path with escapes: copy the runs between escapes in bulk.
        var scratch: [UInt8] = []
        scratch.reserveCapacity(256)
        var runStart = contentStart
        while index < buffer.count {
            let byte = buffer[index]
            switch byte {
            case UInt8(ascii: "\""):
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                index += 1
                return try scratch.withUnsafeBufferPointer { (pointer) throws(JSONSyntaxError) -> String in
                    try validatedString(pointer, at: contentStart)
                }
            case UInt8(ascii: "\\"):
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                try appendEscape(to: &scratch)
                runStart = index
            default:
                if byte < 0x20 { throw controlCharacterError(byte) }
                index += 1
            }
        }
        index = quote
        throw error(.unclosedString)
    }

    func controlCharacterError(_ byte: UInt8) -> JSONSyntaxError {
        if byte == 0x0A { return error(.rawLineBreak) }
        if byte == 0x09 { return error(.rawTab) }
        return error(.rawControlCharacter)
    }

    func validatedString(_ slice: UnsafeBufferPointer<UInt8>, at offset: Int) throws(JSONSyntaxError) -> String {
        if let string = String(validating: slice, as: UTF8.self) { return string }
        var index = 0
        while index < slice.count, slice[index] < 0x80 { index += 1 }
        throw JSONSyntaxError(offset: offset + index, problem: .invalidUTF8)
    }

    mutating func appendEscape(to scratch: inout [UInt8]) throws(JSONSyntaxError) {
        index += 1  // backslash
        guard !isAtEnd else { throw error(.endOfFileInEscape) }
        let code = current
        index += 1
        switch code {
        case UInt8(ascii: "\""): scratch.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): scratch.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): scratch.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHexQuad()
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < buffer.count, buffer[index] == UInt8(ascii: "\\"),
                    buffer[index + 1] == UInt8(ascii: "u")
                else { throw error(.unpairedHighSurrogate) }
                index += 2
                let low = try readHexQuad()
                guard (0xDC00...0xDFFF).contains(low) else { throw error(.invalidLowSurrogate) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw error(.loneLowSurrogate)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw error(.invalidUnicodeEscape) }
            scratch.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            index -= 2
            throw error(.invalidEscape)
        }
    }

    mutating func readHexQuad() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard !isAtEnd else { throw error(.endOfFileInUnicodeEscape) }
            let byte = current
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error(.unicodeEscapeDigits)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}
