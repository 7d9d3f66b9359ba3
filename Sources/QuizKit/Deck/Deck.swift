/// A set of questions with its identity, title and languages.
package struct Deck: Sendable, Hashable {
    /// The only deck format version this build reads and writes.
    package static let currentSchemaVersion = 1

    /// The format version of the file the deck came from.
    var schemaVersion: Int
    /// A stable kebab-case id; progress records name it.
    package var id: String
    /// The deck's title.
    package var title: LocalizedText
    /// The languages every text is available in; the first is the default.
    package var languages: [String]
    /// Optional display names for topics, in file order.
    package var topicNames: [TopicName]
    /// The questions, in file order.
    package var questions: [Question]

    /// Creates a deck.
    package init(
        schemaVersion: Int = Deck.currentSchemaVersion, id: String, title: LocalizedText,
        languages: [String], topicNames: [TopicName] = [], questions: [Question]
    ) {
        self.schemaVersion = schemaVersion
        self.id = id
        self.title = title
        self.languages = languages
        self.topicNames = topicNames
        self.questions = questions
    }
}

extension Deck {
    /// Whether `text` can be a deck's or a question's id: kebab-case (`a-z`, `0-9`, single hyphens between them), at
    /// most 100 bytes, as every deck format requires.
    package static func isValidIdentifier(_ text: String) -> Bool {
        isKebabCase(text)
    }
}
