/// Reads a deck from the bytes of a JSON file.
public enum DeckLoader {
    /// Parses and validates a deck; `source` names the file in error messages.
    ///
    /// A syntax error is reported with its line and column; every other problem with its JSON path as well.
    public static func load(bytes: [UInt8], source: String) throws(QuizError) -> Deck {
        if let encoding = unicodeEncodingOtherThanUTF8(bytes) {
            throw .invalidDeck(
                source: source,
                diagnostics: [
                    DeckDiagnostic(
                        location: SourceLocation(line: 1, column: 1), path: "",
                        problem: .notUTF8(encoding: encoding))
                ],
                total: 1)
        }
        let root: JSONNode
        do {
            root = try JSONParser(bytes: bytes).parse()
        } catch {
            let location = LineIndex(bytes: bytes).location(of: error.offset)
            throw .invalidDeck(
                source: source,
                diagnostics: [DeckDiagnostic(location: location, path: "", problem: .jsonSyntax(error.problem))],
                total: 1)
        }
        var decoder = DeckDecoder()
        if let deck = decoder.decode(root) { return deck }
        let lines = LineIndex(bytes: bytes)
        let diagnostics = decoder.problems.map { problem in
            DeckDiagnostic(
                location: problem.offset.map { lines.location(of: $0) }, path: problem.path,
                problem: problem.problem)
        }
        throw .invalidDeck(source: source, diagnostics: diagnostics, total: decoder.problemCount)
    }

    /// The encoding when the bytes are UTF-16 or UTF-32 (by their byte-order mark, or by the zero bytes around the
    /// first ASCII character that a JSON text written in them has), else nil.
    static func unicodeEncodingOtherThanUTF8(_ bytes: [UInt8]) -> DeckDiagnostic.UnicodeEncoding? {
        let head = Array(bytes.prefix(4)) + Array(repeating: 0xAA, count: max(0, 4 - bytes.count))
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF): return .utf32BigEndian
        case (0xFF, 0xFE, 0x00, 0x00): return .utf32LittleEndian
        case (0xFE, 0xFF, _, _): return .utf16BigEndian
        case (0xFF, 0xFE, _, _): return .utf16LittleEndian
        case (0x00, 0x00, 0x00, let c) where c != 0: return .utf32BigEndian
        case (let c, 0x00, 0x00, 0x00) where c != 0: return .utf32LittleEndian
        case (0x00, let c, _, _) where c != 0: return .utf16BigEndian
        case (let c, 0x00, _, _) where c != 0: return .utf16LittleEndian
        default: return nil
        }
    }
}
