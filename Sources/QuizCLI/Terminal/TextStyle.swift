/// ANSI colours and emphasis, or nothing at all when colour is off.
struct TextStyle: Sendable {
    /// Whether escape sequences are written.
    let isEnabled: Bool

    /// Creates a style.
    package init(isEnabled: Bool) {
        self.isEnabled = isEnabled
    }

    /// Colour only on a terminal, with `TERM` not `dumb`, `NO_COLOR` unset or empty, and no `--no-color`.
    static func decide(
        traits: TerminalTraits, environment: [String: String], noColorFlag: Bool
    ) -> TextStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let isDumb = environment["TERM"] == "dumb"
        return TextStyle(isEnabled: traits.isOutputTerminal && !isDumb && !noColor && !noColorFlag)
    }

    private func wrap(_ text: String, _ code: String) -> String {
        isEnabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Bold.
    func bold(_ text: String) -> String { wrap(text, "1") }
    /// Dimmed, for hints.
    func dim(_ text: String) -> String { wrap(text, "2") }
    /// Green, for success and good grades.
    func green(_ text: String) -> String { wrap(text, "32") }
    /// Yellow, for warnings and middling grades.
    func yellow(_ text: String) -> String { wrap(text, "33") }
    /// Red, for errors and poor grades.
    func red(_ text: String) -> String { wrap(text, "31") }
    /// Cyan, for headings and code.
    func cyan(_ text: String) -> String { wrap(text, "36") }
    /// Blue, for ids.
    func blue(_ text: String) -> String { wrap(text, "34") }

    /// Colours the backtick code spans of an already wrapped line.
    func highlightingCode(_ line: String) -> String {
        guard isEnabled, line.contains("`") else { return line }
        var result = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "`"),
            let close = rest[rest.index(after: open)...].firstIndex(of: "`")
        {
            result += rest[..<open]
            result += cyan(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
