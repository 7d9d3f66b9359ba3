/// The terminal as a destination for untrusted text (deck fields, typed answers, names, file names, command-line
/// values, errno strings): the one escaper every screen, message and text file a terminal may show goes through.
///
/// Controls are shown, never sent. Every scalar `isUnsafe` names (C0 controls, DEL, C1 controls, the bidirectional
/// overrides and isolates U+202A–U+202E and U+2066–U+2069, the line and paragraph separators) appears in Swift's
/// escape notation, so `ESC ] 52 ; c ; … BEL`, which would write the clipboard, shows as the harmless text
/// `\u{1B}]52;c;…\u{7}`, and `U+202E` shows as `\u{202E}` instead of reversing what follows.
///
/// - `sanitized(_:)` is for text laid out on screen: line feeds stay (a carriage return before one is dropped), a tab
///   becomes a space, everything else unsafe is shown.
/// - `UntrustedText.echoed(_:limit:)` is for a value quoted in a message: on one line (`\n`, `\t` shown too) and cut.
package enum TerminalText {
    /// `text` for the screen: unsafe scalars shown in escape notation, line feeds kept, tabs as spaces.
    package static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && $0 != "\n" }) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\n": result.append(scalar)
            case "\t": result.append(" ")
            case "\r" where pending == "\n": continue
            default:
                if isUnsafe(scalar) {
                    result.append(contentsOf: notation(scalar).unicodeScalars)
                } else {
                    result.append(scalar)
                }
            }
        }
        return String(result)
    }

    /// Whether a scalar must never reach a terminal as it is: C0 controls (the line feed included: callers decide
    /// about it), DEL, C1 controls, bidirectional overrides and isolates, line and paragraph separators.
    package static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) { return true }
        return value == 0x2028 || value == 0x2029
    }

    /// How an unsafe scalar is shown: `\n`, `\t`, `\r`, else `\u{1B}`-style hexadecimal.
    package static func notation(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": "\\n"
        case "\t": "\\t"
        case "\r": "\\r"
        default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }

    /// Text this program styled, without its colour sequences (`ESC [ … m`), to measure how wide it shows. Only for
    /// text dlquiz built itself: untrusted text is `sanitized` first, so it holds no `ESC`.
    package static func unstyled(_ text: String) -> String {
        guard text.utf8.contains(0x1B) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                result.append(scalar)
                continue
            }
            guard let introducer = scalars.next(), introducer == "[" else { continue }
            while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        }
        return String(result)
    }
}

// MARK: - UntrustedText

/// Untrusted text (from a deck, a progress file, a file name, the command line) as a message may quote it.
///
/// A message that echoes a value must neither pass escape sequences to the terminal (a deck key holding
/// `ESC ] 52 ; c ; … BEL` would write the user's clipboard) nor flood it (a 50 MB id). `echoed(_:)` shows every
/// unsafe scalar (`TerminalText.isUnsafe`) and the tab in escape notation (`\u{1B}`, `\n`, `\t`), drops nothing
/// silently, and cuts long text at `limit` characters with `…` and the length left out.
package enum UntrustedText {
    /// The longest run of characters a message echoes.
    package static let defaultLimit = 80

    /// `text` on one line with unsafe scalars escaped, at most `limit` characters long (then followed by
    /// `… (N more characters)`).
    package static func echoed(_ text: some StringProtocol, limit: Int = defaultLimit) -> String {
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
            if TerminalText.isUnsafe(scalar) {
                result += TerminalText.notation(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
            count += 1
            index = scalars.index(after: index)
        }
        return result
    }

    /// Whether a scalar is escaped when echoed.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        TerminalText.isUnsafe(scalar)
    }

    /// A whole message, whatever it quotes, made safe for the terminal: unsafe scalars shown in escape notation,
    /// line feeds and tabs kept. The last guard on standard error, which only ever carries messages.
    package static func message(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { TerminalText.isUnsafe($0) && $0 != "\n" && $0 != "\t" }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if TerminalText.isUnsafe(scalar) && scalar != "\n" && scalar != "\t" {
                result.append(contentsOf: TerminalText.notation(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
