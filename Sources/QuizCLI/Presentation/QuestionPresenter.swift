import QuizKit

/// Terminal text for the parts of a question that several commands show: the meta line, key points, follow-ups.
struct QuestionPresenter {
    let presentation: Presentation
    let deck: Deck

    /// The language of the deck's text (which may differ from the interface's).
    var language: String { presentation.deckLanguage }
    /// The interface words, in the interface language.
    var strings: UIStrings { presentation.strings }

    private var style: TextStyle { presentation.style }

    /// How a question is named in summaries and tables: its id, or, when the id was made from a hash
    /// (`Question.hasHashID`), its text on one line, escaped and cut at a word to at most `width` columns.
    func label(_ question: Question, width: Int = 40) -> String {
        guard question.hasHashID else { return question.id }
        let words = question.question.text(in: language).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let text = TerminalText.sanitized(words)
        guard DisplayWidth.of(text) > width else { return text }
        let cut = ColumnTable.truncated(text, to: width).dropLast()
        // At the last space, when the cut fell inside a word and the text has one.
        guard let space = cut.lastIndex(of: " "), cut.count < text.count, text[cut.endIndex] != " " else {
            return cut + "…"
        }
        return cut[...space] + "…"
    }

    /// The meta line laid out at the width, broken only between its parts.
    func metaLines(_ question: Question, extra: [String] = [], indent: String = "") -> [String] {
        presentation.flowed(metaLine(question, extra: extra).components(separatedBy: " · "), indent: indent)
    }

    /// `training · difficulty 2/3 · about 4 min`.
    func metaLine(_ question: Question, extra: [String] = []) -> String {
        let topic = TerminalText.sanitized(deck.displayName(ofTopic: question.topic, in: language))
        return ([topic, strings.difficulty(question.difficulty), strings.suggestedTime(question.minutes)] + extra)
            .joined(separator: " · ")
    }

    /// The question text, wrapped and bold.
    func questionLines(_ question: Question, indent: String = "") -> [String] {
        presentation.wrapped(question.question.text(in: language), indent: indent).map(style.bold)
    }

    /// The model answer's paragraphs and lists.
    func answerLines(_ question: Question, indent: String = "  ") -> [String] {
        presentation.blocks(question.answer.text(in: language), indent: indent)
    }

    /// The one-minute answer under its heading and an empty line, ready to go before the model answer; none when the
    /// question has no one-minute answer.
    func oneMinuteAnswerSection(_ question: Question, indent: String = "  ") -> [String] {
        guard let oneMinuteAnswer = question.oneMinuteAnswer else { return [] }
        return [heading(strings.oneMinuteAnswer)]
            + presentation.blocks(oneMinuteAnswer.text(in: language), indent: indent) + [""]
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
            let pointLines = presentation.wrapped(point.text(in: language), indent: first, hangingIndent: rest)
            lines += isTicked ? pointLines.map(style.green) : pointLines
        }
        return lines
    }

    /// The key points numbered `numbers`, each as `3. text`, with `marked` ones followed by `mark` (which brings its own space, if any).
    func keyPointLines(
        _ question: Question, numbers: [Int], marked: Set<Int> = [], mark: String = "", indent: String = "  "
    ) -> [String] {
        let numberWidth = String(numbers.max() ?? 0).count
        return numbers.filter { question.keyPoints.indices.contains($0 - 1) }.flatMap { number in
            let label = String(repeating: " ", count: numberWidth - String(number).count) + String(number) + ". "
            let first = indent + label
            let text =
                question.keyPoints[number - 1].text(in: language)
                + (marked.contains(number) ? mark : "")
            return presentation.wrapped(
                text, indent: first, hangingIndent: String(repeating: " ", count: DisplayWidth.of(first)))
        }
    }

    /// The follow-ups with their expected answers, each with the key points it probes when it names some.
    func followUpLines(_ question: Question, indent: String = "  ") -> [String] {
        var lines: [String] = []
        for followUp in question.followUps {
            lines += presentation.wrapped(
                followUp.question.text(in: language), indent: indent + "- ", hangingIndent: indent + "  ")
            if !followUp.probes.isEmpty {
                lines += presentation.wrapped(strings.probesKeyPoints(followUp.probes), indent: indent + "  ").map(
                    style.dim)
            }
            lines += presentation.blocks(followUp.answer.text(in: language), indent: indent + "  ").map(style.dim)
        }
        return lines
    }

    /// The references, one per item.
    func referenceLines(_ question: Question, indent: String = "  ") -> [String] {
        question.references.flatMap { reference in
            presentation.wrapped(reference.text(in: language), indent: indent + "- ", hangingIndent: indent + "  ")
        }
    }

    /// A section heading.
    func heading(_ text: String) -> String {
        style.bold(style.cyan(text))
    }
}
