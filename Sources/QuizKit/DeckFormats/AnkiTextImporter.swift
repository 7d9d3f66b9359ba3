/// Reads an Anki "Notes in Plain Text" export (Anki 2.1.54 or later, File → Export) as a deck of Basic notes.
///
/// The format, as Anki's own reader takes it (`rslib/src/import_export/text/csv/metadata.rs`): header lines
/// `#key:value` before the notes, of which these are used: `#separator:` (`tab`, `comma`, `semicolon`, `space`,
/// `pipe`, `colon` or the character itself; guessed from the first note when absent), `#html:true|false` (guessed
/// when absent), `#guid column:N`, `#tags column:N`, `#notetype column:N`, `#deck column:N` (1-based), `#deck:` (the
/// deck's name, for the title; else the first note's deck column) and `#tags:` (tags for every note). Notes follow, one record each, fields split by the
/// separator and quoted as CSV when they hold it, a quote or a line break; lines starting with `#` are comments.
///
/// The first two columns that are not guid, notetype, deck or tags columns are the front (the question) and the
/// back (the answer). HTML fields become text: `<br>` and `<div>` line breaks, `<li>` list items, references such as
/// `&amp;` decoded. A back that ends with a bold heading and a list (`<p><b>…</b></p><ul><li>…</li></ul>`, as
/// dlquiz's own Anki export writes it) gives the question's key points; other notes have none, like a flashcard.
/// Tags `topic::NAME` and `difficulty::1`…`3` set the topic and difficulty (else the first tag is the topic, or
/// `general`, and the difficulty is 2); the suggested time is 2 minutes.
///
/// Ids are stable: `anki-` and 12 hexadecimal digits of the note's guid when the file has guids, else a slug of the
/// question and a short hash of it, so importing an updated export keeps each question's id and its progress.
public struct AnkiTextImporter {
    /// The deck's id; nil takes it from the `#deck:` header, else `anki-import`.
    public var deckID: String?
    /// The language the notes are written in.
    public var language: String

    /// Creates an importer.
    public init(deckID: String? = nil, language: String = "en") {
        self.deckID = deckID
        self.language = language
    }

    /// The deck in the export's bytes; `source` names the file in errors.
    ///
    /// - Throws: `QuizError.invalidDeck` listing every note that cannot become a question (an empty front or back, a
    ///   missing back column, an unclosed quote), each with its line and column.
    public func deck(from bytes: [UInt8], source: String) throws(QuizError) -> Deck {
        try InputBytes.check(bytes, source: source)
        var header = AnkiHeader()
        let start = header.read(bytes)
        let separator = header.separator ?? AnkiHeader.guessSeparator(bytes[start...])
        var builder = DeckImportBuilder(bytes: bytes)
        let (records, unclosedQuote) = DelimitedText(bytes: bytes, separator: separator, skipsComments: true)
            .records(from: start)
        let isHTML = header.isHTML ?? records.contains { $0.fields.contains(where: AnkiHeader.looksLikeHTML) }
        let metaColumns = Set([header.guidColumn, header.tagsColumn, header.notetypeColumn, header.deckColumn].compactMap { $0 })
        for (index, record) in records.enumerated() {
            let path = "notes[\(index)]"
            let fieldColumns = record.fields.indices.filter { !metaColumns.contains($0 + 1) }
            guard fieldColumns.count >= 2 else {
                builder.report(record.offsets.first, path, .expectedFrontAndBack(found: fieldColumns.count))
                continue
            }
            let front = record.fields[fieldColumns[0]]
            var back = record.fields[fieldColumns[1]]
            var keyPoints: [LocalizedText] = []
            if isHTML, let split = AnkiHeader.keyPointList(back) {
                back = split.answer
                keyPoints = split.points.map { ImportedText.plainText(fromHTML: $0).replacing("\n", with: " ") }
                    .filter { !$0.isEmpty }.map(LocalizedText.init)
            }
            let text = { (field: String) in isHTML ? ImportedText.plainText(fromHTML: field) : ImportedText.tidied(field) }
            let question = builder.checked(text(front), at: record.offsets[fieldColumns[0]], path: path + ".question")
            let answer = builder.checked(text(back), at: record.offsets[fieldColumns[1]], path: path + ".answer")
            let tags = header.tags + (header.tagsColumn.flatMap { record.fields.indices.contains($0 - 1) ? record.fields[$0 - 1] : nil } ?? "")
                .split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            let guid = header.guidColumn.flatMap { record.fields.indices.contains($0 - 1) ? record.fields[$0 - 1] : nil }
            guard let question, let answer else { continue }
            let id = guid.flatMap { $0.isEmpty ? nil : "anki-" + Self.hex(ImportedText.fnv1a($0)) }
                ?? ImportedText.stableID(words: question, key: question)
            builder.add(Question(
                id: id, topic: Self.topic(tags), difficulty: Self.difficulty(tags),
                minutes: DeckImportBuilder.defaultMinutes, question: LocalizedText(question), answer: LocalizedText(answer),
                keyPoints: keyPoints))
        }
        if let unclosedQuote { builder.report(unclosedQuote, "", .unclosedQuote) }
        // Anki's own export names the deck in a column rather than in a `#deck:` header.
        let deckFromColumn = header.deckColumn.flatMap { column in records.first.flatMap { $0.fields.indices.contains(column - 1) ? $0.fields[column - 1] : nil } }
        let name = header.deckName ?? deckFromColumn ?? ""
        let id = deckID ?? ImportedText.kebab(name) ?? "anki-import"
        return try builder.deck(id: id, title: name.allSatisfy(\.isWhitespace) ? id : name.replacing("::", with: " › "), language: language, source: source)
    }

    static func topic(_ tags: [String]) -> String {
        if let tag = tags.first(where: { $0.hasPrefix("topic::") }), let topic = ImportedText.kebab(String(tag.dropFirst(7))) {
            return topic
        }
        return tags.lazy.filter { !$0.hasPrefix("difficulty::") }.compactMap(ImportedText.kebab).first ?? "general"
    }

    static func difficulty(_ tags: [String]) -> Int {
        for tag in tags where tag.hasPrefix("difficulty::") {
            if let value = Int(tag.dropFirst(12)), DeckRules.difficulties.contains(value) { return value }
        }
        return 2
    }

    /// 12 hexadecimal digits.
    static func hex(_ hash: UInt64) -> String {
        let text = String(hash & 0xFFFF_FFFF_FFFF, radix: 16)
        return String(repeating: "0", count: 12 - text.count) + text
    }
}
