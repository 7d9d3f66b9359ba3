/// Reads a deck from the bytes of a Markdown deck file (the format is described on `MarkdownDeckWriter` and in the
/// README, "Markdown decks").
package enum MarkdownDeckReader {
    /// Parses and validates a Markdown deck; `source` names the file in error messages.
    ///
    /// The deck obeys the same rules as a JSON deck and comes out as the same `Deck` value.
    ///
    /// - Throws: `QuizError.invalidDeck` with every problem found (the first 50 listed), each with its line and
    ///   column and a path made of the question id and the field, such as `dropout.keyPoints[1].ja`.
    package static func read(bytes: [UInt8], source: String) throws(QuizError) -> Deck {
        try readWithNotes(bytes: bytes, source: source).deck
    }

    /// The deck and the notes on what was read but not used (front-matter keys that other tools write, such as
    /// Obsidian's `tags` and `aliases`), each with its place.
    ///
    /// - Throws: as `read(bytes:source:)`.
    package static func readWithNotes(bytes: [UInt8], source: String) throws(QuizError) -> DeckImport {
        try InputBytes.check(bytes, source: source)
        var parser = MarkdownDeckParser(bytes: bytes)
        if let deck = parser.parse() {
            guard !parser.notes.isEmpty else { return DeckImport(deck: deck) }
            let lines = LineIndex(bytes: parser.bytes)
            let notes = parser.notes.map { note in
                DeckDiagnostic(
                    location: note.offset.map { lines.location(of: $0) }, path: note.path, problem: note.problem)
            }
            return DeckImport(deck: deck, warnings: notes, warningCount: notes.count)
        }
        let lines = LineIndex(bytes: parser.bytes)
        let diagnostics = parser.problems.map { problem in
            DeckDiagnostic(
                location: problem.offset.map { lines.location(of: $0) }, path: problem.path, problem: problem.problem)
        }
        throw .invalidDeck(source: source, diagnostics: diagnostics, total: parser.problemCount)
    }
}

/// One line of the file: byte offsets, without its line feed and any carriage return before it.
struct MarkdownLine {
    var start: Int
    var end: Int
}

/// A text as written, before it is checked against the deck's languages.
struct WrittenText {
    /// Where the text (or its first marker) starts, for problems about the whole text.
    var offset: Int
    /// The text when written once for every language.
    var universal: String?
    /// The per-language texts, in file order, each with the offset of its marker and of its text.
    var translations: [(code: String, codeOffset: Int, text: String, textOffset: Int)] = []
}

/// The parser behind `MarkdownDeckReader`: a cursor over the lines, collecting problems as `DeckDecoder` does.
struct MarkdownDeckParser {
    let bytes: [UInt8]
    let lines: [MarkdownLine]
    /// Whether some line ended with a carriage return, so texts must be joined line by line.
    let hasCarriageReturns: Bool
    var index = 0
    var languages: [String] = []
    private(set) var problems: [(offset: Int?, path: String, problem: DeckDiagnostic.Problem)] = []
    private(set) var problemCount = 0
    /// What was read but not used (front-matter keys of other tools), as notes.
    private(set) var notes: [(offset: Int?, path: String, problem: DeckDiagnostic.Problem)] = []

    init(bytes: [UInt8]) {
        // A byte-order mark is not part of the text.
        self.bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        var lines: [MarkdownLine] = []
        var hasCarriageReturns = false
        self.bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for offset in 0..<buffer.count where buffer[offset] == MarkdownDeckSyntax.newline {
                var end = offset
                if end > start && buffer[end - 1] == 0x0D {
                    end -= 1
                    hasCarriageReturns = true
                }
                lines.append(MarkdownLine(start: start, end: end))
                start = offset + 1
            }
            if start < buffer.count { lines.append(MarkdownLine(start: start, end: buffer.count)) }
        }
        self.lines = lines
        self.hasCarriageReturns = hasCarriageReturns
    }

    mutating func parse() -> Deck? {
        let header = frontMatter()
        skipPreamble()
        var questions: [Question] = []
        var firstUse: [String: Int] = [:]
        var number = 0
        while index < lines.count {
            let headingLine = index
            if let question = question(number: number, firstUse: &firstUse) { questions.append(question) }
            if index == headingLine { index += 1 }
            number += 1
        }
        if number == 0 { report(bytes.count, "questions", .noQuestions(markdown: true)) }
        guard problemCount == 0, let header else { return nil }
        return Deck(
            id: header.id, title: header.title, languages: languages, topicNames: header.topicNames,
            questions: questions)
    }

    /// Skips the free text before the first question, reporting lines that look like a question heading that
    /// dlquiz would not read as one (`##dropout`, `␠␠## dropout (…)`), so the deck does not end up without questions
    /// and no word of why.
    mutating func skipPreamble() {
        var fence: MarkdownDeckSyntax.Fence?
        var fenceOffset = 0
        while index < lines.count && (fence != nil || !isQuestionHeading(index)) {
            let line = slice(index)
            if let open = fence {
                if MarkdownDeckSyntax.closes(line, open) { fence = nil }
            } else if let opening = MarkdownDeckSyntax.fenceOpening(line) {
                fence = opening
                fenceOffset = lines[index].start
            } else if let kind = MarkdownDeckSyntax.misplacedHeading(line) {
                report(lines[index].start, "", kind == .indented ? .indentedHeading : .headingWithoutSpace)
            }
            index += 1
        }
        if let fence { report(fenceOffset, "", .unclosedFence(backticks: fence.length)) }
    }

    // MARK: Lines

    func slice(_ line: Int) -> ArraySlice<UInt8> { bytes[lines[line].start..<lines[line].end] }

    func isBlank(_ line: Int) -> Bool { slice(line).allSatisfy(MarkdownDeckSyntax.isBlank) }

    func isHeading(_ line: Int) -> Bool { slice(line).first == UInt8(ascii: "#") }

    func isQuestionHeading(_ line: Int) -> Bool { slice(line).starts(with: Self.questionPrefix) }

    static let questionPrefix = Array("## ".utf8)
    static let sectionPrefix = Array("### ".utf8)

    mutating func skipBlankLines() {
        while index < lines.count && isBlank(index) { index += 1 }
    }

    /// The text of lines `first...last`, joined with line feeds.
    func text(lines first: Int, through last: Int) -> String {
        guard first <= last else { return "" }
        if !hasCarriageReturns { return String(decoding: bytes[lines[first].start..<lines[last].end], as: UTF8.self) }
        return (first...last).map { String(decoding: slice($0), as: UTF8.self) }.joined(separator: "\n")
    }

    /// The bytes with blanks removed from both ends.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let first = bytes.firstIndex(where: { !MarkdownDeckSyntax.isBlank($0) }),
            let last = bytes.lastIndex(where: { !MarkdownDeckSyntax.isBlank($0) })
        else { return bytes[bytes.endIndex...] }
        return bytes[first...last]
    }

    // MARK: Problems

    mutating func report(_ offset: Int?, _ path: String, _ problem: DeckDiagnostic.Problem) {
        problemCount += 1
        if problems.count < DeckRules.problemLimit { problems.append((offset, path, problem)) }
    }

    mutating func note(_ offset: Int?, _ path: String, _ problem: DeckDiagnostic.Problem) {
        if notes.count < DeckRules.problemLimit { notes.append((offset, path, problem)) }
    }
}
