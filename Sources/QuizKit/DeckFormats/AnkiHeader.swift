/// The `#key:value` header of an Anki plain-text export, read as Anki's `parse_meta_lines` reads it: keys are
/// case-insensitive, unknown keys and unparsable values are ignored, and the header ends at the first line that
/// does not start with `#` (the first line may also be `tags:…`).
struct AnkiHeader {
    var separator: UInt8?
    var isHTML: Bool?
    var guidColumn: Int?
    var tagsColumn: Int?
    var notetypeColumn: Int?
    var deckColumn: Int?
    var deckName: String?
    var notetypeName: String?
    var tags: [String] = []

    /// Anki's separators by name (`Delimiter::name`), in the order it tries them when guessing.
    static let separators: [(name: String, byte: UInt8)] = [
        ("tab", 0x09), ("pipe", UInt8(ascii: "|")), ("semicolon", UInt8(ascii: ";")), ("colon", UInt8(ascii: ":")),
        ("comma", UInt8(ascii: ",")), ("space", UInt8(ascii: " ")),
    ]

    /// Reads the header lines and returns the offset of the first note.
    mutating func read(_ bytes: [UInt8]) -> Int {
        var position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var isFirst = true
        while position < bytes.count {
            let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var line = String(decoding: bytes[position..<end], as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            if isFirst && line.hasPrefix("tags:") {
                tags = Self.words(line.dropFirst(5))
            } else if line.hasPrefix("#") {
                if let colon = line.firstIndex(of: ":") {
                    let key = line[line.index(after: line.startIndex)..<colon]
                    value(key: key.trimmingBlanks.lowercased(), String(line[line.index(after: colon)...]))
                }
            } else {
                break
            }
            isFirst = false
            position = end + 1
        }
        return min(position, bytes.count)
    }

    private mutating func value(key: String, _ value: String) {
        // Anki cuts a value at its first punctuation after the first character, in case the header line was
        // written as a record (`#separator:tab\t\t`), and keeps a one-character value whole (`#separator:,`).
        var cut = Substring(value)
        if let second = value.index(value.startIndex, offsetBy: 1, limitedBy: value.endIndex), second < value.endIndex,
            let end = value[second...].firstIndex(where: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
        {
            cut = value[..<end]
        }
        let trimmed = cut.trimmingBlanks
        switch key {
        case "separator":
            let name = trimmed.lowercased()
            if let match = Self.separators.first(where: { $0.name == name || [$0.byte] == Array(cut.utf8) }) {
                separator = match.byte
            }
        case "html":
            if let flag = Bool(trimmed.lowercased()) { isHTML = flag }
        case "guid column": guidColumn = Int(trimmed)
        case "tags column": tagsColumn = Int(trimmed)
        case "notetype column": notetypeColumn = Int(trimmed)
        case "deck column": deckColumn = Int(trimmed)
        case "deck": deckName = String(Substring(value).trimmingBlanks)
        case "notetype": notetypeName = String(Substring(value).trimmingBlanks)
        case "tags": tags = Self.words(Substring(value))
        default: break
        }
    }

    static func words(_ text: Substring) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// Anki's guess when there is no `#separator`: the first of its separators found in the notes.
    static func guessSeparator(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        let sample = bytes.prefix(8 * 1024)
        return separators.first { sample.contains($0.byte) }?.byte ?? UInt8(ascii: " ")
    }

    /// Anki's guess for a file without `#html`: HTML when any field of the first five notes has a tag, which Anki
    /// takes to be any `<` with a `>` after it (`is_html` in `rslib/src/text.rs`).
    static func guessesHTML(_ records: some Collection<DelimitedText.Record>) -> Bool {
        records.prefix(5).contains { record in
            record.fields.contains { field in
                guard let open = field.utf8.firstIndex(of: UInt8(ascii: "<")) else { return false }
                return field.utf8[open...].contains(UInt8(ascii: ">"))
            }
        }
    }

    /// The back split into the answer and the items of a final `<p><b>heading</b></p><ul>…</ul>` (dlquiz's own
    /// export puts its key points there), or nil when the back does not end that way.
    static func keyPointList(_ back: String) -> (answer: String, points: [String])? {
        var html = Substring(back).trimmingBlanks
        guard html.hasSuffix("</ul>"), let listStart = html.ranges(of: "<ul>").last?.lowerBound else { return nil }
        let list = html[listStart...].dropFirst(4).dropLast(5)
        html = html[..<listStart]
        guard html.hasSuffix("</b></p>"), let headingStart = html.ranges(of: "<p><b>").last?.lowerBound else {
            return nil
        }
        var points: [String] = []
        for item in list.split(separator: "</li>") {
            let item = item.trimmingBlanks
            guard item.hasPrefix("<li>") else { return nil }
            points.append(String(item.dropFirst(4)))
        }
        return (String(html[..<headingStart]), points)
    }
}

extension Substring {
    /// Without spaces and tabs at either end.
    fileprivate var trimmingBlanks: Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
