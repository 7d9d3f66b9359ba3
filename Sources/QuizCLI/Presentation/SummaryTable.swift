import QuizKit

/// Text a screen builds line by line and returns; the prompt loop writes it.
struct ScreenText {
    /// The text so far.
    private(set) var text = ""

    /// Adds a line.
    mutating func line(_ line: String = "") {
        text += line + "\n"
    }

    /// Adds lines.
    mutating func lines(_ lines: [String]) {
        for line in lines { self.line(line) }
    }

    /// Adds text as is, such as a prompt without its newline.
    mutating func write(_ part: String) {
        text += part
    }
}

// MARK: - Summary table

/// The one summary table of the quiz and the interview: per question its number, its id, then what happened.
///
/// ```
///    1. adam-vs-sgd                3/4    75%  Good
///    2. batch-norm                 skipped
/// ```
struct SummaryTable {
    /// One question's row.
    struct Row {
        /// The 1-based number.
        var number: Int
        /// The question's id, as the deck has it (sanitized here).
        var id: String
        /// What follows the id, styled.
        var result: String
    }

    /// The id column's width: the widest id, up to 32 columns.
    let idWidth: Int
    /// Whether an id wider than the column is cut with `…` (the interview) or runs over (the quiz).
    var cutsLongIDs = true

    /// A table whose id column fits these ids, up to 32 columns.
    init(ids: [String], cutsLongIDs: Bool) {
        idWidth = min(32, ids.map { DisplayWidth.of($0) }.max() ?? 0)
        self.cutsLongIDs = cutsLongIDs
    }

    /// The rows as lines, indented by two spaces; at `width`, a row whose result does not fit beside its id goes on
    /// with the result on an indented line of its own (no cell is ever broken).
    func lines(_ rows: [Row], width: Int = Int.max) -> [String] {
        rows.flatMap { row -> [String] in
            let number = String(row.number)
            let id = TerminalText.sanitized(row.id)
            let idCell =
                cutsLongIDs
                ? ColumnTable.cell(id, idWidth)
                : id + String(repeating: " ", count: max(0, idWidth - DisplayWidth.of(id)))
            let head = "  " + String(repeating: " ", count: max(0, 2 - number.count)) + number + ". " + idCell
            let line = head + "  " + row.result
            guard DisplayWidth.of(TerminalText.unstyled(line)) > width else { return [line] }
            return [head.trimmed(leading: false), String(repeating: " ", count: 7) + row.result]
        }
    }

    /// `3/4    75%`: the points covered of the total, then the share, in fixed columns.
    static func coverage(_ tally: CoverageTally, strings: UIStrings) -> String {
        // A question without key points was graded directly: there is no coverage to show.
        if tally.total == 0 { return ColumnTable.cell("–", 5) + " " + ColumnTable.cell("–", 4, alignRight: true) }
        return ColumnTable.cell("\(tally.covered.count)/\(tally.total)", 5) + " "
            + ColumnTable.cell(strings.percent(tally.fraction), 4, alignRight: true)
    }
}
