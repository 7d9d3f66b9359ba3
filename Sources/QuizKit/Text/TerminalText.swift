/// Makes untrusted text safe to write to a terminal.
public enum TerminalText {
    /// Removes escape sequences, control characters and bidirectional overrides; tabs become spaces.
    ///
    /// Newlines are kept. A deck is data from anyone, and `ESC ]` or `ESC [` sequences could rewrite the screen.
    public static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsWork) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x09:
                result.append(" ")
            case 0x0A:
                result.append(scalar)
            case 0x0D:
                continue
            default:
                if needsWork(scalar) { continue }
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x0A }
        if (0x7F...0x9F).contains(value) { return true }
        if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) { return true }
        return false
    }

    /// Skips an ANSI sequence after ESC: CSI (`[` … final byte), OSC (`]` … BEL or ST) or a two-character escape.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":
            while let scalar = scalars.next() {
                if (0x40...0x7E).contains(scalar.value) { return }
            }
        case "]", "P", "X", "^", "_":
            var previousWasEscape = false
            while let scalar = scalars.next() {
                if scalar.value == 0x07 { return }
                if previousWasEscape && scalar == "\\" { return }
                previousWasEscape = scalar.value == 0x1B
            }
        default:
            return
        }
    }
}

// MARK: - UntrustedText

/// Untrusted text (from a deck, a progress file, a file name, the command line) as a message may quote it.
///
/// A message that echoes a value must neither pass escape sequences to the terminal (a deck key holding
/// `ESC ] 52 ; c ; … BEL` would write the user's clipboard) nor flood it (a 50 MB id). `echoed(_:)` shows every
/// control character visibly, in Swift's escape notation (`\u{1B}`, `\n`, `\t`), drops nothing silently, and cuts
/// long text at `limit` characters with `…` and the length left out.
public enum UntrustedText {
    /// The longest run of characters a message echoes.
    public static let defaultLimit = 80

    /// `text` with controls, bidirectional overrides and other invisible format characters escaped, at most
    /// `limit` characters long (then followed by `… (N more characters)`).
    public static func echoed(_ text: some StringProtocol, limit: Int = defaultLimit) -> String {
        var result = ""
        var count = 0
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index != scalars.endIndex {
            if count >= limit {
                let rest = scalars[index...].count
                return result + "… (\(rest) more character\(rest == 1 ? "" : "s"))"
            }
            let scalar = scalars[index]
            switch scalar.value {
            case 0x0A: result += "\\n"
            case 0x09: result += "\\t"
            case 0x0D: result += "\\r"
            default:
                if needsEscape(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
            count += 1
            index = scalars.index(after: index)
        }
        return result
    }

    /// Whether a scalar must not reach a terminal as it is: C0 and C1 controls, DEL, bidirectional overrides and
    /// isolates, and line or paragraph separators.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) { return true }
        return value == 0x2028 || value == 0x2029 || value == 0x200E || value == 0x200F
    }
}
