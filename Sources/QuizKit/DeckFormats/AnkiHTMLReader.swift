/// Reads the HTML of an Anki field into `FieldLines`, tag by tag (see `AnkiFieldText.init(field:isHTML:)`).
///
/// A `<` starts a tag only before a letter, `/`, `!` or `?`, as in HTML, so `a < b` stays text; a tag ends at the
/// first `>` outside quotes.
struct AnkiHTMLReader {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private(set) var lines = FieldLines()
    private(set) var images: [String] = []
    private(set) var sounds: [String] = []
    /// Whether any text other than an image marker was read.
    private(set) var hasText = false

    /// The line being written and whether a collapsed space is pending before the next word.
    private var current = ""
    private var pendingSpace = false
    /// The marker (with its indentation) when the current line starts a list item, and the open lists (nil for
    /// `<ul>`, else the next number).
    private var itemMarker: String?
    private var lists: [Int?] = []
    private var itemDepth = 0
    /// `<pre>` content being collected, and `<code>` content outside `<pre>`.
    private var preformatted: String?
    private var code: String?

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    mutating func read() {
        var text = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let tag = tag(at: index) {
                flushText(&text)
                index = tag.end
                handle(tag)
            } else {
                text.append(scalar)
                index += 1
            }
        }
        flushText(&text)
        if let preformatted { endPre(preformatted) }
        endLine()
    }

    // MARK: Tags

    private struct Tag {
        var name: String
        var isClosing: Bool
        var attributes: Substring
        var end: Int
    }

    /// The tag at `start`, or nil when the `<` is text.
    private func tag(at start: Int) -> Tag? {
        guard start + 1 < scalars.count else { return nil }
        let next = scalars[start + 1]
        guard next.properties.isAlphabetic && next.isASCII || next == "/" || next == "!" || next == "?" else {
            return nil
        }
        if next == "!", scalars[start...].starts(with: "<!--".unicodeScalars) {
            let end = firstIndex(of: Array("-->".unicodeScalars), from: start + 4).map { $0 + 3 } ?? scalars.count
            return Tag(name: "!--", isClosing: false, attributes: "", end: end)
        }
        var end = start + 1
        var quote: Unicode.Scalar?
        while end < scalars.count {
            let scalar = scalars[end]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                break
            }
            end += 1
        }
        let bodyEnd = min(end, scalars.count)
        var nameStart = start + 1
        let isClosing = nameStart < bodyEnd && scalars[nameStart] == "/"
        while nameStart < bodyEnd && scalars[nameStart] == "/" { nameStart += 1 }
        var nameEnd = nameStart
        var name = ""
        // Tag names are ASCII letters and digits; anything else ends the name.
        while nameEnd < bodyEnd, let value = UInt8(exactly: scalars[nameEnd].value),
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(value | 0x20)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(value)
        {
            name.unicodeScalars.append(
                Unicode.Scalar((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(value) ? value | 0x20 : value))
            nameEnd += 1
        }
        // Only a few tags need their attributes; the others skip making them.
        let attributes: Substring =
            ["img", "ol", "audio", "video", "source"].contains(name)
            ? Substring(String(String.UnicodeScalarView(scalars[nameEnd..<bodyEnd]))) : ""
        return Tag(name: name, isClosing: isClosing, attributes: attributes, end: min(end + 1, scalars.count))
    }

    private mutating func handle(_ tag: Tag) {
        if preformatted != nil {
            switch (tag.name, tag.isClosing) {
            case ("pre", true): endPre(preformatted ?? "")
            case ("br", false), ("div", false), ("p", false): preformatted? += "\n"
            default: break
            }
            return
        }
        switch tag.name {
        case "script", "style":
            if !tag.isClosing { skipElement(tag.name) }
        case "br":
            endLine()
        case "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "hr", "dl", "dt", "dd":
            endLine()
        case "ul", "ol":
            endLine()
            if tag.isClosing {
                _ = lists.popLast()
            } else {
                lists.append(tag.name == "ol" ? (Int(Self.attribute("start", in: tag.attributes) ?? "") ?? 1) : nil)
            }
        case "li":
            endLine()
            if tag.isClosing {
                itemDepth = max(0, itemDepth - 1)
            } else {
                startItem()
            }
        case "td", "th":
            if !tag.isClosing && !current.isEmpty { append(" | ") }
        case "pre":
            if !tag.isClosing {
                endLine()
                preformatted = ""
            }
        case "code":
            if tag.isClosing, let content = code {
                code = nil
                append(content.contains("`") || content.isEmpty ? content : "`" + content + "`")
            } else if !tag.isClosing {
                code = code ?? ""
            }
        case "img":
            if let source = Self.attribute("src", in: tag.attributes), !source.isEmpty {
                images.append(source)
                let hadText = hasText
                append(AnkiFieldText.imageMarker(source))
                hasText = hadText
            }
        case "audio", "video", "source":
            if let source = Self.attribute("src", in: tag.attributes), !source.isEmpty { sounds.append(source) }
        default:
            break
        }
    }

    private mutating func startItem() {
        let depth = max(lists.count, 1)
        let marker: String
        if let next = lists.last ?? nil {
            marker = "\(next). "
            lists[lists.count - 1] = next + 1
        } else {
            marker = "- "
        }
        itemMarker = String(repeating: "  ", count: depth - 1) + marker
        itemDepth += 1
    }

    /// Skips everything up to the closing tag of a `<script>` or `<style>` element.
    private mutating func skipElement(_ name: String) {
        let closing = Array("</\(name)".unicodeScalars)
        while index < scalars.count {
            if scalars[index] == "<",
                scalars[index...].prefix(closing.count).map({ $0.properties.lowercaseMapping })
                    .joined() == String(String.UnicodeScalarView(closing))
            {
                index = (scalars[index...].firstIndex(of: ">") ?? scalars.count - 1) + 1
                return
            }
            index += 1
        }
    }

    // MARK: Text

    private mutating func flushText(_ text: inout String.UnicodeScalarView) {
        guard !text.isEmpty else { return }
        let decoded = HTMLCharacterReferences.decoded(String(text))
        text = String.UnicodeScalarView()
        if preformatted != nil {
            preformatted? += decoded.replacing("\u{A0}", with: " ")
            hasText = hasText || !decoded.allSatisfy(\.isWhitespace)
            return
        }
        append(decoded)
    }

    /// Text in flow: runs of white space collapse to one space; a no-break space stays a space.
    private mutating func append(_ text: String) {
        if code != nil {
            code? += text
            return
        }
        for scalar in text.unicodeScalars {
            if scalar == "\u{A0}" {
                current.unicodeScalars.append(" ")
                pendingSpace = false
            } else if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
                || scalar.value > 0x7F && scalar.properties.isWhitespace
            {
                pendingSpace = true
            } else {
                if pendingSpace && !current.isEmpty { current += " " }
                pendingSpace = false
                current.unicodeScalars.append(scalar)
                hasText = true
            }
        }
    }

    /// Ends the current line; an item without text (one that holds only a nested list) leaves no line.
    private mutating func endLine() {
        if let itemMarker {
            let text = current.trimmed { $0 == " " }
            if !text.isEmpty { lines.line(itemMarker + text, isItem: true) }
        } else {
            lines.line(current, inItem: itemDepth > 0)
        }
        current = ""
        pendingSpace = false
        itemMarker = nil
    }

    private mutating func endPre(_ content: String) {
        preformatted = nil
        var text = Substring(content)
        if text.first == "\n" { text = text.dropFirst() }
        while text.last == "\n" || text.last == " " && text.reversed().drop(while: { $0 == " " }).first == "\n" {
            text = text.dropLast()
        }
        let codeLines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.trimmed(leading: false) { $0 == " " || $0 == "\r" }).replacing("\t", with: "    ")
        }
        if !codeLines.allSatisfy(\.isEmpty) { lines.code(codeLines) }
    }

    // MARK: Helpers

    /// The value of an attribute (`src="a b.png"`, `src='x'`, `src=x`), with its character references decoded.
    static func attribute(_ name: String, in attributes: Substring) -> String? {
        let characters = Array(attributes)
        let key = Array(name)
        var index = 0
        while index + key.count <= characters.count {
            let isStart = index == 0 || characters[index - 1].isWhitespace
            guard isStart, Array(characters[index..<(index + key.count)]).map({ Character($0.lowercased()) }) == key
            else {
                index += 1
                continue
            }
            var position = index + key.count
            while position < characters.count, characters[position] == " " { position += 1 }
            guard position < characters.count, characters[position] == "=" else {
                index += 1
                continue
            }
            position += 1
            while position < characters.count, characters[position] == " " { position += 1 }
            var value = ""
            if position < characters.count, characters[position] == "\"" || characters[position] == "'" {
                let quote = characters[position]
                position += 1
                while position < characters.count, characters[position] != quote {
                    value.append(characters[position])
                    position += 1
                }
            } else {
                while position < characters.count, !characters[position].isWhitespace, characters[position] != ">",
                    characters[position] != "/"
                {
                    value.append(characters[position])
                    position += 1
                }
            }
            return HTMLCharacterReferences.decoded(value)
        }
        return nil
    }

    private func firstIndex(of needle: [Unicode.Scalar], from start: Int) -> Int? {
        var position = start
        while position + needle.count <= scalars.count {
            if scalars[position..<(position + needle.count)].elementsEqual(needle) { return position }
            position += 1
        }
        return nil
    }
}
