/// How CommonMark and GitHub read a line, for the Markdown deck reader (which must not read a fence or heading
/// differently from GitHub) and writer (which must not write a text line that GitHub shows as a heading, a rule
/// or a table).
extension MarkdownDeckSyntax {
    /// A code fence: ```` ``` ```` or `~~~`, at least three.
    struct Fence: Equatable {
        var byte: UInt8
        var length: Int
    }

    /// What GitHub makes of a line outside a fence when it is more than text of a paragraph or a list.
    enum BlockLine: Equatable {
        /// `# Title` (up to three spaces before it, one to six `#`, then a blank or the end).
        case heading
        /// `===` or `---` under a line: that line becomes a heading.
        case setextUnderline
        /// `***`, `- - -`, `___`: a horizontal rule.
        case thematicBreak
        /// `--|--` or `| --- |`: the line above becomes a table's header row.
        case tableDelimiter
        /// `<div>`, `</p>`, `<!--`: raw HTML.
        case html
    }

    static let tilde = UInt8(ascii: "~")

    /// The line without up to three leading spaces (more is an indented code block, which dlquiz does not read as
    /// such); nil when it has four or more.
    static func withoutIndent(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let spaces = line.prefix { $0 == space }.count
        guard spaces <= 3, line.dropFirst(spaces).first != 0x09 else { return nil }
        return line.dropFirst(spaces)
    }

    /// The fence a line opens: three or more backticks or tildes after up to three spaces; a backtick fence's info
    /// string has no backtick (```` ``` code ``` ```` on one line is a code span, not a fence).
    static func fenceOpening(_ line: ArraySlice<UInt8>) -> Fence? {
        guard let content = withoutIndent(line), let first = content.first, first == backtick || first == tilde
        else { return nil }
        let length = content.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        if first == backtick && content.dropFirst(length).contains(backtick) { return nil }
        return Fence(byte: first, length: length)
    }

    /// Whether the line closes `fence`: the same character, at least as many, after up to three spaces, then blanks.
    static func closes(_ line: ArraySlice<UInt8>, _ fence: Fence) -> Bool {
        guard let content = withoutIndent(line) else { return false }
        let run = content.prefix { $0 == fence.byte }.count
        return run >= fence.length && content.dropFirst(run).allSatisfy(isBlank)
    }

