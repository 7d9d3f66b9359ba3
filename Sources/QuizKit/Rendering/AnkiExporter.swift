/// A plain-text file that Anki (2.1.54 or later) imports with no manual mapping: one Basic note per question.
///
/// The header lines set the separator (tab), HTML fields, the note type, the deck and which columns hold the guid
/// and the tags. Each row is `guid`, Front (the question), Back (the model answer, its details under
/// their heading when the question has them, then the key points as a list)
/// and tags (`topic::<topic>` and `difficulty::<n>`). A question with a one-minute answer shows it first on the
/// back, under its heading, and the model answer under its own. The guid is derived from the deck's and the question's ids,
/// so importing a newer export updates the notes instead of adding copies.
///
/// Fields are HTML: every deck text is escaped, and tabs and line breaks never appear raw, so a field can never
/// break a row. The guid comes first, so no row starts with `#`, which Anki would read as a comment.
package struct AnkiExporter: DeckExporter {
    /// The language of the exported texts.
    package var language: String
    /// The heading put before the key points on the back of each card.
    var keyPointsHeading: String

    /// The heading put before a question's details on the back of its card.
    var detailsHeading: String
    /// The heading put before a question's one-minute answer on the back of its card.
    var oneMinuteAnswerHeading: String
    /// The heading put before the model answer when a one-minute answer comes first.
    var modelAnswerHeading: String

    /// Creates an exporter.
    package init(
        language: String, keyPointsHeading: String, detailsHeading: String = "Details",
        oneMinuteAnswerHeading: String = "One-minute answer", modelAnswerHeading: String = "Model answer"
    ) {
        self.language = language
        self.keyPointsHeading = keyPointsHeading
        self.detailsHeading = detailsHeading
        self.oneMinuteAnswerHeading = oneMinuteAnswerHeading
        self.modelAnswerHeading = modelAnswerHeading
    }

    /// The header lines, then one row per question.
    package func export(_ deck: Deck) -> String {
        let header = [
            "#separator:tab",
            "#html:true",
            "#notetype:Basic",
            "#deck:" + Self.headerValue(deck.title.text(in: language)),
            "#guid column:1",
            "#tags column:4",
        ]
        let rows = deck.questions.map { question in
            [Self.guid(deck: deck.id, question: question.id), front(question), back(question), tags(question)]
                .map(Self.field).joined(separator: "\t")
        }
        return (header + rows).joined(separator: "\n") + "\n"
    }

    /// A stable, opaque note id: 64-bit FNV-1a of the deck's and the question's ids, as 16 hexadecimal digits.
    static func guid(deck deckID: String, question questionID: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "dlquiz\u{1F}\(deckID)\u{1F}\(questionID)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private func front(_ question: Question) -> String {
        HTMLMarkup.inline(question.question.text(in: language))
    }

    private func back(_ question: Question) -> String {
        let points = question.keyPoints.map { "<li>" + HTMLMarkup.inline($0.text(in: language)) + "</li>" }
        let details = question.details.map {
            "<p><b>" + HTMLText.escaped(detailsHeading) + "</b></p>"
                + HTMLMarkup.blocks($0.text(in: language), separator: "")
        }
        let keyPoints =
            points.isEmpty
            ? "" : "<p><b>" + HTMLText.escaped(keyPointsHeading) + "</b></p>" + "<ul>" + points.joined() + "</ul>"
        let answer = HTMLMarkup.blocks(question.answer.text(in: language), separator: "")
        guard let oneMinuteAnswer = question.oneMinuteAnswer else { return answer + (details ?? "") + keyPoints }
        return heading(oneMinuteAnswerHeading) + HTMLMarkup.blocks(oneMinuteAnswer.text(in: language), separator: "")
            + heading(modelAnswerHeading) + answer + (details ?? "") + keyPoints
    }

    private func heading(_ text: String) -> String {
        "<p><b>" + HTMLText.escaped(text) + "</b></p>"
    }

    private func tags(_ question: Question) -> String {
        "topic::\(question.topic) difficulty::\(question.difficulty)"
    }

    /// A field that cannot break its row: a tab becomes a character reference and a line break `<br>`.
    static func field(_ html: String) -> String {
        html.replacingNewlines(with: "<br>").replacing("\t", with: "&#9;")
    }

    /// A header value on one line, without tabs.
    static func headerValue(_ text: String) -> String {
        TerminalText.sanitized(text).replacingNewlines(with: " ").trimmed { $0 == " " }
    }
}
