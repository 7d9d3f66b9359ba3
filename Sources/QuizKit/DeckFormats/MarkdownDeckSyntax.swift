/// The lexical rules of the Markdown deck format, shared by `MarkdownDeckReader` and `MarkdownDeckWriter` so that
/// whatever the writer chooses to write plainly, the reader reads back unchanged. The format itself is described on
/// `MarkdownDeckWriter`.
enum MarkdownDeckSyntax {
    /// The `### ` sections of a question, in the order the writer puts them.
    enum Section: CaseIterable {
        case oneMinuteAnswer, answer, keyPoints, cues, followUps, references, details

        /// The heading text, matched without regard to case.
        var title: String {
            switch self {
            case .oneMinuteAnswer: "One-minute answer"
            case .answer: "Answer"
            case .keyPoints: "Key points"
            case .cues: "Cues"
            case .followUps: "Follow-ups"
            case .references: "References"
            case .details: "Details"
            }
        }

        /// The field name used in diagnostics, as in the JSON format.
        var field: String {
            switch self {
            case .oneMinuteAnswer: "oneMinuteAnswer"
            case .answer: "answer"
            case .keyPoints: "keyPoints"
            case .cues: "keyPointCues"
            case .followUps: "followUps"
            case .references: "references"
            case .details: "details"
            }
        }

        init?(title: String) {
            let lowered = title.lowercased()
            guard let section = Self.allCases.first(where: { $0.title.lowercased() == lowered }) else { return nil }
            self = section
        }
    }

    // MARK: Language markers

    /// The language code of a marker line such as `[ja]` (trailing blanks allowed), else nil.
    static func markerLine(_ line: ArraySlice<UInt8>) -> String? {
        guard let (code, length) = marker(line) else { return nil }
        return line.dropFirst(length).allSatisfy(isBlank) ? code : nil
    }

    /// The code and byte length of an inline marker `[ja] ` (bracketed code and one space) at the start, else nil.
    static func inlineMarker(_ text: ArraySlice<UInt8>) -> (code: String, length: Int)? {
        guard let (code, length) = marker(text), text.count > length, text[text.startIndex + length] == space
        else { return nil }
        return (code, length + 1)
    }

    /// `[code]` at the start of `bytes`, where code is a language code.
    private static func marker(_ bytes: ArraySlice<UInt8>) -> (code: String, length: Int)? {
        guard bytes.first == UInt8(ascii: "[") else { return nil }
        guard let close = bytes.prefix(16).firstIndex(of: UInt8(ascii: "]")) else { return nil }
        let code = String(decoding: bytes[(bytes.startIndex + 1)..<close], as: UTF8.self)
        guard isLanguageCode(code) else { return nil }
        return (code, close - bytes.startIndex + 1)
    }

    // MARK: Choosing how to write a text

    /// Whether a body text (question, one-minute answer, answer, details) can be written as it is: the reader would end it at the
    /// same place and keep every character, and GitHub would show no line of it as a heading, a rule, a table or
    /// HTML (code blocks inside it stay code blocks). Otherwise it goes in a fenced block, or a JSON string when it
    /// holds a carriage return or another control character.
    static func isPlainBody(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            !first.properties.isWhitespace, !last.properties.isWhitespace, first != "\"",
            !hasControl(text, allowing: true)
        else { return false }
        let lines = Array(text.utf8).split(separator: newline, omittingEmptySubsequences: false)
        if hasFragileURL(text) { return false }
        // A text that opens with a fence would be read as one fenced block.
        if let opening = lines.first, fenceOpening(opening) != nil { return false }
        var fence: Fence?
        var previousIsText = false
        for line in lines {
            if let open = fence {
                if closes(line, open) { fence = nil }
                continue
            }
            if let opening = fenceOpening(line) {
                fence = opening
                previousIsText = false
                continue
            }
            if line.first == UInt8(ascii: "#") || markerLine(line) != nil || inlineMarker(line) != nil
                || markerLike(line) != nil || misplacedHeading(line) != nil
            {
                return false
            }
            switch blockLine(line) {
            case nil: break
            // A lone `-` or `=` line is a setext underline only under text; `-` alone is also an empty list item.
            case .setextUnderline? where !previousIsText && MarkdownDeckParser.trimmed(line).count < 3: break
            default: return false
            }
            previousIsText = !line.allSatisfy(isBlank)
        }
        return fence == nil
    }

    /// Whether a body text can go in a fenced block: everything but carriage returns and other control characters.
    static func isFenceable(_ text: String) -> Bool {
        !hasControl(text, allowing: true)
    }

    /// Whether a one-line text (a list item, a follow-up) can be written bare rather than as a JSON string.
    static func isPlainInline(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            !first.properties.isWhitespace, !last.properties.isWhitespace, first != "\"",
            !hasControl(text, allowing: false)
        else { return false }
        // An item's text that GitHub would read as a heading, a rule or a nested list goes in quotes.
        let bytes = ArraySlice(text.utf8)
        if blockLine(bytes) != nil || fenceOpening(bytes) != nil { return false }
        if let marker = bytes.first, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(marker),
            bytes.dropFirst().first.map(isBlank) ?? true
        {
            return false
        }
        let digits = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
        if (1...9).contains(digits), let after = bytes.dropFirst(digits).first,
            after == UInt8(ascii: ".") || after == UInt8(ascii: ")"),
            bytes.dropFirst(digits + 1).first.map(isBlank) ?? true
        {
            return false
        }
        return inlineMarker(bytes) == nil
    }

    /// Whether a front-matter value can be written bare, also keeping it a plain YAML scalar for GitHub's viewer.
    static func isPlainFrontMatter(_ text: String) -> Bool {
        guard isPlainInline(text), let first = text.unicodeScalars.first else { return false }
        if "'[]{}>|*&!%@#`,?:-".unicodeScalars.contains(first) { return false }
        return !text.contains(": ") && !text.contains(" #") && !text.hasSuffix(":")
    }

    /// A text as a JSON string literal, the escape hatch for any text at all.
    static func quoted(_ text: String) -> String { JSONValue.quoted(text) }

    /// The fence for a block holding `text`: more backticks than any line of it starts with (after up to three
    /// spaces, which a closing fence may have), and at least three.
    static func fence(for text: String) -> String {
        var longest = 0
        for line in Array(text.utf8).split(separator: newline, omittingEmptySubsequences: false) {
            let content = line.drop { $0 == space }
            guard line.count - content.count <= 3 else { continue }
            longest = max(longest, content.prefix(while: { $0 == backtick }).count)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    // MARK: Bytes

    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let backtick = UInt8(ascii: "`")

    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == UInt8(ascii: "\t") }

    /// Whether `text` has a control character other than the tab and, when `allowing` newlines, the line feed; or
    /// a C1 control or bidirectional override, which a file must not hold raw either (`TerminalText.isUnsafe`).
    private static func hasControl(_ text: String, allowing newlines: Bool) -> Bool {
        // Bytes first: only a control byte or the lead byte of U+0080–U+009F (C2) or U+2000–U+2FFF (E2) can start one.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return false }
        return text.unicodeScalars.contains { scalar in
            scalar != "\t" && !(newlines && scalar == "\n") && TerminalText.isUnsafe(scalar)
        }
    }
}
