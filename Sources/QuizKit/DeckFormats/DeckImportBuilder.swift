/// A deck read from another program's file, with what the reader left out or changed on the way.
package struct DeckImport: Sendable, Hashable {
    /// The deck: every note or row that could become a question.
    package var deck: Deck
    /// Notes skipped and media removed, each with its place (the first `DeckRules.problemLimit` of them).
    package var warnings: [DeckDiagnostic]
    /// How many warnings there were in all.
    package var warningCount: Int

    /// A deck with its warnings (none, for a deck read from a deck file).
    package init(deck: Deck, warnings: [DeckDiagnostic] = [], warningCount: Int = 0) {
        self.deck = deck
        self.warnings = warnings
        self.warningCount = warningCount
    }
}

/// What the importers share: questions collected row by row with unique stable ids, topics named, and problems with
/// their place in the file, thrown at the end as one `QuizError.invalidDeck` like a deck file's; warnings (a note
/// left out, a sound removed) are returned with the deck instead.
///
/// Only the first `DeckRules.problemLimit` problems and warnings keep their details; the rest are counted, so a file
/// of a million bad notes costs no more than reading it.
struct DeckImportBuilder {
    let bytes: [UInt8]
    private(set) var questions: [Question] = []
    private var usedIDs: Set<String> = []
    /// The number of the last `-N` id given to each base id that was taken.
    private var lastSuffix: [String: Int] = [:]
    private var topics = TopicNaming()
    private var problems: [(offset: Int?, path: String, problem: DeckDiagnostic.Problem)] = []
    private var problemCount = 0
    private var warnings: [(offset: Int?, path: String, problem: DeckDiagnostic.Problem)] = []
    private(set) var warningCount = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The default suggested time of an imported question, in minutes.
    static let defaultMinutes = 2.0

    /// Whether a problem or warning reported now would be shown, so its details are worth making.
    var showsMoreProblems: Bool { problems.count < DeckRules.problemLimit }
    var showsMoreWarnings: Bool { warnings.count < DeckRules.problemLimit }

    mutating func report(
        _ offset: Int?, _ path: @autoclosure () -> String, _ problem: @autoclosure () -> DeckDiagnostic.Problem
    ) {
        problemCount += 1
        if problems.count < DeckRules.problemLimit { problems.append((offset, path(), problem())) }
    }

    mutating func warn(
        _ offset: Int?, _ path: @autoclosure () -> String, _ problem: @autoclosure () -> DeckDiagnostic.Problem
    ) {
        warningCount += 1
        if warnings.count < DeckRules.problemLimit { warnings.append((offset, path(), problem())) }
    }

    /// The text, or nil after reporting it when a deck would refuse it.
    mutating func checked(_ text: String, at offset: Int, path: @autoclosure () -> String, singleLine: Bool = false)
        -> String?
    {
        if let problem = DeckRules.textProblem(text, singleLine: singleLine) {
            report(offset, path(), problem)
            return nil
        }
        return text
    }

    /// The id of the topic named `name` (its display name kept), or `general` for a blank name.
    mutating func topic(named name: String) -> String {
        topics.id(for: name) ?? "general"
    }

    /// Adds a question under `id`, or under `id-2`, `id-3`… when an earlier row took it (the file order decides, so
    /// importing the same file again gives the same ids).
    mutating func add(_ question: Question) {
        var question = question
        let base = question.id
        // Start after the last number this base was given: every one below it is taken (ids are never freed), so a
        // file of 20,000 copies of one note no longer tries 200 million ids (43 s).
        var number = lastSuffix[base] ?? 1
        if number > 1 { question.id = "\(base)-\(number)" }
        while usedIDs.contains(question.id) {
            number += 1
            question.id = "\(base)-\(number)"
        }
        usedIDs.insert(question.id)
        if number > 1 { lastSuffix[base] = number }
        questions.append(question)
    }

    /// The deck and the warnings, or every problem found (with the warnings that explain an empty result).
    ///
    /// - Throws: `QuizError.invalidDeck` when a problem was reported or no question was left.
    func deck(id: String, title: String, language: String, source: String) throws(QuizError) -> DeckImport {
        var problems = self.problems
        var problemCount = self.problemCount
        if questions.isEmpty && problemCount == 0 {
            problems = warnings + [(bytes.count, "", .nothingToImport)]
            problemCount = warningCount + 1
        }
        let locations = Self.locations(of: (problems + warnings).compactMap(\.offset), in: bytes)
        func diagnostics(_ list: [(offset: Int?, path: String, problem: DeckDiagnostic.Problem)]) -> [DeckDiagnostic] {
            list.map {
                DeckDiagnostic(location: $0.offset.flatMap { locations[$0] }, path: $0.path, problem: $0.problem)
            }
        }
        guard problemCount > 0 else {
            let used = Set(questions.map(\.topic))
            let topicNames = topics.names.filter { used.contains($0.topic) }
            let deck = Deck(
                id: id, title: LocalizedText(title), languages: [language], topicNames: topicNames, questions: questions
            )
            return DeckImport(deck: deck, warnings: diagnostics(warnings), warningCount: warningCount)
        }
        throw .invalidDeck(source: source, diagnostics: diagnostics(problems), total: problemCount)
    }

    /// The line and column (in Unicode scalars) of each byte offset, as `LineIndex` gives them, in one pass over the
    /// bytes and without an index of every line: only the first problems are kept, and the line starts of 32
    /// million rows of `,` took 256 MB.
    static func locations(of offsets: [Int], in bytes: [UInt8]) -> [Int: SourceLocation] {
        let targets = Set(offsets.map { max(0, min($0, bytes.count)) }).sorted()
        var result: [Int: SourceLocation] = [:]
        var next = 0
        var line = 1
        var column = 1
        bytes.withUnsafeBufferPointer { buffer in
            for position in 0...buffer.count {
                while next < targets.count && targets[next] == position {
                    result[targets[next]] = SourceLocation(line: line, column: column)
                    next += 1
                }
                guard next < targets.count, position < buffer.count else { return }
                let byte = buffer[position]
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
        }
        // Offsets outside the bytes were clamped to them, as `LineIndex` does.
        for offset in offsets where result[offset] == nil {
            result[offset] = result[max(0, min(offset, bytes.count))]
        }
        return result
    }
}
