/// The follow-ups of a question in one spreadsheet cell, written by `CSVExporter` and read by `CSVDeckImporter`:
///
///     Q: Why does warmup help?
///     A: Early in training the statistics are unreliable.
///
///        A second paragraph of the answer, indented by three blanks.
///     Probes: 5
///
///     Q: The next follow-up?
///     A: …
///
/// Every follow-up starts with a `Q: ` line; its answer starts on an `A: ` line, and each further line of the
/// question or the answer is indented by three blanks (an empty line inside an answer stays empty); an optional
/// `Probes: ` line lists the key points it probes. An empty line ends a follow-up. Any text therefore reads back
/// exactly, paragraphs included. A cell a person types without the labels is read as pairs: a question line, its
/// answer on the lines below, and an empty line between pairs.
enum FollowUpCell {
    /// One follow-up as read: its answer is nil when the cell gave none.
    struct Entry: Equatable {
        var question: String
        var answer: String?
        var probes: [Int] = []
    }

    static let indent = "   "

    // MARK: Writing

    /// The cell's text for `followUps` in `language`.
    static func text(_ followUps: [FollowUp], language: String) -> String {
        followUps.map { followUp in
            var lines = labelled("Q: ", followUp.question.text(in: language))
            lines += labelled("A: ", followUp.answer.text(in: language))
            if !followUp.probes.isEmpty {
                lines.append("Probes: " + followUp.probes.map(String.init).joined(separator: ", "))
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// The text's first line after `label`, every further non-empty line after the indent.
    private static func labelled(_ label: String, _ text: String) -> [String] {
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" }
        return lines.enumerated().map { index, line in
            if index == 0 { return label + line }
            return line.isEmpty ? "" : indent + line
        }
    }

    // MARK: Reading

    /// Whether the cell is in the labelled form: its first non-blank line starts with `Q: `.
    static func isLabelled(_ lines: [Substring]) -> Bool {
        lines.first { !$0.allSatisfy(\.isWhitespace) }?.hasPrefix("Q: ") ?? false
    }

    /// The follow-ups of a labelled cell.
    static func read(_ lines: [Substring]) -> [Entry] {
        var entries: [Entry] = []
        // Which text the indented lines continue.
        enum Field { case question, answer, none }
        var field = Field.none
        var pendingEmpty = 0
        func append(_ line: Substring) {
            guard !entries.isEmpty else { return }
            let gap = String(repeating: "\n", count: pendingEmpty)
            pendingEmpty = 0
            switch field {
            case .question: entries[entries.count - 1].question += "\n" + gap + line
            case .answer:
                entries[entries.count - 1].answer = (entries[entries.count - 1].answer ?? "") + "\n" + gap + line
            case .none: break
            }
        }
        for line in lines {
            if line.hasPrefix("Q: ") {
                entries.append(Entry(question: String(line.dropFirst(3))))
                (field, pendingEmpty) = (.question, 0)
            } else if line.hasPrefix("A: "), !entries.isEmpty {
                entries[entries.count - 1].answer = String(line.dropFirst(3))
                (field, pendingEmpty) = (.answer, 0)
            } else if line.hasPrefix("Probes:"), !entries.isEmpty {
                entries[entries.count - 1].probes = line.dropFirst("Probes:".count).split(separator: ",")
                    .compactMap { Int($0.trimmed()) }
                (field, pendingEmpty) = (.none, 0)
            } else if line.hasPrefix(indent) {
                append(line.dropFirst(indent.count))
            } else if line.allSatisfy(\.isWhitespace) {
                pendingEmpty += 1
            } else {
                // A line a person typed without the indent: it continues the text all the same.
                append(line)
            }
        }
        return entries
    }

    /// The follow-ups of a cell typed as pairs: a question line, its answer below, an empty line between pairs.
    static func readPairs(_ lines: [Substring]) -> [Entry] {
        var entries: [Entry] = []
        var pair: [Substring] = []
        func flush() {
            defer { pair = [] }
            guard let question = pair.first else { return }
            let answer = pair.count > 1 ? pair.dropFirst().joined(separator: "\n") : nil
            entries.append(Entry(question: String(question), answer: answer))
        }
        for line in lines {
            if line.allSatisfy(\.isWhitespace) { flush() } else { pair.append(line) }
        }
        flush()
        return entries
    }
}
