/// Turns the rows of a CSV file into questions, cell by cell (the rules are on `CSVDeckImporter`).
struct CSVRowReader {
    typealias Column = CSVDeckImporter.Column

    /// The field index of each column, by `Column.ordinal`; -1 when the file has no such column.
    let positions: [Int]
    /// The row each explicit id was first used on, to report a second use.
    private var firstUse: [String: Int] = [:]

    init(columns: [Column: Int]) {
        var positions = Array(repeating: -1, count: Column.allCases.count)
        for (column, index) in columns { positions[column.ordinal] = index }
        self.positions = positions
    }

    mutating func add(_ record: DelimitedText.Record, number: Int, to builder: inout DeckImportBuilder) {
        // Made only for a problem that is kept (the paths go into autoclosures): a million bad rows make none.
        func path(_ member: String) -> String { "rows[\(number)]" + member }
        func cell(_ column: Column) -> (text: String, offset: Int)? {
            let index = positions[column.ordinal]
            guard index >= 0, index < record.fields.count, !record.fields[index].isEmpty else { return nil }
            let text = Self.cellText(record.fields[index])
            return text.isEmpty ? nil : (text, record.offsets[index])
        }
        let rowOffset = record.offsets.first ?? 0
        let questionCell = cell(.question)
        let answerCell = cell(.answer)
        let question = builder.checked(
            questionCell?.text ?? "", at: questionCell?.offset ?? rowOffset, path: path(".question"))
        let answer = builder.checked(answerCell?.text ?? "", at: answerCell?.offset ?? rowOffset, path: path(".answer"))
        var difficulty = 2
        if let (text, offset) = cell(.difficulty) {
            if let value = Int(Self.trimmed(text)), DeckRules.rangeProblem(value, in: DeckRules.difficulties) == nil {
                difficulty = value
            } else {
                builder.report(
                    offset, path(".difficulty"),
                    Int(Self.trimmed(text)).flatMap { DeckRules.rangeProblem($0, in: DeckRules.difficulties) }
                        ?? .expectedWholeNumber(found: .text(echo(text))))
            }
        }
        var minutes = DeckImportBuilder.defaultMinutes
        if let (text, offset) = cell(.minutes) {
            if let value = Double(Self.trimmed(text)), DeckRules.minutesProblem(value) == nil {
                minutes = value
            } else {
                builder.report(
                    offset, path(".minutes"),
                    Double(Self.trimmed(text)).flatMap(DeckRules.minutesProblem)
                        ?? .expectedMinutes(found: .text(echo(text))))
            }
        }
        var id: String?
        if let (text, offset) = cell(.id) {
            let text = Self.trimmed(text)
            if let problem = DeckRules.identifierProblem(text) {
                builder.report(offset, path(".id"), problem)
            } else if let first = firstUse[text] {
                builder.report(offset, path(".id"), DeckRules.duplicateID(text, firstUse: .path("rows[\(first)]")))
            } else {
                firstUse[text] = number
                id = text
            }
        }
        let keyPoints = Self.items(cell(.keypoints)?.text)
        if let problem = DeckRules.countProblem(keyPoints.count, allowed: DeckRules.keyPointCount),
            let offset = cell(.keypoints)?.offset
        {
            builder.report(offset, path(".keyPoints"), problem)
        }
        let references = Self.items(cell(.references)?.text)
        let followUpCell = cell(.followups)
        let followUps =
            followUpCell == nil ? [] : Self.followUps(followUpCell, path: path(".followUps"), builder: &builder)
        let cueCell = cell(.keypointcues)
        let cues =
            cueCell == nil
            ? [] : Self.cues(cueCell, keyPointCount: keyPoints.count, path: path(".keyPointCues"), builder: &builder)
        guard let question, let answer, keyPoints.count <= DeckRules.keyPointCount.upperBound else { return }
        builder.add(
            Question(
                id: id ?? ImportedText.stableID(words: question, key: question),
                topic: cell(.topic).map { builder.topic(named: $0.text) } ?? "general", difficulty: difficulty,
                minutes: minutes, question: LocalizedText(question),
                oneMinuteAnswer: cell(.oneminuteanswer).map { LocalizedText($0.text) }, answer: LocalizedText(answer),
                details: cell(.details).map { LocalizedText($0.text) },
                keyPoints: keyPoints.map(LocalizedText.init), followUps: followUps,
                references: references.map(LocalizedText.init), keyPointCues: cues))
    }

