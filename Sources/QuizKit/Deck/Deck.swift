/// A set of questions with its identity, title and languages.
public struct Deck: Sendable, Hashable {
    /// The only deck format version this build reads and writes.
    public static let currentSchemaVersion = 1

    /// The format version of the file the deck came from.
    var schemaVersion: Int
    /// A stable kebab-case id; progress records name it.
    public var id: String
    /// The deck's title.
    public var title: LocalizedText
    /// The languages every text is available in; the first is the default.
    public var languages: [String]
    /// Optional display names for topics, in file order.
    public var topicNames: [TopicName]
    /// The questions, in file order.
    public var questions: [Question]

    /// Creates a deck.
    public init(
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
    public static func isValidIdentifier(_ text: String) -> Bool {
        isKebabCase(text)
    }
}
