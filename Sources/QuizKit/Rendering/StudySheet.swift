/// What a study sheet shows: some questions of a deck, in one language, with or without their answers.
package struct StudySheet: Sendable {
    /// The deck the questions come from (for its title and topic names).
    package var deck: Deck
    /// The questions, in the order to print them; they are numbered from 1.
    package var questions: [Question]
    /// The language of every text.
    package var language: String
    /// The words around the deck's texts.
    var labels: SheetLabels
    /// Whether answers, key points, follow-ups and references are shown; false for a mock-interview handout.
    var showsAnswers: Bool

    /// Creates a sheet.
    package init(deck: Deck, questions: [Question], language: String, labels: SheetLabels, showsAnswers: Bool = true) {
        self.deck = deck
        self.questions = questions
        self.language = language
        self.labels = labels
        self.showsAnswers = showsAnswers
    }

    /// The deck's title in the sheet's language.
    package var title: String { deck.title.text(in: language) }

    /// The line under the title, such as `12 questions`.
    package var summary: String { labels.questionCount(questions.count) }

    /// A question's topic, difficulty and suggested time: `training · difficulty 2/3 · about 4 min`.
    func metaLine(_ question: Question) -> String {
        [
            deck.displayName(ofTopic: question.topic, in: language), labels.difficulty(question.difficulty),
            labels.suggestedTime(question.minutes),
        ].joined(separator: " · ")
    }

    /// The id a sheet gives a question's heading, for links from its table of contents: `q-` and the question's id
    /// (kebab-case, so safe in URLs, HTML attributes and Markdown alike).
    static func anchor(of question: Question) -> String {
        "q-" + question.id
    }

    /// A text of the deck in the sheet's language.
    package func text(_ text: LocalizedText) -> String {
        text.text(in: language)
    }
}
