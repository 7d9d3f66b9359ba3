/// Reads an Anki "Notes in Plain Text" export (Anki 2.1.54 or later, File → Export) as a deck, one question per card
/// Anki would make.
///
/// The format, as Anki's own reader takes it (`rslib/src/import_export/text/csv/metadata.rs`): header lines
/// `#key:value` before the notes, of which these are used: `#separator:` (`tab`, `comma`, `semicolon`, `space`,
/// `pipe`, `colon` or the character itself; guessed when absent: the first of those in the notes), `#html:true|false`
/// (when absent, HTML if a field of the first five notes has a tag, as Anki guesses), `#guid column:N`,
/// `#tags column:N`, `#notetype column:N`, `#deck column:N` (1-based), `#notetype:`, `#deck:` (the deck's name, for
/// the title; else the first note's deck column) and `#tags:` (tags for every note). Notes follow, one record each,
/// fields split by the separator and quoted as CSV when they hold it, a quote or a line break; lines starting with
/// `#` are comments.
///
/// Notes, by note type (the notetype column or `#notetype:`; without either, by their text):
/// - **Basic**: the first field is the question, the second the answer, any further fields the details. A back that
///   ends with a bold heading and a list (`<p><b>…</b></p><ul><li>…</li></ul>`, as dlquiz's own Anki export writes
///   it) gives the key points; other notes have none and are flashcards. **Basic (and reversed card)** gives a second
///   question the other way round (id ending `-r`), as does **Basic (optional reversed card)** with its third field
///   filled.
/// - **Cloze** (and any note whose first field has `{{c1::…}}` deletions, unless its note type is a Basic one): one
///   question per cloze number (id ending `-c1`, `-c2`…), its deletions shown as `[…]` or `[hint]`, the hidden text
///   as the answer; Back Extra and further fields are the details.
///
/// Field text is read by `AnkiFieldText`. A note that cannot become a question (an empty or image-only side, a Cloze
/// note without deletions, an Image Occlusion note) is left out with a warning naming its line and why; sounds are
/// removed with a warning; neither stops the other notes. Tags `topic::NAME` and `difficulty::1`…`3` set the topic
/// (NAME, in any script, is its display name) and difficulty; else the first other tag is the topic, or `general`;
/// the difficulty is 2 and the suggested time 2 minutes.
///
/// Ids are stable: `anki-` and 12 hexadecimal digits of the note's guid when the file has guids (Anki keeps a note's
/// guid when it is edited), else a slug of the question and a short hash of it, so importing an updated export keeps
/// each question's id and its progress.
package struct AnkiTextImporter {
    /// The deck's id; nil takes it from the `#deck:` header, else `anki-import`.
    package var deckID: String?
    /// The language the notes are written in.
    package var language: String

    /// Creates an importer.
    package init(deckID: String? = nil, language: String = "en") {
        self.deckID = deckID
        self.language = language
    }

    /// The deck in the export's bytes; `source` names the file in errors. Warnings are dropped: see `importDeck`.
    ///
    /// - Throws: as `importDeck(from:source:)`.
    package func deck(from bytes: [UInt8], source: String) throws(QuizError) -> Deck {
        try importDeck(from: bytes, source: source).deck
    }

    /// The deck in the export's bytes, with a warning for each note left out and each note whose sounds were removed.
    ///
    /// - Throws: `QuizError.invalidDeck` for bytes that are not UTF-8 text (`.zipArchive` for an Anki package,
    ///   `.notUTF8`, `.invalidUTF8`), a quoted field never closed (`.unclosedQuote`), or no note left to import
    ///   (`.nothingToImport`, after the warnings that say why).
    package func importDeck(from bytes: [UInt8], source: String) throws(QuizError) -> DeckImport {
        try InputBytes.check(bytes, source: source)
        var header = AnkiHeader()
        let start = header.read(bytes)
        let separator = header.separator ?? AnkiHeader.guessSeparator(bytes[start...])
        var builder = DeckImportBuilder(bytes: bytes)
        var records = DelimitedText(bytes: bytes, separator: separator, skipsComments: true).reader(from: start)
        // Anki guesses HTML from the first five notes; they are read ahead, and every other note one at a time.
        var firstNotes: [DelimitedText.Record] = []
        while firstNotes.count < 5, let record = records.next() { firstNotes.append(record) }
        let notes = AnkiNoteReader(header: header, isHTML: header.isHTML ?? AnkiHeader.guessesHTML(firstNotes))
        var number = 0
        for record in firstNotes {
            notes.add(record, number: number, to: &builder)
            number += 1
        }
        while let record = records.next() {
            notes.add(record, number: number, to: &builder)
            number += 1
        }
        if let unclosedQuote = records.unclosedQuote { builder.report(unclosedQuote, "", .unclosedQuote) }
        // Anki's own export names the deck in a column rather than in a `#deck:` header.
        let deckFromColumn = header.deckColumn.flatMap { column in
            firstNotes.first.flatMap { $0.fields.indices.contains(column - 1) ? $0.fields[column - 1] : nil }
        }
        let name = header.deckName ?? deckFromColumn ?? ""
        let id = deckID ?? ImportedText.kebab(name) ?? "anki-import"
        let title = name.allSatisfy(\.isWhitespace) ? id : name.replacing("::", with: " › ")
        return try builder.deck(id: id, title: title, language: language, source: source)
    }

    static func difficulty(_ tags: [String]) -> Int {
        for tag in tags where tag.lowercased().hasPrefix("difficulty::") {
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
