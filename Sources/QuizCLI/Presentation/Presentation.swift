import QuizKit

/// How a command shows text on this run: the width, colours and language, resolved once from the context and the
/// command's options, then handed to every presenter and screen.
struct Presentation: Sendable {
    /// The width to wrap at, in display columns, measured again at each use (a resized window counts from the next
    /// screen on).
    var width: Int { measureWidth() }
    private let measureWidth: @Sendable () -> Int
    /// Colours for standard output (none on a pipe, with `NO_COLOR`, `TERM=dumb` or `--no-color`).
    var style: TextStyle
    /// The language of the interface: its words, notes, warnings and errors (`en` or `ja`).
    var language: String
    /// The language the deck's own texts are shown in: the interface's when the deck has it, else one it has.
    var deckLanguage: String
    /// The interface words in the interface language.
    var strings: UIStrings

    /// Creates settings from resolved values; the deck's texts in the interface language unless `deckLanguage`.
    init(width: Int, style: TextStyle, language: String, deckLanguage: String? = nil) {
        self.init(measureWidth: { width }, style: style, language: language, deckLanguage: deckLanguage)
    }

    /// Creates settings whose width is measured at each use.
    init(measureWidth: @escaping @Sendable () -> Int, style: TextStyle, language: String, deckLanguage: String? = nil) {
        self.measureWidth = measureWidth
        self.style = style
        self.language = language
        self.deckLanguage = deckLanguage ?? language
        self.strings = UIStrings(language: language)
    }

    /// The settings of one command run: the context's width (20 to 100 columns) and colour, `--no-color`, and
    /// languages already resolved with `LanguageResolver`.
    init(context: CommandContext, language: String, deckLanguage: String? = nil, noColor: Bool) {
        self.init(
            measureWidth: { context.width },
            style: TextStyle.decide(traits: context.terminal, environment: context.environment, noColorFlag: noColor),
            language: language, deckLanguage: deckLanguage)
    }

    // MARK: Width

    /// The terminal's width within `range`: `COLUMNS` when it is a positive number, else the terminal's own width,
    /// else 80. The one place a width is computed; commands differ only in the range.
    static func columns(environment: [String: String], terminal: TerminalTraits, in range: ClosedRange<Int>) -> Int {
        let columns = environment["COLUMNS"].flatMap { Int($0.trimmed()) }.flatMap { $0 > 0 ? $0 : nil }
        return min(max(columns ?? terminal.columns ?? 80, range.lowerBound), range.upperBound)
    }

    // MARK: Text

    /// Wraps a line of text to the width, with an indent, and colours code spans.
    func wrapped(_ text: String, indent: String = "", hangingIndent: String? = nil) -> [String] {
        TextWrapper(width: width).wrap(
            TerminalText.sanitized(text), firstPrefix: indent, restPrefix: hangingIndent ?? indent
        ).map(style.highlightingCode)
    }

    /// A line of interface text at the width. `TextWrapper` breaks a list of items joined by ` · ` (keys, a meta
    /// line, totals) only between its items, so this is `wrapped`; the name says what the caller lays out.
    func layout(_ text: String, indent: String = "") -> [String] {
        wrapped(text, indent: indent)
    }

    /// Items joined by ` · `, as many per line as fit the width: a line never breaks inside an item that fits on a
    /// line, and a line that continues ends with ` ·`.
    func flowed(_ items: [String], indent: String) -> [String] {
        wrapped(items.joined(separator: " · "), indent: indent)
    }

    /// A shell command to copy, at the width: broken only between words, each broken line ending in ` \\` (the
    /// shell's line continuation), so it still runs when pasted whole. A word longer than the line stays whole.
    func commandLines(_ command: String, indent: String) -> [String] {
        ShellQuoting.commandLines(command, width: width, indent: indent)
    }

    /// Lays out answer markup (paragraphs and lists) at the width, with an indent.
    func blocks(_ text: String, indent: String = "") -> [String] {
        BlockLayout(width: width, indent: indent).lines(for: TerminalText.sanitized(text)).map(style.highlightingCode)
    }
}

// MARK: - ShellQuoting

/// Quotes words for a shell command line that the user may copy.
enum ShellQuoting {
    /// The word as is when it is safe, else in single quotes; a word holding a control character or a bidirectional
    /// override (`TerminalText.isUnsafe`) in `$'…'` with those written as `\xHH` or `\uHHHH` escapes (bash, zsh and
    /// ksh read them back exactly), so a command printed to copy never sends one to the terminal.
    static func quoted(_ word: String) -> String {
        let safe = word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0)) }
        if safe && !word.isEmpty { return word }
        guard word.unicodeScalars.contains(where: TerminalText.isUnsafe) else {
            return "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
        }
        var quoted = "$'"
        for scalar in word.unicodeScalars {
            switch scalar {
            case "\\": quoted += "\\\\"
            case "'": quoted += "\\'"
            default:
                guard TerminalText.isUnsafe(scalar) else {
                    quoted.unicodeScalars.append(scalar)
                    continue
                }
                let hex = String(scalar.value, radix: 16)
                quoted +=
                    scalar.value < 0x80
                    ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                    : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return quoted + "'"
    }

    /// A shell command to copy, at `width`: broken only between words, each broken line ending in ` \\` (the
    /// shell's line continuation) and the next indented two more, so it still runs when pasted whole. A word longer
    /// than the line stays whole.
    static func commandLines(_ command: String, width: Int, indent: String) -> [String] {
        var units: [String] = []
        for word in command.split(separator: " ").map(String.init) {
            // An option and its value, or a redirection and its file, stay together: `--ids a,b`, `> file`.
            if let last = units.last, !last.contains(" "),
                (last.hasPrefix("-") && !word.hasPrefix("-")) || [">", ">>", "<"].contains(last)
            {
                units[units.count - 1] += " " + word
            } else {
                units.append(word)
            }
        }
        var lines: [String] = []
        var current = indent
        for word in units {
            let candidate = current == indent ? current + word : current + " " + word
            if current == indent || DisplayWidth.of(candidate) + 2 <= width {
                current = candidate
            } else {
                lines.append(current + " \\")
                current = indent + "  " + word
            }
        }
        lines.append(current)
        return lines
    }
}
