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