    // MARK: Cells

    /// A cell's text: exactly as written, without the formula guard dlquiz's export adds; empty when it is blank.
    static func cellText(_ field: String) -> String {
        if field.unicodeScalars.allSatisfy(\.properties.isWhitespace) { return "" }
        return unguarded(field)
    }

    /// The text without the `'` that `CSVExporter.field` puts before a run of `'` followed by `=`, `+`, `-`, `@`, a
    /// tab or a carriage return.
    static func unguarded(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.first == "'" else { return text }
        let afterQuotes = scalars.drop { $0 == "'" }
        guard let next = afterQuotes.first, CSVExporter.formulaStarts.contains(next) else { return text }
        return String(scalars.dropFirst())
    }

    /// One item per non-empty line; when every line starts with `- `, the items are what follows it.
    static func items(_ text: String?) -> [String] {
        guard let text else { return [] }
        let lines = text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .filter { !$0.allSatisfy(\.isWhitespace) }
        let bulleted = !lines.isEmpty && lines.allSatisfy { $0.hasPrefix("- ") }
        return lines.map { String(bulleted ? $0.dropFirst(2) : $0) }
    }

    /// Follow-ups, in the labelled form dlquiz writes (`FollowUpCell`) or as pairs a person types: a question line
    /// and its answer on the lines below, an empty line between pairs.
    private static func followUps(
        _ cell: (text: String, offset: Int)?, path: String, builder: inout DeckImportBuilder
    ) -> [FollowUp] {
        guard let cell else { return [] }
        let lines = cell.text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        let parsed = FollowUpCell.isLabelled(lines) ? FollowUpCell.read(lines) : FollowUpCell.readPairs(lines)
        var result: [FollowUp] = []
        for (index, followUp) in parsed.enumerated() {
            guard let answer = followUp.answer else {
                builder.report(cell.offset, "\(path)[\(index)].answer", .followUpWithoutAnswer)
                continue
            }
            result.append(
                FollowUp(
                    question: LocalizedText(followUp.question), answer: LocalizedText(answer), probes: followUp.probes))
        }
        return result
    }

    /// The matcher's cues: one `N cue` line each (`N` the key point's number), checked as a Markdown deck's
    /// `### Cues` items are; `[]` when the cell is empty.
    private static func cues(
        _ cell: (text: String, offset: Int)?, keyPointCount: Int, path: String, builder: inout DeckImportBuilder
    ) -> [KeyPointCues] {
        guard let cell else { return [] }
        var table = [[String]](repeating: [], count: keyPointCount)
        for line in cell.text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = trimmed(String(line))
            if line.isEmpty { continue }
            let number = line.prefix { $0.isASCII && $0.isNumber }
            let rest = line.dropFirst(number.count)
            guard !number.isEmpty, let blank = rest.first, blank == " " || blank == "\t" else {
                builder.report(cell.offset, path, .expectedCueItem)
                continue
            }
            guard let point = DeckRules.cuePoint(String(number), keyPointCount: keyPointCount) else {
                builder.report(
                    cell.offset, path + "." + number,
                    .cueForMissingPoint(echo(String(number)), keyPointCount: keyPointCount))
                continue
            }
            let cue = trimmed(String(rest))
            if let problem = DeckRules.cueProblem(cue) {
                builder.report(cell.offset, "\(path).\(point)[\(table[point - 1].count)]", problem)
                continue
            }
            table[point - 1].append(cue)
        }
        return table.allSatisfy(\.isEmpty) ? [] : table.map { $0.isEmpty ? .none : KeyPointCues($0) }
    }

    static func trimmed(_ text: String) -> String {
        text.trimmed { $0 == " " || $0 == "\t" }
    }
}
