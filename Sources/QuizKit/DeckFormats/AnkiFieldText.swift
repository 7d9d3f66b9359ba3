/// The text of one Anki field, in the answer markup, with the media it named.
struct AnkiFieldText: Equatable {
    /// The text: paragraphs, `- ` and `1. ` items (nested by indentation) and fenced code.
    var text: String
    /// The image files the field showed (`<img src="heart.png">`), each now `[image heart.png omitted]` in `text`.
    var images: [String] = []
    /// The sound files it played (`[sound:a.mp3]`, `<audio src>`), removed from `text`.
    var sounds: [String] = []

    /// Whether the field showed text besides its images.
    var hasTextBesideImages = true

    /// Whether nothing but image markers is left.
    var isOnlyImages: Bool { !images.isEmpty && !hasTextBesideImages }

    static func imageMarker(_ name: String) -> String { "[image \(name) omitted]" }

    /// A field as Anki stores it: HTML (as the editor writes it) or plain text, with `[sound:…]` tags in either.
    ///
    /// HTML becomes the lines it shows: `<br>`, `<div>`, `<p>` and headings end lines, each line a paragraph of its
    /// own; `<li>` is an item (`- `, or its number in an `<ol>`), nested lists indented; `<pre>` a fenced block with
    /// its line breaks and indentation; `<code>` a code span; `<img>` the marker above; `<script>`, `<style>` and
    /// comments vanish; other tags are dropped and white space collapses as a browser collapses it. Character
    /// references are decoded (all of HTML5's), `&nbsp;` as a space, as Anki's own text conversion does. Plain text
    /// keeps its lines, each a paragraph unless it is a list item.
    init(field: String, isHTML: Bool) {
        if Self.isPlainLine(field, isHTML: isHTML) {
            self.init(text: field)
            return
        }
        var sounds: [String] = []
        let withoutSounds = Self.removingSounds(field, into: &sounds)
        if isHTML && !withoutSounds.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
            // No tag and no reference: the text with its white space collapsed, as a browser shows it.
            var lines = FieldLines()
            lines.line(withoutSounds.split(whereSeparator: \.isWhitespace).joined(separator: " "))
            self.init(text: lines.text, sounds: sounds)
        } else if isHTML {
            var reader = AnkiHTMLReader(Array(withoutSounds.unicodeScalars))
            reader.read()
            self.init(text: reader.lines.text, images: reader.images, sounds: sounds + reader.sounds)
            hasTextBesideImages = reader.hasText
        } else {
            // References are decoded here too: Anki's plain export leaves them all undecoded when one name is
            // unknown to its decoder.
            var lines = FieldLines()
            var decoded = HTMLCharacterReferences.decoded(withoutSounds)
            // Only a field holding U+00A0 (UTF-8 C2 A0) pays for the substring search: a million notes stay cheap.
            if decoded.utf8.contains(0xA0) { decoded = decoded.replacing("\u{A0}", with: " ") }
            // ASCII without a line break is one line: the split by Characters (grapheme breaking) is not paid for.
            let isOneLine = decoded.utf8.allSatisfy { $0 < 0x80 && !(0x0A...0x0D).contains($0) }
            let fieldLines =
                isOneLine
                ? [Substring(decoded)] : decoded.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            for line in fieldLines {
                let content = line.drop { $0 == " " || $0 == "\t" }
                let isItem =
                    content.hasPrefix("- ") || content.hasPrefix("* ")
                    || content.prefix { $0.isASCII && $0.isNumber }.count > 0
                        && content.drop { $0.isASCII && $0.isNumber }.hasPrefix(". ")
                lines.line(String(line), isItem: isItem)
            }
            self.init(text: lines.text, sounds: sounds)
        }
    }

    /// Whether the field is one line that every rule below leaves as it is: printable ASCII without a tag, a
    /// character reference or a sound (no `<`, `&` or `[`), and no white space at either end or, in HTML, a run of
    /// it. Most fields are such a line, and a million notes then cost one pass over their bytes.
    static func isPlainLine(_ field: String, isHTML: Bool) -> Bool {
        let space = UInt8(ascii: " ")
        guard let first = field.utf8.first, let last = field.utf8.last else { return true }
        guard first != space, last != space else { return false }
        var previous: UInt8 = 0
        for byte in field.utf8 {
            guard (0x20...0x7E).contains(byte), byte != UInt8(ascii: "<"), byte != UInt8(ascii: "&"),
                byte != UInt8(ascii: "[")
            else { return false }
            if isHTML && byte == space && previous == space { return false }
            previous = byte
        }
        return true
    }

    init(text: String, images: [String] = [], sounds: [String] = []) {
        self.text = text
        self.images = images
        self.sounds = sounds
    }

    /// The field without its `[sound:name]` tags, their names collected.
    static func removingSounds(_ field: String, into sounds: inout [String]) -> String {
        guard field.utf8.contains(UInt8(ascii: "[")), field.contains("[sound:") else { return field }
        var result = ""
        var rest = Substring(field)
        while let open = rest.firstRange(of: "[sound:"), let close = rest[open.upperBound...].firstIndex(of: "]") {
            result += rest[..<open.lowerBound]
            sounds.append(String(rest[open.upperBound..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

// MARK: - FieldLines

/// The lines a field shows, turned into the answer markup: each line a paragraph, except that list items and the
/// lines continuing them stay together, and code blocks are kept verbatim.
struct FieldLines {
    private enum Line {
        case text(String)
        case item(String)
        case continuation(String)
        case code(String)
    }

    private var lines: [Line] = []

    mutating func line(_ text: String, isItem: Bool = false, inItem: Bool = false) {
        let trimmed = text.trimmed { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard !trimmed.isEmpty else { return }
        let indent = String(text.prefix { $0 == " " })
        if isItem {
            lines.append(.item(indent + trimmed))
        } else if inItem {
            lines.append(.continuation(indent + "  " + trimmed))
        } else {
            lines.append(.text(trimmed))
        }
    }

    mutating func code(_ lines: [String]) {
        var longest = 2
        for line in lines { longest = max(longest, line.drop { $0 == " " }.prefix { $0 == "`" }.count) }
        let fence = String(repeating: "`", count: longest + 1)
        self.lines.append(.code(([fence] + lines + [fence]).joined(separator: "\n")))
    }

    /// The lines joined: an empty line between paragraphs, none inside a list.
    var text: String {
        var result = ""
        var previousIsList = false
        for line in lines {
            switch line {
            case .text(let text), .code(let text):
                if !result.isEmpty { result += "\n\n" }
                result += text
                previousIsList = false
            case .item(let text), .continuation(let text):
                if !result.isEmpty { result += previousIsList ? "\n" : "\n\n" }
                result += text
                previousIsList = true
            }
        }
        return result
    }
}
