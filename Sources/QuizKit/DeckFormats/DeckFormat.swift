/// The two file formats a deck is written in, chosen by the file's extension or, without one, by its first bytes.
package enum DeckFormat: String, Sendable, Hashable, CaseIterable {
    /// The JSON deck schema (`Resources/deck.schema.json`), read by `DeckLoader`, written by `DeckJSONExporter`.
    case json
    /// The Markdown deck format, read by `MarkdownDeckReader`, written by `MarkdownDeckWriter`.
    case markdown

    // MARK: Choosing

    /// The format a file name's extension names (`.json`; `.md` or `.markdown`, in any case), else nil.
    package init?(path: String) {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "json": self = .json
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }

    /// The format a file's first bytes suggest: Markdown when the first non-blank character (after any byte-order
    /// mark) is `-` (front matter) or `#` (a heading), else JSON, whose reader then says what is wrong.
    static func sniffing(_ bytes: [UInt8]) -> DeckFormat {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return .json }
        return bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "#") ? .markdown : .json
    }

    /// The format of a file: by its extension, else by its first bytes.
    package static func of(path: String, bytes: [UInt8]) -> DeckFormat {
        DeckFormat(path: path) ?? sniffing(bytes)
    }

    // MARK: Reading and writing

    /// Parses and validates a deck in this format; `source` names the file in error messages.
    ///
    /// - Throws: `QuizError.invalidDeck` with every problem found, each with its line, column and path.
    package func read(bytes: [UInt8], source: String) throws(QuizError) -> Deck {
        switch self {
        case .json: try DeckLoader.load(bytes: bytes, source: source)
        case .markdown: try MarkdownDeckReader.read(bytes: bytes, source: source)
        }
    }

    /// The deck, with notes on what was read but not used (a Markdown deck's front-matter keys of other tools).
    ///
    /// - Throws: as `read(bytes:source:)`.
    package func readWithNotes(bytes: [UInt8], source: String) throws(QuizError) -> DeckImport {
        switch self {
        case .json: DeckImport(deck: try DeckLoader.load(bytes: bytes, source: source))
        case .markdown: try MarkdownDeckReader.readWithNotes(bytes: bytes, source: source)
        }
    }

    /// The deck written in this format, ending with a newline; reading it back gives an equal deck.
    package func write(_ deck: Deck) -> String {
        switch self {
        case .json: DeckJSONExporter().export(deck)
        case .markdown: MarkdownDeckWriter().write(deck)
        }
    }

    /// The usual file extension, without the dot.
    package var fileExtension: String {
        switch self {
        case .json: "json"
        case .markdown: "md"
        }
    }
}
