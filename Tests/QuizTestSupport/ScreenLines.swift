import QuizKit

// MARK: - Reading text fitted to a screen

extension String {
    /// The text as one line, with every line break and the indentation after it undone: a space between two words,
    /// nothing between two East Asian characters nor after Japanese punctuation. Compares the wording of a message
    /// whatever the width it was wrapped at, on both sides (`result.error.unwrappedContains(expected)`).
    public var unwrapped: String {
        guard contains("\n") else { return self }
        var result = ""
        for line in split(separator: "\n", omittingEmptySubsequences: true) {
            let text = line.trimmed(trailing: false) { $0 == " " }
            guard let first = text.first else { continue }
            // No space between two East Asian characters, after Japanese punctuation (`。--deck`), nor after a path
            // broken after its `/`.
            if let last = result.last, last != "/", !"。、」）！？：".contains(last),
                !(DisplayWidth.of(last) == 2 && DisplayWidth.of(first) == 2)
            {
                result += " "
            }
            result += text
        }
        return result
    }

    /// Whether the text reads as `expected` once both are unwrapped.
    public func unwrappedEquals(_ expected: String) -> Bool { unwrapped == expected.unwrapped }
    /// Whether the text, unwrapped, starts with `expected` unwrapped.
    public func unwrappedHasPrefix(_ expected: String) -> Bool { unwrapped.hasPrefix(expected.unwrapped) }
    /// Whether the text, unwrapped, ends with `expected` unwrapped.
    public func unwrappedHasSuffix(_ expected: String) -> Bool { unwrapped.hasSuffix(expected.unwrapped) }
    /// Whether the text, unwrapped, contains `expected` unwrapped.
    public func unwrappedContains(_ expected: String) -> Bool { unwrapped.contains(expected.unwrapped) }
}

/// The lines of `text` wider than `width` columns, leaving out those whose overflow is one unbreakable word: a
/// line that holds (after its indent) a single link, a single piece of a path with no `/` left to break after, or a
/// shell command's `--ids a,b,c` or `> ~/path/file` (an option stays with its value, a redirection with its file,
/// and a command breaks only with ` \`).
public func linesWiderThan(_ width: Int, in text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { line in
        guard DisplayWidth.visible(line) > width else { return false }
        let content = line.trimmed()
        let words = content.split(separator: " ")
        if words.count == 1 && (content.contains("://") || !content.dropLast().contains("/")) { return false }
        // A shell command's option with its value, or a redirection with its file, which `ShellQuoting` keeps together.
        let isCommandPair = words.count == 2 || (words.count == 3 && words[2] == "\\")
        if isCommandPair && (words[0].hasPrefix("-") || [">", ">>", "<"].contains(words[0])) { return false }
        return true
    }
}
