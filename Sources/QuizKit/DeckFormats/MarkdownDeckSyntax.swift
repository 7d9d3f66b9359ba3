/// The lexical rules of the Markdown deck format, shared by `MarkdownDeckReader` and `MarkdownDeckWriter` so that
/// whatever the writer chooses to write plainly, the reader reads back unchanged. The format itself is described on
/// `MarkdownDeckWriter`.
enum MarkdownDeckSyntax {
    /// The `### ` sections of a question, in the order the writer puts them.
    enum Section: CaseIterable {
        case oneMinuteAnswer, answer, keyPoints, followUps, references, details

        /// The heading text, matched without regard to case.
        var title: String {
            switch self {
            case .oneMinuteAnswer: "One-minute answer"
            case .answer: "Answer"
            case .keyPoints: "Key points"
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
    /// same place and keep every character. Otherwise it goes in a fenced block, or a JSON string when it holds a
    /// carriage return or another control character.
    static func isPlainBody(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            !first.properties.isWhitespace, !last.properties.isWhitespace, first != "\"", !hasControl(text, allowing: true)
        else { return false }
        for line in Array(text.utf8).split(separator: newline, omittingEmptySubsequences: false) {
            if line.first == UInt8(ascii: "#") || line.starts(with: fencePrefix) || markerLine(line) != nil {
                return false
            }
        }
        return true
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
        return inlineMarker(ArraySlice(text.utf8)) == nil
    }

    /// Whether a front-matter value can be written bare, also keeping it a plain YAML scalar for GitHub's viewer.
    static func isPlainFrontMatter(_ text: String) -> Bool {
        guard isPlainInline(text), let first = text.unicodeScalars.first else { return false }
        if "'[]{}>|*&!%@#`,?:-".unicodeScalars.contains(first) { return false }
        return !text.contains(": ") && !text.contains(" #") && !text.hasSuffix(":")
    }

    /// A text as a JSON string literal, the escape hatch for any text at all.
    static func quoted(_ text: String) -> String { JSONValue.quoted(text) }

    /// The fence for a block holding `text`: more backticks than any line of it starts with, and at least three.
    static func fence(for text: String) -> String {
        var longest = 0
        for line in Array(text.utf8).split(separator: newline, omittingEmptySubsequences: false) {
            longest = max(longest, line.prefix(while: { $0 == backtick }).count)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    // MARK: Bytes

    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let backtick = UInt8(ascii: "`")
    static let fencePrefix: [UInt8] = Array("```".utf8)

    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == UInt8(ascii: "\t") }

    /// Whether `text` has a control character other than the tab and, when `allowing` newlines, the line feed.
    private static func hasControl(_ text: String, allowing newlines: Bool) -> Bool {
        text.utf8.contains { byte in
            (byte < 0x20 && byte != 0x09 && !(newlines && byte == 0x0A)) || byte == 0x7F
        }
    }
}
