/// What the importers share: questions collected row by row with unique stable ids, and problems with their place in
/// the file, thrown at the end as one `QuizError.invalidDeck` like a deck file's.
struct DeckImportBuilder {
    let bytes: [UInt8]
    private(set) var questions: [Question] = []
    private var usedIDs: Set<String> = []
    private var problems: [(offset: Int?, path: String, problem: DeckDiagnostic.Problem)] = []
    private var problemCount = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The default suggested time of an imported question, in minutes.
    static let defaultMinutes = 2.0

    mutating func report(_ offset: Int?, _ path: String, _ problem: DeckDiagnostic.Problem) {
        problemCount += 1
        if problems.count < DeckRules.problemLimit { problems.append((offset, path, problem)) }
    }

    /// The text, or nil after reporting it when a deck would refuse it.
    mutating func checked(_ text: String, at offset: Int, path: String, singleLine: Bool = false) -> String? {
        if let problem = DeckRules.textProblem(text, singleLine: singleLine) {
            report(offset, path, problem)
            return nil
        }
        return text
    }

    /// Adds a question under `id`, or under `id-2`, `id-3`… when an earlier row took it (the file order decides, so
    /// importing the same file again gives the same ids).
    mutating func add(_ question: Question) {
        var question = question
        let base = question.id
        var number = 1
        while usedIDs.contains(question.id) {
            number += 1
            question.id = "\(base)-\(number)"
        }
        usedIDs.insert(question.id)
        questions.append(question)
    }

    /// The deck, or every problem found.
    func deck(id: String, title: String, language: String, source: String) throws(QuizError) -> Deck {
        var problems = self.problems
        var problemCount = self.problemCount
        if questions.isEmpty && problemCount == 0 {
            problems.append((bytes.count, "", .nothingToImport))
            problemCount += 1
        }
        guard problemCount > 0 else {
            return Deck(id: id, title: LocalizedText(title), languages: [language], questions: questions)
        }
        let lines = LineIndex(bytes: bytes)
        let diagnostics = problems.map { problem in
            DeckDiagnostic(location: problem.offset.map { lines.location(of: $0) }, path: problem.path, problem: problem.problem)
        }
        throw .invalidDeck(source: source, diagnostics: diagnostics, total: problemCount)
    }
}
