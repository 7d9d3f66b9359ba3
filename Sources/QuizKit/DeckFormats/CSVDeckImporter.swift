/// Reads a spreadsheet's CSV file (RFC 4180) of questions as a deck, as Excel, LibreOffice and dlquiz write them.
///
/// The first row names the columns, in any order and case (spaces, `-` and `_` ignored): `question` and `answer`
/// are required; `topic`, `id`, `difficulty` (1 to 3), `minutes`, `details`, `key points` and `references` (one per
/// line in the cell), `follow-ups` (a question line, then its answer, an empty line between pairs) and
/// `key point cues` (the matcher's cues, one `N cue` line each, as `### Cues` in a Markdown deck) are optional,
/// and other columns are ignored, so every column `dlquiz export --format csv` writes reads back.
///
/// As spreadsheets write it: fields separated by commas, semicolons or tabs (the one the header row uses most, or
/// the one an Excel `sep=;` first line names), quoted when they hold the separator, a quote (doubled) or a line
/// break; rows end with LF or CRLF; a UTF-8 byte-order mark is skipped (UTF-16 "Unicode Text" is refused by the
/// encoding rule, `InputBytes`). Cells are read exactly, leading blanks and line breaks included, except the `'`
/// dlquiz's export puts before a text a spreadsheet would run as a formula (`'=…`, `'+…`, `'-…`, `'@…`), which is
/// removed, and a cell of blanks, which is empty. A cell whose lines all start with `- ` lists its items after them.
///
/// Without an `id` column, ids are stable: a slug of the question and a short hash of it (`what-is-dropout-3fa2c1`),
/// so importing the file again after adding rows keeps every question's id and its progress. Topics are named by
/// `TopicNaming` (the cell is the display name); without a topic the topic is `general`; without a difficulty it is
/// 2; without minutes, 2.
package struct CSVDeckImporter {
    /// The deck's id, kebab-case.
    package var deckID: String
    /// The deck's title; nil uses the id.
    package var title: String?
    /// The language the rows are written in.
    package var language: String

    /// Creates an importer.
    package init(deckID: String, title: String? = nil, language: String = "en") {
        self.deckID = deckID
        self.title = title
        self.language = language
    }

    /// The columns this importer reads, by normalized header name.
    enum Column: String, CaseIterable {
        case question, answer, topic, keypoints, id, difficulty, minutes, details, followups, references,
            oneminuteanswer
        case keypointcues

        /// The column's place in `allCases`, to look up a row's cells in an array: hashing a `String`-backed case
        /// hashes its name, which cost more than reading a million rows.
        var ordinal: Int {
            switch self {
            case .question: 0
            case .answer: 1
            case .topic: 2
            case .keypoints: 3
            case .id: 4
            case .difficulty: 5
            case .minutes: 6
            case .details: 7
            case .followups: 8
            case .references: 9
            case .oneminuteanswer: 10
            case .keypointcues: 11
            }
        }
    }

    /// The deck in the file's bytes; `source` names the file in errors.
    ///
    /// - Throws: as `importDeck(from:source:)`.
    package func deck(from bytes: [UInt8], source: String) throws(QuizError) -> Deck {
        try importDeck(from: bytes, source: source).deck
    }

    /// The deck in the file's bytes (a CSV import has no warnings yet; the type is shared with the Anki import).
    ///
    /// - Throws: `QuizError.invalidDeck` listing every problem (bytes that are not UTF-8 text, a missing `question`
    ///   or `answer` column, an empty question or answer, a difficulty or minutes out of range, an id that is not
    ///   kebab-case or used twice, a follow-up without an answer, an unclosed quote), each with its line and column
    ///   and the row and column name.
    package func importDeck(from bytes: [UInt8], source: String) throws(QuizError) -> DeckImport {
        try InputBytes.check(bytes, source: source)
        var builder = DeckImportBuilder(bytes: bytes)
        var start = bytes.starts(with: InputBytes.byteOrderMark) ? 3 : 0
        let separator: UInt8
        if let (named, end) = Self.excelSeparatorLine(bytes, from: start) {
            separator = named
            start = end
        } else {
            separator = Self.separator(ofHeaderAt: bytes[start...])
        }
        var records = DelimitedText(bytes: bytes, separator: separator, skipsComments: false).reader(from: start)
        var columns: [Column: Int] = [:]
        if let header = records.next() {
            for (index, name) in header.fields.enumerated() {
                let key = name.lowercased().filter { !" -_\t\r".contains($0) }
                if let column = Column(rawValue: key), columns[column] == nil { columns[column] = index }
            }
            for required in [Column.question, .answer] where columns[required] == nil {
                builder.report(header.offsets.first, "header", .missingColumn(required.rawValue))
            }
        }
        // One row at a time: the rows are read (to their end, for a quote never closed) but never all held at once.
        var rows = columns[.question] != nil && columns[.answer] != nil ? CSVRowReader(columns: columns) : nil
        var number = 1
        while let record = records.next() {
            rows?.add(record, number: number, to: &builder)
            number += 1
        }
        let unclosedQuote = records.unclosedQuote
        if let unclosedQuote { builder.report(unclosedQuote, "", .unclosedQuote) }
        return try builder.deck(id: deckID, title: title ?? deckID, language: language, source: source)
    }

    // MARK: Separators

    /// Excel's `sep=;` first line (also quoted, `"sep=;"`): the separator and where the header row starts.
    static func excelSeparatorLine(_ bytes: [UInt8], from start: Int) -> (UInt8, Int)? {
        let line = bytes[start...].prefix { $0 != UInt8(ascii: "\n") }
        var content = Array(line)
        if content.last == 0x0D { content.removeLast() }
        if content.first == UInt8(ascii: "\""), content.last == UInt8(ascii: "\""), content.count >= 2 {
            content = Array(content.dropFirst().dropLast())
        }
        guard content.count == 5, content.prefix(4).map({ $0 | 0x20 }) == Array("sep=".utf8) else { return nil }
        return (content[4], min(start + line.count + 1, bytes.count))
    }

    /// The separator the header row uses most, outside quotes: comma, semicolon or tab (comma when it has none).
    static func separator(ofHeaderAt bytes: ArraySlice<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted && byte == UInt8(ascii: "\n") { break }
            if !quoted && [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09].contains(byte) { counts[byte, default: 0] += 1 }
        }
        var best = UInt8(ascii: ",")
        for candidate in [UInt8(ascii: ";"), 0x09] where counts[candidate, default: 0] > counts[best, default: 0] {
            best = candidate
        }
        return best
    }
}
