import QuizKit

/// Terminal text for the parts of a question that several commands show: the meta line, key points, follow-ups.
struct QuestionPresenter {
    let invocation: Invocation
    let deck: Deck
    let language: String
    let strings: UIStrings

    init(invocation: Invocation, deck: Deck, language: String) {
        self.invocation = invocation
        self.deck = deck
        self.language = language
        self.strings = UIStrings(language: language)
    }

    private var style: TextStyle { invocation.style }

    private func wrapped(_ text: String, indent: String = "", hangingIndent: String? = nil) -> [String] {
        invocation.wrapped(text, indent: indent, hangingIndent: hangingIndent)
    }

    private func blocks(_ text: String, indent: String = "") -> [String] {
        invocation.blocks(text, indent: indent)
    }

    /// `training · difficulty 2/3 · about 4 min`.
    func metaLine(_ question: Question, extra: [String] = []) -> String {
        let topic = TerminalText.sanitized(deck.displayName(ofTopic: question.topic, in: language))
        return ([topic, strings.difficulty(question.difficulty), strings.suggestedTime(question.minutes)] + extra)
            .joined(separator: " · ")
    }

    /// The question text, wrapped and bold.
    func questionLines(_ question: Question, indent: String = "") -> [String] {
        wrapped(question.question.text(in: language), indent: indent).map(style.bold)
    }

    /// The model answer's paragraphs and lists.
    func answerLines(_ question: Question, indent: String = "  ") -> [String] {
        blocks(question.answer.text(in: language), indent: indent)
    }

    /// The numbered key points, optionally as `[ ]` boxes; with `ticked`, as boxes ticked `[x]` (and green).
    func keyPointLines(
        _ question: Question, indent: String = "  ", withBoxes: Bool = false, ticked: KeyPointSet? = nil
    ) -> [String] {
        let count = question.keyPoints.count
        let numberWidth = String(count).count
        var lines: [String] = []
        for (offset, point) in question.keyPoints.enumerated() {
            let number = String(offset + 1)
            let label = String(repeating: " ", count: numberWidth - number.count) + number + ". "
            let isTicked = ticked?.contains(offset + 1) == true
            let box = isTicked ? "[x] " : withBoxes || ticked != nil ? "[ ] " : ""
            let first = indent + box + label
            let rest = String(repeating: " ", count: DisplayWidth.of(first))
            let pointLines = wrapped(point.text(in: language), indent: first, hangingIndent: rest)
            lines += isTicked ? pointLines.map(style.green) : pointLines
        }
        return lines
    }

    /// The follow-ups with their expected answers.
    func followUpLines(_ question: Question, indent: String = "  ") -> [String] {
        var lines: [String] = []
        for followUp in question.followUps {
            lines += wrapped(followUp.question.text(in: language), indent: indent + "- ", hangingIndent: indent + "  ")
            lines += blocks(followUp.answer.text(in: language), indent: indent + "  ").map(style.dim)
        }
        return lines
    }

    /// The references, one per item.
    func referenceLines(_ question: Question, indent: String = "  ") -> [String] {
        question.references.flatMap { reference in
            wrapped(reference.text(in: language), indent: indent + "- ", hangingIndent: indent + "  ")
        }
    }

    /// A section heading.
    func heading(_ text: String) -> String {
        style.bold(style.cyan(text))
    }
}