    /// What GitHub would read the line as, when more than paragraph text.
    static func blockLine(_ line: ArraySlice<UInt8>) -> BlockLine? {
        guard let content = withoutIndent(line), let first = content.first else { return nil }
        let hashes = content.prefix { $0 == UInt8(ascii: "#") }.count
        if (1...6).contains(hashes), content.dropFirst(hashes).first.map(isBlank) ?? true { return .heading }
        let trimmed = MarkdownDeckParser.trimmed(content)
        if first == UInt8(ascii: "=") || first == UInt8(ascii: "-"), trimmed.allSatisfy({ $0 == first }) {
            return .setextUnderline
        }
        if [UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "_")].contains(first),
            trimmed.allSatisfy({ $0 == first || isBlank($0) }), trimmed.filter({ $0 == first }).count >= 3
        {
            return .thematicBreak
        }
        let pipe = UInt8(ascii: "|")
        if trimmed.contains(pipe), trimmed.contains(UInt8(ascii: "-")),
            trimmed.allSatisfy({ $0 == pipe || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || isBlank($0) })
        {
            return .tableDelimiter
        }
        if first == UInt8(ascii: "<"), let next = content.dropFirst().first,
            next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(next | 0x20)
        {
            return .html
        }
        return nil
    }

    /// The text in brackets of a line that looks like a language line but is not one (`[EN]`, `[Ja]`), when its
    /// lowercase form is a language code.
    static func markerLike(_ line: ArraySlice<UInt8>) -> String? {
        let trimmed = MarkdownDeckParser.trimmed(line)
        guard trimmed.first == UInt8(ascii: "["), trimmed.last == UInt8(ascii: "]"), trimmed.count <= 12 else {
            return nil
        }
        let code = String(decoding: trimmed.dropFirst().dropLast(), as: UTF8.self)
        guard !isLanguageCode(code), isLanguageCode(code.lowercased()) else { return nil }
        return code
    }

    /// A heading whose `#`s have no blank after them (`##dropout`, which GitHub shows as text), or that is indented
    /// (`␠␠## x`, which GitHub shows as a heading but dlquiz does not read as one): the kind, else nil.
    static func misplacedHeading(_ line: ArraySlice<UInt8>) -> MisplacedHeading? {
        let spaces = line.prefix { $0 == space }.count
        let content = line.dropFirst(spaces)
        let hashes = content.prefix { $0 == UInt8(ascii: "#") }.count
        guard (2...3).contains(hashes), spaces <= 3 else { return nil }
        let after = content.dropFirst(hashes).first
        if spaces > 0 && (after.map(isBlank) ?? true) { return .indented }
        if spaces == 0, let after, !isBlank(after) { return .noSpace }
        return nil
    }

    enum MisplacedHeading { case indented, noSpace }

    /// The heading line without CommonMark's optional closing sequence (`## q (t, difficulty 1, 2 min) ##`).
    static func withoutClosingSequence(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var end = line.endIndex
        while end > line.startIndex, isBlank(line[end - 1]) { end -= 1 }
        var start = end
        while start > line.startIndex, line[start - 1] == UInt8(ascii: "#") { start -= 1 }
        guard start < end, start > line.startIndex, isBlank(line[start - 1]) else { return line }
        return line[..<start]
    }

    /// Whether a web address in the text holds characters that GitHub would read as emphasis, strikethrough, a
    /// link, code or an entity before it makes the address a link (`*`, `~`, `[`, `]`, a backtick, a backslash,
    /// `_`s that can open and then close emphasis by CommonMark's flanking rules, `&name;`), so the text written
    /// plainly would show a broken link. (`Rectifier_(neural_networks)` is fine: its `_` cannot open emphasis.)
    static func hasFragileURL(_ text: String) -> Bool {
        guard text.contains("http") || text.contains("www.") else { return false }
        return URLSpans.pieces(of: text).contains { piece in
            guard piece.isURL else { return false }
            let characters = Array(piece.text)
            var underscoreCanOpen = false
            for (offset, character) in characters.enumerated() {
                switch character {
                case "*", "~", "[", "]", "`", "\\": return true
                case "_":
                    let before = offset > 0 ? characters[offset - 1] : " "
                    let after = offset + 1 < characters.count ? characters[offset + 1] : " "
                    let flanking = Self.flanking(before: before, after: after)
                    if underscoreCanOpen && flanking.canClose { return true }
                    underscoreCanOpen = underscoreCanOpen || flanking.canOpen
                case "&":
                    let name = characters[(offset + 1)...].prefix { $0.isLetter || $0.isNumber || $0 == "#" }
                    if !name.isEmpty, offset + 1 + name.count < characters.count,
                        characters[offset + 1 + name.count] == ";"
                    {
                        return true
                    }
                default: break
                }
            }
            return false
        }
    }

    /// Whether an `_` between `before` and `after` can open or close emphasis (CommonMark 0.31, 6.2).
    private static func flanking(before: Character, after: Character) -> (canOpen: Bool, canClose: Bool) {
        func isPunctuation(_ character: Character) -> Bool {
            !character.isLetter && !character.isNumber && !character.isWhitespace
        }
        let left = !after.isWhitespace && (!isPunctuation(after) || before.isWhitespace || isPunctuation(before))
        let right = !before.isWhitespace && (!isPunctuation(before) || after.isWhitespace || isPunctuation(after))
        return (left && (!right || isPunctuation(before)), right && (!left || isPunctuation(after)))
    }
}
