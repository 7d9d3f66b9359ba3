/// Fits text on its way to a terminal to the width: every line that fits is left exactly as it is, and a longer one
/// is wrapped by `TextWrapper`, keeping its indent (and a list item's hanging indent) and its colours.
///
/// The terminal's own output streams write through one of these (`FittingSink`), so a message, a warning, a
/// confirmation or a prompt cannot reach the screen unwrapped, whoever wrote it; screens that lay themselves out pass
/// through unchanged. A shell command laid out with ` \` continuations is the one thing it never rewraps: a break
/// inside it without a continuation would make it fail when pasted.
package struct LineFitter: Sendable {
    /// The width in columns.
    package var width: Int
    /// Whether the last line fitted ended with ` \` (a shell command continued on the next line).
    private var continuesCommand = false

    /// Creates a fitter for a width in columns (at least 10).
    package init(width: Int) {
        self.width = max(10, width)
    }

    /// `text` with each of its lines fitted; newlines and a missing final newline (a prompt) are kept.
    package mutating func fit(_ text: String) -> String {
        if !continuesCommand && text.utf8.count <= width && !text.hasSuffix(" \\") { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var result = ""
        for (offset, line) in lines.enumerated() {
            if offset > 0 { result += "\n" }
            // The empty piece after a final newline is not a line.
            if offset == lines.count - 1 && line.isEmpty && offset > 0 { break }
            result += fitLine(line)
        }
        return result
    }

    private mutating func fitLine(_ line: Substring) -> String {
        let isCommand = continuesCommand || line.hasSuffix(" \\")
        continuesCommand = line.hasSuffix(" \\")
        // A line's columns never exceed its UTF-8 bytes, so a short line is measured no further.
        guard !isCommand, line.utf8.count > width, DisplayWidth.visible(line) > width else { return String(line) }
        // The lead: escape sequences and spaces before the text, kept on the first line and as spaces after it.
        var bodyStart = line.startIndex
        while bodyStart < line.endIndex {
            if line[bodyStart] == " " {
                bodyStart = line.index(after: bodyStart)
            } else if line[bodyStart] == "\u{1B}" {
                bodyStart = DisplayWidth.endOfEscapeSequence(in: line, at: bodyStart)
            } else {
                break
            }
        }
        var bodyEnd = line.endIndex
        while bodyEnd > bodyStart, line[line.index(before: bodyEnd)] == " " { bodyEnd = line.index(before: bodyEnd) }
        let lead = String(line[..<bodyStart])
        let body = line[bodyStart..<bodyEnd]
        let indent = DisplayWidth.visible(lead)
        let hanging = String(repeating: " ", count: indent + Self.hangingIndent(of: body, indented: indent > 0))
        return TextWrapper(width: width).wrap(String(body), firstPrefix: lead, restPrefix: hanging)
            .joined(separator: "\n") + line[bodyEnd...]
    }

    /// How much further than its first line a wrapped line's continuation is indented: past a list marker that
    /// starts `body` (`- `, `• `, `12. `); two columns for an indented line (an item under a message, such as a
    /// deck problem under `Error:`), so its continuation does not look like the next item; else none.
    static func hangingIndent(of body: Substring, indented: Bool) -> Int {
        if body.hasPrefix("- ") || body.hasPrefix("* ") || body.hasPrefix("• ") { return 2 }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty && digits.count <= 3 && body.dropFirst(digits.count).hasPrefix(". ") {
            return digits.count + 2
        }
        return indented ? 2 : 0
    }
}

// MARK: - Widths of text with escape sequences

extension DisplayWidth {
    /// The columns `text` takes on a terminal, its ANSI escape sequences (colours) taking none.
    package static func visible(_ text: some StringProtocol) -> Int {
        guard text.contains("\u{1B}") else { return of(text) }
        return visiblePieces(of: Substring(text)).reduce(0) { $0 + $1.width }
    }

    /// `text` cut into characters and whole escape sequences, each with its columns (none for a sequence).
    static func visiblePieces(of text: some StringProtocol) -> [(text: String, width: Int)] {
        let text = Substring(text)
        var pieces: [(text: String, width: Int)] = []
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\u{1B}" {
                let end = endOfEscapeSequence(in: text, at: index)
                pieces.append((String(text[index..<end]), 0))
                index = end
            } else {
                pieces.append((String(text[index]), of(text[index])))
                index = text.index(after: index)
            }
        }
        return pieces
    }

    /// The end of the escape sequence that starts at `start` (an ESC): a CSI (`ESC [` … a final byte from `@` to
    /// `~`), an OSC or other string (`ESC ]` … BEL or `ESC \`), else ESC and one character.
    static func endOfEscapeSequence(in text: Substring, at start: Substring.Index) -> Substring.Index {
        var index = text.index(after: start)
        guard index < text.endIndex else { return index }
        let introducer = text[index]
        index = text.index(after: index)
        switch introducer {
        case "[":
            while index < text.endIndex {
                let character = text[index]
                index = text.index(after: index)
                if let value = character.asciiValue, (0x40...0x7E).contains(value) { break }
            }
        case "]", "P", "X", "^", "_":
            var previousWasEscape = false
            while index < text.endIndex {
                let character = text[index]
                index = text.index(after: index)
                if character == "\u{07}" || (previousWasEscape && character == "\\") { break }
                previousWasEscape = character == "\u{1B}"
            }
        default:
            break
        }
        return index
    }
}
