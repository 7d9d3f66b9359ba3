import QuizKit

/// How a command shows text on this run: the width, colours and language, resolved once from the context and the
/// command's options, then handed to every presenter and screen.
struct Presentation: Sendable {
    /// The width to wrap at, in display columns.
    var width: Int
    /// Colours for standard output (none on a pipe, with `NO_COLOR`, `TERM=dumb` or `--no-color`).
    var style: TextStyle
    /// The language of the deck texts and interface words: `en`, `ja`.
    var language: String
    /// The interface words in that language.
    var strings: UIStrings

    /// Creates settings from resolved values.
    init(width: Int, style: TextStyle, language: String) {
        self.width = width
        self.style = style
        self.language = language
        self.strings = UIStrings(language: language)
    }

    /// The settings of one command run: the context's width (20 to 100 columns) and colour, `--no-color`, and a
    /// language already resolved with `LanguageResolver`.
    init(context: CommandContext, language: String, noColor: Bool) {
        self.init(
            width: context.width,
            style: TextStyle.decide(traits: context.terminal, environment: context.environment, noColorFlag: noColor),
            language: language)
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

    /// Lays out answer markup (paragraphs and lists) at the width, with an indent.
    func blocks(_ text: String, indent: String = "") -> [String] {
        BlockLayout(width: width, indent: indent).lines(for: TerminalText.sanitized(text)).map(style.highlightingCode)
    }
}
