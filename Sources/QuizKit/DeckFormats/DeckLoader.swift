/// Reads a deck from the bytes of a JSON file.
package enum DeckLoader {
    /// Parses and validates a deck; `source` names the file in error messages.
    ///
    /// A syntax error is reported with its line and column; every other problem with its JSON path as well.
    package static func load(bytes: [UInt8], source: String) throws(QuizError) -> Deck {
        try load(bytes: bytes, source: source, isBuiltIn: false)
    }

    /// `isBuiltIn`: bytes compiled into dlquiz, which its tests load with every check (`load(bytes:source:)`):
    /// their encoding and cue lines are not checked again at each start (a tenth of the start-up of `dlquiz list`),
    /// and the cues, half the bytes, are decoded only when first read (`CueStorage`). Everything else a deck must be
    /// is still checked.
    package static func load(bytes: [UInt8], source: String, isBuiltIn: Bool) throws(QuizError) -> Deck {
        if !isBuiltIn { try InputBytes.check(bytes, source: source) }
        let root: JSONNode
        do {
            root = try JSONParser(bytes: bytes, deferring: isBuiltIn ? ["keyPointCues"] : []).parse()
        } catch {
            let location = LineIndex(bytes: bytes).location(of: error.offset)
            throw .invalidDeck(
                source: source,
                diagnostics: [DeckDiagnostic(location: location, path: "", problem: .jsonSyntax(error.problem))],
                total: 1)
        }
        var decoder = DeckDecoder()
        decoder.checksCueSyntax = !isBuiltIn
        if isBuiltIn { decoder.source = bytes }
        if let deck = decoder.decode(root) { return deck }
        let lines = LineIndex(bytes: bytes)
        let diagnostics = decoder.problems.map { problem in
            DeckDiagnostic(
                location: problem.offset.map { lines.location(of: $0) }, path: problem.path,
                problem: problem.problem)
        }
        throw .invalidDeck(source: source, diagnostics: diagnostics, total: decoder.problemCount)
    }

}
