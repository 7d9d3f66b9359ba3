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
